package org.debatescore.rdf4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.zip.GZIPInputStream;
import org.debatescore.core.UnsupportedFormatException;
import org.debatescore.core.model.DebateData;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.RdfFormat;
import org.debatescore.core.validation.Validator;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Models;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DebatescoreRdf4jTest {

  private static final Path MUNICIPAL = TestPaths.examples().resolve("municipal-debate.ttl");

  @Test
  void everySyntaxIncludingPlainJsonGivesBackTheSameModel() {
    DebateData data = DebatescoreRdf4j.readData(MUNICIPAL);
    for (RdfFormat format : RdfFormat.values()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      DebatescoreRdf4j.writeData(data, out, format);
      DebateData back =
          DebatescoreRdf4j.read(
                  new ByteArrayInputStream(out.toByteArray()),
                  "back",
                  format,
                  ReadOptions.defaults())
              .data();
      assertEquals(data.entities().size(), back.entities().size(), format.displayName());
      assertSameGraph(data, back, format.displayName());
    }
  }

  @Test
  void theJsonLdAndPlainJsonExamplesReadToTheSameEntitiesAsTurtle() {
    DebateData ttl = DebatescoreRdf4j.readData(MUNICIPAL);
    DebateData jsonld =
        DebatescoreRdf4j.readData(TestPaths.examples().resolve("municipal-debate.jsonld"));
    assertSameGraph(ttl, jsonld, "JSON-LD example");
  }

  @Test
  void convertStreamsBetweenSyntaxesAndCompressesGzFiles(@TempDir Path dir) throws Exception {
    Path nt = dir.resolve("debate.nt.gz");
    DebatescoreRdf4j.convert(MUNICIPAL, nt);
    try (InputStream in = new GZIPInputStream(Files.newInputStream(nt))) {
      Model back =
          Rdf4jRdfReader.readModel(in, "debate.nt", RdfFormat.NTRIPLES, ReadOptions.defaults())
              .model();
      assertTrue(Models.isomorphic(Rdf4jRdfReader.readModel(MUNICIPAL, null).model(), back));
    }
    Path json = dir.resolve("debate.json");
    DebatescoreRdf4j.convert(nt, json);
    assertSameGraph(DebatescoreRdf4j.readData(MUNICIPAL), DebatescoreRdf4j.readData(json), "json");
    assertEquals(List.of(), leftovers(dir), "no temporary file is left behind");
  }

  @Test
  void prettyJsonLdIsCompactedAgainstTheDebatescoreContextReferencedByIri() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DebatescoreRdf4j.writeData(DebatescoreRdf4j.readData(MUNICIPAL), out, RdfFormat.JSONLD);
    String json = out.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(
        json.startsWith("{\n    \"@context\": \"https://w3id.org/debatescore/ns/context.jsonld\""),
        json.substring(0, 200));
    assertTrue(json.contains("\"processKind\": \"public-consultation\""), "codes are bare");
  }

  @Test
  void plainJsonIsNotWrittenFromBareStatements() {
    assertThrows(
        UnsupportedFormatException.class,
        () -> Rdf4jRdfWriters.open(RdfFormat.JSON, new ByteArrayOutputStream()));
  }

  @Test
  void modelsConvertBothWays() {
    DebateData data = DebatescoreRdf4j.readData(MUNICIPAL);
    Model model = DebatescoreRdf4j.toModel(data);
    assertEquals(data, DebatescoreRdf4j.fromModel(model));
  }

  @Test
  void readingWithLocationsTracksEverySubject() {
    ReadResult r =
        DebatescoreRdf4j.read(MUNICIPAL, ReadOptions.defaults().withTrackLocations(true));
    assertTrue(
        r.locations()
            .locate(
                Iri.of("https://participer.belcourt-en-vallee.example/processes/place-du-marche"))
            .isPresent());
    assertEquals(RdfFormat.TURTLE, r.format());
  }

  @Test
  void aCommandLineFindsTheEngineByNameOrThroughServiceLoader() {
    assertEquals("rdf4j", DebatescoreRdf4j.ENGINE);
    assertTrue(DebatescoreRdf4j.validator().engineName().startsWith("rdf4j-shacl "));
    assertTrue(
        ServiceLoader.load(Validator.class).stream()
            .anyMatch(p -> p.type().getName().endsWith("Rdf4jShaclValidator")));
  }

  /** Same statements up to blank node labels (each read makes fresh blank nodes). */
  static void assertSameGraph(DebateData expected, DebateData actual, String what) {
    Model a = DebatescoreRdf4j.toModel(expected);
    Model b = DebatescoreRdf4j.toModel(actual);
    assertTrue(Models.isomorphic(a, b), () -> what + ": " + Fixtures.diff(a, b));
  }

  private static List<Path> leftovers(Path dir) throws Exception {
    try (var files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
    }
  }
}
