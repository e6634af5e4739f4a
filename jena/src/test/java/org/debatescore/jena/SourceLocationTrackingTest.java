package org.debatescore.jena;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.debatescore.core.SourceLocation;
import org.debatescore.core.rdf.BlankNode;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.RdfFormat;
import org.debatescore.core.rdf.Resource;
import org.debatescore.core.rdf.SourceIndex;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class SourceLocationTrackingTest {

  private static final String EX = "http://example.org/";

  private static SourceIndex index(String resource, RdfFormat format) {
    return JenaRdfReader.read(
        TestSupport.resource(resource),
        resource,
        format,
        new TestSupport.Collector(),
        ReadOptions.builder().trackLocations(true).baseIri(TestSupport.BASE).build());
  }

  private static void assertAt(SourceIndex index, String iri, long line, long column) {
    SourceLocation loc = index.get(Iri.of(iri));
    assertNotNull(loc, iri + " not located in " + index);
    assertEquals(line, loc.line(), iri + " line: " + loc);
    if (column > 0) {
      assertEquals(column, loc.column(), iri + " column: " + loc);
    }
  }

  @Test
  void turtleSubjectsAreLocatedAtTheirFirstSubjectToken() {
    SourceIndex index = index("locations.ttl", RdfFormat.TURTLE);
    assertAt(index, EX + "debate", 4, 1);
    assertAt(index, EX + "phase1", 7, 3);
    assertAt(index, EX + "proposal", 9, 1);
    assertAt(index, EX + "loop", 13, 1);
    Resource author =
        index.resources().stream().filter(r -> r instanceof BlankNode).findFirst().orElseThrow();
    assertEquals(12, index.get(author).line());
    assertEquals(16, index.get(author).column());
    assertEquals("locations.ttl", index.get(author).source());
    assertEquals(5, index.size());
  }

  @Test
  void nTriplesSubjectsAreLocatedOnTheirLine() {
    SourceIndex index = index("locations.nt", RdfFormat.NTRIPLES);
    assertAt(index, EX + "debate", 1, 1);
    assertAt(index, EX + "proposal", 3, 1);
    assertAt(index, EX + "phase1", 6, 4);
    assertEquals(4, index.size());
  }

  @Test
  void nQuadsAndTrigSubjectsAreLocated() {
    SourceIndex nq = index("locations.nq", RdfFormat.NQUADS);
    assertAt(nq, EX + "debate", 1, 1);
    assertAt(nq, EX + "proposal", 2, 1);
    SourceIndex trig = index("locations.trig", RdfFormat.TRIG);
    assertAt(trig, EX + "debate", 3, 3);
    assertAt(trig, EX + "proposal", 5, 9);
    assertAt(trig, EX + "phase1", 6, 1);
  }

  @Test
  void jsonLdSubjectsAreLocatedAtTheirIdValue() {
    SourceIndex index = index("locations.jsonld", RdfFormat.JSONLD);
    assertAt(index, EX + "debate", 5, 13);
    assertAt(index, EX + "proposal", 12, 13);
    assertAt(index, EX + "phase1", 14, 14);
    assertEquals(3, index.size());
  }

  @Test
  void jsonLdIdsAreExpandedAgainstBaseAndPrefixes() {
    SourceIndex index = index("locations-base.jsonld", RdfFormat.JSONLD);
    assertAt(index, "https://participer.example/processes/one", 6, 9);
    assertAt(index, EX + "proposal", 10, 13);
  }

  @Test
  void rdfXmlAndRdfJsonSubjectsAreLocatedOnTheirLine() {
    SourceIndex xml = index("locations.rdf", RdfFormat.RDFXML);
    assertAt(xml, EX + "debate", 4, -1);
    assertAt(xml, EX + "proposal", 8, -1);
    SourceIndex rj = index("locations.rj", RdfFormat.RDFJSON);
    assertAt(rj, EX + "debate", 2, -1);
    assertAt(rj, EX + "proposal", 5, -1);
  }

  @Test
  void withoutTrackingTheIndexIsEmpty() {
    SourceIndex index =
        JenaRdfReader.read(
            TestSupport.resource("locations.ttl"),
            "locations.ttl",
            RdfFormat.TURTLE,
            new TestSupport.Collector(),
            ReadOptions.defaults());
    assertTrue(index.isEmpty());
  }

  private static final Pattern PREFIX =
      Pattern.compile("@prefix\\s+([A-Za-z0-9_-]*):\\s*<([^>]*)>", Pattern.CASE_INSENSITIVE);
  private static final Pattern BASE_DIRECTIVE = Pattern.compile("@base\\s*<([^>]*)>");

  /**
   * In every example debate, the token at each subject's location is that subject: an IRI (full,
   * relative or prefixed) that expands to it, or a blank node.
   */
  @Test
  void exampleTurtleLocationsPointAtTheSubjectToken() throws IOException {
    List<Path> examples = TestSupport.exampleDebates();
    Assumptions.assumeFalse(examples.isEmpty(), "no example debates");
    for (Path file : examples) {
      String text = Files.readString(file);
      List<String> lines = text.lines().toList();
      Map<String, String> prefixes = new HashMap<>();
      Matcher m = PREFIX.matcher(text);
      while (m.find()) {
        prefixes.put(m.group(1), m.group(2));
      }
      Matcher b = BASE_DIRECTIVE.matcher(text);
      String base = b.find() ? b.group(1) : file.toAbsolutePath().toUri().toString();
      SourceIndex index =
          JenaRdfReader.read(
              file, new TestSupport.Collector(), ReadOptions.defaults().withTrackLocations(true));
      assertFalse(index.isEmpty(), file.toString());
      for (Map.Entry<Resource, SourceLocation> e : index.asMap().entrySet()) {
        SourceLocation loc = e.getValue();
        String line = lines.get((int) loc.line() - 1);
        String token = line.substring((int) loc.column() - 1);
        if (e.getKey() instanceof BlankNode) {
          assertTrue(
              token.startsWith("[") || token.startsWith("_:") || token.startsWith("("),
              loc + ": " + token);
          continue;
        }
        String iri = ((Iri) e.getKey()).value();
        String expanded;
        if (token.startsWith("<")) {
          expanded = URI.create(base).resolve(token.substring(1, token.indexOf('>'))).toString();
        } else {
          String name = token.split("[\\s;,]", 2)[0];
          int colon = name.indexOf(':');
          expanded = prefixes.get(name.substring(0, colon)) + name.substring(colon + 1);
        }
        assertEquals(iri, expanded, loc + ": " + token);
      }
    }
  }

  /** In every example debate in JSON-LD, each located subject's line holds an id member. */
  @Test
  void exampleJsonLdLocationsPointAtAnId() throws IOException {
    List<Path> examples = TestSupport.examples("*.jsonld");
    Assumptions.assumeFalse(examples.isEmpty(), "no example debates");
    for (Path file : examples) {
      List<String> lines = Files.readAllLines(file);
      SourceIndex index =
          JenaRdfReader.read(
              file, new TestSupport.Collector(), ReadOptions.defaults().withTrackLocations(true));
      assertTrue(index.size() > 5, file + ": " + index.size());
      for (Map.Entry<Resource, SourceLocation> e : index.asMap().entrySet()) {
        String line = lines.get((int) e.getValue().line() - 1);
        assertTrue(line.contains("\"id\"") || line.contains("\"@id\""), e + ": " + line);
        String iri = ((Iri) e.getKey()).value();
        String value = line.substring((int) e.getValue().column());
        String raw = value.substring(0, value.indexOf('"'));
        assertTrue(iri.endsWith(raw.substring(raw.indexOf(':') + 1)), iri + " vs " + raw);
      }
    }
  }
}
