package org.debatescore.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 3986 section 5.4 reference resolution examples. */
class IrisTest {

  @ParameterizedTest
  @CsvSource({
    "g, http://a/b/c/g",
    "./g, http://a/b/c/g",
    "g/, http://a/b/c/g/",
    "/g, http://a/g",
    "//g, http://g",
    "?y, http://a/b/c/d;p?y",
    "g?y, http://a/b/c/g?y",
    "#s, http://a/b/c/d;p?q#s",
    "g#s, http://a/b/c/g#s",
    "g?y#s, http://a/b/c/g?y#s",
    ";x, http://a/b/c/;x",
    "g;x, http://a/b/c/g;x",
    "'', http://a/b/c/d;p?q",
    "., http://a/b/c/",
    "./, http://a/b/c/",
    ".., http://a/b/",
    "../, http://a/b/",
    "../g, http://a/b/g",
    "../.., http://a/",
    "../../g, http://a/g",
    "../../../g, http://a/g",
    "/./g, http://a/g",
    "/../g, http://a/g",
    "g., http://a/b/c/g.",
    ".g, http://a/b/c/.g",
    "./../g, http://a/b/g",
    "g/./h, http://a/b/c/g/h",
    "g/../h, http://a/b/c/h",
    "https://x/y, https://x/y"
  })
  void resolvesLikeRfc3986(String ref, String expected) {
    assertEquals(expected, Iris.resolve("http://a/b/c/d;p?q", ref));
  }

  @Test
  void absoluteness() {
    assertTrue(Iris.isAbsolute("urn:x"));
    assertTrue(Iris.isAbsolute("https://exemple.fr/débat"));
    assertFalse(Iris.isAbsolute("débat:x"));
    assertFalse(Iris.isAbsolute("a/b:c"));
    assertFalse(Iris.isAbsolute(""));
  }
}
