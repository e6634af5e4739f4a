package org.debatescore.jena;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.debatescore.core.UnsupportedFormatException;
import org.debatescore.core.rdf.RdfFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RdfFormatTest {

  @ParameterizedTest
  @CsvSource({
    "debate.ttl, TURTLE",
    "debate.trig, TRIG",
    "debate.nt, NTRIPLES",
    "debate.nq, NQUADS",
    "debate.rdf, RDFXML",
    "ontology.owl, RDFXML",
    "debate.xml, RDFXML",
    "debate.jsonld, JSONLD",
    "debate.rj, RDFJSON",
    "debate.json, JSON",
    "DEBATE.TTL, TURTLE",
    "dump.nt.gz, NTRIPLES",
    "dir.v2/debate.ttl.GZ, TURTLE",
    "https://example.org/data/debate.jsonld?version=2, JSONLD"
  })
  void fileExtensionSelectsTheFormatIgnoringCaseAndGzip(String name, RdfFormat expected) {
    assertEquals(expected, RdfFormat.fromFileName(name));
  }

  @Test
  void pathUsesItsFileName() {
    assertEquals(RdfFormat.TURTLE, RdfFormat.fromPath(Path.of("a.b", "debate.ttl")));
  }

  @Test
  void unknownExtensionListsTheKnownOnes() {
    UnsupportedFormatException e =
        assertThrows(UnsupportedFormatException.class, () -> RdfFormat.fromFileName("debate.csv"));
    assertTrue(e.getMessage().contains(".ttl"), e.getMessage());
    assertTrue(e.getMessage().contains(".jsonld"), e.getMessage());
    assertThrows(UnsupportedFormatException.class, () -> RdfFormat.fromFileName("dir.ttl/noext"));
    assertThrows(UnsupportedFormatException.class, () -> RdfFormat.fromFileName("archive.gz"));
  }

  @ParameterizedTest
  @CsvSource({
    "text/turtle, TURTLE",
    "text/turtle; charset=UTF-8, TURTLE",
    "application/x-turtle, TURTLE",
    "application/trig, TRIG",
    "application/n-triples, NTRIPLES",
    "application/n-quads, NQUADS",
    "application/rdf+xml, RDFXML",
    "Application/LD+JSON, JSONLD",
    "application/rdf+json, RDFJSON",
    "application/json, JSON"
  })
  void contentTypeSelectsTheFormatIgnoringParameters(String type, RdfFormat expected) {
    assertEquals(expected, RdfFormat.fromContentType(type));
  }

  @Test
  void unknownContentTypeIsRefused() {
    assertThrows(UnsupportedFormatException.class, () -> RdfFormat.fromContentType("text/csv"));
  }

  @ParameterizedTest
  @CsvSource({
    "turtle, TURTLE",
    "TTL, TURTLE",
    "trig, TRIG",
    "nt, NTRIPLES",
    "N-Triples, NTRIPLES",
    "ntriples, NTRIPLES",
    "nq, NQUADS",
    "n-quads, NQUADS",
    "rdfxml, RDFXML",
    "RDF/XML, RDFXML",
    "xml, RDFXML",
    "jsonld, JSONLD",
    "JSON-LD, JSONLD",
    "rdfjson, RDFJSON",
    "rj, RDFJSON",
    "json, JSON",
    ".ttl, TURTLE",
    "text/turtle, TURTLE"
  })
  void nameIsMatchedCaseInsensitively(String name, RdfFormat expected) {
    assertEquals(expected, RdfFormat.fromName(name));
  }

  @Test
  void unknownNameListsTheAcceptedNames() {
    UnsupportedFormatException e =
        assertThrows(UnsupportedFormatException.class, () -> RdfFormat.fromName("n3"));
    for (String name : new String[] {"turtle", "ttl", "nt", "jsonld", "rdfxml", "json"}) {
      assertTrue(e.getMessage().contains(name), e.getMessage());
    }
    assertTrue(RdfFormat.forName(null).isEmpty());
  }

  @Test
  void everyFormatHasAMediaTypeAnExtensionAndANameThatRoundTrip() {
    for (RdfFormat f : RdfFormat.values()) {
      assertEquals(f, RdfFormat.fromContentType(f.mediaType()), f.name());
      assertEquals(f, RdfFormat.fromFileName("x." + f.defaultExtension()), f.name());
      assertEquals(f, RdfFormat.fromName(f.names().get(0)), f.name());
      assertEquals(f, RdfFormat.fromName(f.name()), f.name());
    }
  }

  @Test
  void datasetAndRdfFlags() {
    assertTrue(RdfFormat.TRIG.isDataset());
    assertTrue(RdfFormat.NQUADS.isDataset());
    assertFalse(RdfFormat.TURTLE.isDataset());
    assertFalse(RdfFormat.JSON.isRdf());
    assertTrue(RdfFormat.JSONLD.isRdf());
    assertTrue(RdfFormat.isGzipFileName("a.nt.GZ"));
    assertFalse(RdfFormat.isGzipFileName("a.nt"));
  }
}
