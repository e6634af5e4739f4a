package org.debatescore.jena;

import static org.debatescore.jena.TestSupport.RDF_FORMATS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.debatescore.core.ParseException;
import org.debatescore.core.rdf.RdfFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Whatever the input, a read either succeeds or throws a {@link ParseException} that names the
 * source and a line: never another exception, never a stack trace in the message.
 */
class MalformedInputTest {

  /** Reads, and returns the parse error or {@code null}; fails on any other exception. */
  private static ParseException attempt(byte[] bytes, RdfFormat format) {
    try {
      JenaRdfReader.read(
          new ByteArrayInputStream(bytes),
          "bad." + format.defaultExtension(),
          format,
          new TestSupport.Collector(),
          ReadOptions.defaults().withBaseIri(TestSupport.BASE));
      return null;
    } catch (ParseException e) {
      assertEquals("bad." + format.defaultExtension(), e.location().source());
      assertTrue(e.location().hasLine(), () -> "no line in: " + e.getMessage());
      assertFalse(e.getMessage().contains("\tat "), e.getMessage());
      assertFalse(e.getMessage().contains("Exception:"), e.getMessage());
      return e;
    } catch (RuntimeException | StackOverflowError e) {
      fail(format + ": expected a ParseException, got " + e, e);
      return null;
    }
  }

