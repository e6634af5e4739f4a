package org.debatescore.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.path.P_Link;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Each {@code negative/NN-name.ttl} breaks exactly one rule; its {@code NN-name.expected} lists
 * every result the shapes must report for it, one per line: focus node, path (or {@code -}),
 * constraint component and severity, separated by tabs. Anything more or less is a failure, so a
 * rule that starts firing on otherwise valid data is caught here.
 */
class NegativeExamplesTest {

  static final String SHAPES = "org/debatescore/vocab/debatescore-shapes.ttl";
  private static final String NEGATIVE = "org/debatescore/vocab/negative";
  private static final String MINIMAL_DEBATE = "org/debatescore/vocab/valid/minimal-debate.ttl";

  private static Shapes shapes;

  @BeforeAll
  static void parseShapes() {
    shapes = Shapes.parse(readTurtle(SHAPES));
  }

  @TestFactory
  Stream<DynamicTest> eachNegativeExampleYieldsExactlyItsExpectedResults() throws IOException {
    List<Path> examples = negativeExamples();
    // The brief asks for at least 22 cases; fewer means files went missing from the build.
    assertTrue(examples.size() >= 22, "only " + examples.size() + " negative examples found");
    return examples.stream()
        .map(
            ttl ->
                dynamicTest(
                    ttl.getFileName().toString(),
                    () -> {
                      Set<String> expected = readExpected(expectedFileFor(ttl));
                      ValidationReport report = validate(parseFile(ttl));
                      Set<String> actual = results(report);
                      assertEquals(
                          String.join("\n", expected),
                          String.join("\n", actual),
                          ttl.getFileName() + " must yield exactly its .expected results");
                      // Two shapes checking the same thing would report one mistake twice.
                      assertEquals(
                          actual.size(),
                          report.getEntries().size(),
                          ttl.getFileName() + " has duplicate results: overlapping shapes?");
                    }));
  }

  @Test
  void everyNegativeExampleHasAnExpectedFileAndViceVersa() throws IOException {
    Path dir = classpathDirectory(NEGATIVE);
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.collect(Collectors.toList())) {
        String name = file.getFileName().toString();
        assertTrue(
            name.matches("\\d\\d-[a-z0-9-]+\\.(ttl|expected)"),
            name + " does not follow NN-short-name.ttl / .expected");
        String twin =
            name.endsWith(".ttl")
                ? name.replaceFirst("\\.ttl$", ".expected")
                : name.replaceFirst("\\.expected$", ".ttl");
        assertTrue(Files.exists(dir.resolve(twin)), name + " has no " + twin);
      }
    }
  }

  @Test
  void everyExpectedFileNamesAtLeastOneResult() throws IOException {
    for (Path ttl : negativeExamples()) {
      assertTrue(
          !readExpected(expectedFileFor(ttl)).isEmpty(),
          ttl.getFileName() + ": a negative example must expect at least one result");
    }
  }

  @Test
  void minimalDebateConformsWithNoResults() {
    ValidationReport report = validate(readTurtle(MINIMAL_DEBATE));
    assertEquals(
        "", String.join("\n", results(report)), "the valid fixture must give no result at all");
    assertTrue(report.conforms());
  }

  static ValidationReport validate(Graph data) {
    return ShaclValidator.get().validate(shapes, data);
  }

  /** One tab-separated line per result, sorted, in the layout of the .expected files. */
  static Set<String> results(ValidationReport report) {
    Set<String> lines = new TreeSet<>();
    for (ReportEntry entry : report.getEntries()) {
      lines.add(
          String.join(
              "\t",
              render(entry.focusNode()),
              render(entry.resultPath()),
              render(entry.sourceConstraintComponent()),
              render(entry.severity().level())));
    }
    return lines;
  }

  private static String render(Node node) {
    return node.isURI() ? node.getURI() : node.toString();
  }

  private static String render(org.apache.jena.sparql.path.Path path) {
    if (path == null) {
      return "-";
    }
    // Our shapes use single-predicate paths only (RDF4J supports nothing else).
    return path instanceof P_Link link ? link.getNode().getURI() : path.toString();
  }

  private static Set<String> readExpected(Path file) throws IOException {
    Set<String> lines = new TreeSet<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      String[] columns = line.strip().split("\t");
      assertEquals(4, columns.length, file.getFileName() + ": expected 4 tab-separated columns");
      lines.add(String.join("\t", columns));
    }
    return lines;
  }

  private static Path expectedFileFor(Path ttl) {
    return ttl.resolveSibling(ttl.getFileName().toString().replaceFirst("\\.ttl$", ".expected"));
  }

  private static List<Path> negativeExamples() throws IOException {
    try (Stream<Path> files = Files.list(classpathDirectory(NEGATIVE))) {
      return files.filter(f -> f.toString().endsWith(".ttl")).sorted().collect(Collectors.toList());
    }
  }

  private static Path classpathDirectory(String resource) {
    URL url = NegativeExamplesTest.class.getClassLoader().getResource(resource);
    assertNotNull(url, resource + " is not on the test classpath");
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Graph parseFile(Path file) {
    return RDFParser.source(file).lang(Lang.TURTLE).toGraph();
  }

  static Graph readTurtle(String resource) {
    try (InputStream in =
        NegativeExamplesTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertNotNull(in, resource + " is not on the classpath");
      return RDFParser.source(in).lang(Lang.TURTLE).toGraph();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
