package org.debatescore.jena;

import static org.debatescore.jena.TestSupport.RDF_FORMATS;
import static org.debatescore.jena.TestSupport.assertIsomorphic;
import static org.debatescore.jena.TestSupport.read;
import static org.debatescore.jena.TestSupport.write;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.debatescore.core.rdf.RdfFormat;
import org.debatescore.core.rdf.Triple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Writing then reading any graph in any syntax and style gives the same graph back. */
class RoundTripTest {

  static Stream<Arguments> examplesTimesSyntaxes() {
    List<Path> examples = new ArrayList<>(TestSupport.exampleDebates());
    List<Arguments> out = new ArrayList<>();
    for (Path example : examples) {
      for (RdfFormat f : RDF_FORMATS) {
        for (WriteStyle style : WriteStyle.values()) {
          out.add(Arguments.of(example.getFileName().toString(), f, style));
        }
      }
    }
    if (out.isEmpty()) {
      out.add(Arguments.of("locations.ttl", RdfFormat.TURTLE, WriteStyle.PRETTY));
    }
    return out.stream();
  }

  private static List<Triple> example(String name) {
    Path file = TestSupport.root().resolve("examples/debates").resolve(name);
    if (name.equals("locations.ttl")) {
      return TestSupport.read(TestSupport.resourceBytes(name), RdfFormat.TURTLE);
    }
    return TestSupport.readFile(file);
  }

  @ParameterizedTest(name = "{0} as {1} ({2})")
  @MethodSource("examplesTimesSyntaxes")
  void exampleDebateRoundTripsThroughEverySyntaxAndStyle(
      String name, RdfFormat f, WriteStyle style) {
    List<Triple> original = example(name);
    assertFalse(original.isEmpty());
    byte[] written = write(original, f, style);
    assertIsomorphic(original, read(written, f), name + " via " + f + " " + style);
  }

  @Test
  void jsonLdAndTurtleExamplesAreTheSameGraph() {
    for (Path ttl : TestSupport.exampleDebates()) {
      Path jsonld = ttl.resolveSibling(ttl.getFileName().toString().replace(".ttl", ".jsonld"));
      if (jsonld.toFile().isFile()) {
        assertIsomorphic(
            TestSupport.readFile(ttl), TestSupport.readFile(jsonld), jsonld.toString());
      }
    }
  }

  @Test
  void randomGraphsRoundTripThroughEverySyntax() {
    qt().forAll(RdfGenerators.graphs())
        .checkAssert(
            graph -> {
              for (RdfFormat f : RDF_FORMATS) {
                assertIsomorphic(graph, read(write(graph, f, WriteStyle.PRETTY), f), f + " pretty");
              }
              for (RdfFormat f : List.of(RdfFormat.TURTLE, RdfFormat.TRIG)) {
                assertIsomorphic(graph, read(write(graph, f, WriteStyle.BLOCKS), f), f + " blocks");
                assertIsomorphic(graph, read(write(graph, f, WriteStyle.FLAT), f), f + " flat");
              }
              assertIsomorphic(
                  graph,
                  read(write(graph, RdfFormat.JSONLD, WriteStyle.FLAT), RdfFormat.JSONLD),
                  "flat JSON-LD");
            });
  }
}
