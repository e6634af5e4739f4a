package org.debatescore.rdf4j.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.debatescore.core.rdf.RdfFormat;
import org.debatescore.jena.JenaRdfReader;
import org.debatescore.jena.JenaRdfWriters;
import org.debatescore.rdf4j.Fixtures;
import org.debatescore.rdf4j.Rdf4jRdfReader;
import org.debatescore.rdf4j.Rdf4jRdfWriters;
import org.debatescore.rdf4j.Rdf4jSinks;
import org.debatescore.rdf4j.ReadOptions;
import org.debatescore.rdf4j.TestPaths;
import org.debatescore.rdf4j.WriteStyle;
import org.debatescore.rdf4j.validation.NegativeExamples;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Models;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Jena and RDF4J agree: on every example debate and every negative example, both give the same
 * conformance and the same results; and what one engine writes, the other reads back as the same
 * graph, in every syntax.
 */
class CrossEngineAgreementTest {

  private static final List<RdfFormat> RDF_SYNTAXES =
      List.of(
          RdfFormat.TURTLE,
          RdfFormat.TRIG,
          RdfFormat.NTRIPLES,
          RdfFormat.NQUADS,
          RdfFormat.RDFXML,
          RdfFormat.JSONLD,
          RdfFormat.RDFJSON);

  @TestFactory
  List<DynamicTest> bothEnginesGiveTheSameResultsOnEveryExampleAndNegativeExample() {
    List<Path> files = new ArrayList<>(TestPaths.exampleTurtle());
    files.addAll(TestPaths.exampleJsonLd());
    files.add(TestPaths.minimalDebate());
    files.addAll(TestPaths.negativeExamples());
    files.addAll(foundByProperties());
    assertTrue(files.size() > 25, "examples missing: " + files.size());
    List<DynamicTest> tests = new ArrayList<>();
    for (Path file : files) {
      tests.add(
          dynamicTest(
              file.getFileName().toString(),
              () -> {
                Engines.Verdict jena =
                    Engines.Verdict.of(Engines.JENA.validate(List.of(file), Engines.OPTIONS));
                Engines.Verdict rdf4j =
                    Engines.Verdict.of(Engines.RDF4J.validate(List.of(file), Engines.OPTIONS));
                assertEquals(jena, rdf4j, () -> Engines.difference(jena, rdf4j));
                if (file.getParent().endsWith("negative")) {
                  assertEquals(NegativeExamples.expected(file), rdf4j.results());
                }
              }));
    }
    return tests;
  }

  /** Disagreements the properties once found, kept as fixtures so that they stay fixed. */
  private static List<Path> foundByProperties() {
    try (Stream<Path> files =
        Files.list(Path.of(CrossEngineAgreementTest.class.getResource("found/").toURI()))) {
      List<Path> found = files.filter(f -> f.toString().endsWith(".nt")).sorted().toList();
      assertTrue(!found.isEmpty(), "the fixtures of found cases are missing");
      return found;
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @TestFactory
  List<DynamicTest> bothEnginesReadEveryExampleAsTheSameGraph() {
    List<Path> files = new ArrayList<>(TestPaths.exampleTurtle());
    files.addAll(TestPaths.exampleJsonLd());
    List<DynamicTest> tests = new ArrayList<>();
    for (Path file : files) {
      tests.add(
          dynamicTest(
              file.getFileName().toString(),
              () -> {
                Model rio = Rdf4jRdfReader.readModel(file, ReadOptions.defaults()).model();
                Model riot =
                    Engines.toModel(
                        JenaRdfReader.readGraph(file, org.debatescore.jena.ReadOptions.defaults())
                            .graph());
                assertTrue(
                    Models.isomorphic(Fixtures.normalised(rio), Fixtures.normalised(riot)),
                    rio.size() + " vs " + riot.size());
              }));
    }
    return tests;
  }

  @TestFactory
  List<DynamicTest> whatRioWritesRiotReadsBackIsomorphicallyAndTheOtherWayRound() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path example : TestPaths.exampleTurtle()) {
      Model original =
          Fixtures.normalised(Rdf4jRdfReader.readModel(example, ReadOptions.defaults()).model());
      for (RdfFormat format : RDF_SYNTAXES) {
        tests.add(
            dynamicTest(
                example.getFileName() + " " + format.displayName(),
                () -> {
                  for (WriteStyle style : WriteStyle.values()) {
                    ByteArrayOutputStream rio = new ByteArrayOutputStream();
                    Rdf4jSinks.replay(original, Rdf4jRdfWriters.open(format, rio, style));
                    Model byRiot =
                        Engines.toModel(
                            JenaRdfReader.readGraph(
                                    new ByteArrayInputStream(rio.toByteArray()),
                                    "rio." + format.defaultExtension(),
                                    format,
                                    org.debatescore.jena.ReadOptions.defaults())
                                .graph());
                    assertTrue(
                        Models.isomorphic(original, Fixtures.normalised(byRiot)),
                        "Rio " + style + " -> RIOT: " + original.size() + " vs " + byRiot.size());
                  }
                  for (org.debatescore.jena.WriteStyle style :
                      org.debatescore.jena.WriteStyle.values()) {
                    ByteArrayOutputStream riot = new ByteArrayOutputStream();
                    Rdf4jSinks.replay(original, JenaRdfWriters.open(format, riot, style));
                    Model byRio =
                        Rdf4jRdfReader.readModel(
                                new ByteArrayInputStream(riot.toByteArray()),
                                "riot." + format.defaultExtension(),
                                format,
                                ReadOptions.defaults())
                            .model();
                    assertTrue(
                        Models.isomorphic(original, Fixtures.normalised(byRio)),
                        "RIOT " + style + " -> Rio: " + original.size() + " vs " + byRio.size());
                  }
                }));
      }
    }
    return tests;
  }
}
