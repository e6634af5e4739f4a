package org.debatescore.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.debatescore.core.model.Answer;
import org.debatescore.core.model.Assessment;
import org.debatescore.core.model.Debate;
import org.debatescore.core.model.DebateData;
import org.debatescore.core.model.Document;
import org.debatescore.core.model.Entity;
import org.debatescore.core.model.OfficialResponse;
import org.debatescore.core.model.Participant;
import org.debatescore.core.model.Phase;
import org.debatescore.core.model.Proposal;
import org.debatescore.core.model.Question;
import org.debatescore.core.model.TemporalValue;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Literal;
import org.debatescore.core.rdf.Resource;
import org.debatescore.core.rdf.Term;
import org.debatescore.core.validation.Severity;
import org.debatescore.core.validation.ValidationReport;
import org.debatescore.core.validation.Validator;
import org.debatescore.examples.PublicDebateDeadlines.Check;
import org.debatescore.examples.PublicDebateDeadlines.Timeline;
import org.debatescore.jena.DebatescoreJena;
import org.debatescore.jena.validation.JenaShaclValidator;
import org.debatescore.rdf4j.validation.Rdf4jShaclValidator;
import org.debatescore.vocab.Codes;
import org.debatescore.vocab.Terms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The débat public example follows the CNDP procedure, its deadlines and its accountability. */
class CndpPublicDebateTest {

  private static final Path TTL = Readme.root().resolve("examples/debates/cndp-public-debate.ttl");
  private static final Path JSONLD =
      Readme.root().resolve("examples/debates/cndp-public-debate.jsonld");
  private static final Iri CREATOR = Iri.of(Terms.DCT.creator);
  private static final Iri DATE_ACCEPTED = Iri.of(Terms.DCT.dateAccepted);

  private static DebateData data() {
    return DebatescoreJena.readData(TTL);
  }

  private static Debate debate(DebateData data) {
    List<Debate> debates = PublicDebateDeadlines.publicDebates(data).toList();
    assertEquals(1, debates.size(), "one public debate in the example");
    return debates.get(0);
  }

  // ------------------------------------------------------------------ conformance

  @Test
  void bothFormsConformWithNeitherViolationNorWarningForJenaAndRdf4j() {
    for (Validator validator : List.of(new JenaShaclValidator(), new Rdf4jShaclValidator())) {
      for (Path file : List.of(TTL, JSONLD)) {
        ValidationReport report = validator.validate(file);
        assertEquals(
            0,
            report.count(Severity.VIOLATION),
            () -> validator + " " + file + ": " + report.results(Severity.VIOLATION));
        assertEquals(
            0,
            report.count(Severity.WARNING),
            () -> validator + " " + file + ": " + report.results(Severity.WARNING));
      }
    }
  }

  // ------------------------------------------------------------------ deadlines

  @Test
  void legalDeadlinesHoldWhenComputedFromTheExample() {
    DebateData data = data();
    Timeline timeline = Timeline.of(data, debate(data));
    List<Check> checks = timeline.checks();
    assertEquals(4, checks.size());
    checks.forEach(c -> assertTrue(c.holds(), c.toString()));
    // The debate's own dates agree with its contribution phase.
    Debate debate = debate(data);
    assertEquals(debate.startDate().toLocalDate(), timeline.opening());
    assertEquals(debate.endDate().toLocalDate(), timeline.closure());
  }

  @Test
  void aDecisionOneDayTooLateBreaksOnlyTheThreeMonthRule() {
    DebateData data = data();
    Timeline timeline = Timeline.of(data, debate(data));
    Check decision = timeline.checks().get(3);
    List<Check> late = timeline.withDecision(decision.latest().plusDays(1)).checks();
    assertFalse(late.get(3).holds(), late.get(3).toString());
    assertTrue(late.subList(0, 3).stream().allMatch(Check::holds), late.toString());
    assertTrue(timeline.withDecision(decision.latest()).checks().get(3).holds());
  }

