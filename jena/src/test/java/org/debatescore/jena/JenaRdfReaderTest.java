package org.debatescore.jena;

import static org.debatescore.jena.TestSupport.BASE;
import static org.debatescore.jena.TestSupport.assertIsomorphic;
import static org.debatescore.jena.TestSupport.read;
import static org.debatescore.jena.TestSupport.resourceBytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.debatescore.core.LimitExceededException;
import org.debatescore.core.ParseException;
import org.debatescore.core.rdf.BlankNode;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Literal;
import org.debatescore.core.rdf.LocatedRdfSink;
import org.debatescore.core.rdf.RdfFormat;
import org.debatescore.core.rdf.RdfSink;
import org.debatescore.core.rdf.Triple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JenaRdfReaderTest {

  private static final String EX = "http://example.org/";
  private static final Iri TYPE = Iri.of("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
  private static final Iri DEBATE_CLASS = Iri.of("https://w3id.org/debatescore/ns#Debate");

  /** The same two statements in every syntax. */
  private static String document(RdfFormat f) {
    return switch (f) {
      case TURTLE ->
          "@prefix ex: <http://example.org/> .\nex:d a <https://w3id.org/debatescore/ns#Debate> ;"
              + " ex:title \"Débat\"@fr .";
      case TRIG ->
          "@prefix ex: <http://example.org/> .\nex:g { ex:d a"
              + " <https://w3id.org/debatescore/ns#Debate> ; ex:title \"Débat\"@fr . }";
      case NTRIPLES ->
          "<http://example.org/d> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
              + " <https://w3id.org/debatescore/ns#Debate> .\n"
              + "<http://example.org/d> <http://example.org/title> \"Débat\"@fr .\n";
      case NQUADS ->
          "<http://example.org/d> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
              + " <https://w3id.org/debatescore/ns#Debate> <http://example.org/g> .\n"
              + "<http://example.org/d> <http://example.org/title> \"Débat\"@fr .\n";
      case RDFXML ->
          "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
              + " xmlns:ex=\"http://example.org/\">\n"
              + "<rdf:Description rdf:about=\"http://example.org/d\">"
              + "<rdf:type rdf:resource=\"https://w3id.org/debatescore/ns#Debate\"/>"
              + "<ex:title xml:lang=\"fr\">Débat</ex:title></rdf:Description></rdf:RDF>";
      case JSONLD ->
          "{\"@context\": {\"ex\": \"http://example.org/\"}, \"@id\": \"ex:d\", \"@type\":"
              + " \"https://w3id.org/debatescore/ns#Debate\", \"ex:title\": {\"@value\": \"Débat\","
              + " \"@language\": \"fr\"}}";
      case RDFJSON ->
          "{\"http://example.org/d\": {\"http://www.w3.org/1999/02/22-rdf-syntax-ns#type\":"
              + " [{\"type\": \"uri\", \"value\": \"https://w3id.org/debatescore/ns#Debate\"}],"
              + " \"http://example.org/title\": [{\"type\": \"literal\", \"value\": \"Débat\","
              + " \"lang\": \"fr\"}]}}";
      case JSON ->
          "{\"@context\": \"https://w3id.org/debatescore/ns/context.jsonld\", \"id\":"
              + " \"http://example.org/d\", \"type\": \"Debate\", \"http://example.org/title\":"
              + " {\"@value\": \"Débat\", \"@language\": \"fr\"}}";
    };
  }

  private static final List<Triple> EXPECTED =
      List.of(
          Triple.of(Iri.of(EX + "d"), TYPE, DEBATE_CLASS),
          Triple.of(Iri.of(EX + "d"), Iri.of(EX + "title"), Literal.lang("Débat", "fr")));

  @Test
  void everySyntaxReadsTheSameStatements() {
    for (RdfFormat f : RdfFormat.values()) {
      assertIsomorphic(EXPECTED, read(document(f), f), f.name());
    }
  }

  @Test
  void sinkIsStartedOnceFinishedOnceAndSeesThePrefixes() {
    TestSupport.Collector c = new TestSupport.Collector();
    JenaRdfReader.read(
        new ByteArrayInputStream(document(RdfFormat.TURTLE).getBytes(StandardCharsets.UTF_8)),
        "x.ttl",
        RdfFormat.TURTLE,
        c,
        ReadOptions.defaults());
    assertEquals(1, c.starts);
    assertEquals(1, c.finishes);
    assertEquals(List.of("ex=http://example.org/"), c.prefixes);
  }

  @Test
  void quadsKeepTheTripleAndDropTheGraphName() {
    String nq =
        "<http://example.org/a> <http://example.org/p> \"1\" <http://example.org/g1> .\n"
            + "<http://example.org/a> <http://example.org/p> \"1\" <http://example.org/g2> .\n"
            + "<http://example.org/a> <http://example.org/p> \"2\" .\n";
    List<Triple> triples = read(nq, RdfFormat.NQUADS);
    assertEquals(3, triples.size(), "the same triple in two graphs arrives twice");
    assertTrue(triples.stream().noneMatch(t -> t.toString().contains("g1")));
    assertEquals(2, TestSupport.graph(triples).size());
  }

  @Test
  void blankNodesKeepDistinctLabelsWithinADocument() {
    List<Triple> triples =
        read("_:x <http://example.org/p> _:y . _:y <http://example.org/p> [] .", RdfFormat.TURTLE);
    assertEquals(2, triples.size());
    BlankNode x = (BlankNode) triples.get(0).subject();
    BlankNode y = (BlankNode) triples.get(0).object();
    assertEquals(y, triples.get(1).subject());
    assertTrue(!x.equals(y) && !y.equals(triples.get(1).object()));
  }

  @Test
  void literalsKeepLexicalFormAndDatatypeEvenWhenIllTyped() {
    List<Triple> triples =
        read(
            "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> . <http://example.org/a>"
                + " <http://example.org/p> \"007\"^^xsd:integer, \"abc\"^^xsd:integer, +1.50,"
                + " \"x\"^^<http://example.org/dt> .",
            RdfFormat.TURTLE);
    List<String> objects = new ArrayList<>();
    triples.forEach(t -> objects.add(t.object().toNTriples()));
    assertTrue(
        objects.contains("\"007\"^^<http://www.w3.org/2001/XMLSchema#integer>"),
        objects.toString());
    assertTrue(
        objects.contains("\"abc\"^^<http://www.w3.org/2001/XMLSchema#integer>"),
        objects.toString());
    assertTrue(
        objects.contains("\"+1.50\"^^<http://www.w3.org/2001/XMLSchema#decimal>"),
        objects.toString());
    assertTrue(objects.contains("\"x\"^^<http://example.org/dt>"), objects.toString());
  }

  @Test
  void relativeIrisResolveAgainstTheBase() {
    List<Triple> triples = read("<a> <http://example.org/p> <../b> .", RdfFormat.TURTLE);
    assertEquals(Iri.of(BASE + "a"), triples.get(0).subject());
    assertEquals(Iri.of("https://example.org/b"), triples.get(0).object());
  }

  @Test
  void relativeIriWithoutBaseIsAParseError() {
    ParseException e =
        assertThrows(
            ParseException.class,
            () ->
                read(
                    "<a> <http://example.org/p> 1 .".getBytes(StandardCharsets.UTF_8),
                    RdfFormat.TURTLE,
                    ReadOptions.defaults()));
    assertTrue(e.location().hasLine());
  }

  @Test
  void fileBaseIsTheFileIri(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("rel.ttl");
    Files.writeString(file, "<a> <http://example.org/p> 1 .");
    List<Triple> triples = TestSupport.readFile(file);
    String fileIri = file.toAbsolutePath().toUri().toString();
    assertTrue(fileIri.startsWith("file:///"), fileIri);
    assertEquals(
        Iri.of(fileIri.substring(0, fileIri.length() - "rel.ttl".length()) + "a"),
        triples.get(0).subject());
  }

  @Test
  void gzipIsDetectedFromTheContent(@TempDir Path dir) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(document(RdfFormat.NTRIPLES).getBytes(StandardCharsets.UTF_8));
    }
    assertIsomorphic(EXPECTED, read(bytes.toByteArray(), RdfFormat.NTRIPLES), "gzip stream");
    Path file = dir.resolve("data.nt.gz");
    Files.write(file, bytes.toByteArray());
    assertIsomorphic(EXPECTED, TestSupport.readFile(file), "gzip file");
    Path misnamed = dir.resolve("data.nt");
    Files.write(misnamed, bytes.toByteArray());
    assertIsomorphic(EXPECTED, TestSupport.readFile(misnamed), "gzip without .gz");
  }

  @Test
  void truncatedGzipIsAParseError() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(document(RdfFormat.NTRIPLES).repeat(50).getBytes(StandardCharsets.UTF_8));
    }
    byte[] all = bytes.toByteArray();
    byte[] cut = java.util.Arrays.copyOf(all, all.length / 2);
    ParseException e = assertThrows(ParseException.class, () -> read(cut, RdfFormat.NTRIPLES));
    assertTrue(e.location().hasLine());
  }

  @Test
  void inputOverTheByteLimitIsRefusedWithItsLocation() {
    String big = document(RdfFormat.NTRIPLES).repeat(1000);
    byte[] bytes = big.getBytes(StandardCharsets.UTF_8);
    for (RdfFormat f : List.of(RdfFormat.NTRIPLES, RdfFormat.TURTLE)) {
      LimitExceededException e =
          assertThrows(
              LimitExceededException.class,
              () -> read(bytes, f, ReadOptions.builder().maxBytes(10_000).baseIri(BASE).build()));
      assertTrue(e.getMessage().contains("10000"), e.getMessage());
      assertTrue(e.location().hasLine(), e.toString());
    }
    assertEquals(
        2000,
        read(bytes, RdfFormat.NTRIPLES, ReadOptions.defaults().withMaxBytes(bytes.length)).size());
  }

  @Test
  void byteLimitAppliesToDecompressedDataAndToJsonLd() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(new byte[1_000_000]);
    }
    assertTrue(bytes.size() < 10_000);
    assertThrows(
        LimitExceededException.class,
        () ->
            read(
                bytes.toByteArray(),
                RdfFormat.NTRIPLES,
                ReadOptions.defaults().withMaxBytes(100_000)));
    byte[] jsonld = document(RdfFormat.JSONLD).getBytes(StandardCharsets.UTF_8);
    assertThrows(
        LimitExceededException.class,
        () -> read(jsonld, RdfFormat.JSONLD, ReadOptions.defaults().withMaxBytes(20)));
  }

  @Test
  void anExceptionFromTheSinkComesOutUnchanged() {
    IllegalStateException boom = new IllegalStateException("sink failed");
    RdfSink failing =
        new RdfSink() {
          @Override
          public void triple(Triple triple) {
            throw boom;
          }
        };
    for (RdfFormat f : RdfFormat.values()) {
      IllegalStateException e =
          assertThrows(
              IllegalStateException.class,
              () ->
                  JenaRdfReader.read(
                      new ByteArrayInputStream(document(f).getBytes(StandardCharsets.UTF_8)),
                      "x",
                      f,
                      failing,
                      ReadOptions.defaults()),
              f.name());
      assertSame(boom, e, f.name());
    }
  }

  @Test
  void locatedSinkIsToldWhereEachSubjectWasRead() {
    List<String> seen = new ArrayList<>();
    LocatedRdfSink sink =
        new LocatedRdfSink() {
          long line;

          @Override
          public void location(long line, long column) {
            this.line = line;
          }

          @Override
          public void triple(Triple triple) {
            seen.add(triple.subject() + "@" + line);
          }
        };
    JenaRdfReader.read(
        TestSupport.resource("locations.nt"),
        "locations.nt",
        RdfFormat.NTRIPLES,
        sink,
        ReadOptions.defaults());
    assertEquals(
        List.of(
            "http://example.org/debate@1",
            "http://example.org/proposal@3",
            "http://example.org/debate@4",
            "http://example.org/phase1@6",
            seen.get(4).replaceAll("@.*", "") + "@7"),
        seen);
  }

  @Test
  void graphReadingKeepsPrefixesAndLocations() {
    LocatedGraph lg =
        JenaRdfReader.readGraph(
            TestSupport.resource("locations.ttl"),
            "locations.ttl",
            RdfFormat.TURTLE,
            ReadOptions.defaults().withTrackLocations(true));
    assertEquals("http://example.org/", lg.graph().getPrefixMapping().getNsPrefixURI("ex"));
    assertEquals(4, lg.locations().get(Iri.of(EX + "debate")).line());
    Graph g = GraphFactory.createDefaultGraph();
    JenaRdfReader.parse(
        new ByteArrayInputStream(resourceBytes("locations.nq")),
        "locations.nq",
        RdfFormat.NQUADS,
        StreamRDFLib.graph(g),
        ReadOptions.defaults());
    assertEquals(3, g.size());
  }

  @Test
  void missingFileIsAParseErrorNamingTheFile(@TempDir Path dir) {
    Path missing = dir.resolve("missing.ttl");
    ParseException e =
        assertThrows(
            ParseException.class,
            () -> JenaRdfReader.read(missing, new TestSupport.Collector(), ReadOptions.defaults()));
    assertEquals(missing.toString(), e.location().source());
    assertInstanceOf(java.nio.file.NoSuchFileException.class, e.getCause());
  }
}
