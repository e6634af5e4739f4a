package org.debatescore.importers.capcollectif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.debatescore.core.DebatescoreException;
import org.debatescore.core.model.Amendment;
import org.debatescore.core.model.Argument;
import org.debatescore.core.model.DebateData;
import org.debatescore.core.model.Person;
import org.debatescore.core.model.Proposal;
import org.debatescore.core.model.Tally;
import org.debatescore.core.model.Vote;
import org.debatescore.core.model.VoteEvent;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.NTriplesWriter;
import org.debatescore.core.validation.Severity;
import org.debatescore.core.validation.ValidationReport;
import org.debatescore.importers.ImportIssue;
import org.debatescore.importers.ImportReport;
import org.debatescore.importers.ImportSession;
import org.debatescore.importers.Importers;
import org.debatescore.importers.SourceCount;
import org.debatescore.importers.testing.ImportRun;
import org.debatescore.vocab.Codes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.generators.Generate;

class CapCollectifImporterTest {

  private static final String GEN_2018 = "projet-de-loi_consultation-2018.csv";
  private static final String RUA = "rua-principes.csv";
  private static final String CURRENT = "contributions_strategie_collecte.csv";
  private static final String CURRENT_FR = "contributions_strategie_collecte_fr.csv";
  private static final String HOSTILE = "hostile.csv";
  private static final String BASE = "https://example.org/debatescore/";

