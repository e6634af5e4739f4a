package org.debatescore.rdf4j.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.debatescore.core.ParseException;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.RdfFormat;
import org.debatescore.core.validation.Severity;
import org.debatescore.core.validation.ValidationException;
import org.debatescore.core.validation.ValidationOptions;
import org.debatescore.core.validation.ValidationReport;
import org.debatescore.core.validation.ValidationResult;
import org.debatescore.rdf4j.Fixtures;
import org.debatescore.rdf4j.TestPaths;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

class Rdf4jShaclValidatorTest {

  private static final Rdf4jShaclValidator VALIDATOR = new Rdf4jShaclValidator();
  private static final String SH = "http://www.w3.org/ns/shacl#";

  @TestFactory
  List<DynamicTest> theExampleDebatesConformWithNoResultAtAll() {
    List<Path> files = new ArrayList<>(TestPaths.exampleTurtle());
    files.addAll(TestPaths.exampleJsonLd());
    files.add(TestPaths.minimalDebate());
    List<DynamicTest> tests = new ArrayList<>();
    for (Path file : files) {
      tests.add(
          dynamicTest(
              file.getFileName().toString(),
              () -> {
                ValidationReport report = VALIDATOR.validate(file);
                assertEquals(Set.of(), NegativeExamples.lines(report));
                assertTrue(report.conforms());
                assertFalse(report.truncated(), report.truncationReason());
                assertTrue(report.engine().startsWith("rdf4j-shacl 5."), report.engine());
              }));
    }
    return tests;
  }

  @TestFactory
  List<DynamicTest> eachNegativeExampleYieldsExactlyItsExpectedResults() {
    List<Path> examples = TestPaths.negativeExamples();
    assertTrue(examples.size() >= 22, "only " + examples.size() + " negative examples found");
    List<DynamicTest> tests = new ArrayList<>();
    for (Path ttl : examples) {
      tests.add(
          dynamicTest(
              ttl.getFileName().toString(),
              () ->
                  assertEquals(
                      String.join("\n", NegativeExamples.expected(ttl)),
                      String.join("\n", NegativeExamples.lines(VALIDATOR.validate(ttl))),
                      ttl.getFileName() + " must yield exactly its .expected results on RDF4J")));
    }
    return tests;
  }

  @Test
  void warningsAndInfosAreReportedAsResultsNotAsFailures() {
    Path ttl = negative("38-debate-without-licence.ttl");
    ValidationReport report = VALIDATOR.validate(ttl);
    assertFalse(report.conforms());
    assertTrue(report.conformsAt(Severity.VIOLATION));
    assertEquals(1, report.count(Severity.WARNING));
  }

  @Test
  void resultsCarryMessageNameLinkAndTheLineOfTheFocusNode() throws Exception {
    Path ttl = negative("01-debate-without-title.ttl");
    ValidationReport report = VALIDATOR.validate(ttl);
    ValidationResult r = report.results(Severity.VIOLATION).get(0);
    assertEquals(SH + "MinCountConstraintComponent", r.constraintComponent().value());
    assertEquals("https://w3id.org/debatescore/shapes#Debate-title", r.sourceShape().toString());
    assertEquals("https://w3id.org/debatescore/ns#Debate", r.specLink());
    assertEquals("title", r.shapeName());
    assertTrue(r.message().startsWith("A debate must have a title"), r.message());
    assertTrue(r.messages().containsKey("fr"));
    assertEquals("sh:minCount 1", r.detail());
    assertTrue(r.sourceLocation().isPresent());
    assertEquals(ttl.toString(), r.sourceLocation().get().source());
    List<String> lines = Files.readAllLines(ttl);
    assertTrue(
        lines.get((int) r.sourceLocation().get().line() - 1).contains("debate"),
        "the line of the focus node");
  }

  @Test
  void messagesComeInTheRequestedLanguageWithEnglishAsFallback() {
    Path ttl = negative("01-debate-without-title.ttl");
    ValidationResult fr =
        VALIDATOR
            .validate(List.of(ttl), ValidationOptions.builder().language("fr-CA").build())
            .results()
            .get(0);
    assertTrue(fr.message().startsWith("Un débat doit avoir un titre"), fr.message());
    assertEquals("titre", fr.shapeName());
    ValidationReport de =
        VALIDATOR.validate(List.of(ttl), ValidationOptions.builder().language("de").build());
    assertEquals("en", de.language());
    assertTrue(de.results().get(0).message().startsWith("A debate must"));
  }

  @Test
  void theMustProfileLeavesWarningsAndInfosOut() {
    Path ttl = negative("44-participant-without-role.ttl");
    ValidationOptions must =
        ValidationOptions.builder().profile(ValidationOptions.Profile.MUST).build();
    assertTrue(VALIDATOR.validate(List.of(ttl), must).conforms());
    assertFalse(VALIDATOR.validate(ttl).conforms());
  }

