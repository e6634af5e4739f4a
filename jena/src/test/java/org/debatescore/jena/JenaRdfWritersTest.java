package org.debatescore.jena;

import static org.debatescore.jena.TestSupport.assertIsomorphic;
import static org.debatescore.jena.TestSupport.read;
import static org.debatescore.jena.TestSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.debatescore.core.DebatescoreException;
import org.debatescore.core.UnsupportedFormatException;
import org.debatescore.core.rdf.BlankNode;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Literal;
import org.debatescore.core.rdf.RdfFormat;
import org.debatescore.core.rdf.RdfSink;
import org.debatescore.core.rdf.Triple;
import org.debatescore.jena.internal.GraphWriters;
import org.junit.jupiter.api.Test;

class JenaRdfWritersTest {

  private static final String DBS = "https://w3id.org/debatescore/ns#";
  private static final Iri TYPE = Iri.of("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
  private static final Iri P1 = Iri.of("https://example.org/proposals/1");
  private static final Iri D1 = Iri.of("https://example.org/debates/1");

  private static final List<Triple> PROPOSAL =
      List.of(
          Triple.of(P1, TYPE, Iri.of(DBS + "Proposal")),
          Triple.of(P1, Iri.of(DBS + "debate"), D1),
          Triple.of(P1, Iri.of("http://purl.org/dc/terms/title"), Literal.lang("Des bancs", "fr")),
          Triple.of(
              P1,
              Iri.of(DBS + "status"),
              Iri.of("https://w3id.org/debatescore/code/proposal-status/accepted")),
          Triple.of(D1, TYPE, Iri.of(DBS + "Debate")));

  private static String text(List<Triple> triples, RdfFormat f, WriteStyle style) {
    return new String(write(triples, f, style), StandardCharsets.UTF_8);
  }

  @Test
  void prettyTurtleDeclaresOnlyTheProjectPrefixesItUsesAndWritesA() {
    String ttl = text(PROPOSAL, RdfFormat.TURTLE, WriteStyle.PRETTY);
    assertTrue(ttl.contains("@prefix dbs:"), ttl);
    assertTrue(ttl.contains("@prefix pstatus:"), ttl);
    assertTrue(ttl.contains("pstatus:accepted"), ttl);
    assertTrue(ttl.contains(" a "), ttl);
    assertFalse(ttl.contains("@prefix foaf:"), ttl);
    assertFalse(ttl.contains("rdf:type"), ttl);
    assertTrue(
        ttl.indexOf("<https://example.org/proposals/1>\n")
            < ttl.indexOf("<https://example.org/debates/1>\n"),
        "subjects in input order: " + ttl);
  }

  @Test
  void streamingTurtleDeclaresEveryProjectPrefixFirst() {
    for (WriteStyle style : List.of(WriteStyle.BLOCKS, WriteStyle.FLAT)) {
      String ttl = text(PROPOSAL, RdfFormat.TURTLE, style);
      for (String prefix : DebatescorePrefixes.all().keySet()) {
        assertTrue(ttl.contains("@prefix " + prefix + ":"), prefix + " in " + ttl);
      }
      assertTrue(ttl.indexOf("@prefix") < ttl.indexOf("proposals/1"), ttl);
    }
  }

  @Test
  void prefixesFromTheDataAreUsedUnlessTheNameIsTaken() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RdfSink sink = JenaRdfWriters.open(RdfFormat.TURTLE, out, WriteStyle.PRETTY);
    sink.start();
    sink.prefix("ex", "https://example.org/");
    sink.prefix("dbs", "https://example.org/not-dbs#");
    sink.prefix("bad name", "https://example.org/bad#");
    PROPOSAL.forEach(sink::triple);
    sink.finish();
    String ttl = out.toString(StandardCharsets.UTF_8);
    assertTrue(ttl.contains("@prefix ex:"), ttl);
    assertTrue(
        ttl.contains("ex:proposals\\/1") || ttl.contains("<https://example.org/proposals/1>"), ttl);
    assertTrue(ttl.contains("@prefix dbs:     <https://w3id.org/debatescore/ns#>"), ttl);
    assertFalse(ttl.contains("not-dbs"), ttl);
    assertFalse(ttl.contains("bad"), ttl);
  }

  @Test
  void jsonLdIsCompactedAgainstTheDebatescoreContextByIri() {
    String json = text(PROPOSAL, RdfFormat.JSONLD, WriteStyle.PRETTY);
    assertTrue(json.trim().startsWith("{"), json);
    assertTrue(
        json.indexOf("\"@context\": \"https://w3id.org/debatescore/ns/context.jsonld\"")
            < json.indexOf("\"@graph\""),
        json);
    assertTrue(json.contains("\"type\": \"Proposal\""), json);
    assertTrue(json.contains("\"status\": \"accepted\""), json);
    assertTrue(json.contains("\"fr\": \"Des bancs\""), json);
    assertIsomorphic(PROPOSAL, read(json, RdfFormat.JSONLD), "compacted JSON-LD");
  }

  @Test
  void flatJsonLdIsExpanded() {
    String json = text(PROPOSAL, RdfFormat.JSONLD, WriteStyle.FLAT);
    assertTrue(json.contains("\"https://w3id.org/debatescore/ns#status\""), json);
    assertIsomorphic(PROPOSAL, read(json, RdfFormat.JSONLD), "flat JSON-LD");
  }

