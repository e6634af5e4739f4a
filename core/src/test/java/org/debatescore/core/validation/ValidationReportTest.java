package org.debatescore.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.debatescore.core.rdf.Iri;
import org.junit.jupiter.api.Test;

class ValidationReportTest {

  private static ValidationResult result(Severity s) {
    return ValidationResult.builder()
        .focusNode(Iri.of("https://example.org/x"))
        .constraintComponent("http://www.w3.org/ns/shacl#MinCountConstraintComponent")
        .sourceShape(Iri.of("https://w3id.org/debatescore/shapes#S"))
        .severity(s)
        .message("en", "m")
        .build();
  }

  @Test
  void countsComeFromResults() {
    ValidationReport r =
        ValidationReport.builder()
            .results(
                List.of(result(Severity.WARNING), result(Severity.INFO), result(Severity.INFO)))
            .build();
    assertFalse(r.conforms());
    assertEquals(0, r.count(Severity.VIOLATION));
    assertEquals(1, r.count(Severity.WARNING));
    assertEquals(2, r.count(Severity.INFO));
    assertEquals(3, r.total());
    assertFalse(r.truncated());
    assertNull(r.truncationReason());
  }

  @Test
  void conformsAtThreshold() {
    ValidationReport warnings = ValidationReport.builder().result(result(Severity.WARNING)).build();
    assertTrue(warnings.conformsAt(Severity.VIOLATION));
    assertFalse(warnings.conformsAt(Severity.WARNING));
    assertFalse(warnings.conformsAt(Severity.INFO));
    ValidationReport none = ValidationReport.builder().build();
    assertTrue(none.conforms());
    assertTrue(none.conformsAt(Severity.INFO));
  }

  @Test
  void fewerResultsThanCountsMeansTruncated() {
    ValidationReport r =
        ValidationReport.builder()
            .result(result(Severity.VIOLATION))
            .counts(Map.of(Severity.VIOLATION, 4))
            .build();
    assertTrue(r.truncated());
    assertEquals("1 of 4 results kept", r.truncationReason());
    assertFalse(r.conformsAt(Severity.VIOLATION));
  }

  @Test
  void inconsistentReportsAreRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new ValidationReport(
                true, Map.of(Severity.INFO, 1), List.of(), false, null, null, null, null, null));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new ValidationReport(
                false,
                Map.of(),
                List.of(result(Severity.INFO)),
                false,
                null,
                null,
                null,
                null,
                null));
  }

  @Test
  void resultMessagesFallBack() {
    ValidationResult r =
        ValidationResult.builder()
            .focusNode(Iri.of("https://example.org/x"))
            .constraintComponent("http://www.w3.org/ns/shacl#MinCountConstraintComponent")
            .sourceShape(Iri.of("https://w3id.org/debatescore/shapes#S"))
            .message("EN", "english")
            .message("fr", "français")
            .build();
    assertEquals("english", r.message());
    assertEquals("français", r.message("fr"));
    assertEquals("français", r.message("fr-CA"));
    assertEquals("english", r.message("de"));
    assertEquals(Map.of("en", "english", "fr", "français"), r.messages());
    assertEquals("S", r.shapeLabel());
    assertEquals("S (a shape)", r.toBuilder().shapeName("a shape").build().shapeLabel());
    assertTrue(r.sourceLocation().isEmpty());

    ValidationResult bare =
        r.toBuilder().messages(Map.of()).message(null).detail("engine says no").build();
    assertEquals("engine says no", bare.message());
  }

  @Test
  void predicatePathOrExpression() {
    ValidationResult r = result(Severity.INFO);
    assertFalse(r.isPredicatePath());
    assertTrue(r.toBuilder().path("http://purl.org/dc/terms/title").build().isPredicatePath());
    assertFalse(r.toBuilder().path("^<http://x/p>").build().isPredicatePath());
  }
}
