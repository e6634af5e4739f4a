package org.debatescore.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Literal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValueTypesTest {

  // ---------------------------------------------------------------- TemporalValue

  @Test
  void temporalValueKeepsTheLexicalFormExactly() {
    TemporalValue t = TemporalValue.parse("2016-12-09T09:45:00+01:00");
    assertEquals("2016-12-09T09:45:00+01:00", t.lexical());
    assertEquals("2016-12-09T09:45:00+01:00", t.toString());
    assertEquals(TemporalValue.Kind.DATE_TIME, t.kind());
    assertEquals("http://www.w3.org/2001/XMLSchema#dateTime", t.datatype());
    assertEquals(
        OffsetDateTime.of(2016, 12, 9, 9, 45, 0, 0, ZoneOffset.ofHours(1)), t.toOffsetDateTime());
    assertEquals(LocalDate.of(2016, 12, 9), t.toLocalDate());
    // Same instant, other lexical form: another value.
    assertNotEquals(TemporalValue.parse("2016-12-09T08:45:00Z"), t);
    assertEquals(
        t, TemporalValue.of(OffsetDateTime.of(2016, 12, 9, 9, 45, 0, 0, ZoneOffset.ofHours(1))));
  }

  @Test
  void temporalValueForms() {
    TemporalValue local = TemporalValue.parse("2016-12-09T09:45:00.120");
    assertFalse(local.hasTimezone());
    assertEquals(LocalDateTime.of(2016, 12, 9, 9, 45, 0, 120_000_000), local.toLocalDateTime());
    assertThrows(IllegalStateException.class, local::toOffsetDateTime);
    TemporalValue date = TemporalValue.parse("2016-12-09");
    assertEquals(TemporalValue.Kind.DATE, date.kind());
    assertEquals(LocalDate.of(2016, 12, 9).atStartOfDay(), date.toLocalDateTime());
    TemporalValue dateWithZone =
        TemporalValue.parse("2016-12-09-05:00", "http://www.w3.org/2001/XMLSchema#date");
    assertEquals(ZoneOffset.ofHours(-5), dateWithZone.offset().orElseThrow());
    assertEquals(
        "2016-12-09T09:45:00.5",
        TemporalValue.of(LocalDateTime.of(2016, 12, 9, 9, 45, 0, 500_000_000)).lexical());
    assertEquals(
        "2016-12-09T09:45:00Z",
        TemporalValue.of(OffsetDateTime.of(2016, 12, 9, 9, 45, 0, 0, ZoneOffset.UTC)).lexical());
    assertEquals("2016-12-09", TemporalValue.ofDate(LocalDate.of(2016, 12, 9)).lexical());
    assertEquals(ZoneOffset.UTC, TemporalValue.parse("2016-12-09T00:00:00-00:00").offset().get());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2016-12-09T24:00:00",
        "2016-02-30T00:00:00",
        "2016-12-09T09:45",
        "2016-12-09T09:45:00+1:00",
        "2016-12-09T09:45:00+14:30",
        "2016-12-09T09:45:00.1234567890",
        " 2016-12-09T09:45:00",
        "16-12-09T09:45:00",
        "2016-12-09T09:45:00.",
        ""
      })
  void invalidDateTimes(String lexical) {
    assertFalse(TemporalValue.isValid(lexical, TemporalValue.Kind.DATE_TIME));
    assertNull(TemporalValue.tryParse(lexical, "http://www.w3.org/2001/XMLSchema#dateTime"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new TemporalValue(lexical, TemporalValue.Kind.DATE_TIME));
  }

  @Test
  void leapYearsAndDatatypes() {
    assertTrue(TemporalValue.isValid("2016-02-29", TemporalValue.Kind.DATE));
    assertFalse(TemporalValue.isValid("2015-02-29", TemporalValue.Kind.DATE));
    assertFalse(TemporalValue.isValid("2016-12-09T00:00:00", TemporalValue.Kind.DATE));
    assertThrows(
        IllegalArgumentException.class,
        () -> TemporalValue.parse("2016-12-09", "http://www.w3.org/2001/XMLSchema#string"));
  }

  // ---------------------------------------------------------------- LangText

  @Test
  void langTextIsOrderedByTagAndKeepsTags() {
    LangText t = LangText.of("fr", "Bonjour").with("en-GB", "Hello").with("ar", "مرحبا");
    assertEquals(List.of("ar", "en-GB", "fr"), List.copyOf(t.asMap().keySet()));
    assertEquals("Hello", t.get("en-gb"), "case-insensitive fallback");
    assertNull(t.getExact("en-gb"));
    assertEquals("مرحبا", t.first());
    assertEquals("Bonjour", t.preferred("de", "fr"));
    assertEquals(t, LangText.of(Map.of("fr", "Bonjour", "ar", "مرحبا", "en-GB", "Hello")));
    assertEquals(LangText.of("fr", "Salut"), LangText.of("fr", "Bonjour").with("fr", "Salut"));
    assertEquals(LangText.EMPTY, LangText.of("fr", "x").without("fr"));
    assertEquals("", LangText.of("fr", "").get("fr"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "en_US", "-en", "en-", "123", "abcdefghi", "@none", "fr CA"})
  void invalidLanguageTags(String tag) {
    assertFalse(LangText.isValidTag(tag));
    assertThrows(IllegalArgumentException.class, () -> LangText.of(tag, "x"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "EN", "zh-Hans", "sr-Latn-RS", "es-419", "x-klingon", "de-CH-1996"})
  void validLanguageTags(String tag) {
    assertTrue(LangText.isValidTag(tag));
  }

  // ---------------------------------------------------------------- Extensions

  @Test
  void extensionsCompareAsSetsAndKeepOrder() {
    Iri p = Iri.of("https://ex.org/p");
    Iri q = Iri.of("https://ex.org/q");
    Extensions a =
        Extensions.builder().add(p, Literal.string("1")).add(q, Literal.string("2")).build();
    Extensions b =
        Extensions.builder()
            .add(q, Literal.string("2"))
            .add(p, Literal.string("1"))
            .add(p, Literal.string("1"))
            .build();
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(2, b.size());
    assertEquals(q, b.entries().get(0).predicate());
    assertEquals(List.of(Literal.string("1")), a.get(p));
    assertEquals(a, Extensions.of(p, Literal.string("1")).with(q, Literal.string("2")));
    assertNotEquals(a, Extensions.of(p, Literal.string("1")));
  }

  // ---------------------------------------------------------------- Provenance

  @Test
  void provenanceIsOptionalEverywhere() {
    assertTrue(Provenance.builder().build().isEmpty());
    Provenance p =
        Provenance.builder()
            .identifier("42")
            .sourcePlatform("Decidim")
            .generatedAtTime(TemporalValue.parse("2026-11-23T12:00:00Z"))
            .build();
    assertEquals(p, p.toBuilder().build());
    assertFalse(p.isEmpty());
    assertThrows(
        IllegalArgumentException.class,
        () -> Provenance.builder().generatedAtTime(TemporalValue.parse("2026-11-23")).build());
  }
}
