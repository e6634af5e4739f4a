package org.debatescore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code debatescore import --from granddebat} end to end, on a small theme file and its JSON. */
class ImportGrandDebatCommandTest {

  @Test
  void importOfAThemeFileInBothFormsCountsEveryRowAndWritesValidRdf(@TempDir Path dir)
      throws Exception {
    Path csv = dir.resolve("LA_TRANSITION_ECOLOGIQUE.csv");
    Files.writeString(
        csv,
        "\uFEFFid,reference,title,createdAt,publishedAt,updatedAt,trashed,trashedStatus,authorId,"
            + "authorType,authorZipCode,QUXVlc3Rpb246MTY5 - Que pensez-vous de la taxe ?\n"
            + "UHJvcG9zYWw6YTE=,2-1,Moins de taxes,2019-01-22 09:15:00,2019-01-22 09:20:00,"
            + "2019-01-22 09:20:00,false,,VXNlcjp1MQ==,Citoyen / Citoyenne,01000,Injuste\n"
            + "UHJvcG9zYWw6YTI=,2-2,Corbeille,2019-01-22 09:15:00,2019-01-22 09:20:00,"
            + "2019-01-22 09:20:00,true,invisible,VXNlcjp1Mg==,,,Supprimée\n",
        StandardCharsets.UTF_8);
    Path json = dir.resolve("LA_TRANSITION_ECOLOGIQUE.json");
    Files.writeString(
        json,
        "[\n{\"id\":\"UHJvcG9zYWw6YTE=\",\"reference\":\"2-1\",\"title\":\"Moins de taxes\","
            + "\"authorId\":\"VXNlcjp1MQ==\",\"publishedAt\":\"2019-01-22 09:20:00\","
            + "\"responses\":[{\"questionId\":\"UXVlc3Rpb246MTY5\",\"questionTitle\":\"Que"
            + " pensez-vous de la taxe ?\",\"value\":\"Injuste\",\"formattedValue\":\"Injuste\"}]}\n]\n",
        StandardCharsets.UTF_8);
    Path out = dir.resolve("gdn.ttl");
    Cli.Run run =
        Cli.run(
            "import",
            "--from",
            "granddebat",
            "--salt",
            "s",
            csv.toString(),
            json.toString(),
            "-o",
            out.toString());
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(
        run.out()
            .contains("Import from granddebat: 3 records read, 3 mapped, 0 skipped, 1 flagged"),
        run.out());
    Graph g = RDFDataMgr.loadGraph(out.toString());
    assertTrue(g.size() > 20);
    String turtle = Files.readString(out);
    assertTrue(turtle.contains("\"01000\""), "postal code as a string");
    Cli.Run validate = Cli.run("validate", out.toString());
    assertEquals(0, validate.exitCode(), validate.toString());
  }
}
