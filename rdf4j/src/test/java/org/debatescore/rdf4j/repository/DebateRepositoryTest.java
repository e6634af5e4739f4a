package org.debatescore.rdf4j.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.debatescore.core.model.Argument;
import org.debatescore.core.model.Contribution;
import org.debatescore.core.model.Debate;
import org.debatescore.core.model.DebateData;
import org.debatescore.core.model.LangText;
import org.debatescore.core.model.Proposal;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Resource;
import org.debatescore.core.validation.Severity;
import org.debatescore.core.validation.ValidationOptions;
import org.debatescore.core.validation.ValidationReport;
import org.debatescore.core.validation.ValidationResult;
import org.debatescore.rdf4j.DebatescoreRdf4j;
import org.debatescore.rdf4j.TestPaths;
import org.debatescore.vocab.Codes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DebateRepositoryTest {

  private static final String BASE = "https://participer.belcourt-en-vallee.example/";
  private static final Iri DEBATE = Iri.of(BASE + "processes/place-du-marche");
  private static final Iri DECISION = Iri.of(BASE + "decisions/2026-045");
  private static final Iri PROPOSAL_101 = Iri.of(BASE + "proposals/101");

  private static DebateData municipal;

  @BeforeAll
  static void readExample() {
    municipal = DebatescoreRdf4j.readData(TestPaths.examples().resolve("municipal-debate.ttl"));
  }

  static Debate debate(String id, boolean withLicence) {
    Debate.Builder b =
        Debate.builder().id(Iri.of(id)).title(LangText.of("en", "Renovating the square"));
    if (withLicence) {
      b.provenance(
          org.debatescore.core.model.Provenance.builder()
              .license(Iri.of("https://creativecommons.org/licenses/by/4.0/"))
              .build());
    }
    return b.build();
  }

  @Test
  void aNativeStoreRefusesAnInvalidCommitWithAReadableReportAndKeepsNothingOfIt(@TempDir Path dir) {
    try (DebateRepository repo = DebateRepository.nativeStore(dir)) {
      Debate ok = debate("https://example.org/d", true);
      repo.add(ok);
      long before = repo.size();
      // An argument that supports and attacks the same proposal breaks a SPARQL rule.
      Proposal proposal =
          Proposal.builder()
              .id(Iri.of("https://example.org/p"))
              .debate(ok.id())
              .title(LangText.of("en", "Plant trees"))
              .status(Iri.of(Codes.ProposalStatus.NS + "submitted"))
              .build();
      DebateData bad =
          DebateData.builder()
              .add(proposal)
              .add(
                  Argument.builder()
                      .id(Iri.of("https://example.org/a"))
                      .debate(ok.id())
                      .text(LangText.of("en", "Good idea"))
                      .supports(List.of(proposal.id()))
                      .attacks(List.of(proposal.id()))
                      .buildUnchecked())
              .build();
      ShapeViolationException e = assertThrows(ShapeViolationException.class, () -> repo.add(bad));
      ValidationReport report = e.report();
      assertFalse(report.conformsAt(Severity.VIOLATION));
      assertTrue(
          report.results().stream()
              .anyMatch(
                  r ->
                      r.focusNode().equals(Iri.of("https://example.org/a"))
                          && r.constraintComponent()
                              .value()
                              .equals("http://www.w3.org/ns/shacl#SPARQLConstraintComponent")),
          e.getMessage());
      assertTrue(e.getMessage().startsWith("The change was refused"), e.getMessage());
      assertTrue(e.getMessage().contains("<https://example.org/a>"), e.getMessage());
      assertTrue(e.getMessage().contains("cannot both support"), e.getMessage());
      assertEquals(before, repo.size(), "nothing of the refused change is stored");
      assertTrue(repo.get(proposal.id()).isEmpty());
    }
  }

  @Test
  void aNativeStoreAcceptsAValidDebateAndKeepsItAcrossRestarts(@TempDir Path dir) {
    try (DebateRepository repo = DebateRepository.nativeStore(dir)) {
      repo.add(municipal);
      assertEquals(municipal.entities().size(), repo.export().entities().size());
    }
    try (DebateRepository repo = DebateRepository.nativeStore(dir)) {
      DebateData back = repo.export();
      assertEquals(municipal.entities().size(), back.entities().size());
      assertEquals(
          municipal.get(DEBATE).orElseThrow(), back.get(DEBATE).orElseThrow(), "same debate");
      assertTrue(repo.check().conforms(), "the example stays conformant");
    }
  }

  @Test
  void warningsDoNotBlockACommitAndCheckReportsThem() {
    try (DebateRepository repo = DebateRepository.inMemory()) {
      repo.add(debate("https://example.org/d", false)); // no licence: a SHOULD
      assertTrue(repo.get(Iri.of("https://example.org/d")).isPresent());
      ValidationReport report = repo.check();
      assertTrue(report.conformsAt(Severity.VIOLATION));
      List<ValidationResult> warnings = report.results(Severity.WARNING);
      assertEquals(1, warnings.size());
      assertEquals("http://purl.org/dc/terms/license", warnings.get(0).path());
    }
  }

  @Test
  void messagesOfARefusedCommitFollowTheRequestedLanguage() {
    try (DebateRepository repo =
        DebateRepository.inMemory()
            .withOptions(ValidationOptions.builder().language("fr").build())) {
      Proposal noDebate =
          Proposal.builder()
              .id(Iri.of("https://example.org/p"))
              .title(LangText.of("fr", "Planter des arbres"))
              .buildUnchecked();
      ShapeViolationException e =
          assertThrows(ShapeViolationException.class, () -> repo.add(noDebate));
      assertTrue(
          e.report().results().get(0).message().contains("débat"),
          e.report().results().get(0).message());
    }
  }

  @Test
  void theQueriesAnswerWithoutSparql() {
    try (DebateRepository repo = DebateRepository.inMemory()) {
      repo.add(municipal);

      DebateWithProposals d = repo.debateWithProposals(DEBATE).orElseThrow();
      assertEquals(DEBATE, d.debate().id());
      assertEquals(8, d.proposals().size());
      assertEquals(PROPOSAL_101, d.proposals().get(0).id());

      List<Argument> onProposal = repo.argumentsOn(PROPOSAL_101);
      assertEquals(
          List.of(BASE + "arguments/301", BASE + "arguments/302"),
          onProposal.stream().map(a -> a.id().toString()).collect(Collectors.toList()));

      List<Contribution> considered = repo.contributionsTakenIntoAccount(DECISION);
      assertEquals(6, considered.size());
      assertTrue(considered.stream().anyMatch(c -> c.id().equals(Iri.of(BASE + "proposals/104"))));

      List<FollowUp> followUp = repo.followUp(DECISION);
      assertEquals(2, followUp.size());
      FollowUp parking =
          followUp.stream()
              .filter(f -> f.item().id().equals(Iri.of(BASE + "follow-up/parking-velos")))
              .findFirst()
              .orElseThrow();
      assertEquals(1, parking.milestones().size());
      FollowUp halle =
          followUp.stream()
              .filter(f -> f.item().id().equals(Iri.of(BASE + "follow-up/pietonnisation-et-halle")))
              .findFirst()
              .orElseThrow();
      assertEquals(3, halle.milestones().size());

      assertTrue(repo.debateWithProposals(Iri.of("https://example.org/none")).isEmpty());
      assertEquals(List.of(), repo.argumentsOn(Iri.of("https://example.org/none")));
    }
  }

  @Test
  void updateReplacesWhatTheStoreSaysAboutAnEntity() {
    try (DebateRepository repo = DebateRepository.inMemory()) {
      repo.add(municipal);
      Proposal p = repo.get(PROPOSAL_101, Proposal.class).orElseThrow();
      Proposal changed =
          ((Proposal.Builder) p.toBuilder())
              .status(Iri.of(Codes.ProposalStatus.NS + "implemented"))
              .build();
      repo.update(changed);
      assertEquals(changed, repo.get(PROPOSAL_101, Proposal.class).orElseThrow());
    }
  }

  @Test
  void removingSomethingStillReferencedIsRefused() {
    try (DebateRepository repo = DebateRepository.inMemory()) {
      repo.add(municipal);
      // Arguments support proposal 101, whose dbs:supports must point at a contribution.
      ShapeViolationException e =
          assertThrows(ShapeViolationException.class, () -> repo.remove(PROPOSAL_101));
      assertTrue(
          e.report().results().stream()
              .anyMatch(r -> r.value() != null && r.value().equals(PROPOSAL_101)),
          e.getMessage());
      assertTrue(repo.get(PROPOSAL_101).isPresent());
    }
  }

  @Test
  void aTransactionStoresAllOfItsChangesOrNone() {
    try (DebateRepository repo = DebateRepository.inMemory()) {
      Debate d = debate("https://example.org/d", true);
      Resource p = Iri.of("https://example.org/p");
      assertThrows(
          ShapeViolationException.class,
          () ->
              repo.transaction(
                  tx ->
                      tx.add(d)
                          .add(
                              Proposal.builder()
                                  .id(p)
                                  .debate(d.id())
                                  .title(LangText.of("en", "x"))
                                  .status(Iri.of("https://example.org/not-a-status"))
                                  .build())));
      assertEquals(0, repo.size());
      repo.transaction(
          tx ->
              tx.add(d)
                  .add(
                      Proposal.builder()
                          .id(p)
                          .debate(d.id())
                          .title(LangText.of("en", "x"))
                          .status(Iri.of(Codes.ProposalStatus.NS + "submitted"))
                          .build()));
      assertEquals(2, repo.debateWithProposals(d.id()).orElseThrow().proposals().size() + 1);
    }
  }

  @Test
  void theViolationShapesOnlyKeepEveryViolationShapeOfTheBundle() {
    var all = org.debatescore.rdf4j.validation.DebatescoreShapes.all();
    var strict = org.debatescore.rdf4j.validation.DebatescoreShapes.violationsOnly();
    assertTrue(strict.size() < all.size());
    var sh = "http://www.w3.org/ns/shacl#";
    var vf = org.eclipse.rdf4j.model.impl.SimpleValueFactory.getInstance();
    assertFalse(strict.contains(null, vf.createIRI(sh + "severity"), vf.createIRI(sh + "Warning")));
    assertFalse(strict.contains(null, vf.createIRI(sh + "severity"), vf.createIRI(sh + "Info")));
    assertEquals(
        all.filter(null, vf.createIRI(sh + "severity"), vf.createIRI(sh + "Violation")).size(),
        strict.filter(null, vf.createIRI(sh + "severity"), vf.createIRI(sh + "Violation")).size());
  }
}
