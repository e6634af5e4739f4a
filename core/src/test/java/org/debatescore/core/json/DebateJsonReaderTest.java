package org.debatescore.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.debatescore.core.LimitExceededException;
import org.debatescore.core.ParseException;
import org.debatescore.core.mapping.ModelWriter;
import org.debatescore.core.model.Argument;
import org.debatescore.core.model.Comment;
import org.debatescore.core.model.Debate;
import org.debatescore.core.model.DebateData;
import org.debatescore.core.model.Entity;
import org.debatescore.core.model.FollowUpItem;
import org.debatescore.core.model.Person;
import org.debatescore.core.model.Proposal;
import org.debatescore.core.rdf.BlankNode;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Literal;
import org.debatescore.core.rdf.LocatedRdfSink;
import org.debatescore.core.rdf.Triple;
import org.debatescore.vocab.Codes;
import org.debatescore.vocab.DBS;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class DebateJsonReaderTest {

  private static final DebateJsonReader READER = new DebateJsonReader();
  private static final String CONTEXT =
      "\"@context\": \"https://w3id.org/debatescore/ns/context.jsonld\"";

  static Path examplesDir() {
    String root = System.getProperty("debatescore.root");
    Path base = root != null ? Path.of(root) : Path.of("..");
    return base.resolve("examples/debates");
  }

  @TestFactory
  Stream<DynamicTest> handWrittenExamplesRead() throws IOException {
    Path dir = examplesDir();
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(dir)) {
      try (Stream<Path> s = Files.list(dir)) {
        s.filter(p -> p.toString().endsWith(".jsonld")).sorted().forEach(files::add);
      }
    }
    return files.stream()
        .map(
            f ->
                DynamicTest.dynamicTest(
                    f.getFileName().toString(),
                    () -> {
                      DebateData data;
                      try (InputStream in = Files.newInputStream(f)) {
                        data = READER.read(in, f.toString());
                      }
                      assertFalse(data.all(Debate.class).isEmpty(), "a debate");
                      for (Entity e : data.entities()) {
                        assertNotNull(e.id());
                      }
                      // Reading what we write gives the same model again.
                      String json = new DebateJsonWriter().writeToString(data);
                      assertEquals(
                          data.withPrefixes(java.util.Map.of()), READER.read(json, "rewritten"));
                    }));
  }

  @Test
  void ogpExampleKeepsItsDatesAndResolvesRelativeIds() throws IOException {
    Path f = examplesDir().resolve("ogp-2016-workshop.jsonld");
    if (!Files.exists(f)) {
      return;
    }
    DebateData data;
    try (InputStream in = Files.newInputStream(f)) {
      data = READER.read(in, f.toString());
    }
    Debate debate = data.all(Debate.class).get(0);
    assertEquals(
        Iri.of("https://w3id.org/debatescore/examples/ogp-2016-workshop/debate"), debate.id());
    assertEquals("2016-12-09T09:45:00+01:00", debate.startDate().lexical());
    assertTrue(debate.title().get("fr").startsWith("Atelier"));
    assertEquals(Iri.of(Codes.ProcessKind.WORKSHOP), debate.processKind());
    assertEquals(40L, debate.participantCount());
  }

  @Test
  void readsTheFlatForm() {
    String json =
        "{"
            + CONTEXT
            + ", \"@graph\": [{\"id\": \"https://ex.org/p/1\", \"type\": \"Proposal\","
            + " \"debate\": \"https://ex.org/d\", \"title\": {\"fr\": \"Réduire\", \"en\": \"Reduce\"},"
            + " \"status\": \"accepted\", \"created\": \"2016-12-09T09:45:00+01:00\","
            + " \"endorsementCount\": 12, \"author\": [\"https://ex.org/u/1\", \"_:anon\"]}]}";
    Proposal p = READER.read(json, "t.json").all(Proposal.class).get(0);
    assertEquals("Réduire", p.title().get("fr"));
    assertEquals(Iri.of(Codes.ProposalStatus.ACCEPTED), p.status());
    assertEquals("2016-12-09T09:45:00+01:00", p.created().lexical());
    assertEquals(12L, p.endorsementCount());
    assertTrue(p.authors().contains(BlankNode.of("anon")));
    assertTrue(p.extensions().isEmpty());
  }

  @Test
  void readsReverseNestingAndEmbeddedNodes() {
    String json =
        "{"
            + CONTEXT
            + ", \"@base\": \"ignored-not-in-context\"".substring(0, 0)
            + ", \"id\": \"https://ex.org/d\", \"type\": \"Debate\", \"title\": {\"en\": \"D\"},"
            + " \"organiser\": {\"id\": \"https://ex.org/org\", \"type\": \"PublicBody\", \"name\": \"City\"},"
            + " \"contains\": [{\"id\": \"https://ex.org/p\", \"type\": \"Proposal\", \"title\": {\"en\": \"P\"},"
            + "   \"supportedBy\": [{\"id\": \"https://ex.org/a\", \"type\": \"Argument\", \"text\": {\"en\": \"A\"}}],"
            + "   \"replies\": [{\"id\": \"https://ex.org/c\", \"type\": \"Comment\", \"text\": {\"en\": \"C\"},"
            + "     \"attackedBy\": {\"type\": \"Argument\", \"text\": {\"en\": \"B\"}}}]}]}";
    DebateData data = READER.read(json, "nested.json");
    Iri d = Iri.of("https://ex.org/d");
    Proposal p = data.get(Iri.of("https://ex.org/p"), Proposal.class).orElseThrow();
    assertEquals(d, p.debate());
    Argument a = data.get(Iri.of("https://ex.org/a"), Argument.class).orElseThrow();
    assertEquals(java.util.Set.of(p.id()), a.supports());
    Comment c = data.get(Iri.of("https://ex.org/c"), Comment.class).orElseThrow();
    assertEquals(p.id(), c.replyTo());
    Argument b =
        data.all(Argument.class).stream()
            .filter(x -> x.id() instanceof BlankNode)
            .findFirst()
            .orElseThrow();
    assertEquals(java.util.Set.of(c.id()), b.attacks());
    Debate debate = data.get(d, Debate.class).orElseThrow();
    assertEquals(java.util.Set.of(Iri.of("https://ex.org/org")), debate.organisers());
    assertEquals(5, data.all(Entity.class).size() - 1); // + the public body
  }

  @Test
  void parentIdAfterItsNestedNodesStillLinks() {
    String json =
        "{\"contains\": [{\"id\": \"https://ex.org/c\", \"type\": \"Comment\", \"text\": {\"fr\": \"x\"}}],"
            + " \"type\": \"Debate\", \"id\": \"https://ex.org/d\"}";
    DebateData data = READER.read(json, "late-id.json");
    assertEquals(
        Iri.of("https://ex.org/d"),
        data.get(Iri.of("https://ex.org/c"), Comment.class).orElseThrow().debate());
  }

  @Test
  void documentWithoutContextUsesTheDebatescoreContext() {
    String json =
        "{\"id\": \"https://ex.org/u\", \"type\": \"Person\", \"name\": \"Ana\", \"anonymous\": true}";
    Person p = READER.read(json, "no-context.json").all(Person.class).get(0);
    assertEquals("Ana", p.name());
    assertEquals(Boolean.TRUE, p.anonymous());
  }

  @Test
  void numbersFollowJsonLd() {
    String json =
        "{\"id\": \"https://ex.org/f\", \"type\": \"FollowUpItem\", \"progress\": \"42.50\","
            + " \"http://example.org/n\": [1, 2.5, 42.0, 1e21]}";
    FollowUpItem f = READER.read(json, "numbers.json").all(FollowUpItem.class).get(0);
    assertEquals(new BigDecimal("42.50"), f.progress());
    List<org.debatescore.core.rdf.Term> n = f.extensions().get(Iri.of("http://example.org/n"));
    assertEquals(
        List.of(
            Literal.typed("1", Literal.XSD + "integer"),
            Literal.typed("2.5E0", Literal.XSD + "double"),
            Literal.typed("42", Literal.XSD + "integer"),
            Literal.typed("1.0E21", Literal.XSD + "double")),
        n);
    // A JSON number for a decimal term is a double lexical form, not a field value.
    String asNumber =
        "{\"id\": \"https://ex.org/f\", \"type\": \"FollowUpItem\", \"progress\": 42.5}";
    FollowUpItem g = READER.read(asNumber, "n.json").all(FollowUpItem.class).get(0);
    assertEquals(null, g.progress());
    assertEquals(
        List.of(Literal.typed("4.25E1", Literal.XSD + "decimal")),
        g.extensions().get(Iri.of(DBS.progress)));
  }

  @Test
  void valueObjectsLanguageMapsAndNone() {
    String json =
        "{\"id\": \"https://ex.org/d\", \"type\": \"Debate\","
            + " \"title\": {\"fr\": [\"Un\", \"Deux\"], \"@none\": \"plain\", \"en\": null},"
            + " \"startDate\": {\"@value\": \"2026-03-02\", \"@type\": \"xsd:date\"},"
            + " \"dct:alternative\": [{\"@value\": \"x\", \"@language\": \"fr\"}, \"y\"]}";
    Debate d = READER.read(json, "values.json").all(Debate.class).get(0);
    assertEquals("Un", d.title().get("fr"));
    assertEquals("2026-03-02", d.startDate().lexical());
    assertFalse(d.startDate().isDateTime());
    List<Triple> triples = ModelWriter.toTriples(d);
    assertTrue(
        triples.contains(
            Triple.of(
                d.id(), Iri.of("http://purl.org/dc/terms/title"), Literal.lang("Deux", "fr"))));
    assertTrue(
        triples.contains(
            Triple.of(d.id(), Iri.of("http://purl.org/dc/terms/title"), Literal.string("plain"))));
    assertTrue(
        triples.contains(
            Triple.of(
                d.id(), Iri.of("http://purl.org/dc/terms/alternative"), Literal.lang("x", "fr"))));
    assertTrue(
        triples.contains(
            Triple.of(
                d.id(), Iri.of("http://purl.org/dc/terms/alternative"), Literal.string("y"))));
  }

  @Test
  void baseResolvesRelativeIds() {
    String json =
        "{\"@context\": [\"https://w3id.org/debatescore/ns/context.jsonld\", {\"@base\": \"https://ex.org/a/b\"}],"
            + " \"id\": \"../d\", \"type\": \"Debate\", \"phases\": [\"p1\", \"/root\", \"#frag\", \"?q\"]}";
    Debate d = READER.read(json, "base.json").all(Debate.class).get(0);
    assertEquals(Iri.of("https://ex.org/d"), d.id());
    assertEquals(
        java.util.Set.of(
            Iri.of("https://ex.org/a/p1"),
            Iri.of("https://ex.org/root"),
            Iri.of("https://ex.org/a/b#frag"),
            Iri.of("https://ex.org/a/b?q")),
        d.phases());
    Debate viaReader =
        READER
            .withBase("https://other.org/x/")
            .read("{\"id\": \"d\", \"type\": \"Debate\"}", "r")
            .all(Debate.class)
            .get(0);
    assertEquals(Iri.of("https://other.org/x/d"), viaReader.id());
  }

  @Test
  void locatedSinksLearnWhereEachNodeStarts() {
    String json =
        "{\"@graph\": [\n  {\"id\": \"https://ex.org/a\", \"type\": \"Person\"},\n  {\"id\": \"https://ex.org/b\", \"type\": \"Person\"}\n]}";
    List<long[]> where = new ArrayList<>();
    READER.toRdf(
        new java.io.StringReader(json),
        "loc.json",
        new LocatedRdfSink() {
          @Override
          public void location(long line, long column) {
            where.add(new long[] {line, column});
          }

          @Override
          public void triple(Triple triple) {}
        });
    assertEquals(2, where.size());
    assertEquals(2, where.get(0)[0]);
    assertEquals(3, where.get(0)[1]);
    assertEquals(3, where.get(1)[0]);
  }

  // ---------------------------------------------------------------- errors

  private static ParseException fails(String json) {
    return assertThrows(ParseException.class, () -> READER.read(json, "bad.json"));
  }

  @Test
  void badJsonGivesLineAndColumn() {
    ParseException e = fails("{\n  \"id\": \"https://ex.org/d\",\n  \"type\": \"Debate\",,\n}");
    assertEquals("bad.json", e.location().source());
    assertEquals(3, e.location().line());
    assertTrue(e.location().column() > 0);
    assertTrue(e.getMessage().startsWith("bad.json:3:"), e.getMessage());
  }

  @Test
  void truncatedJsonGivesItsEnd() {
    ParseException e = fails("{\"id\": \"https://ex.org/d\",\n \"title\": {\"fr\": \"x\"");
    assertEquals(2, e.location().line());
  }

  @Test
  void unsupportedOrWrongJsonLdIsReportedWhereItIs() {
    assertTrue(fails("[1]").getMessage().contains("node object"));
    assertTrue(fails("\"x\"").getMessage().contains("object or array"));
    assertTrue(fails("").getMessage().contains("empty"));
    assertTrue(fails("{\"id\": \"d\", \"type\": \"Debate\"}").getMessage().contains("base"));
    assertTrue(
        fails("{\"@context\": \"https://example.org/other.jsonld\", \"id\": \"https://ex.org/d\"}")
            .getMessage()
            .contains("not fetched"));
    assertTrue(
        fails("{\"id\": \"https://ex.org/d\", \"@context\": {}}").getMessage().contains("first"));
    assertTrue(
        fails("{\"id\": \"https://ex.org/d\", \"phases\": {\"@list\": [\"https://ex.org/p\"]}}")
            .getMessage()
            .contains("@list"));
    ParseException twoIds =
        fails("{\"id\": \"https://ex.org/d\",\n \"@id\": \"https://ex.org/e\"}");
    assertEquals(2, twoIds.location().line());
    assertTrue(
        fails("{\"id\": \"https://ex.org/d\", \"title\": {\"fr\": 3}}")
            .getMessage()
            .contains("language map"));
    assertTrue(
        fails("{\"id\": \"https://ex.org/d\", \"http://p\": {\"@value\": \"x\", \"name\": \"y\"}}")
            .getMessage()
            .contains("value object"));
    assertTrue(fails("{\"id\": \"https://ex.org/d\"} {}").getMessage().contains("after the end"));
  }

  @Test
  void deepNestingIsALimit() {
    String deep = "{\"http://e.org/p\": ".repeat(3000) + "{}" + "}".repeat(3000);
    assertInstanceOf(LimitExceededException.class, fails(deep));
  }
}
