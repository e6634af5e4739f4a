package org.debatescore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --engine rdf4j} gives the same answers as the default Jena engine. */
class EngineOptionTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void bothEnginesReportTheSameResultsForEveryNegativeExample() throws Exception {
    for (Path ttl : ValidateCommandTest.negativeExamples()) {
      Cli.Run jena = Cli.run("validate", "-f", "json", ttl.toString());
      Cli.Run rdf4j = Cli.run("validate", "--engine", "rdf4j", "-f", "json", ttl.toString());
      assertEquals(jena.exitCode(), rdf4j.exitCode(), ttl + "\n" + rdf4j);
      assertEquals(
          ValidateCommandTest.actual(JSON.readTree(jena.out())),
          ValidateCommandTest.actual(JSON.readTree(rdf4j.out())),
          ttl.toString());
      assertEquals(
          ValidateCommandTest.expected(ttl),
          ValidateCommandTest.actual(JSON.readTree(rdf4j.out())));
    }
  }

  @Test
  void rdf4jValidatesTheExamples() {
    Cli.Run run =
        Cli.run(
            "validate",
            "--engine",
            "rdf4j",
            Cli.examples().resolve("municipal-debate.ttl").toString(),
            Cli.examples().resolve("ogp-2016-workshop.jsonld").toString());
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.out().contains("rdf4j"), run.out());
  }

  @Test
  void rdf4jConvertsLikeJena(@TempDir Path dir) {
    Path source = Cli.examples().resolve("municipal-debate.ttl");
    Graph original = RDFDataMgr.loadGraph(source.toString());
    for (String ext : List.of("nt", "rdf", "jsonld", "trig")) {
      Path out = dir.resolve("out." + ext);
      Cli.Run run = Cli.run("convert", "--engine", "rdf4j", source.toString(), out.toString());
      assertEquals(0, run.exitCode(), run.toString());
      // Read back through the Jena engine (offline context), then compare graphs.
      Path back = dir.resolve("back-" + ext + ".nt");
      assertEquals(0, Cli.run("convert", out.toString(), back.toString()).exitCode());
      assertTrue(original.isIsomorphicWith(RDFDataMgr.loadGraph(back.toString())), ext);
    }
  }

  @Test
  void unknownEngineIsAUsageError() {
    Cli.Run run =
        Cli.run(
            "validate",
            "--engine",
            "virtuoso",
            Cli.examples().resolve("municipal-debate.ttl").toString());
    assertEquals(2, run.exitCode(), run.toString());
  }
}
