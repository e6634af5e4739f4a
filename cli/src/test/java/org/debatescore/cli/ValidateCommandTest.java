package org.debatescore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String VIOLATION = "http://www.w3.org/ns/shacl#Violation";

  @Test
  void exampleDebatesConformAndExitWithZero() {
    List<String> args = new ArrayList<>(List.of("validate"));
    try (Stream<Path> files = Files.list(Cli.examples())) {
      files.filter(p -> p.toString().endsWith(".ttl")).forEach(p -> args.add(p.toString()));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    Cli.Run run = Cli.run(args.toArray(String[]::new));
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.out().contains("CONFORMS"), run.toString());
  }

  @Test
  void jsonLdExamplesConformToo() throws IOException {
    try (Stream<Path> files = Files.list(Cli.examples())) {
      for (Path p : files.filter(f -> f.toString().endsWith(".jsonld")).toList()) {
        Cli.Run run = Cli.run("validate", p.toString());
        assertEquals(0, run.exitCode(), p + "\n" + run);
      }
    }
  }

  /** Each negative example, through the CLI, yields exactly the results recorded beside it. */
  @TestFactory
  Stream<DynamicTest> everyNegativeExampleYieldsItsExpectedResultsAndExitCode() throws IOException {
    return negativeExamples().stream()
        .map(
            ttl ->
                DynamicTest.dynamicTest(
                    ttl.getFileName().toString(),
                    () -> {
                      Set<String> expected = expected(ttl);
                      Cli.Run run = Cli.run("validate", "--format", "json", ttl.toString());
                      boolean hasViolation =
                          expected.stream().anyMatch(line -> line.endsWith(VIOLATION));
                      assertEquals(hasViolation ? 1 : 0, run.exitCode(), run.toString());
                      assertEquals(expected, actual(JSON.readTree(run.out())), run.out());
                      Cli.Run strict =
                          Cli.run("validate", "--fail-on", "info", "-f", "json", ttl.toString());
                      assertEquals(1, strict.exitCode(), strict.toString());
                    }));
  }

  @TestFactory
  Stream<DynamicTest> everyNegativeExampleRendersInEveryReportFormat() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path ttl : negativeExamples()) {
      Set<String> expected = expected(ttl);
      String focus = expected.iterator().next().split("\t")[0];
      tests.add(
          DynamicTest.dynamicTest(
              ttl.getFileName().toString(),
              () -> {
                for (String format : List.of("text", "json", "ttl", "sarif", "html")) {
                  Cli.Run run =
                      Cli.run("validate", "--fail-on", "info", "-f", format, ttl.toString());
                  assertEquals(1, run.exitCode(), format + " " + run);
                  assertTrue(run.out().contains(focus), format + " lacks " + focus + "\n" + run);
                }
                Cli.Run ttlRun = Cli.run("validate", "-f", "ttl", ttl.toString());
                Model report = ModelFactory.createDefaultModel();
                report.read(new StringReader(ttlRun.out()), null, "TTL");
                int results =
                    report
                        .listStatements(
                            null,
                            report.createProperty("http://www.w3.org/ns/shacl#result"),
                            (org.apache.jena.rdf.model.RDFNode) null)
                        .toList()
                        .size();
                assertEquals(expected.size(), results, ttlRun.out());
                JsonNode sarif =
                    JSON.readTree(Cli.run("validate", "-f", "sarif", ttl.toString()).out());
                assertEquals(expected.size(), sarif.at("/runs/0/results").size());
              }));
    }
    return tests.stream();
  }

  @Test
  void frenchMessagesAreUsedWithLangFr() {
    Path ttl = Cli.negativeExamples().resolve("02-proposal-without-title.ttl");
    Cli.Run run = Cli.run("validate", "--lang", "fr", ttl.toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.out().contains("Une proposition doit avoir un titre"), run.toString());
    Cli.Run en = Cli.run("validate", ttl.toString());
    assertTrue(en.out().contains("A proposal must have a title"), en.toString());
  }

  @Test
  void outputOptionWritesTheReportToAFile(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("report.json");
    Path ttl = Cli.negativeExamples().resolve("02-proposal-without-title.ttl");
    Cli.Run run = Cli.run("validate", "-f", "json", "-o", out.toString(), ttl.toString());
    assertEquals(1, run.exitCode());
    assertEquals("", run.out());
    JsonNode report = JSON.readTree(Files.readString(out));
    assertFalse(report.get("conforms").asBoolean());
  }

  @Test
  void warningsFailOnlyWhenFailOnIsWarning() {
    Path ttl = Cli.negativeExamples().resolve("38-debate-without-licence.ttl");
    assertEquals(0, Cli.run("validate", ttl.toString()).exitCode());
    assertEquals(1, Cli.run("validate", "--fail-on", "warning", ttl.toString()).exitCode());
  }

  @Test
  void extraShapesAreCheckedWithTheBundledOnes() {
    Path data = Cli.examples().resolve("ogp-2016-workshop.ttl");
    Path extra = Cli.fixture("extra-shapes-require-created.ttl");
    Cli.Run run = Cli.run("validate", "--shapes", extra.toString(), "-f", "json", data.toString());
    assertEquals(1, run.exitCode(), run.toString());
    assertTrue(run.out().contains("https://example.org/profile#ProposalCreated"), run.out());
  }

  @Test
  void lineNumbersPointAtTheFocusNodeInTurtleNTriplesAndJsonLd() throws IOException {
    // Each fixture describes a proposal without a title; the proposal starts at a known line.
    assertFocusLine("no-title.ttl", 9);
    assertFocusLine("no-title.nt", 4);
    assertFocusLine("no-title.jsonld", 11);
  }

  private static void assertFocusLine(String fixture, int line) throws IOException {
    Path file = Cli.fixture(fixture);
    Cli.Run run = Cli.run("validate", "-f", "json", file.toString());
    assertEquals(1, run.exitCode(), run.toString());
    JsonNode results = JSON.readTree(run.out()).get("results");
    JsonNode proposal = null;
    for (JsonNode r : results) {
      if (r.at("/focusNode/value").asText().equals("https://example.org/p/1")) {
        proposal = r;
      }
    }
    assertTrue(proposal != null, run.out());
    assertEquals(line, proposal.at("/location/line").asInt(), fixture + ": " + proposal);
    Cli.Run text = Cli.run("validate", file.toString());
    assertTrue(text.out().contains(fixture + ":" + line), text.out());
  }

  @Test
  void unknownReportFormatIsAUsageErrorWithExitTwo() {
    Cli.Run run =
        Cli.run(
            "validate", "-f", "pdf", Cli.examples().resolve("ogp-2016-workshop.ttl").toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("pdf"), run.toString());
  }

  @Test
  void missingFileIsAnInputErrorNamingTheFileWithoutStackTrace() {
    Cli.Run run = Cli.run("validate", "no/such/file.ttl");
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains("no/such/file.ttl"), run.toString());
    assertFalse(run.err().contains("\tat "), run.toString());
  }

  @Test
  void syntaxErrorsGiveFileLineAndColumnAndExitTwo() {
    for (String fixture : List.of("broken.ttl", "broken.nt", "broken.jsonld")) {
      Path file = Cli.fixture(fixture);
      Cli.Run run = Cli.run("validate", file.toString());
      assertEquals(2, run.exitCode(), fixture + "\n" + run);
      assertTrue(run.err().contains(fixture + ":3"), fixture + " should name line 3\n" + run);
      assertFalse(run.err().contains("\tat "), run.toString());
    }
  }

  @Test
  void verboseAddsDetailToErrors() {
    Cli.Run run = Cli.run("--verbose", "validate", Cli.fixture("broken.ttl").toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("\tat "), run.toString());
  }

  @Test
  void helpIsAvailableForEveryCommand() {
    for (String command : List.of("validate", "convert", "stats")) {
      Cli.Run run = Cli.run(command, "--help");
      assertEquals(0, run.exitCode(), command);
      assertTrue(run.out().contains("Usage: debatescore " + command), run.toString());
    }
    Cli.Run top = Cli.run("--help");
    assertTrue(top.out().contains("Exit codes"), top.toString());
  }

  @Test
  void inputsOverTheSizeLimitAreRefusedWithExitTwoAndTheLimitCanBeRaised() {
    String file = Cli.examples().resolve("municipal-debate.ttl").toString();
    Cli.Run refused = Cli.run("validate", "--max-input", "1k", file);
    assertEquals(2, refused.exitCode(), refused.toString());
    assertTrue(refused.err().contains("limit"), refused.toString());
    assertEquals(0, Cli.run("validate", "--max-input", "2g", file).exitCode());
    assertEquals(2, Cli.run("validate", "--max-input", "lots", file).exitCode());
  }

  @Test
  void noCommandIsAUsageError() {
    assertEquals(2, Cli.run().exitCode());
    assertEquals(2, Cli.run("frobnicate").exitCode());
  }

  static List<Path> negativeExamples() throws IOException {
    try (Stream<Path> files = Files.list(Cli.negativeExamples())) {
      return files.filter(p -> p.toString().endsWith(".ttl")).sorted().toList();
    }
  }

  static Set<String> expected(Path ttl) throws IOException {
    Path exp = ttl.resolveSibling(ttl.getFileName().toString().replace(".ttl", ".expected"));
    Set<String> lines = new HashSet<>();
    for (String line : Files.readAllLines(exp, StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        lines.add(line.strip());
      }
    }
    return lines;
  }

  static Set<String> actual(JsonNode report) {
    Set<String> lines = new HashSet<>();
    for (JsonNode r : report.get("results")) {
      String path = r.get("path").isNull() ? "-" : r.get("path").asText();
      String severity = "http://www.w3.org/ns/shacl#" + capitalise(r.get("severity").asText());
      lines.add(
          r.at("/focusNode/value").asText()
              + "\t"
              + path
              + "\t"
              + r.get("constraintComponent").asText()
              + "\t"
              + severity);
    }
    return lines;
  }

  private static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
