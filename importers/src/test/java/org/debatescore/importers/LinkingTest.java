package org.debatescore.importers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.debatescore.core.model.DebateData;
import org.debatescore.core.model.Proposal;
import org.debatescore.core.query.ConsideredContribution;
import org.debatescore.core.query.DebateQueries;
import org.debatescore.core.query.DecisionTrace;
import org.debatescore.core.query.VoteResult;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.validation.Severity;
import org.debatescore.core.validation.ValidationOptions;
import org.debatescore.core.validation.ValidationReport;
import org.debatescore.importers.capcollectif.CapCollectifImporter;
import org.debatescore.importers.scdl.ScdlDeliberationsImporter;
import org.debatescore.importers.testing.ImportRun;
import org.debatescore.jena.DebatescoreJena;
import org.debatescore.jena.validation.JenaShaclValidator;
import org.debatescore.vocab.Codes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Accountability across sources: a consultation imported from Cap Collectif, a council deliberation
 * imported from an SCDL file, and a hand-written file saying which proposals the deliberation took
 * into account, loaded into one graph. The API then says what the decision took into account and
 * how it was voted on, without SPARQL.
 */
class LinkingTest {

  private static final String BASE = "https://example.org/debatescore/";
  private static final Iri DECISION = Iri.of(BASE + "scdl/decision/21860194000016%2F2020-DL-07");
  private static final Iri CYCLING = Iri.of(BASE + "capcollectif/proposal/12");
  private static final Iri PARKING = Iri.of(BASE + "capcollectif/proposal/13");
  private static final Iri MITIGE = Iri.of(BASE + "capcollectif/vote-option/mitige");

  private static Path fixture(String name) {
    try {
      return Path.of(LinkingTest.class.getResource("linking/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Path imported(Importer importer, String input, Path dir) throws Exception {
    ImportRun run = ImportRun.run(importer, List.of(fixture(input)));
    Path out = dir.resolve(input.replace(".csv", ".nt"));
    Files.writeString(out, run.ntriples(), StandardCharsets.UTF_8);
    return out;
  }

  @Test
  void aDeliberationLinkedToConsultationProposalsSaysWhatItTookIntoAccountAndHowTheyWereVoted(
      @TempDir Path dir) throws Exception {
    Path consultation = imported(new CapCollectifImporter(), "consultation-mobilites.csv", dir);
    Path deliberations =
        imported(new ScdlDeliberationsImporter(), "deliberations-poitiers.csv", dir);
    Path links = fixture("links.ttl");

    // The three files together form a valid graph.
    ValidationReport report =
        new JenaShaclValidator()
            .validate(List.of(consultation, deliberations, links), ValidationOptions.defaults());
    assertEquals(0, report.count(Severity.VIOLATION), ImportRun.violations(report));

    List<DebateData> parts =
        List.of(
            DebatescoreJena.readData(consultation),
            DebatescoreJena.readData(deliberations),
            DebatescoreJena.readData(links));
    DecisionTrace trace = DebateQueries.over(parts).trace(DECISION).orElseThrow();

    assertEquals(
        "Plan vélo 2020-2026 après la consultation « Mobilités »",
        trace.decision().title().get("fr"));
    assertTrue(trace.missing().isEmpty(), trace.missing().toString());
    List<ConsideredContribution> considered = trace.considered();
    assertEquals(
        List.of(CYCLING, PARKING), considered.stream().map(c -> c.contribution().id()).toList());
    assertEquals(
        "Des pistes cyclables continues entre les quartiers",
        ((Proposal) considered.get(0).contribution()).title().get("fr"));

    VoteResult cycling = considered.get(0).voting().events().get(0);
    assertEquals(2, cycling.ballots(Iri.of(Codes.VoteOption.FOR)));
    assertEquals(1, cycling.ballots(MITIGE));
    assertEquals(0, cycling.ballots(Iri.of(Codes.VoteOption.AGAINST)));
    assertEquals(2L, cycling.tallied(Iri.of(Codes.VoteOption.FOR)));
    VoteResult parking = considered.get(1).voting().events().get(0);
    assertEquals(1, parking.ballots(Iri.of(Codes.VoteOption.AGAINST)));

    // And the council's own vote, which the decision rests on.
    assertEquals(1, trace.basedOn().size());
    VoteResult council = trace.basedOn().get(0);
    assertEquals(41L, council.tallied(Iri.of(Codes.VoteOption.FOR)));
    assertEquals(6L, council.tallied(Iri.of(Codes.VoteOption.AGAINST)));
    assertEquals(3L, council.tallied(Iri.of(Codes.VoteOption.ABSTAIN)));
  }
}
