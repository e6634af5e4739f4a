package org.debatescore.importers.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TextsTest {

  @Test
  void htmlBecomesPlainTextWithParagraphBreaksAndDecodedEntities() {
    assertEquals(
        "Première idée\nDeux & trois\nligne",
        Texts.fromHtml("<p>Première idée</p><p>Deux &amp; trois<br>ligne</p>"));
  }

  @Test
  void scriptTagsAreKeptAsInertTextNotMarkup() {
    assertEquals("x alert(1);", Texts.fromHtml("x <script>alert(1);</script>"));
  }

  @Test
  void controlCharactersAreRemovedAndLineEndsNormalised() {
    assertEquals("a\nb\nc", Texts.clean("a\r\nb\u0000\u0007\rc "));
    assertNull(Texts.clean(null));
  }

  @Test
  void plainTextWithoutMarkupIsOnlyCleaned() {
    assertEquals("/etc/passwd 3 < 4", Texts.fromHtml("/etc/passwd 3 < 4"));
  }

  @Test
  void loneSurrogatesAreDropped() {
    assertEquals("ab😀", Texts.clean("a\uD800b\uD83D\uDE00"));
  }

  @Test
  void markupIsToldFromTextThatOnlyHasAngleBracketsOrAmpersands() {
    assertEquals(true, Texts.looksLikeHtml("a <p>b"));
    assertEquals(true, Texts.looksLikeHtml("3 < 4 and </b> later"));
    assertEquals(true, Texts.looksLikeHtml("<!-- c --> x"));
    assertEquals(true, Texts.looksLikeHtml("Fish &amp; chips"));
    assertEquals(false, Texts.looksLikeHtml("3 < 4 > 2"));
    assertEquals(false, Texts.looksLikeHtml("<a".repeat(50_000)));
    assertEquals(false, Texts.looksLikeHtml("fish & chips; x"));
    assertEquals(false, Texts.looksLikeHtml(null));
  }
}
