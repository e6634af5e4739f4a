package org.debatescore.importers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImportOptionsTest {

  @ParameterizedTest
  @ValueSource(strings = {"fr", "es-ES", "ca", "zh-Hant-TW", "und", "sr-Latn", "de-CH-1996"})
  void languageAcceptsWellFormedBcp47Tags(String tag) {
    ImportOptions o = ImportOptions.defaults().withLanguage(tag);
    assertEquals(tag, o.language());
    assertEquals(tag, o.languageOr("und"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "fr_FR", "français", "e", "toolongtag", "fr--FR", "-fr", "12"})
  void languageRejectsWhatIsNotABcp47Tag(String tag) {
    assertThrows(IllegalArgumentException.class, () -> ImportOptions.defaults().withLanguage(tag));
  }

  @Test
  void withoutALanguageEachImporterKeepsItsDefault() {
    ImportOptions o = ImportOptions.defaults();
    assertNull(o.language());
    assertEquals("es", o.languageOr("es"));
    assertNull(o.withLanguage("fr").withLanguage(null).language());
  }

  @Test
  void languageSurvivesTheOtherSettings() {
    ImportOptions o =
        ImportOptions.defaults()
            .withLanguage("eu")
            .withSalt("s")
            .withKeepNames(true)
            .withBaseIri("https://x.example/")
            .withMaxInputBytes(10)
            .withMaxArchiveEntries(3)
            .withMaxReportedIssues(5);
    assertEquals("eu", o.language());
    assertNull(
        new ImportOptions("https://x.example/", null, false, 1, 1, null, 0).language(),
        "the constructor without a language keeps working");
  }
}
