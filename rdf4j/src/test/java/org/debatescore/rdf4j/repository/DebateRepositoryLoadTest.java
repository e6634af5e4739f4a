package org.debatescore.rdf4j.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.debatescore.core.LimitExceededException;
import org.debatescore.core.ParseException;
import org.debatescore.core.SourceLocation;
import org.debatescore.core.model.Debate;
import org.debatescore.core.model.DebateData;
import org.debatescore.core.model.Document;
import org.debatescore.core.model.Entity;
import org.debatescore.core.model.Participant;
import org.debatescore.core.model.Phase;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.RdfFormat;
import org.debatescore.core.validation.Severity;
import org.debatescore.core.validation.ValidationOptions;
import org.debatescore.core.validation.ValidationReport;
import org.debatescore.core.validation.ValidationResult;
import org.debatescore.rdf4j.DebatescoreRdf4j;
import org.debatescore.rdf4j.TestPaths;
import org.debatescore.rdf4j.validation.NegativeExamples;
import org.eclipse.rdf4j.model.util.Models;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bulk loads of {@link DebateRepository}: whole documents, validated in one pass. */
class DebateRepositoryLoadTest {

  private static final Path MUNICIPAL = TestPaths.examples().resolve("municipal-debate.ttl");
  private static final String SH = "http://www.w3.org/ns/shacl#";

  @Test
  void aBulkLoadedExampleIsStoredInANativeStoreAndSurvivesARestart(@TempDir Path dir) {
    DebateData expected = DebatescoreRdf4j.readData(MUNICIPAL);
    long loaded;
    try (DebateRepository repo = DebateRepository.nativeStore(dir)) {
      loaded = repo.load(MUNICIPAL);
      assertEquals(loaded, repo.size(), "every statement of the file is stored, once");
    }
    try (DebateRepository repo = DebateRepository.nativeStore(dir)) {
      assertEquals(loaded, repo.size());
      assertTrue(isomorphic(expected, repo.export()), "the stored graph is the file's graph");
      assertTrue(repo.check().conformsAt(Severity.VIOLATION));
    }
  }

  @Test
  void aCompressedFileIsLoadedAsItsContent(@TempDir Path dir) throws IOException {
    Path gz = dir.resolve("municipal-debate.ttl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      Files.copy(MUNICIPAL, out);
    }
    try (DebateRepository plain = DebateRepository.inMemory();
        DebateRepository zipped = DebateRepository.inMemory()) {
      assertEquals(plain.load(MUNICIPAL), zipped.load(gz));
      assertTrue(isomorphic(plain.export(), zipped.export()));
    }
  }

  @Test
  void everyNegativeExampleIsRefusedByABulkLoadWithExactlyItsViolations() {
    List<Path> negatives = TestPaths.negativeExamples();
    assertFalse(negatives.isEmpty(), "the negative examples are found");
    try (DebateRepository repo = DebateRepository.inMemory()) {
      for (Path example : negatives) {
        Set<String> violations = NegativeExamples.violations(NegativeExamples.expected(example));
        if (violations.isEmpty()) {
          // Only warnings: they never block, and the load is stored whole.
          try (DebateRepository fresh = DebateRepository.inMemory()) {
            long n = fresh.load(example);
            assertEquals(n, fresh.size(), example.toString());
          }
          continue;
        }
        ShapeViolationException e =
            assertThrows(
                ShapeViolationException.class, () -> repo.load(example), example::toString);
        assertEquals(violations, NegativeExamples.lines(e.report()), example.toString());
        assertEquals(0, repo.size(), example + ": nothing of a refused load is stored");
      }
    }
  }

  @Test
  void aRefusedLoadSaysWhereInTheFileEachFocusNodeIsDescribed() {
    Path example = TestPaths.negativeDir().resolve("26-two-statuses.ttl");
    try (DebateRepository repo = DebateRepository.inMemory()) {
      ShapeViolationException e =
          assertThrows(ShapeViolationException.class, () -> repo.load(example));
      ValidationResult r = e.report().results(Severity.VIOLATION).get(0);
      SourceLocation where = r.sourceLocation().orElseThrow();
      assertEquals(example.toString(), where.source());
      assertTrue(where.hasLine(), where::toString);
      assertEquals(SH + "MaxCountConstraintComponent", r.constraintComponent().value());
      assertTrue(e.getMessage().contains(where.toString()), where + " in " + e.getMessage());
    }
  }