  @Test
  void limitsKeepTheMostSeriousResultsAndSayTheReportIsCut() {
    StringBuilder ttl = new StringBuilder("@prefix dbs: <https://w3id.org/debatescore/ns#> .\n");
    for (int i = 0; i < 30; i++) {
      ttl.append("<https://example.org/d").append(i).append("> a dbs:Debate .\n");
    }
    ValidationOptions opts =
        ValidationOptions.builder().maxResultsPerShape(5).maxResults(8).build();
    ValidationReport report = validateTurtle(ttl.toString(), opts);
    // Per debate: no title (violation), no licence (warning). RDF4J collects one result more
    // than the per-shape limit per constraint, so the report knows it was cut, and says that the
    // counts are then lower bounds.
    assertEquals(6, report.count(Severity.VIOLATION));
    assertEquals(6, report.count(Severity.WARNING));
    assertEquals(8, report.results().size());
    assertTrue(report.truncated());
    assertTrue(report.truncationReason().contains("per shape"), report.truncationReason());
    assertTrue(report.truncationReason().contains("lower bounds"), report.truncationReason());
    assertTrue(
        report.results().subList(0, 5).stream().allMatch(r -> r.severity() == Severity.VIOLATION));
  }

  @Test
  void rdf4jsOwnLimitIsRaisedAboveItsDefaultOfAThousandPerConstraint() {
    StringBuilder ttl = new StringBuilder("@prefix dbs: <https://w3id.org/debatescore/ns#> .\n");
    for (int i = 0; i < 1200; i++) {
      ttl.append("<https://example.org/d").append(i).append("> a dbs:Debate .\n");
    }
    ValidationReport report =
        validateTurtle(ttl.toString(), ValidationOptions.builder().unlimitedResults().build());
    assertEquals(1200, report.count(Severity.VIOLATION));
    assertFalse(report.truncated(), report.truncationReason());
  }

  @Test
  void constructsRdf4jCannotEvaluateAreNamedInTheReportNotSkippedSilently(@TempDir Path dir)
      throws Exception {
    Path extra = dir.resolve("extra-shapes.ttl");
    Files.writeString(
        extra,
        """
        @prefix sh: <http://www.w3.org/ns/shacl#> .
        @prefix ex: <https://example.org/shapes#> .
        @prefix dbs: <https://w3id.org/debatescore/ns#> .
        ex:ReplyChain a sh:NodeShape ;
            sh:targetClass dbs:Comment ;
            sh:property [ sh:path [ sh:zeroOrMorePath dbs:replyTo ] ; sh:maxCount 50 ] .
        ex:Exclusive a sh:NodeShape ;
            sh:targetClass dbs:Vote ;
            sh:xone ( [ sh:path dbs:voteEvent ; sh:minCount 1 ]
                      [ sh:path dbs:voteOn ; sh:minCount 1 ] ) .
        """);
    ValidationOptions opts =
        ValidationOptions.builder()
            .profile(ValidationOptions.Profile.NONE)
            .extraShapes(extra)
            .build();
    ValidationReport report = VALIDATOR.validate(List.of(TestPaths.minimalDebate()), opts);
    assertTrue(report.truncated(), "an incomplete report must say so");
    String reason = report.truncationReason();
    assertTrue(reason.contains("sh:xone on <https://example.org/shapes#Exclusive>"), reason);
    assertTrue(reason.contains("sh:zeroOrMorePath"), reason);
    assertTrue(reason.contains("not evaluated by rdf4j-shacl"), reason);
  }

  @Test
  void anIllTypedValueBreaksEveryRangeConstraintAsShaclRequires() {
    String ttl =
        """
        @prefix dbs: <https://w3id.org/debatescore/ns#> .
        @prefix dct: <http://purl.org/dc/terms/> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        <https://example.org/m> a dbs:Milestone ; dct:title "Works"@en ;
            dbs:progress "-1"^^xsd:nonNegativeInteger .
        """;
    Set<String> lines = NegativeExamples.lines(validateTurtle(ttl, ValidationOptions.defaults()));
    String prefix = "https://example.org/m\thttps://w3id.org/debatescore/ns#progress\t" + SH;
    assertTrue(lines.contains(prefix + "MinInclusiveConstraintComponent\t" + SH + "Violation"));
    // RDF4J alone would let -1 pass sh:maxInclusive 100; "-1" is no nonNegativeInteger at all.
    assertTrue(
        lines.contains(prefix + "MaxInclusiveConstraintComponent\t" + SH + "Violation"),
        lines.toString());
    assertTrue(lines.contains(prefix + "DatatypeConstraintComponent\t" + SH + "Violation"));
  }

