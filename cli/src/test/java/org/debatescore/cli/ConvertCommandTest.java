package org.debatescore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {

  private static final List<String> EXTENSIONS =
      List.of("nt", "nq", "trig", "rdf", "jsonld", "rj", "json", "ttl.gz");

  @Test
  void examplesConvertToEverySyntaxAndBackWithoutLosingAStatement(@TempDir Path dir) {
    for (String example : List.of("ogp-2016-workshop.ttl", "municipal-debate.ttl")) {
      Path source = Cli.examples().resolve(example);
      Graph original = RDFDataMgr.loadGraph(source.toString());
      for (String ext : EXTENSIONS) {
        Path converted = dir.resolve(example + "." + ext);
        Cli.Run there = Cli.run("convert", source.toString(), converted.toString());
        assertEquals(0, there.exitCode(), ext + "\n" + there);
        Path back = dir.resolve(example + "." + ext + ".back.ttl");
        Cli.Run home = Cli.run("convert", converted.toString(), back.toString());
        assertEquals(0, home.exitCode(), ext + "\n" + home);
        Graph roundTripped = RDFDataMgr.loadGraph(back.toString());
        assertTrue(
            original.isIsomorphicWith(roundTripped),
            example + " via ." + ext + " is not isomorphic to the original");
      }
    }
  }

  @Test
  void explicitFormatsOverrideExtensions(@TempDir Path dir) throws Exception {
    Path source = Cli.examples().resolve("ogp-2016-workshop.ttl");
    Path out = dir.resolve("data.txt");
    Cli.Run run = Cli.run("convert", "--to", "ntriples", source.toString(), out.toString());
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(Files.readString(out).contains("<https://w3id.org/debatescore/ns#Proposal>"));
  }

  @Test
  void prettyTurtleUsesTheProjectPrefixes(@TempDir Path dir) throws Exception {
    Path source = Cli.examples().resolve("municipal-debate.jsonld");
    Path out = dir.resolve("pretty.ttl");
    assertEquals(0, Cli.run("convert", "--pretty", source.toString(), out.toString()).exitCode());
    String turtle = Files.readString(out);
    assertTrue(
        turtle.contains("@prefix dbs:"), turtle.substring(0, Math.min(400, turtle.length())));
    assertTrue(turtle.contains("dbs:Proposal"));
  }

  @Test
  void unknownOutputExtensionIsAUsageError(@TempDir Path dir) {
    Path source = Cli.examples().resolve("ogp-2016-workshop.ttl");
    Cli.Run run = Cli.run("convert", source.toString(), dir.resolve("out.docx").toString());
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains("out.docx"), run.toString());
  }

  @Test
  void brokenInputIsReportedWithItsLineAndLeavesNoOutput(@TempDir Path dir) {
    Path out = dir.resolve("out.nt");
    Cli.Run run = Cli.run("convert", Cli.fixture("broken.ttl").toString(), out.toString());
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains("broken.ttl:3"), run.toString());
    assertFalse(Files.exists(out), "a failed conversion must not leave a partial file");
  }
}