  @Test
  void aDebateShorterThanFourOrLongerThanSixMonthsBreaksTheDurationRule() {
    DebateData data = data();
    Timeline timeline = Timeline.of(data, debate(data));
    LocalDate opening = timeline.opening();
    assertFalse(timeline.withClosure(opening.plusMonths(4).minusDays(1)).checks().get(0).holds());
    assertFalse(timeline.withClosure(opening.plusMonths(6).plusDays(1)).checks().get(0).holds());
    assertTrue(timeline.withClosure(opening.plusMonths(6)).checks().get(0).holds());
  }

  @Test
  void aBilanPublishedLateInTheDataIsReported(@TempDir Path dir) throws Exception {
    String turtle = Files.readString(TTL, StandardCharsets.UTF_8);
    String bilanBlock = turtle.substring(turtle.indexOf("<documents/bilan> a dbs:Document"));
    String onTime = bilanBlock.substring(0, bilanBlock.indexOf(" .\n"));
    String late =
        onTime.replaceFirst(
            "dct:date \"[0-9-]+\"\\^\\^xsd:date", "dct:date \"2026-04-02\"^^xsd:date");
    assertFalse(onTime.equals(late), "the bilan's date was not found");
    Path mutated = dir.resolve("late-bilan.ttl");
    Files.writeString(mutated, turtle.replace(onTime, late), StandardCharsets.UTF_8);

    DebateData data = DebatescoreJena.readData(mutated);
    List<Check> checks = Timeline.of(data, debate(data)).checks();
    assertEquals(LocalDate.of(2026, 4, 2), checks.get(2).date());
    assertFalse(checks.get(2).holds(), "bilan rule");
    assertTrue(checks.get(1).holds(), "compte rendu rule");
  }