  @Test
  void aSecondValueOfAnotherDatatypeBreaksMaxCount() {
    // RDF4J's whole-store validation compares values, not terms; the validator avoids it.
    String ttl =
        """
        @prefix dbs: <https://w3id.org/debatescore/ns#> .
        @prefix dct: <http://purl.org/dc/terms/> .
        @prefix schema: <https://schema.org/> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        <https://example.org/d> a dbs:Debate ; dct:title "x"@en ;
            dct:license <https://creativecommons.org/licenses/by/4.0/> ;
            schema:endDate "2013-09-23T18:06:56"^^xsd:dateTime , "2013-09-23"^^xsd:date .
        """;
    Set<String> lines = NegativeExamples.lines(validateTurtle(ttl, ValidationOptions.defaults()));
    assertEquals(
        Set.of(
            "https://example.org/d\thttps://schema.org/endDate\t"
                + SH
                + "MaxCountConstraintComponent\t"
                + SH
                + "Violation"),
        lines);
  }

  @Test
  void theBundledShapesUseNothingRdf4jCannotEvaluate() {
    assertEquals(List.of(), DebatescoreShapes.notEvaluated(DebatescoreShapes.all()));
  }

  @Test
  void severalFilesAreValidatedAsOneGraph(@TempDir Path dir) throws Exception {
    Path debate = dir.resolve("debate.ttl");
    Path proposal = dir.resolve("proposal.ttl");
    Files.writeString(
        debate,
        """
        @prefix dbs: <https://w3id.org/debatescore/ns#> .
        @prefix dct: <http://purl.org/dc/terms/> .
        <https://example.org/d> a dbs:Debate ; dct:title "Market"@en ;
            dct:license <https://creativecommons.org/licenses/by/4.0/> .
        """);
    Files.writeString(
        proposal,
        """
        @prefix dbs: <https://w3id.org/debatescore/ns#> .
        @prefix dct: <http://purl.org/dc/terms/> .
        @prefix pstatus: <https://w3id.org/debatescore/code/proposal-status/> .
        <https://example.org/p> a dbs:Proposal ; dct:title "Trees"@en ;
            dbs:debate <https://example.org/d> ; dbs:status pstatus:submitted ;
            dbs:author <https://example.org/d> .
        """);
    ValidationReport report = VALIDATOR.validate(List.of(debate, proposal));
    assertEquals(List.of(debate.toString(), proposal.toString()), report.inputs());
    // The author is the debate, not a participant: one violation, located in the second file.
    assertEquals(1, report.total(), NegativeExamples.lines(report).toString());
    ValidationResult r = report.results().get(0);
    assertEquals(SH + "OrConstraintComponent", r.constraintComponent().value());
    assertEquals(Iri.of("https://example.org/d"), r.value());
    assertEquals(proposal.toString(), r.sourceLocation().get().source());
  }

  @Test
  void aSyntaxErrorIsAParseExceptionNotAResult() {
    assertThrows(
        ParseException.class, () -> VALIDATOR.validate(Fixtures.path("syntax/broken-line-3.ttl")));
  }

  @Test
  void noShapesAtAllIsAnError() {
    ValidationOptions none =
        ValidationOptions.builder().profile(ValidationOptions.Profile.NONE).build();
    assertThrows(
        ValidationException.class,
        () -> VALIDATOR.validate(List.of(TestPaths.minimalDebate()), none));
  }

  @Test
  void oneValidatorServesConcurrentCallers() throws Exception {
    List<Path> files = TestPaths.negativeExamples().subList(0, 8);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Set<String>>> results = new ArrayList<>();
      for (Path f : files) {
        results.add(pool.submit(() -> NegativeExamples.lines(VALIDATOR.validate(f))));
      }
      for (int i = 0; i < files.size(); i++) {
        assertEquals(NegativeExamples.expected(files.get(i)), results.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aReportRefusedByAShaclSailElsewhereMapsToTheSameResults() {
    ValidationReport direct = VALIDATOR.validate(negative("26-two-statuses.ttl"));
    assertNotNull(direct);
    assertEquals(
        NegativeExamples.expected(negative("26-two-statuses.ttl")), NegativeExamples.lines(direct));
  }

  static Path negative(String name) {
    return TestPaths.negativeDir().resolve(name);
  }

  static ValidationReport validateTurtle(String ttl, ValidationOptions options) {
    InputStream in = new ByteArrayInputStream(ttl.getBytes(StandardCharsets.UTF_8));
    return VALIDATOR.validate(in, RdfFormat.TURTLE, "inline.ttl", options);
  }
}
