package org.debatescore.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationOptionsTest {

  @Test
  void defaults() {
    ValidationOptions o = ValidationOptions.defaults();
    assertEquals("en", o.language());
    assertEquals(ValidationOptions.DEFAULT_MAX_RESULTS, o.maxResults());
    assertEquals(ValidationOptions.DEFAULT_MAX_RESULTS_PER_SHAPE, o.maxResultsPerShape());
    assertEquals(ValidationOptions.Profile.FULL, o.profile());
    assertEquals(List.of(), o.extraShapes());
  }

  @Test
  void languageFallsBackToEnglish() {
    assertEquals("fr", ValidationOptions.builder().language("fr").build().effectiveLanguage());
    assertEquals("fr", ValidationOptions.builder().language("fr-CA").build().effectiveLanguage());
    assertEquals("fr-ca", ValidationOptions.builder().language("fr-CA").build().language());
    assertEquals("en", ValidationOptions.builder().language("de").build().effectiveLanguage());
    assertThrows(
        IllegalArgumentException.class, () -> ValidationOptions.builder().language("fr FR"));
  }

  @Test
  void limitsAreChecked() {
    assertThrows(IllegalArgumentException.class, () -> ValidationOptions.builder().maxResults(0));
    assertThrows(
        IllegalArgumentException.class, () -> ValidationOptions.builder().maxResultsPerShape(-1));
    assertThrows(
        IllegalArgumentException.class, () -> ValidationOptions.builder().maxInputBytes(0));
    ValidationOptions o =
        ValidationOptions.builder()
            .unlimitedResults()
            .extraShapes(Path.of("x.ttl"))
            .profile(ValidationOptions.Profile.parse("Must"))
            .build();
    assertEquals(Integer.MAX_VALUE, o.maxResults());
    assertEquals(o, o.toBuilder().build());
    assertEquals(ValidationOptions.Profile.MUST, o.profile());
    assertThrows(ValidationException.class, () -> ValidationOptions.Profile.parse("bogus"));
  }
}