  @Test
  void jsonLdThatCompactionWouldChangeIsWrittenFlat() {
    List<Triple> colon =
        List.of(
            Triple.of(
                P1,
                Iri.of(DBS + "processKind"),
                Iri.of("https://w3id.org/debatescore/code/process-kind/a:b")));
    String json = text(colon, RdfFormat.JSONLD, WriteStyle.PRETTY);
    assertIsomorphic(colon, read(json, RdfFormat.JSONLD), json);
  }

  @Test
  void blankNodeCyclesSurvivePrettyTurtleAndTrig() {
    BlankNode a = BlankNode.of("a");
    BlankNode b = BlankNode.of("b");
    List<Triple> cycle =
        List.of(
            Triple.of(a, Iri.of("http://purl.org/dc/terms/title"), b),
            Triple.of(a, Iri.of("https://example.org/ext#a"), a),
            Triple.of(b, TYPE, Iri.of(DBS + "Debate")));
    for (RdfFormat f : List.of(RdfFormat.TURTLE, RdfFormat.TRIG)) {
      assertIsomorphic(cycle, read(write(cycle, f, WriteStyle.PRETTY), f), f.name());
    }
    Graph g = TestSupport.graph(cycle);
    assertTrue(GraphWriters.hasSingleReferenceBlankCycle(g));
    assertFalse(GraphWriters.hasSingleReferenceBlankCycle(TestSupport.graph(PROPOSAL)));
  }

  @Test
  void rdfXmlFallsBackToThePlainLayoutAndSaysWhenItCannotWrite() {
    List<Triple> digitClass = List.of(Triple.of(P1, TYPE, Iri.of("https://example.org/classes/1")));
    assertIsomorphic(
        digitClass,
        read(write(digitClass, RdfFormat.RDFXML, WriteStyle.PRETTY), RdfFormat.RDFXML),
        "plain fallback");
    List<Triple> noLocalName = List.of(Triple.of(P1, Iri.of("https://example.org/p/"), D1));
    DebatescoreException e =
        assertThrows(
            DebatescoreException.class,
            () -> write(noLocalName, RdfFormat.RDFXML, WriteStyle.PRETTY));
    assertTrue(e.getMessage().contains("RDF/XML"), e.getMessage());
    List<Triple> uuidClass =
        List.of(Triple.of(P1, TYPE, Iri.of("urn:uuid:0b8a5a2e-1f7e-4a47-9d3e-3c1c4a9f0a01")));
    assertThrows(
        DebatescoreException.class, () -> write(uuidClass, RdfFormat.RDFXML, WriteStyle.PRETTY));
  }

  @Test
  void plainJsonIsNotWrittenFromBareStatements() {
    assertThrows(
        UnsupportedFormatException.class,
        () -> JenaRdfWriters.open(RdfFormat.JSON, new ByteArrayOutputStream()));
  }

  @Test
  void theSinkFlushesButNeverClosesTheStream() {
    for (RdfFormat f : TestSupport.RDF_FORMATS) {
      for (WriteStyle style : WriteStyle.values()) {
        List<String> events = new ArrayList<>();
        FilterOutputStream out =
            new FilterOutputStream(new ByteArrayOutputStream()) {
              @Override
              public void flush() {
                events.add("flush");
              }

              @Override
              public void close() {
                events.add("close");
              }
            };
        RdfSink sink = JenaRdfWriters.open(f, out, style);
        sink.start();
        PROPOSAL.forEach(sink::triple);
        sink.finish();
        assertTrue(events.contains("flush"), f + " " + style);
        assertFalse(events.contains("close"), f + " " + style);
      }
    }
  }

  @Test
  void streamingIsAnnouncedForLineAndBlockSyntaxesOnly() {
    assertTrue(JenaRdfWriters.isStreaming(RdfFormat.NTRIPLES, WriteStyle.PRETTY));
    assertTrue(JenaRdfWriters.isStreaming(RdfFormat.NQUADS, WriteStyle.PRETTY));
    assertTrue(JenaRdfWriters.isStreaming(RdfFormat.TURTLE, WriteStyle.BLOCKS));
    assertTrue(JenaRdfWriters.isStreaming(RdfFormat.TRIG, WriteStyle.FLAT));
    assertFalse(JenaRdfWriters.isStreaming(RdfFormat.TURTLE, WriteStyle.PRETTY));
    assertFalse(JenaRdfWriters.isStreaming(RdfFormat.JSONLD, WriteStyle.BLOCKS));
    assertFalse(JenaRdfWriters.isStreaming(RdfFormat.RDFXML, WriteStyle.FLAT));
  }

  @Test
  void outputIsReadableByPlainJena() {
    for (RdfFormat f : TestSupport.RDF_FORMATS) {
      byte[] bytes = write(PROPOSAL, f, WriteStyle.PRETTY);
      if (f == RdfFormat.JSONLD) {
        continue; // the context IRI needs the offline loader: see InputSafetyTest
      }
      Lang lang = org.debatescore.jena.internal.RiotReader.lang(f);
      Graph g = RDFParser.source(new java.io.ByteArrayInputStream(bytes)).lang(lang).toGraph();
      assertEquals(PROPOSAL.size(), g.size(), f.name());
    }
  }
}
