package org.debatescore.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.debatescore.core.DebatescoreException;
import org.junit.jupiter.api.Test;

class SeverityTest {

  @Test
  void parsesTheCommandLineNamesInAnyCase() {
    assertEquals(Severity.VIOLATION, Severity.parse("violation"));
    assertEquals(Severity.WARNING, Severity.parse("Warning"));
    assertEquals(Severity.INFO, Severity.parse(" INFO "));
    assertEquals(Severity.VIOLATION, Severity.parse("error"));
    DebatescoreException e = assertThrows(DebatescoreException.class, () -> Severity.parse("bad"));
    assertTrue(e.getMessage().contains("violation, warning, info"));
    assertThrows(DebatescoreException.class, () -> Severity.parse(null));
  }

  @Test
  void iriRoundTrips() {
    for (Severity s : Severity.values()) {
      assertEquals(s, Severity.fromIri(s.iri()));
    }
    assertEquals("http://www.w3.org/ns/shacl#Warning", Severity.WARNING.iri());
    assertEquals(Severity.VIOLATION, Severity.fromIri("https://example.org/Custom"));
  }

  @Test
  void orderingIsMostSeriousFirst() {
    List<Severity> sorted = Arrays.stream(Severity.values()).sorted().toList();
    assertEquals(List.of(Severity.VIOLATION, Severity.WARNING, Severity.INFO), sorted);
    assertTrue(Severity.VIOLATION.isAtLeast(Severity.WARNING));
    assertTrue(Severity.WARNING.isAtLeast(Severity.WARNING));
    assertFalse(Severity.INFO.isAtLeast(Severity.WARNING));
  }
}