  static Path fixture(String name) {
    try {
      return Path.of(CapCollectifImporterTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The fixture read independently of the importer: Commons CSV, header, BOM skipped. */
  private static List<CSVRecord> csv(String name, char delimiter, Charset charset) {
    try (Reader r = Files.newBufferedReader(fixture(name), charset)) {
      r.mark(1);
      if (r.read() != '\uFEFF') {
        r.reset();
      }
      return CSVFormat.RFC4180
          .builder()
          .setDelimiter(delimiter)
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(r)
          .getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rows by the type cell (first column), lower case with the export key prefix removed. */
  private static Map<String, Long> byType(List<CSVRecord> rows) {
    return rows.stream()
        .collect(
            Collectors.groupingBy(
                r -> r.get(0).toLowerCase(Locale.ROOT).replace("export_contribution_type_", ""),
                Collectors.counting()));
  }

  private static ImportRun run(String... names) {
    return ImportRun.run(
        new CapCollectifImporter(),
        java.util.Arrays.stream(names).map(CapCollectifImporterTest::fixture).toList(),
        ImportRun.testOptions().withBaseIri(BASE));
  }

  private static void assertBalanced(ImportReport report) {
    for (SourceCount s : report.sources()) {
      assertTrue(s.balanced(), s.toString());
    }
  }

  private static void assertConforms(ImportRun run, Path tmp) {
    ValidationReport v = run.validate(tmp);
    assertEquals(
        0, v.results(Severity.VIOLATION).size(), ImportRun.violations(v) + "\n" + run.ntriples());
  }

  private static List<ImportIssue> issues(ImportReport report, ImportIssue.Kind kind) {
    return report.issues().stream().filter(i -> i.kind() == kind).toList();
  }

  private static String proposal(String id) {
    return BASE + "capcollectif/proposal/" + ImportSession.segment(id);
  }

  @Test
  void isRegisteredAsCapcollectif() {
    assertEquals("capcollectif", Importers.byName("capcollectif").name());
  }

  @Test
  void the2018ExportWithABomMapsEveryRowTypeAndConforms(@TempDir Path tmp) {
    List<CSVRecord> rows = csv(GEN_2018, ',', StandardCharsets.UTF_8);
    Map<String, Long> types = byType(rows);
    ImportRun run = run(GEN_2018);
    ImportReport report = run.report();
    assertBalanced(report);
    SourceCount file = report.source(fixture(GEN_2018).toString());
    assertEquals(rows.size(), file.read());
    assertEquals(rows.size(), file.mapped(), report.toText());
    assertEquals(types.get("opinion"), report.entityCount("Proposal"));
    assertEquals(types.get("version"), report.entityCount("Amendment"));
    assertEquals(types.get("vote"), report.entityCount("Vote"));
    assertEquals(types.get("argument"), report.entityCount("Argument"));
    assertEquals(types.get("source"), report.entityCount("Evidence"));
    assertEquals(1, report.entityCount("Issue"), "one section");
    assertFalse(report.toText().contains("columns not found"), "the BOM does not hide 'type'");
    assertConforms(run, tmp);

    DebateData data = run.data(tmp);
    // The opinion's Relay id is decoded for its IRI and kept raw and decoded as provenance.
    String raw = rows.get(0).get("contributions_id");
    Proposal article = data.get(Iri.of(proposal("1")), Proposal.class).orElseThrow();
    assertEquals(raw, article.provenance().identifier());
    assertTrue(run.ntriples().contains("\"Opinion:1\""), "decoded id kept");
    assertEquals("2018-03-01T10:00:00+01:00", article.created().lexical(), "Paris time");
    assertEquals("fr", article.title().language(0));
    Amendment version = data.all(Amendment.class).get(0);
    assertEquals(article.id(), version.amends(), "a version amends the opinion before it");
    for (Argument a : data.all(Argument.class)) {
      Set<?> targets = a.supports().isEmpty() ? a.attacks() : a.supports();
      assertEquals(1, targets.size());
      assertEquals(
          a.supports().isEmpty() ? Codes.Stance.AGAINST : Codes.Stance.FOR, a.stance().value());
    }
  }

  @Test
  void votesYesMitigeNoAreForAPlatformConceptAndAgainstWithTalliesFromTheRows(@TempDir Path tmp) {
    List<CSVRecord> rows = csv(GEN_2018, ',', StandardCharsets.UTF_8);
    Map<String, Long> values =
        rows.stream()
            .filter(r -> r.get("type").equals("vote"))
            .collect(
                Collectors.groupingBy(
                    r -> r.get("contributions_votes_value"), Collectors.counting()));
    ImportRun run = run(GEN_2018);
    DebateData data = run.data(tmp);
    List<Vote> votes = data.all(Vote.class);
    Iri mitige = Iri.of(BASE + "capcollectif/vote-option/mitige");
    assertEquals(
        values.get("YES"),
        votes.stream().filter(v -> v.option().value().equals(Codes.VoteOption.FOR)).count());
    assertEquals(
        values.get("NO"),
        votes.stream().filter(v -> v.option().value().equals(Codes.VoteOption.AGAINST)).count());
    assertEquals(
        values.get("MITIGE"), votes.stream().filter(v -> v.option().equals(mitige)).count());
    assertTrue(run.ntriples().contains("\"mitigé\"@fr"));
    assertTrue(run.ntriples().contains("\"mixed\"@en"));
    for (VoteEvent e : data.all(VoteEvent.class)) {
      assertTrue(e.availableOptions().contains(mitige));
      long tallied =
          e.tallies().stream().mapToLong(t -> data.get(t, Tally.class).orElseThrow().count()).sum();
      assertEquals(votes.stream().filter(v -> e.id().equals(v.voteEvent())).count(), tallied);
    }
    // 3 opinions/versions with votes: the article, its version and the unpublished proposal.
    assertEquals(3, data.all(VoteEvent.class).size());
  }

  @Test
  void aggregateCountsThatDisagreeWithTheRowsAreNoted() {
    ImportReport report = run(GEN_2018).report();
    List<String> notes =
        issues(report, ImportIssue.Kind.NOTE).stream().map(ImportIssue::reason).toList();
    // The article declares 3 / 1 / 0 votes but the file holds 2 / 1 / 0.
    assertTrue(
        notes.stream()
            .anyMatch(n -> n.contains("declares 3 / 1 / 0 votes") && n.contains("holds 2 / 1 / 0")),
        notes.toString());
    // The unpublished proposal declares 0 / 0 / 0 and has one NO vote.
    assertTrue(
        notes.stream()
            .anyMatch(n -> n.contains("declares 0 / 0 / 0 votes") && n.contains("holds 0 / 0 / 1")),
        notes.toString());
    // Arguments agree (1 for, 1 against): no argument note.
    assertFalse(
        notes.stream().anyMatch(n -> n.contains("arguments (pour / contre)")), notes.toString());
  }

  @Test
  void reportsTrashedAndUnpublishedContributionsAreFlaggedNotDropped() {
    List<CSVRecord> rows = csv(GEN_2018, ',', StandardCharsets.UTF_8);
    long reportings = rows.stream().filter(r -> r.get("type").equals("reportings")).count();
    ImportRun run = run(GEN_2018);
    List<String> flags =
        issues(run.report(), ImportIssue.Kind.FLAGGED).stream().map(ImportIssue::reason).toList();
    assertEquals(reportings, flags.stream().filter(f -> f.startsWith("report")).count());
    assertEquals(
        1, flags.stream().filter(f -> f.startsWith("in the trash")).count(), flags.toString());
    assertEquals(
        1, flags.stream().filter(f -> f.startsWith("not published")).count(), flags.toString());
    assertTrue(flags.stream().anyMatch(f -> f.contains("reason 'Hors sujet'")), flags.toString());
    assertTrue(run.ntriples().contains("capcollectif/vocab/reportCount> \"1\""), run.ntriples());
    assertTrue(run.ntriples().contains("capcollectif/vocab/trashed> \"true\""));
  }

  @Test
  void theRuaVariantWithSemicolonsDayFirstDatesAndZeroOneTrashedIsRead(@TempDir Path tmp) {
    List<CSVRecord> rows = csv(RUA, ';', StandardCharsets.UTF_8);
    Set<String> opinions = new HashSet<>();
    rows.stream()
        .filter(r -> r.get("type").equals("opinion"))
        .forEach(r -> opinions.add(r.get("contributions_id")));
    long goodVotes =
        rows.stream()
            .filter(r -> r.get("type").equals("vote"))
            .filter(r -> opinions.contains(r.get("contributions_votes_related_id")))
            .filter(r -> Set.of("YES", "MITIGE", "NO").contains(r.get("contributions_votes_value")))
            .count();
    long trashed =
        rows.stream().filter(r -> r.get("contributions_trashed").equals("1")).count()
            + rows.stream()
                .filter(r -> r.get("contributions_arguments_trashed").equals("1"))
                .count();
    ImportRun run = run(RUA);
    ImportReport report = run.report();
    assertBalanced(report);
    assertEquals(opinions.size(), report.entityCount("Proposal"));
    assertEquals(goodVotes, report.entityCount("Vote"));
    assertEquals(
        rows.size() - goodVotes - opinions.size() - 1, report.recordsSkipped(), report.toText());
    assertEquals(
        trashed,
        issues(report, ImportIssue.Kind.FLAGGED).stream()
            .filter(i -> i.reason().startsWith("in the trash"))
            .count());
    assertConforms(run, tmp);
    DebateData data = run.data(tmp);
    // Padding-less Relay ids decode to the same key as padded ones.
    Proposal first = data.get(Iri.of(proposal("501")), Proposal.class).orElseThrow();
    assertEquals(
        "2020-01-12T14:05:00+01:00", first.created().lexical(), "12/01/2020 is 12 January");
    assertNotNull(data.get(Iri.of(proposal("52")), Proposal.class).orElse(null));
  }

  @Test
  void aVoteOnAContributionNotInTheFileIsSkippedWithItsReasonAndLine() {
    ImportReport report = run(RUA).report();
    List<ImportIssue> skipped = issues(report, ImportIssue.Kind.SKIPPED);
    ImportIssue missing =
        skipped.stream()
            .filter(i -> i.reason().contains("not in the file"))
            .findFirst()
            .orElseThrow();
    assertTrue(missing.reason().startsWith("vote on "), missing.toString());
    assertEquals(8, missing.line(), "header line 1, the vote is the 7th row");
    assertTrue(
        skipped.stream()
            .anyMatch(i -> i.reason().contains("'PEUT-ETRE' is none of YES, MITIGE, NO")));
  }

  @Test
  void theCurrentExportWithKeysAndWithFrenchLabelsGiveTheSameRecords(@TempDir Path tmp) {
    ImportRun keys = run(CURRENT);
    ImportRun labels = run(CURRENT_FR);
    for (ImportRun r : List.of(keys, labels)) {
      assertBalanced(r.report());
      assertEquals(0, r.report().recordsSkipped(), r.report().toText());
      assertConforms(r, tmp);
    }
    List<CSVRecord> rows = csv(CURRENT, ',', StandardCharsets.UTF_8);
    Map<String, Long> types = byType(rows);
    for (String entity : List.of("Proposal", "Amendment", "Vote", "Argument", "Issue")) {
      assertEquals(keys.report().entityCount(entity), labels.report().entityCount(entity), entity);
    }
    assertEquals(types.get("opinion"), keys.report().entityCount("Proposal"));
    assertEquals(types.get("vote"), labels.report().entityCount("Vote"));
    assertEquals(
        keys.report().count(ImportIssue.Kind.FLAGGED),
        labels.report().count(ImportIssue.Kind.FLAGGED));
    assertTrue(
        labels.report().toText().contains("windows-1252"), "the French file is windows-1252");
    assertTrue(labels.ntriples().contains("Former aussi les élus"), "accents decoded");
  }

  @Test
  void authorTypesBecomeParticipantRolesAndAuthorsArePseudonymised(@TempDir Path tmp) {
    ImportRun run = run(CURRENT);
    assertFalse(run.ntriples().contains("user40"), "user ids are not written");
    DebateData data = run.data(tmp);
    Map<String, Set<String>> rolesByTitle = new HashMap<>();
    for (Proposal p : data.all(Proposal.class)) {
      Person author = data.get(p.authors().iterator().next(), Person.class).orElseThrow();
      rolesByTitle.put(
          p.title().get("fr"), author.roles().stream().map(Iri::value).collect(Collectors.toSet()));
    }
    assertEquals(Set.of(Codes.Role.CITIZEN), rolesByTitle.get("Opinion 40"));
    assertEquals(Set.of(Codes.Role.ELECTED_OFFICIAL), rolesByTitle.get("Opinion 41"));
    assertEquals(Set.of(Codes.Role.ORGANISATION_REPRESENTATIVE), rolesByTitle.get("Opinion 42"));
  }

  @Test
  void hostileContentStaysInertDataAndBrokenQuotingEndsTheFileWithAReason(@TempDir Path tmp) {
    ImportRun run = run(HOSTILE);
    ImportReport report = run.report();
    assertBalanced(report);
    assertConforms(run, tmp);
    for (String line : run.ntriples().split("\n")) {
      int script = line.indexOf("<script>");
      assertTrue(script < 0 || script > line.indexOf('"'), "markup only inside literals: " + line);
    }
    assertTrue(run.ntriples().contains("\"clic"), "the HTML argument turned into its text");
    assertFalse(run.ntriples().contains("javascript:"), "links in HTML bodies are not kept");
    assertFalse(run.ntriples().contains("\\u0000"), "control characters removed");
    List<ImportIssue> skipped = issues(report, ImportIssue.Kind.SKIPPED);
    assertTrue(
        skipped.stream().anyMatch(i -> i.reason().contains("malformed CSV")), report.toText());
    assertTrue(skipped.stream().anyMatch(i -> i.reason().startsWith("unknown row type")));
    assertTrue(skipped.stream().anyMatch(i -> i.reason().equals("row without type")));
    List<String> notes =
        issues(report, ImportIssue.Kind.NOTE).stream().map(ImportIssue::reason).toList();
    assertTrue(
        notes.stream().anyMatch(n -> n.contains("'2018-02-30 10:00:00' is not a date-time")),
        notes.toString());
    assertTrue(notes.stream().anyMatch(n -> n.contains("is not a count")), notes.toString());
  }

  @Test
  void everyFileIsOneDebateAndReadEqualsMappedPlusSkipped(@TempDir Path tmp) {
    ImportRun run = run(GEN_2018, RUA, CURRENT, CURRENT_FR, HOSTILE);
    ImportReport report = run.report();
    assertBalanced(report);
    assertEquals(5, report.entityCount("Debate"));
    assertEquals(report.recordsRead(), report.recordsMapped() + report.recordsSkipped());
    assertConforms(run, tmp);
  }

  @Test
  void arbitraryCsvTextNeverEscapesAsAnUncheckedException(@TempDir Path tmp) throws IOException {
    String header =
        Files.readString(fixture(GEN_2018), StandardCharsets.UTF_8)
            .lines()
            .findFirst()
            .orElseThrow();
    String alphabet = "0123456789,;-\"\n\r/:ab<>é=\u0000opinionvteargumsc";
    org.quicktheories.core.Gen<Integer> pick = Generate.range(0, alphabet.length() - 1);
    Path file = tmp.resolve("junk.csv");
    qt().withFixedSeed(20261203L)
        .forAll(
            Generate.range(0, 300)
                .flatMap(
                    n ->
                        in -> {
                          StringBuilder b = new StringBuilder();
                          for (int i = 0; i < n; i++) {
                            b.append(alphabet.charAt(pick.generate(in)));
                          }
                          return b.toString();
                        }))
        .checkAssert(
            junk -> {
              try {
                Files.writeString(file, header + "\n" + junk, StandardCharsets.UTF_8);
                ImportReport report =
                    new CapCollectifImporter()
                        .run(
                            List.of(file),
                            ImportRun.testOptions(),
                            new NTriplesWriter(new ByteArrayOutputStream()));
                assertBalanced(report);
              } catch (DebatescoreException expected) {
                // the library's own error: fine
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }
}
