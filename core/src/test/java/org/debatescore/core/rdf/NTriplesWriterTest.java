package org.debatescore.core.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NTriplesWriterTest {

  private static String write(Triple t) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    NTriplesWriter w = new NTriplesWriter(out);
    w.triple(t);
    w.finish();
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void stringsEscapeOnlyQuotesBackslashesAndLineBreaks() {
    Triple t =
        Triple.of(
            Iri.of("https://ex.org/s"),
            Iri.of("https://ex.org/p"),
            Literal.lang("« dit \"oui\" »\\\n\r\tfin", "fr"));
    assertEquals(
        "<https://ex.org/s> <https://ex.org/p> \"« dit \\\"oui\\\" »\\\\\\n\\r\tfin\"@fr .\n",
        write(t));
  }

  @Test
  void typedLiteralsNameTheirDatatypeAndPlainStringsDoNot() {
    Iri s = Iri.of("https://ex.org/s");
    Iri p = Iri.of("https://ex.org/p");
    assertEquals(
        "<https://ex.org/s> <https://ex.org/p> \"007\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n",
        write(Triple.of(s, p, Literal.typed("007", Literal.XSD + "integer"))));
    assertEquals(
        "<https://ex.org/s> <https://ex.org/p> \"x\" .\n",
        write(Triple.of(s, p, Literal.string("x"))));
  }

  @Test
  void forbiddenIriCharactersAreEscaped() {
    Triple t =
        Triple.of(Iri.of("https://ex.org/a b<c>"), Iri.of("https://ex.org/p"), Iri.of("urn:x"));
    assertEquals(
        "<https://ex.org/a\\u0020b\\u003Cc\\u003E> <https://ex.org/p> <urn:x> .\n", write(t));
  }

  @Test
  void blankNodeLabelsAreValidAndDistinctLabelsStayDistinct() {
    assertEquals("b0", NTriplesWriter.label("b0"));
    String odd = NTriplesWriter.label("é:1");
    assertEquals("x.c3a93a31", odd);
    assertNotEquals(NTriplesWriter.label("-a"), NTriplesWriter.label("x.2d61"));
    assertEquals(
        "_:b1 <https://ex.org/p> _:x.2d61 .\n",
        write(Triple.of(BlankNode.of("b1"), Iri.of("https://ex.org/p"), BlankNode.of("-a"))));
  }

  @Test
  void textInEveryUnicodePlaneIsEncodedAsUtf8() {
    String text = "é ß 中文 😀 ࠀ �";
    Triple t =
        Triple.of(Iri.of("https://ex.org/s"), Iri.of("https://ex.org/p"), Literal.string(text));
    assertEquals("<https://ex.org/s> <https://ex.org/p> \"" + text + "\" .\n", write(t));
  }

  @Test
  void linesLongerThanTheBufferAndManyLinesAreWrittenWhole() {
    String big = "ä".repeat(70_000);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    NTriplesWriter w = new NTriplesWriter(out);
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      String text = i == 1500 ? big : "v" + i + "€";
      w.triple(
          Triple.of(Iri.of("https://ex.org/s"), Iri.of("https://ex.org/p"), Literal.string(text)));
      expected.append("<https://ex.org/s> <https://ex.org/p> \"").append(text).append("\" .\n");
    }
    w.finish();
    assertEquals(expected.toString(), out.toString(StandardCharsets.UTF_8));
  }
}
