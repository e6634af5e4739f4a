package org.debatescore.jena;

import static org.debatescore.core.testing.DataAssertions.assertSameData;
import static org.debatescore.jena.TestSupport.assertIsomorphic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.debatescore.core.ParseException;
import org.debatescore.core.SourceLocation;
import org.debatescore.core.mapping.ModelWriter;
import org.debatescore.core.model.DebateData;
import org.debatescore.core.model.Entity;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.RdfFormat;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DebatescoreJenaTest {

  private static Path example(String name) {
    Path p = TestSupport.root().resolve("examples/debates").resolve(name);
    Assumptions.assumeTrue(Files.isRegularFile(p), "missing example " + p);
    return p;
  }

  @Test
  void turtleAndJsonLdExamplesGiveTheSameDocument() {
    for (Path ttl : TestSupport.exampleDebates()) {
      Path jsonld = ttl.resolveSibling(ttl.getFileName().toString().replace(".ttl", ".jsonld"));
      if (!Files.isRegularFile(jsonld)) {
        continue;
      }
      DebateData fromTurtle = DebatescoreJena.readData(ttl);
      DebateData fromJsonLd = DebatescoreJena.readData(jsonld);
      assertTrue(fromTurtle.size() > 10, ttl.toString());
      assertIsomorphic(
          ModelWriter.toTriples(fromTurtle), ModelWriter.toTriples(fromJsonLd), jsonld.toString());
    }
  }

  @Test
  void everyFormatWritesAndReadsTheExampleDocument(@TempDir Path dir) {
    DebateData data = DebatescoreJena.readData(example("municipal-debate.ttl"));
    for (RdfFormat f : RdfFormat.values()) {
      Path out = dir.resolve("out." + f.defaultExtension());
      DebatescoreJena.writeData(data, out);
      DebateData back = DebatescoreJena.readData(out);
      assertIsomorphic(ModelWriter.toTriples(data), ModelWriter.toTriples(back), f.name());
    }
  }

  @Test
  void plainJsonRoundTripsExactly(@TempDir Path dir) {
    DebateData data = DebatescoreJena.readData(example("municipal-debate.ttl"));
    Path json = dir.resolve("debate.json");
    DebatescoreJena.writeData(data, json);
    assertSameData(
        data.withPrefixes(Map.of()), DebatescoreJena.readData(json).withPrefixes(Map.of()));
    ByteArrayOutputStream oneLine = new ByteArrayOutputStream();
    DebatescoreJena.writeData(data, oneLine, RdfFormat.JSON, WriteStyle.FLAT);
    assertFalse(oneLine.toString(StandardCharsets.UTF_8).trim().contains("\n"));
  }

  @Test
  void readingWithLocationsLocatesTheEntities() {
    ReadResult r =
        DebatescoreJena.read(
            example("municipal-debate.ttl"), ReadOptions.defaults().withTrackLocations(true));
    assertEquals(RdfFormat.TURTLE, r.format());
    int located = 0;
    for (Entity e : r.data().entities()) {
      if (r.locations().contains(e.id())) {
        located++;
      }
    }
    assertEquals(r.data().size(), located, "every entity located");
    ReadResult json =
        DebatescoreJena.read(
            example("municipal-debate.jsonld"), ReadOptions.defaults().withTrackLocations(true));
    assertTrue(json.locations().size() > 10, json.locations().toString());
    Iri debate = Iri.of("https://participer.belcourt-en-vallee.example/processes/place-du-marche");
    assertTrue(json.locations().contains(debate), json.locations().toString());
  }

  @Test
  void plainJsonLocationsComeFromTheIdMembers(@TempDir Path dir) throws IOException {
    Path json = dir.resolve("small.json");
    Files.writeString(
        json,
        "{\n  \"@context\": \"https://w3id.org/debatescore/ns/context.jsonld\",\n  \"@graph\": [\n"
            + "    {\"id\": \"https://example.org/d\", \"type\": \"Debate\", \"title\": {\"fr\": \"D\"}},\n"
            + "    {\"id\": \"https://example.org/p\", \"type\": \"Proposal\", \"debate\":"
            + " \"https://example.org/d\", \"title\": {\"fr\": \"P\"}}\n  ]\n}\n");
    ReadResult r = DebatescoreJena.read(json, ReadOptions.defaults().withTrackLocations(true));
    assertEquals(4, r.locations().get(Iri.of("https://example.org/d")).line());
    assertEquals(5, r.locations().get(Iri.of("https://example.org/p")).line());
  }

  @Test
  void convertStreamsBetweenRdfSyntaxesAndGoesThroughTheModelForJson(@TempDir Path dir)
      throws IOException {
    Path ttl = example("ogp-2016-workshop.ttl");
    Path nt = dir.resolve("workshop.nt.gz");
    DebatescoreJena.convert(ttl, nt);
    try (InputStream in = new GZIPInputStream(Files.newInputStream(nt))) {
      assertTrue(new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("> ."));
    }
    Path json = dir.resolve("workshop.json");
    DebatescoreJena.convert(nt, json);
    Path back = dir.resolve("workshop.ttl");
    DebatescoreJena.convert(json, back);
    assertIsomorphic(
        TestSupport.readFile(ttl), TestSupport.readFile(back), "ttl > nt.gz > json > ttl");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DebatescoreJena.convert(
        Files.newInputStream(ttl),
        ttl.toString(),
        RdfFormat.TURTLE,
        out,
        RdfFormat.NQUADS,
        ReadOptions.defaults().withBaseIri("https://example.org/"),
        WriteStyle.BLOCKS);
    assertIsomorphic(
        TestSupport.readFile(ttl),
        TestSupport.read(out.toByteArray(), RdfFormat.NQUADS),
        "stream convert");
  }

  @Test
  void aFailedConvertLeavesTheTargetUntouched(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.ttl");
    Files.writeString(
        bad, "<https://example.org/a> <https://example.org/p> <https://example.org/b> .\n<oops");
    Path target = dir.resolve("target.nt");
    Files.writeString(target, "previous content");
    ParseException e =
        assertThrows(ParseException.class, () -> DebatescoreJena.convert(bad, target));
    assertEquals(2, e.location().line());
    assertEquals("previous content", Files.readString(target));
    try (var files = Files.list(dir)) {
      assertEquals(2, files.count(), "no temporary file left");
    }
  }

  @Test
  void graphsConvertBothWays() {
    DebateData data = DebatescoreJena.readData(example("municipal-debate.ttl"));
    Graph g = DebatescoreJena.toGraph(data);
    assertEquals(ModelWriter.toTriples(data).size(), g.size());
    assertEquals("https://w3id.org/debatescore/ns#", g.getPrefixMapping().getNsPrefixURI("dbs"));
    assertSameData(data, DebatescoreJena.fromGraph(g));
  }

  @Test
  void streamsAreReadWithTheGivenBase() {
    ReadResult r =
        DebatescoreJena.read(
            new ByteArrayInputStream(
                "<p> a <https://w3id.org/debatescore/ns#Person> ; <http://xmlns.com/foaf/0.1/name> \"Ann\" ."
                    .getBytes(StandardCharsets.UTF_8)),
            "upload.ttl",
            RdfFormat.TURTLE,
            ReadOptions.defaults()
                .withBaseIri("https://example.org/people/")
                .withTrackLocations(true));
    assertTrue(r.data().get("https://example.org/people/p").isPresent());
    assertEquals(
        SourceLocation.of("upload.ttl", 1, 1),
        r.locations().get(Iri.of("https://example.org/people/p")));
    assertEquals(List.of(), List.copyOf(r.data().otherTriples()));
  }

  @Test
  void entitiesOfALargeFileAreStreamedOneByOne(@TempDir Path dir) {
    DebateData data = DebatescoreJena.readData(example("municipal-debate.ttl"));
    Path nt = dir.resolve("big.nt");
    DebatescoreJena.writeData(data, nt);
    List<Entity> seen = new java.util.ArrayList<>();
    DebatescoreJena.readEntities(nt, ReadOptions.defaults(), seen::add);
    assertEquals(data.size(), seen.size());
    Path json = dir.resolve("big.json");
    DebatescoreJena.writeData(data, json);
    List<Entity> fromJson = new java.util.ArrayList<>();
    DebatescoreJena.readEntities(json, ReadOptions.defaults(), fromJson::add);
    assertEquals(data.size(), fromJson.size());
  }

  @Test
  void plainJsonWithoutContextReadsAsRdfWithTheImpliedContext() {
    String json =
        "{\"id\": \"https://example.org/p\", \"type\": \"Proposal\", \"status\": \"accepted\"}";
    assertEquals(2, TestSupport.read(json.getBytes(StandardCharsets.UTF_8), RdfFormat.JSON).size());
  }
}