  @Test
  void aBulkLoadMayReferToWhatTheStoreAlreadyHoldsAndNotToWhatItLacks() {
    DebateData municipal = DebatescoreRdf4j.readData(MUNICIPAL);
    DebateData.Builder first = DebateData.builder();
    DebateData.Builder rest = DebateData.builder();
    for (Entity e : municipal.entities()) {
      // The debate points to its phases and documents: they must come with it.
      boolean frame =
          e instanceof Debate
              || e instanceof Phase
              || e instanceof Document
              || e instanceof Participant;
      (frame ? first : rest).add(e);
    }
    DebateData debateAndPeople = first.build();
    DebateData contributions = rest.build();

    try (DebateRepository empty = DebateRepository.inMemory()) {
      ShapeViolationException e =
          assertThrows(ShapeViolationException.class, () -> empty.load(contributions));
      assertTrue(
          e.report().results(Severity.VIOLATION).stream()
              .anyMatch(
                  r -> r.constraintComponent().value().equals(SH + "ClassConstraintComponent")),
          "contributions whose debate and authors are missing are refused: " + e.getMessage());
      assertEquals(0, empty.size());
    }
    try (DebateRepository repo = DebateRepository.inMemory()) {
      repo.load(debateAndPeople);
      repo.load(contributions);
      assertTrue(repo.check().conformsAt(Severity.VIOLATION));
      assertEquals(municipal.entities().size(), repo.export().entities().size());
    }
  }

  @Test
  void aBulkLoadCountsValuesTogetherWithThoseAlreadyStored() {
    String proposal = "https://participer.belcourt-en-vallee.example/proposals/101";
    String secondStatus =
        "<"
            + proposal
            + "> <https://w3id.org/debatescore/ns#status> "
            + "<https://w3id.org/debatescore/code/proposal-status/rejected> .\n";
    try (DebateRepository repo = DebateRepository.inMemory()) {
      long before = repo.load(MUNICIPAL);
      ShapeViolationException e =
          assertThrows(
              ShapeViolationException.class,
              () -> repo.load(stream(secondStatus), RdfFormat.NTRIPLES, "second-status.nt"));
      ValidationReport report = e.report();
      assertTrue(
          report.results(Severity.VIOLATION).stream()
              .anyMatch(
                  r ->
                      r.focusNode().equals(Iri.of(proposal))
                          && r.constraintComponent()
                              .value()
                              .equals(SH + "MaxCountConstraintComponent")),
          e.getMessage());
      assertEquals(before, repo.size(), "the refused statement is not stored");
    }
  }

  @Test
  void aFileThatDoesNotParseIsReportedWithItsLineAndNothingIsStored(@TempDir Path dir)
      throws IOException {
    Path broken = dir.resolve("broken.ttl");
    Files.writeString(
        broken,
        "@prefix dbs: <https://w3id.org/debatescore/ns#> .\n"
            + "<https://example.org/d> a dbs:Debate .\n"
            + "<https://example.org/e> a dbs:Debate \n"
            + "<https://example.org/f> a dbs:Debate .\n",
        StandardCharsets.UTF_8);
    try (DebateRepository repo = DebateRepository.inMemory()) {
      ParseException e = assertThrows(ParseException.class, () -> repo.load(broken));
      assertEquals(broken.toString(), e.location().source());
      assertEquals(4, e.location().line(), e.getMessage());
      assertEquals(0, repo.size());
    }
  }

  @Test
  void aTrigFileIsLoadedIntoTheDefaultGraphWhateverItsGraphNames(@TempDir Path dir)
      throws IOException {
    Path trig = dir.resolve("minimal.trig");
    String turtle = Files.readString(TestPaths.minimalDebate(), StandardCharsets.UTF_8);
    int body = turtle.lastIndexOf("@prefix");
    int afterPrefixes = turtle.indexOf('\n', body) + 1;
    Files.writeString(
        trig,
        turtle.substring(0, afterPrefixes)
            + "<https://example.org/graphs/g1> {\n"
            + turtle.substring(afterPrefixes)
            + "\n}\n",
        StandardCharsets.UTF_8);
    try (DebateRepository fromTrig = DebateRepository.inMemory();
        DebateRepository fromTurtle = DebateRepository.inMemory()) {
      assertEquals(fromTurtle.load(TestPaths.minimalDebate()), fromTrig.load(trig));
      try (var c = fromTrig.repository().getConnection()) {
        assertEquals(fromTrig.size(), c.size((org.eclipse.rdf4j.model.Resource) null));
      }
      assertTrue(isomorphic(fromTurtle.export(), fromTrig.export()));
    }
  }

  @Test
  void aFileOverTheSizeLimitIsRefusedBeforeAnythingIsStored() {
    try (DebateRepository store = DebateRepository.inMemory()) {
      DebateRepository limited =
          store.withOptions(ValidationOptions.builder().maxInputBytes(1_000).build());
      LimitExceededException e =
          assertThrows(LimitExceededException.class, () -> limited.load(MUNICIPAL));
      assertTrue(
          e.getMessage().contains("1000") || e.getMessage().contains("1,000"), e.getMessage());
      assertEquals(0, store.size());
    }
  }

  private static boolean isomorphic(DebateData a, DebateData b) {
    return Models.isomorphic(DebatescoreRdf4j.toModel(a), DebatescoreRdf4j.toModel(b));
  }

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
