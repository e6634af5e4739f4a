package org.debatescore.jena.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.debatescore.core.validation.Severity;
import org.debatescore.core.validation.ValidationReport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The example debates of {@code examples/debates/} conform, with no violation. */
class ExampleDebatesValidationTest {

  private static List<Path> examples(String extension) throws IOException {
    Path dir = Fixtures.root().resolve("examples/debates");
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(extension)).sorted().toList();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyTurtleExampleHasNoViolation() throws IOException {
    List<Path> examples = examples(".ttl");
    assertFalse(examples.isEmpty(), "no example debate found");
    return examples.stream()
        .map(
            ttl ->
                dynamicTest(
                    ttl.getFileName().toString(),
                    () -> {
                      ValidationReport report = Fixtures.VALIDATOR.validate(ttl);
                      assertEquals(
                          0,
                          report.count(Severity.VIOLATION),
                          () -> ttl + ":\n" + report.results(Severity.VIOLATION));
                      assertTrue(report.conformsAt(Severity.VIOLATION));
                    }));
  }

  @TestFactory
  Stream<DynamicTest> everyJsonLdExampleHasNoViolation() throws IOException {
    return examples(".jsonld").stream()
        .map(
            jsonld ->
                dynamicTest(
                    jsonld.getFileName().toString(),
                    () -> {
                      ValidationReport report = Fixtures.VALIDATOR.validate(jsonld);
                      assertEquals(
                          0,
                          report.count(Severity.VIOLATION),
                          () -> jsonld + ":\n" + report.results(Severity.VIOLATION));
                    }));
  }

  @Test
  void allExamplesTogetherHaveNoViolation() throws IOException {
    ValidationReport report = Fixtures.VALIDATOR.validate(examples(".ttl"));
    assertEquals(0, report.count(Severity.VIOLATION), () -> report.results().toString());
  }
}
