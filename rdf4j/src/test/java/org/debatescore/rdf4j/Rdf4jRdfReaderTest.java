package org.debatescore.rdf4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.debatescore.core.LimitExceededException;
import org.debatescore.core.ParseException;
import org.debatescore.core.SourceLocation;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.LocatedRdfSink;
import org.debatescore.core.rdf.RdfFormat;
import org.debatescore.core.rdf.RdfSink;
import org.debatescore.core.rdf.SourceIndex;
import org.debatescore.core.rdf.Triple;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Models;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class Rdf4jRdfReaderTest {

  private static final List<RdfFormat> RDF_SYNTAXES =
      List.of(
          RdfFormat.TURTLE,
          RdfFormat.TRIG,
          RdfFormat.NTRIPLES,
          RdfFormat.NQUADS,
          RdfFormat.RDFXML,
          RdfFormat.JSONLD,
          RdfFormat.RDFJSON);

  static Model read(Path file) {
    return Rdf4jRdfReader.readModel(file, ReadOptions.defaults()).model();
  }

  static byte[] write(Model model, RdfFormat format, WriteStyle style) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Rdf4jSinks.replay(model, Rdf4jRdfWriters.open(format, out, style));
    return out.toByteArray();
  }

  static Model readBytes(byte[] bytes, RdfFormat format) {
    return Rdf4jRdfReader.readModel(
            new ByteArrayInputStream(bytes), "written." + format.defaultExtension(), format, null)
        .model();
  }

  @TestFactory
  List<DynamicTest> everySyntaxAndStyleRoundTripsTheExampleDebatesIsomorphically() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path example : TestPaths.exampleTurtle()) {
      Model original = read(example);
      for (RdfFormat format : RDF_SYNTAXES) {
        for (WriteStyle style : WriteStyle.values()) {
          tests.add(
              dynamicTest(
                  example.getFileName() + " as " + format.displayName() + " " + style,
                  () -> {
                    byte[] bytes = write(original, format, style);
                    Model back = readBytes(bytes, format);
                    assertTrue(
                        Models.isomorphic(original, back),
                        () ->
                            format.displayName()
                                + " "
                                + style
                                + " lost or changed statements: "
                                + original.size()
                                + " vs "
                                + back.size());
                  }));
        }
      }
    }
    return tests;
  }

  @TestFactory
  List<DynamicTest> theJsonLdExamplesHoldTheSameGraphAsTheTurtleExamples() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path ttl : TestPaths.exampleTurtle()) {
      Path jsonld = ttl.resolveSibling(ttl.getFileName().toString().replace(".ttl", ".jsonld"));
      tests.add(
          dynamicTest(
              jsonld.getFileName().toString(),
              () -> {
                Model fromTurtle = read(ttl);
                Model fromJsonLd = read(jsonld);
                assertTrue(
                    Models.isomorphic(fromTurtle, fromJsonLd),
                    "the JSON-LD example differs from the Turtle one: "
                        + fromTurtle.size()
                        + " vs "
                        + fromJsonLd.size()
                        + " statements");
              }));
    }
    return tests;
  }

  @Test
  void gzipIsDetectedFromTheContentWhateverTheFileName() throws IOException {
    Path ttl = TestPaths.exampleTurtle().get(0);
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(Files.readAllBytes(ttl));
    }
    Model zipped =
        Rdf4jRdfReader.readModel(
                new ByteArrayInputStream(gz.toByteArray()),
                "example.ttl",
                RdfFormat.TURTLE,
                ReadOptions.defaults().withBaseIri(ttl.toUri().toString()))
            .model();
    assertTrue(Models.isomorphic(read(ttl), zipped));
  }

  @Test
  void turtleSyntaxErrorsCarryTheFileAndLine() {
    Path file = Fixtures.path("syntax/broken-line-3.ttl");
    ParseException e =
        assertThrows(ParseException.class, () -> Rdf4jRdfReader.readModel(file, null));
    assertEquals(file.toString(), e.location().source());
    assertEquals(3, e.location().line());
    assertTrue(e.getMessage().contains("nosuchprefix"), e.getMessage());
    assertFalse(e.getMessage().contains("[line"), "the position is not repeated in the text");
  }

  @Test
  void nTriplesSyntaxErrorsCarryTheLine() {
    ParseException e =
        assertThrows(
            ParseException.class,
            () -> Rdf4jRdfReader.readModel(Fixtures.path("syntax/broken-line-2.nt"), null));
    assertEquals(2, e.location().line());
  }

  @Test
  void rdfXmlSyntaxErrorsCarryLineAndColumn() {
    ParseException e =
        assertThrows(
            ParseException.class,
            () -> Rdf4jRdfReader.readModel(Fixtures.path("syntax/broken-line-4.rdf"), null));
    assertEquals(4, e.location().line());
    assertTrue(e.location().column() > 0, e.location().toString());
  }

  @Test
  void jsonLdSyntaxErrorsCarryLineAndColumn() {
    ParseException e =
        assertThrows(
            ParseException.class,
            () -> Rdf4jRdfReader.readModel(Fixtures.path("syntax/broken-line-3.jsonld"), null));
    assertEquals(3, e.location().line());
    assertTrue(e.location().column() > 1, e.location().toString());
    assertTrue(e.getMessage().startsWith(e.location().toString() + ": malformed JSON"));
  }

  @Test
  void aRemoteJsonLdContextIsRefusedAndPointedAt() {
    Path file = Fixtures.path("syntax/remote-context.jsonld");
    ParseException e =
        assertThrows(ParseException.class, () -> Rdf4jRdfReader.readModel(file, null));
    assertTrue(
        e.getMessage().contains("https://example.org/somebody-elses/context.jsonld"),
        e.getMessage());
    assertTrue(e.getMessage().contains("refused"), e.getMessage());
    assertEquals(4, e.location().line(), "points at the reference to the remote context");
  }

  @Test
  void theDebatescoreContextIsServedFromTheJarWithoutNetwork() {
    Model m = read(Fixtures.path("syntax/bundled-context.jsonld"));
    assertTrue(
        m.contains(
            Rdf4jTerms.toResource(Iri.of("https://example.org/p")),
            Rdf4jTerms.toIri(Iri.of("https://w3id.org/debatescore/ns#status")),
            Rdf4jTerms.toValue(
                Iri.of("https://w3id.org/debatescore/code/proposal-status/accepted"))),
        "codes expand through the property-scoped context");
    assertEquals(6, m.size());
  }

  @Test
  void plainJsonWithoutContextIsReadWithTheDebatescoreContext() {
    String json =
        "{\"id\": \"https://example.org/d\", \"type\": \"Debate\","
            + " \"title\": {\"en\": \"Market\"}}";
    Model m =
        Rdf4jRdfReader.readModel(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "plain.json",
                RdfFormat.JSON,
                null)
            .model();
    assertEquals(2, m.size());
  }

  @Test
  void rdfXmlDeclaringAnExternalEntityIsRefused() {
    ParseException e =
        assertThrows(
            ParseException.class,
            () -> Rdf4jRdfReader.readModel(Fixtures.path("syntax/external-entity.rdf"), null));
    assertTrue(e.getMessage().contains("external entity 'secret'"), e.getMessage());
    assertEquals(3, e.location().line());
  }

  @Test
  void anInputOverTheByteLimitIsRefused() {
    Path ttl = TestPaths.exampleTurtle().get(0);
    assertThrows(
        LimitExceededException.class,
        () -> Rdf4jRdfReader.readModel(ttl, ReadOptions.defaults().withMaxBytes(1000)));
  }

  @Test
  void turtleSubjectsAreLocatedOnTheLineWhereTheyStart() {
    Path file = Fixtures.path("syntax/located.ttl");
    SourceIndex index =
        Rdf4jRdfReader.read(file, triple -> {}, ReadOptions.defaults().withTrackLocations(true));
    assertEquals(4, index.get(Iri.of("https://example.org/d")).line());
    assertEquals(9, index.get(Iri.of("https://example.org/p")).line());
    assertEquals(file.toString(), index.get(Iri.of("https://example.org/d")).source());
  }

  @Test
  void jsonLdSubjectsAreLocatedAtTheirIdWithLineAndColumn() {
    SourceIndex index =
        Rdf4jRdfReader.read(
            Fixtures.path("syntax/bundled-context.jsonld"),
            triple -> {},
            ReadOptions.defaults().withTrackLocations(true));
    SourceLocation d = index.get(Iri.of("https://example.org/d"));
    assertEquals(5, d.line());
    assertEquals(13, d.column());
    assertEquals(10, index.get(Iri.of("https://example.org/p")).line());
  }

  @Test
  void theExampleDebatesHaveEverySubjectLocatedInTurtleAndJsonLd() {
    for (Path file : TestPaths.exampleTurtle()) {
      SourceIndex index =
          Rdf4jRdfReader.read(file, t -> {}, ReadOptions.defaults().withTrackLocations(true));
      Model m = read(file);
      long iriSubjects = m.subjects().stream().filter(s -> s.isIRI()).count();
      assertEquals(iriSubjects, index.resources().stream().filter(r -> r instanceof Iri).count());
    }
    for (Path file : TestPaths.exampleJsonLd()) {
      SourceIndex index =
          Rdf4jRdfReader.read(file, t -> {}, ReadOptions.defaults().withTrackLocations(true));
      assertTrue(index.size() > 10, file + ": " + index.size());
    }
  }

  @Test
  void aLocatedSinkIsToldWhereEachStatementsSubjectIs() {
    List<Long> lines = new ArrayList<>();
    LocatedRdfSink sink =
        new LocatedRdfSink() {
          long line;

          @Override
          public void location(long line, long column) {
            this.line = line;
          }

          @Override
          public void triple(Triple triple) {
            lines.add(line);
          }
        };
    Rdf4jRdfReader.read(Fixtures.path("syntax/located.ttl"), sink, null);
    assertEquals(List.of(4L, 4L, 9L, 9L), lines);
  }

  @Test
  void anExceptionFromTheSinkComesOutUnchanged() {
    IllegalStateException boom = new IllegalStateException("boom");
    RdfSink sink =
        triple -> {
          throw boom;
        };
    for (RdfFormat format : List.of(RdfFormat.TURTLE, RdfFormat.NTRIPLES, RdfFormat.JSONLD)) {
      Path file =
          format == RdfFormat.JSONLD
              ? Fixtures.path("syntax/bundled-context.jsonld")
              : Fixtures.path("syntax/located.ttl");
      if (format == RdfFormat.NTRIPLES) {
        continue;
      }
      IllegalStateException e =
          assertThrows(IllegalStateException.class, () -> Rdf4jRdfReader.read(file, sink, null));
      assertSame(boom, e);
    }
  }

  @Test
  void startAndFinishFrameTheStatements() {
    List<String> events = new ArrayList<>();
    Rdf4jRdfReader.read(
        Fixtures.path("syntax/located.ttl"),
        new RdfSink() {
          @Override
          public void start() {
            events.add("start");
          }

          @Override
          public void prefix(String prefix, String namespace) {
            events.add("prefix");
          }

          @Override
          public void triple(Triple triple) {
            events.add("triple");
          }

          @Override
          public void finish() {
            events.add("finish");
          }
        },
        null);
    assertEquals("start", events.get(0));
    assertEquals("finish", events.get(events.size() - 1));
    assertEquals(4, events.stream().filter("triple"::equals).count());
  }

  @Test
  void aTopLevelBlankNodeSubjectInTriGGetsNoSpuriousStatement() {
    // Rio 5.2's TriG parser added <s> <p> _:b here; the binding's TriG parser does not.
    String trig = "<https://e.org/s> <https://e.org/p> \"x\" .\n[ <https://e.org/q> \"y\" ] .\n";
    Model m = Rdf4jRdfReader.readModel(stream(trig), "t.trig", RdfFormat.TRIG, null).model();
    assertEquals(2, m.size(), m.toString());
  }

  @Test
  void lexicalFormsOfNumbersAndBooleansSurviveTurtle() {
    String nt =
        "<https://e.org/s> <https://e.org/p> \"007\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n"
            + "<https://e.org/s> <https://e.org/p> \"1\"^^<http://www.w3.org/2001/XMLSchema#boolean> .\n"
            + "<https://e.org/s> <https://e.org/p> \"+1.50\"^^<http://www.w3.org/2001/XMLSchema#decimal> .\n";
    Model original = Rdf4jRdfReader.readModel(stream(nt), "n.nt", RdfFormat.NTRIPLES, null).model();
    for (WriteStyle style : WriteStyle.values()) {
      for (RdfFormat format : List.of(RdfFormat.TURTLE, RdfFormat.TRIG)) {
        Model back = readBytes(write(original, format, style), format);
        assertEquals(original, back, format + " " + style);
      }
    }
  }

  @Test
  void prettyTurtleSurvivesBlankNodeCyclesAndDeepChains() {
    StringBuilder nt = new StringBuilder();
    for (int i = 0; i < 300; i++) { // a deep reply thread of blank nodes
      nt.append("_:c")
          .append(i)
          .append(" <https://e.org/replyTo> _:c")
          .append(i + 1)
          .append(" .\n");
    }
    nt.append("<https://e.org/d> <https://e.org/phase> _:b .\n")
        .append("_:b <https://e.org/self> _:b .\n") // a cycle
        .append("_:b <https://e.org/replyTo> _:x .\n")
        .append("_:x <https://e.org/count> \"394\" .\n");
    Model original =
        Rdf4jRdfReader.readModel(stream(nt.toString()), "c.nt", RdfFormat.NTRIPLES, null).model();
    for (RdfFormat format : List.of(RdfFormat.TURTLE, RdfFormat.TRIG)) {
      Model back = readBytes(write(original, format, WriteStyle.PRETTY), format);
      assertTrue(Models.isomorphic(original, back), format.displayName());
    }
  }

  @Test
  void jsonLdThatCompactionWouldSpoilIsWrittenExpanded() {
    String nt =
        "<https://e.org/d> <https://w3id.org/debatescore/ns#channel>"
            + " <https://w3id.org/debatescore/code/channel/a:b> .\n";
    Model original = Rdf4jRdfReader.readModel(stream(nt), "c.nt", RdfFormat.NTRIPLES, null).model();
    byte[] json = write(original, RdfFormat.JSONLD, WriteStyle.PRETTY);
    assertTrue(Models.isomorphic(original, readBytes(json, RdfFormat.JSONLD)));
  }

  @Test
  void aMissingFileIsAParseExceptionNamingIt() {
    Path missing = Path.of("no-such-dir/no-such-file.ttl");
    ParseException e =
        assertThrows(ParseException.class, () -> Rdf4jRdfReader.readModel(missing, null));
    assertTrue(e.getMessage().contains("no-such-file.ttl"));
  }

  static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