  private static ParseException mustFail(String text, RdfFormat format) {
    ParseException e = attempt(text.getBytes(StandardCharsets.UTF_8), format);
    assertNotNull(e, () -> format + " accepted: " + text);
    return e;
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "TURTLE | <http://a> <http://p> \"open string",
        "TURTLE | <http://a> <http://p> \"1\"^^undeclared:type .",
        "TURTLE | <http://a> <http://p> \"1\"^^\"string\" .",
        "TURTLE | <http://a> <http://p> .",
        "TRIG | <http://g> { <http://a> <http://p> <http://b> .",
        "TRIG | <http://a> <http://p> \"x\"^^ .",
        "NTRIPLES | <http://a> <http://p> \"1\"^^<http://dt> ",
        "NTRIPLES | <http://a> <http://p> \"1\"^^xsd:integer .",
        "NTRIPLES | <http://a> <http://p> .",
        "NQUADS | <http://a> <http://p> <http://b> <http://g> <http://h> .",
        "NQUADS | <http://a> <http://p> \"1\"^^<not an iri> .",
        "RDFXML | <rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'><rdf:Description",
        "RDFXML | <rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'><rdf:Description rdf:about='http://a'><rdf:value rdf:datatype='http://www.w3.org/2001/XMLSchema#int' rdf:resource='http://b'>1</rdf:value></rdf:Description></rdf:RDF>",
        "RDFXML | not xml at all",
        "JSONLD | {\"@id\": \"http://a\", \"http://p\": [1, 2",
        "JSONLD | {\"@id\": \"http://a\", \"http://p\": {\"@value\": \"1\", \"@type\": 5}}",
        "JSONLD | {\"@context\": 5, \"@id\": \"http://a\"}",
        "JSONLD | \"just a string\"",
        "JSONLD | {} trailing",
        "RDFJSON | {\"http://a\": {\"http://p\": [{\"type\": \"literal\", \"value\": \"1\", \"datatype\": 5}]}}",
        "RDFJSON | {\"http://a\": {\"http://p\": [{\"type\": \"uri\"",
        "RDFJSON | [1, 2, 3]",
      })
  void malformedInputIsAParseErrorWithALocation(RdfFormat format, String text) {
    ParseException e = mustFail(text, format);
    assertTrue(e.getMessage().startsWith("bad." + format.defaultExtension() + ":"), e.getMessage());
  }

  @Test
  void syntaxErrorPointsAtTheOffendingLineAndColumn() {
    ParseException e =
        mustFail(
            "@prefix ex: <http://example.org/> .\nex:a ex:p ex:b .\nex:c ex:p ex:d ex:e .\n",
            RdfFormat.TURTLE);
    assertEquals(3, e.location().line());
    assertEquals(16, e.location().column());
    ParseException nt =
        mustFail(
            "<http://a> <http://p> <http://b> .\n<http://a> <http://p> <http://b c> .\n",
            RdfFormat.NTRIPLES);
    assertEquals(2, nt.location().line());
    assertTrue(nt.location().column() >= 23, nt.toString());
    ParseException json =
        mustFail("{\n  \"@id\": \"http://a\",\n  \"http://p\": [1,,2]\n}", RdfFormat.JSONLD);
    assertEquals(3, json.location().line());
    assertTrue(json.getMessage().contains("malformed JSON"), json.getMessage());
    ParseException xml =
        mustFail(
            "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>\n"
                + "<rdf:Description rdf:about='http://a'>\n<ex:p xmlns:ex='http://example.org/'>"
                + "\n</rdf:Description></rdf:RDF>",
            RdfFormat.RDFXML);
    assertEquals(4, xml.location().line());
  }

  @Test
  void messagesAreCleanedOfEnginePositionsAndClassNames() {
    ParseException e = mustFail("<http://a> <http://p> \"x", RdfFormat.NTRIPLES);
    assertFalse(e.getMessage().contains("[line:"), e.getMessage());
    assertFalse(e.getMessage().contains("org.apache"), e.getMessage());
  }

  @Test
  void illTypedLiteralsAreDataNotErrors() {
    assertEquals(
        1,
        TestSupport.read(
                "<http://a> <http://p> \"abc\"^^<http://www.w3.org/2001/XMLSchema#integer> .",
                RdfFormat.NTRIPLES)
            .size());
  }

  @Test
  void rdf12TermsAreRefusedWithALocation() {
    ParseException e =
        mustFail(
            "<http://a> <http://p> <<( <http://a> <http://p> <http://b> )>> .", RdfFormat.TURTLE);
    assertEquals(1, e.location().line());
    ParseException dir = mustFail("<http://a> <http://p> \"x\"@en--ltr .", RdfFormat.TURTLE);
    assertTrue(dir.getMessage().contains("direction"), dir.getMessage());
  }

  @Test
  void deeplyNestedInputIsRefused() {
    mustFail("[".repeat(300) + "]".repeat(300), RdfFormat.JSONLD);
    String turtle =
        "<http://a> <http://p> " + "[ <http://p> ".repeat(20_000) + "]".repeat(20_000) + " .";
    ParseException e = attempt(turtle.getBytes(StandardCharsets.UTF_8), RdfFormat.TURTLE);
    if (e != null) {
      assertTrue(e.location().hasLine());
    }
  }

  @Test
  void emptyInputIsAnEmptyGraphExceptForJsonLd() {
    for (RdfFormat f :
        List.of(RdfFormat.TURTLE, RdfFormat.TRIG, RdfFormat.NTRIPLES, RdfFormat.NQUADS)) {
      assertEquals(List.of(), TestSupport.read(new byte[0], f), f.name());
    }
    for (RdfFormat f : List.of(RdfFormat.JSONLD, RdfFormat.RDFXML, RdfFormat.RDFJSON)) {
      attempt(new byte[0], f);
    }
  }

  // ---- properties

  private static Gen<byte[]> randomBytes() {
    return Generate.byteArrays(
        Generate.range(0, 200), Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0));
  }

  @Test
  void randomBytesNeverGiveAnythingButAParseError() {
    qt().forAll(randomBytes())
        .checkAssert(
            bytes -> {
              for (RdfFormat f : RDF_FORMATS) {
                attempt(bytes, f);
              }
            });
  }

  /** Random ASCII built from the tokens of the syntaxes, which gets deeper into the parsers. */
  @Test
  void randomTokenSoupNeverGivesAnythingButAParseError() {
    List<String> tokens =
        List.of(
            "<http://a>",
            "<a b>",
            "_:b",
            "[",
            "]",
            "(",
            ")",
            "{",
            "}",
            ".",
            ";",
            ",",
            "\"x\"",
            "\"",
            "'",
            "@en",
            "^^",
            "xsd:int",
            "@prefix",
            "ex:",
            "a",
            "1",
            "1.5e",
            " ",
            "\n",
            "<rdf:RDF>",
            "</rdf:RDF>",
            "rdf:about=",
            "<!DOCTYPE",
            "\"@id\"",
            "\"@context\"",
            ":",
            "\"@type\"",
            "true",
            "null",
            "\\u00",
            "<<",
            ">>",
            "~",
            "#",
            "\t");
    Gen<byte[]> soup =
        SourceDSL.lists()
            .of(Generate.pick(tokens))
            .ofSizeBetween(0, 40)
            .map(l -> String.join("", l).getBytes(StandardCharsets.UTF_8));
    qt().forAll(soup)
        .checkAssert(
            bytes -> {
              for (RdfFormat f : RDF_FORMATS) {
                attempt(bytes, f);
              }
            });
  }

  @Test
  void randomTruncationsOfTheExamplesNeverGiveAnythingButAParseError() throws IOException {
    List<byte[]> docs = new ArrayList<>();
    List<RdfFormat> formats = new ArrayList<>();
    for (Path p : TestSupport.examples("*.*")) {
      RdfFormat.forFileName(p.toString())
          .filter(RdfFormat::isRdf)
          .ifPresent(
              f -> {
                try {
                  docs.add(Files.readAllBytes(p));
                  formats.add(f);
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              });
    }
    for (String r :
        List.of(
            "locations.ttl",
            "locations.jsonld",
            "locations.rdf",
            "locations.nt",
            "locations.rj",
            "locations.trig",
            "locations.nq")) {
      docs.add(TestSupport.resourceBytes(r));
      formats.add(RdfFormat.fromFileName(r));
    }
    qt().forAll(Generate.range(0, docs.size() - 1), Generate.range(0, 1_000_000))
        .checkAssert(
            (doc, cutAt) -> {
              byte[] all = docs.get(doc);
              byte[] cut = Arrays.copyOf(all, cutAt % (all.length + 1));
              attempt(cut, formats.get(doc));
            });
  }
}
