package org.debatescore.jena;

import static org.debatescore.jena.TestSupport.read;
import static org.debatescore.jena.TestSupport.resourceBytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.debatescore.core.ParseException;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.RdfFormat;
import org.debatescore.core.rdf.Triple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading never reaches out: no remote JSON-LD context, no external XML entity or DTD. */
class InputSafetyTest {

  @Test
  void theDebatescoreContextIsServedOfflineFromTheJar() {
    List<Triple> triples = read(resourceBytes("locations.jsonld"), RdfFormat.JSONLD);
    assertTrue(
        triples.contains(
            Triple.of(
                Iri.of("http://example.org/debate"),
                Iri.of("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                Iri.of("https://w3id.org/debatescore/ns#Debate"))),
        triples.toString());
  }

  @Test
  void aRemoteJsonLdContextIsRefusedWithoutNetworkAtItsLocation() {
    ParseException e =
        assertThrows(
            ParseException.class,
            () -> read(resourceBytes("remote-context.jsonld"), RdfFormat.JSONLD));
    assertTrue(
        e.getMessage().contains("https://example.org/contexts/other.jsonld"), e.getMessage());
    assertTrue(e.getMessage().contains("network"), e.getMessage());
    assertEquals(4, e.location().line());
    assertEquals(5, e.location().column());
  }

  @Test
  void fileContextsAndImportsAreRefusedToo(@TempDir Path dir) throws Exception {
    Path ctx = dir.resolve("ctx.jsonld");
    Files.writeString(ctx, "{\"@context\": {\"ex\": \"http://example.org/\"}}");
    String viaFile = "{\"@context\": \"" + ctx.toUri() + "\", \"@id\": \"http://a\", \"ex:p\": 1}";
    ParseException e =
        assertThrows(
            ParseException.class,
            () -> read(viaFile.getBytes(StandardCharsets.UTF_8), RdfFormat.JSONLD));
    assertTrue(e.getMessage().contains("refused"), e.getMessage());
    String viaImport =
        "{\"@context\": {\"@version\": 1.1, \"@import\": \"https://example.org/ctx.jsonld\"},"
            + " \"@id\": \"http://a\", \"http://example.org/p\": 1}";
    ParseException i =
        assertThrows(
            ParseException.class,
            () -> read(viaImport.getBytes(StandardCharsets.UTF_8), RdfFormat.JSONLD));
    assertTrue(i.getMessage().contains("refused"), i.getMessage());
  }

  @Test
  void plainJsonWithTheDebatescoreContextReadsAsJsonLd() {
    String json =
        "{\"@context\": \"https://w3id.org/debatescore/ns/context.jsonld\", \"id\":"
            + " \"http://example.org/p\", \"type\": \"Proposal\", \"status\": \"accepted\"}";
    List<Triple> triples = read(json.getBytes(StandardCharsets.UTF_8), RdfFormat.JSON);
    assertTrue(
        triples.contains(
            Triple.of(
                Iri.of("http://example.org/p"),
                Iri.of("https://w3id.org/debatescore/ns#status"),
                Iri.of("https://w3id.org/debatescore/code/proposal-status/accepted"))),
        triples.toString());
  }

  @Test
  void rdfXmlWithAnExternalEntityIsRefusedAndNothingIsRead() {
    TestSupport.Collector sink = new TestSupport.Collector();
    ParseException e =
        assertThrows(
            ParseException.class,
            () ->
                JenaRdfReader.read(
                    TestSupport.resource("external-entity.rdf"),
                    "external-entity.rdf",
                    RdfFormat.RDFXML,
                    sink,
                    ReadOptions.defaults().withAllowNetwork(true)));
    assertTrue(e.getMessage().contains("secret"), e.getMessage());
    assertEquals(4, e.location().line());
    assertTrue(sink.triples.isEmpty());
  }

  @Test
  void rdfXmlInternalEntitiesAreExpanded() {
    List<Triple> triples = read(resourceBytes("internal-entity.rdf"), RdfFormat.RDFXML);
    assertEquals(
        List.of(
            Triple.of(
                Iri.of("http://example.org/debate"),
                Iri.of("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                Iri.of("https://w3id.org/debatescore/ns#Debate"))),
        triples);
  }

  @Test
  void rdfXmlExternalDtdIsNeverFetched() {
    List<Triple> triples = read(resourceBytes("external-dtd.rdf"), RdfFormat.RDFXML);
    assertEquals(1, triples.size());
  }

  @Test
  void anEntityDeclaredAfterTheFirstKilobytesIsStillCaught() {
    String doc =
        "<?xml version=\"1.0\"?>\n<!-- "
            + "x".repeat(5000)
            + " -->\n<!DOCTYPE rdf:RDF [\n<!ENTITY % remote SYSTEM \"http://example.invalid/x.dtd\">\n"
            + "%remote;\n]>\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/>";
    ParseException e =
        assertThrows(
            ParseException.class,
            () -> read(doc.getBytes(StandardCharsets.UTF_8), RdfFormat.RDFXML));
    assertTrue(e.getMessage().contains("parameter entity 'remote'"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
  }
}