  @Test
  void theExampleProgramPrintsEveryRuleAsHeld() {
    PrintStream saved = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      PublicDebateDeadlines.main(new String[] {TTL.toString()});
    } finally {
      System.setOut(saved);
    }
    String out = captured.toString(StandardCharsets.UTF_8);
    assertEquals(4, out.lines().filter(l -> l.startsWith("  OK   ")).count(), out);
    assertFalse(out.contains("LATE"), out);
  }

  // ------------------------------------------------------------------ the procedure

  @Test
  void theProcedureRunsInOrderFromReferralToGuarantor() {
    DebateData data = data();
    Debate debate = debate(data);
    Document referral = onlyDocument(data, debate, Codes.DocumentKind.REFERRAL);
    assertTrue(
        hasRole(data, creator(referral), Codes.Role.PROJECT_OWNER),
        "the project owner refers the project");
    List<Document> decisions = documents(data, debate, Codes.DocumentKind.DECISION);
    Document toHold = decisions.get(0);
    assertTrue(hasRole(data, creator(toHold), Codes.Role.GUARANTOR), "the CNDP decides to hold it");
    assertTrue(date(referral).isBefore(date(toHold)), "referral, then the CNDP's decision");

    Phase preparation = phase(data, debate, Codes.PhaseKind.PREPARATION);
    Phase debating = phase(data, debate, Codes.PhaseKind.CONTRIBUTION);
    Phase reporting = phase(data, debate, Codes.PhaseKind.REPORTING);
    Phase deciding = phase(data, debate, Codes.PhaseKind.DECISION);
    Phase followUp = phase(data, debate, Codes.PhaseKind.FOLLOW_UP);
    List<Phase> inOrder = List.of(preparation, debating, reporting, deciding, followUp);
    for (int i = 1; i < inOrder.size(); i++) {
      assertTrue(
          end(inOrder.get(i - 1)).isBefore(start(inOrder.get(i))),
          inOrder.get(i - 1).id() + " ends before " + inOrder.get(i).id());
    }
    assertEquals(date(toHold), start(preparation), "preparation starts with the CNDP's decision");
    // The CNDP validates the dossier du maître d'ouvrage before the debate opens.
    Document dossier = onlyDocument(data, debate, Codes.DocumentKind.BACKGROUND_FILE);
    assertTrue(hasRole(data, creator(dossier), Codes.Role.PROJECT_OWNER));
    assertTrue(
        decisions.stream()
            .filter(d -> date(d).isAfter(start(preparation)) && !date(d).isAfter(end(preparation)))
            .anyMatch(d -> hasRole(data, creator(d), Codes.Role.GUARANTOR)),
        "the CNDP validates the dossier during the preparation");
    // The organiser is the commission particulière; the compte rendu is its own, the bilan the
    // CNDP's.
    Resource organiser = debate.organisers().iterator().next();
    assertTrue(hasRole(data, organiser, Codes.Role.DEBATE_COMMISSION));
    assertEquals(organiser, creator(onlyDocument(data, debate, Codes.DocumentKind.COMPTE_RENDU)));
    assertEquals(
        toHold.extensions().get(CREATOR).get(0),
        creator(onlyDocument(data, debate, Codes.DocumentKind.BILAN)));
    // After the decision, a guarantor appointed by the CNDP follows the project.
    Document appointment = decisions.get(decisions.size() - 1);
    assertFalse(date(appointment).isBefore(start(followUp)), "garant appointed after the decision");
    assertTrue(
        data.all(org.debatescore.core.model.FollowUpItem.class).stream()
            .flatMap(f -> f.responsible().stream())
            .anyMatch(r -> hasRole(data, r, Codes.Role.GUARANTOR)),
        "a follow-up item is the garant's");
  }

  @Test
  void questionsAreNumberedByDateAndEachAnswerIsSignedDatedAndValidatedAfterward() {
    DebateData data = data();
    List<Question> questions =
        data.all(Question.class).stream()
            .sorted(Comparator.comparingInt(q -> Integer.parseInt(q.provenance().identifier())))
            .toList();
    assertTrue(questions.size() >= 3, "questions: " + questions.size());
    for (int i = 1; i < questions.size(); i++) {
      assertTrue(
          instant(questions.get(i - 1).created()).isBefore(instant(questions.get(i).created())),
          "numbering follows the date of submission at " + questions.get(i).id());
    }
    Set<Iri> answerers =
        Set.of(Iri.of(Codes.Role.PROJECT_OWNER), Iri.of(Codes.Role.DEBATE_COMMISSION));
    for (Question q : questions) {
      List<Answer> answers =
          data.all(Answer.class).stream().filter(a -> q.id().equals(a.answers())).toList();
      assertEquals(1, answers.size(), q.id() + " has one answer");
      Answer a = answers.get(0);
      assertEquals(1, a.authors().size(), a.id() + " is signed by one body");
      Participant signer = participant(data, a.authors().iterator().next());
      assertTrue(
          signer.roles().stream().anyMatch(answerers::contains),
          a.id() + " is signed by the project owner or the commission");
      assertTrue(
          instant(q.created()).isBefore(instant(a.created())), a.id() + " after its question");
      List<Term> validated = a.extensions().get(DATE_ACCEPTED);
      assertEquals(1, validated.size(), a.id() + " has one validation date");
      LocalDate accepted = LocalDate.parse(((Literal) validated.get(0)).lexical());
      assertFalse(
          accepted.isBefore(a.created().toLocalDate()), a.id() + " is validated once written");
    }
  }

  @Test
  void everyRecommendationGetsAnOfficialResponseFromTheProjectOwnerAndTheIndicatorSaysSo() {
    DebateData data = data();
    Iri recommendation = Iri.of(Codes.ContributionKind.RECOMMENDATION);
    List<Proposal> recommendations =
        data.all(Proposal.class).stream()
            .filter(p -> recommendation.equals(p.contributionKind()))
            .toList();
    assertTrue(recommendations.size() >= 3, "recommendations: " + recommendations.size());
    List<Resource> unanswered = new ArrayList<>();
    for (Proposal r : recommendations) {
      assertTrue(
          r.authors().stream()
              .anyMatch(
                  a ->
                      hasRole(data, a, Codes.Role.DEBATE_COMMISSION)
                          || hasRole(data, a, Codes.Role.GUARANTOR)),
          r.id() + " comes from the commission or the CNDP");
      Iri report = r.provenance().wasDerivedFrom();
      Document source = data.get(report, Document.class).orElseThrow();
      assertTrue(
          Set.of(Iri.of(Codes.DocumentKind.COMPTE_RENDU), Iri.of(Codes.DocumentKind.BILAN))
              .contains(source.documentKind()),
          r.id() + " is taken from the compte rendu or the bilan");
      boolean answered =
          data.all(OfficialResponse.class).stream()
              .filter(o -> o.respondsTo().contains(r.id()))
              .anyMatch(
                  o ->
                      o.authors().stream()
                          .anyMatch(a -> hasRole(data, a, Codes.Role.PROJECT_OWNER)));
      if (!answered) {
        unanswered.add(r.id());
      }
    }
    assertEquals(List.of(), unanswered, "recommendations without a response");

    BigDecimal computed =
        BigDecimal.valueOf(100L * (recommendations.size() - unanswered.size()))
            .divide(BigDecimal.valueOf(recommendations.size()), 1, RoundingMode.HALF_UP);
    Assessment indicator =
        data.all(Assessment.class).stream()
            .filter(a -> Iri.of(Codes.AssessmentDimension.RESPONSE_RATE).equals(a.dimension()))
            .findFirst()
            .orElseThrow();
    assertEquals(0, computed.compareTo(indicator.score()), "published indicator");
    // The decision settles every recommendation: adopted, modified or rejected.
    org.debatescore.core.model.Decision decision =
        data.all(org.debatescore.core.model.Decision.class).get(0);
    Set<Resource> settled =
        java.util.stream.Stream.of(decision.adopts(), decision.modifies(), decision.rejects())
            .flatMap(Set::stream)
            .collect(Collectors.toSet());
    recommendations.forEach(r -> assertTrue(settled.contains(r.id()), r.id() + " settled"));
    assertEquals(
        Iri.of(Codes.Outcome.ADOPTED_WITH_CHANGES), decision.outcome(), "continue, modified");
  }

  // ------------------------------------------------------------------ helpers

  private static List<Document> documents(DebateData data, Debate debate, String kind) {
    return debate.documents().stream()
        .map(id -> data.get(id, Document.class).orElseThrow())
        .filter(d -> Iri.of(kind).equals(d.documentKind()))
        .sorted(Comparator.comparing(CndpPublicDebateTest::date))
        .toList();
  }

  private static Document onlyDocument(DebateData data, Debate debate, String kind) {
    List<Document> found = documents(data, debate, kind);
    assertEquals(1, found.size(), "documents of kind " + kind);
    return found.get(0);
  }

  private static Phase phase(DebateData data, Debate debate, String kind) {
    List<Phase> found =
        debate.phases().stream()
            .map(id -> data.get(id, Phase.class).orElseThrow())
            .filter(p -> Iri.of(kind).equals(p.phaseKind()))
            .toList();
    assertEquals(1, found.size(), "phases of kind " + kind);
    return found.get(0);
  }

  private static Resource creator(Document d) {
    List<Term> creators = d.extensions().get(CREATOR);
    assertEquals(1, creators.size(), d.id() + " dct:creator");
    return (Resource) creators.get(0);
  }

  private static Participant participant(DebateData data, Resource id) {
    Entity e = data.get(id).orElseThrow(() -> new AssertionError(id + " is not described"));
    return (Participant) e;
  }

  private static boolean hasRole(DebateData data, Resource id, String role) {
    return participant(data, id).roles().contains(Iri.of(role));
  }

  private static LocalDate date(Document d) {
    return d.date().toLocalDate();
  }

  private static LocalDate start(Phase p) {
    return p.startDate().toLocalDate();
  }

  private static LocalDate end(Phase p) {
    return p.endDate().toLocalDate();
  }

  private static java.time.OffsetDateTime instant(TemporalValue v) {
    return v.toOffsetDateTime();
  }
}
