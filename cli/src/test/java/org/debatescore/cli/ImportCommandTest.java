package org.debatescore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code debatescore import} end to end, on a small CONSUL dump written by the test. */
class ImportCommandTest {

  /** A CONSUL dump as Madrid publishes it: ';', every field quoted, ISO-8859-1. */
  private static Path consulDump(Path dir, boolean withBadComment) throws Exception {
    Path dump = Files.createDirectories(dir.resolve("consul"));
    Files.writeString(
        dump.resolve("proposals.csv"),
        "\"id\";\"title\";\"description\";\"cached_votes_up\";\"created_at\";\"summary\"\n"
            + "\"1\";\"Más árboles\";\"<p>Plantar <b>árboles</b> &amp; flores</p>\";\"3\";"
            + "\"2016-04-19 12:00:00\";\"Árboles\"\n",
        StandardCharsets.ISO_8859_1);
    Files.writeString(
        dump.resolve("comments.csv"),
        "\"id\";\"commentable_id\";\"commentable_type\";\"body\";\"created_at\";\"ancestry\"\n"
            + "\"100\";\"1\";\"Proposal\";\"¡Sí!\";\"2016-04-22 10:00:00\";\"\"\n"
            + (withBadComment
                ? "\"101\";\"9\";\"Budget::Investment\";\"otro\";\"2016-04-22 10:00:00\";\"\"\n"
                : ""),
        StandardCharsets.ISO_8859_1);
    return dump;
  }

  @Test
  void importWritesTheOutputAndPrintsAReportThatCountsEveryRecord(@TempDir Path dir)
      throws Exception {
    Path out = dir.resolve("out/consul.ttl");
    Cli.Run run =
        Cli.run(
            "import",
            "--from",
            "consul",
            "--salt",
            "s",
            consulDump(dir, false).toString(),
            "-o",
            out.toString());
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(
        run.out().contains("Import from consul: 2 records read, 2 mapped, 0 skipped"), run.out());
    assertTrue(run.out().contains("salt s"), run.out());
    Graph g = RDFDataMgr.loadGraph(out.toString());
    assertTrue(g.size() > 10);
    String turtle = Files.readString(out);
    assertTrue(turtle.contains("Más árboles"), "Latin-1 decoded");
    assertTrue(turtle.contains("\"Plantar árboles & flores\"@es"), "HTML turned into plain text");
    assertTrue(turtle.contains("encoded"), "the original markup kept beside it");
  }

  @Test
  void validateChecksTheOutputAgainstTheShapes(@TempDir Path dir) throws Exception {
    Cli.Run run =
        Cli.run(
            "import",
            "--from",
            "consul",
            "--validate",
            consulDump(dir, false).toString(),
            "-o",
            dir.resolve("c.nt").toString());
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.out().contains("0 violations") || run.out().contains("conforms"), run.out());
  }

  @Test
  void failOnSkippedExitsWithOneWhenARecordWasLeftOut(@TempDir Path dir) throws Exception {
    Path dump = consulDump(dir, true);
    Path out = dir.resolve("c.nt");
    assertEquals(
        0, Cli.run("import", "--from", "consul", dump.toString(), "-o", out.toString()).exitCode());
    Cli.Run strict =
        Cli.run(
            "import",
            "--from",
            "consul",
            "--fail-on-skipped",
            dump.toString(),
            "-o",
            out.toString());
    assertEquals(1, strict.exitCode(), strict.toString());
    assertTrue(strict.out().contains("comments.csv:3 [101]"), strict.out());
  }

  @Test
  void theReportCanBeWrittenAsJson(@TempDir Path dir) throws Exception {
    Path report = dir.resolve("report.json");
    Cli.Run run =
        Cli.run(
            "import",
            "--from",
            "consul",
            "--report",
            report.toString(),
            consulDump(dir, false).toString(),
            "-o",
            dir.resolve("c.jsonld").toString());
    assertEquals(0, run.exitCode(), run.toString());
    String json = Files.readString(report);
    assertTrue(json.contains("\"recordsRead\" : 2"), json);
    assertTrue(Files.size(dir.resolve("c.jsonld")) > 0);
  }

  @Test
  void plainJsonOutputIsWrittenThroughTheModel(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("c.json");
    Cli.Run run =
        Cli.run(
            "import", "--from", "consul", consulDump(dir, false).toString(), "-o", out.toString());
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(Files.readString(out).contains("\"Proposal\""));
  }

  @Test
  void anUnknownSourceIsAUsageErrorListingTheKnownOnes(@TempDir Path dir) {
    Cli.Run run =
        Cli.run("import", "--from", "nope", dir.toString(), "-o", dir.resolve("x.nt").toString());
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains("known: ") && run.err().contains("consul"), run.err());
  }

  @Test
  void aMissingInputIsAnInputErrorNamingItWithoutAStackTrace(@TempDir Path dir) {
    Cli.Run run =
        Cli.run(
            "import",
            "--from",
            "consul",
            dir.resolve("missing").toString(),
            "-o",
            dir.resolve("x.nt").toString());
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains("missing"), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
    assertFalse(Files.exists(dir.resolve("x.nt")), "no output on failure");
  }

  /** The shared real samples beside the repository ({@code ../shared/data}), as CI has them. */
  private static Path shared(String path) {
    Path p = Cli.root().resolveSibling("shared").resolve("data").resolve(path);
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(p), "no shared sample " + p);
    return p;
  }

  @Test
  void everyImporterConvertsItsRealSampleToOutputWithoutViolations(@TempDir Path dir) {
    String[][] samples = {
      {"polis", "polis/london.youth.policing"},
      {"decidim", "decidim"},
      {"popolo", "popolo"}
    };
    for (String[] sample : samples) {
      Path out = dir.resolve(sample[0] + ".ttl");
      Cli.Run run =
          Cli.run(
              "import",
              "--from",
              sample[0],
              "--validate",
              shared(sample[1]).toString(),
              "-o",
              out.toString());
      assertEquals(0, run.exitCode(), sample[0] + "\n" + run);
      assertTrue(run.out().contains("0 violations"), sample[0] + "\n" + run.out());
    }
  }
}
