package org.debatescore.core.validation.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Structure of the Turtle report. That it parses and holds the right number of {@code sh:result} is
 * checked with Jena in the jena module ({@code TurtleReportParsesTest}), since core has no RDF
 * engine.
 */
class TurtleReportRendererTest {

  private final TurtleReportRenderer renderer = new TurtleReportRenderer();

  @Test
  void writesOneShaclResultPerKeptResult() {
    String ttl = renderer.render(SampleReports.withResults());
    assertTrue(ttl.contains("a sh:ValidationReport"));
    assertTrue(ttl.contains("sh:conforms false"));
    assertEquals(7, count(ttl, "a sh:ValidationResult"));
    assertEquals(5, count(ttl, "sh:resultSeverity <http://www.w3.org/ns/shacl#Violation>"));
    assertTrue(ttl.contains("sh:resultPath <http://purl.org/dc/terms/title>"));
    assertTrue(ttl.contains("\"Une proposition doit avoir un titre (dct:title).\"@fr"));
    assertTrue(ttl.contains("# debate.ttl:10:1"));
    assertTrue(ttl.contains("rdfs:seeAlso <https://w3id.org/debatescore/ns#Proposal>"));
  }

  @Test
  void escapesStringsAndRelabelsBlankNodes() {
    String ttl = renderer.render(SampleReports.withResults());
    assertTrue(ttl.contains("back\\nslash\\ttab \\u0001 é 😀\"@fr"), ttl);
    assertTrue(ttl.contains("\\\"quoted\\\"\\nmessage\"@en"));
    assertTrue(ttl.contains("sh:focusNode _:n0"));
    assertTrue(ttl.contains("sh:sourceShape _:n1"));
    assertTrue(ttl.contains("\"007\"^^<http://www.w3.org/2001/XMLSchema#integer>"));
    for (String line : ttl.split("\n")) {
      assertFalse(line.contains("\r"));
    }
  }

  @Test
  void writesPathExpressionsAsShaclPaths() {
    String ttl = renderer.render(SampleReports.withResults());
    assertTrue(
        ttl.contains(
            "sh:resultPath ( [ sh:inversePath <https://w3id.org/debatescore/ns#replyTo> ]"
                + " [ sh:zeroOrMorePath [ sh:alternativePath"
                + " ( <https://w3id.org/debatescore/ns#supports>"
                + " <https://w3id.org/debatescore/ns#attacks> ) ] ] )"),
        ttl);
  }

  @Test
  void conformingReportIsOneStatement() {
    String ttl = renderer.render(SampleReports.empty());
    assertTrue(ttl.contains("[] a sh:ValidationReport ;\n  sh:conforms true .\n"), ttl);
  }

  @Test
  void truncationIsSaidInAComment() {
    String ttl = renderer.render(SampleReports.truncated());
    assertTrue(ttl.contains("# TRUNCATED: 2 of 15 results written (more than 2 results)"));
  }

  @Test
  void sparqlPathsConvert() {
    Function<String, String> w = iri -> "<" + iri + ">";
    assertEquals("<p>", SparqlPath.toTurtle("<p>", w));
    assertEquals("( <p> <q> )", SparqlPath.toTurtle("<p>/<q>", w));
    assertEquals("[ sh:alternativePath ( <p> <q> ) ]", SparqlPath.toTurtle("<p> | <q>", w));
    assertEquals("[ sh:inversePath <p> ]", SparqlPath.toTurtle("^<p>", w));
    assertEquals("[ sh:oneOrMorePath <p> ]", SparqlPath.toTurtle("<p>+", w));
    assertEquals("[ sh:zeroOrOnePath ( <p> <q> ) ]", SparqlPath.toTurtle("(<p>/<q>)?", w));
    assertEquals("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", SparqlPath.toTurtle("a", w));
    assertThrows(IllegalArgumentException.class, () -> SparqlPath.toTurtle("!<p>", w));
    assertThrows(IllegalArgumentException.class, () -> SparqlPath.toTurtle("<p>/", w));
  }

  @Test
  void iriEscapesForbiddenCharacters() {
    assertEquals("<http://x/a\\u0020b\\u003E>", TurtleReportRenderer.iri("http://x/a b>"));
  }

  private static int count(String s, String needle) {
    Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(s);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
