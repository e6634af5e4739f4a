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

/** {@code debatescore import --from capcollectif} end to end, on a RUA-style export. */
class ImportCapCollectifCommandTest {

  /** ';'-separated, day-first dates, a vote on an opinion that is not in the file. */
  private static Path export(Path dir) throws Exception {
    Path file = dir.resolve("rua-principes.csv");
    Files.writeString(
        file,
        "type;contributions_id;contributions_section_title;contributions_title;"
            + "contributions_createdAt;contributions_trashed;contributions_votes_related_id;"
            + "contributions_votes_author_id;contributions_votes_value\n"
            + "opinion;T3BpbmlvbjoxMg;Principes;Un revenu versé automatiquement;12/01/2020 14:05;0;;;\n"
            + "vote;;;;;;T3BpbmlvbjoxMg;VXNlcjoy;MITIGE\n"
            + "vote;;;;;;T3BpbmlvbjoxMw;VXNlcjoz;YES\n",
        StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void importFromCapcollectifWritesValidOutputAndCountsTheSkippedVote(@TempDir Path dir)
      throws Exception {
    Path out = dir.resolve("rua.ttl");
    Cli.Run run =
        Cli.run(
            "import",
            "--from",
            "capcollectif",
            "--validate",
            export(dir).toString(),
            "-o",
            out.toString());
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(
        run.out().contains("Import from capcollectif: 3 records read, 2 mapped, 1 skipped"),
        run.out());
    assertTrue(run.out().contains("0 violations") || run.out().contains("conforms"), run.out());
    assertTrue(run.out().contains("which is not in the file"), run.out());
    Graph g = RDFDataMgr.loadGraph(out.toString());
    assertTrue(g.size() > 10);
    String turtle = Files.readString(out);
    assertTrue(turtle.contains("Un revenu versé automatiquement"), turtle);
    assertTrue(turtle.contains("2020-01-12T14:05:00+01:00"), "day-first date in Paris time");
    assertTrue(turtle.contains("capcollectif/proposal/12"), "IRI from the decoded Relay id");
  }
}
