package org.debatescore.jena.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.debatescore.core.rdf.BlankNode;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.validation.ValidationOptions;
import org.debatescore.core.validation.ValidationReport;
import org.debatescore.core.validation.ValidationResult;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every negative example of the vocabulary ({@code vocab/src/test/resources/.../negative/NN-*.ttl})
 * yields, through the public API, exactly the results its {@code .expected} file lists: focus node,
 * path (or {@code -}), constraint component and severity, tab-separated. The vocabulary module
 * checks the same files against raw Jena; this checks that nothing is lost or added on the way to a
 * {@link ValidationReport}, and that every result has a message and a source location.
 */
class NegativeExamplesValidationTest {

  private static final ValidationOptions UNLIMITED =
      ValidationOptions.builder().unlimitedResults().build();

  @TestFactory
  Stream<DynamicTest> eachNegativeExampleYieldsExactlyItsExpectedResults() throws IOException {
    Path dir = Fixtures.root().resolve("vocab/src/test/resources/org/debatescore/vocab/negative");
    List<Path> examples;
    try (Stream<Path> files = Files.list(dir)) {
      examples = files.filter(f -> f.toString().endsWith(".ttl")).sorted().toList();
    }
    assertFalse(examples.isEmpty(), "no negative example in " + dir);
    return examples.stream()
        .map(
            ttl ->
                dynamicTest(
                    ttl.getFileName().toString(),
                    () -> {
                      ValidationReport report =
                          Fixtures.VALIDATOR.validate(List.of(ttl), UNLIMITED);
                      assertEquals(
                          String.join("\n", expected(ttl)),
                          String.join("\n", lines(report)),
                          ttl.getFileName() + " must yield exactly its .expected results");
                      assertFalse(report.conforms());
                      assertFalse(report.truncated());
                      for (ValidationResult r : report.results()) {
                        assertFalse(r.message().isBlank(), "message for " + r);
                        assertTrue(r.messages().containsKey("fr"), "French message for " + r);
                        if (!(r.focusNode() instanceof BlankNode)) {
                          assertTrue(r.sourceLocation().isPresent(), "location for " + r);
                        }
                      }
                    }));
  }

  private static Set<String> lines(ValidationReport report) {
    Set<String> lines = new TreeSet<>();
    for (ValidationResult r : report.results()) {
      lines.add(
          String.join(
              "\t",
              r.focusNode() instanceof Iri iri ? iri.value() : r.focusNode().toNTriples(),
              r.path() == null ? "-" : r.path(),
              r.constraintComponent().value(),
              r.severity().iri()));
    }
    return lines;
  }

  private static Set<String> expected(Path ttl) throws IOException {
    Path file =
        ttl.resolveSibling(ttl.getFileName().toString().replaceFirst("\\.ttl$", ".expected"));
    Set<String> lines = new TreeSet<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        lines.add(String.join("\t", line.strip().split("\t")));
      }
    }
    return lines;
  }
}
