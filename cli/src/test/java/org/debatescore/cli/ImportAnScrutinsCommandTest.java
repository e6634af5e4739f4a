package org.debatescore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code debatescore import --from an-scrutins} end to end, on the real AN scrutin. */
class ImportAnScrutinsCommandTest {

  /** The real scrutin, kept verbatim beside the importer's tests. */
  private static Path sample() {
    Path p =
        Cli.root()
            .resolve(
                "importers/src/test/resources/org/debatescore/importers/an/VTANR5L17V5268.json");
    assertTrue(Files.exists(p), p.toString());
    return p;
  }

  @Test
  void theRealScrutinImportsWithoutViolationsAndEveryBallotIsCounted(@TempDir Path dir)
      throws Exception {
    Path out = dir.resolve("scrutin.ttl");
    Cli.Run run =
        Cli.run(
            "import",
            "--from",
            "an-scrutins",
            "--salt",
            "s",
            "--validate",
            sample().toString(),
            "-o",
            out.toString());
    assertEquals(0, run.exitCode(), run.toString());
    // 1 scrutin + 38 ballots (35 votes cast and 3 non-voters), as the file's syntheseVote says.
    assertTrue(
        run.out().contains("Import from an-scrutins: 39 records read, 39 mapped, 0 skipped"),
        run.out());
    assertTrue(run.out().contains("0 violations"), run.out());
    Graph g = RDFDataMgr.loadGraph(out.toString());
    assertTrue(g.size() > 100);
    assertFalse(Files.readString(out).contains("PA841645"), "deputies pseudonymised by default");
  }

  @Test
  void keepNamesKeepsTheDeputiesAnIds(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("scrutin.nt");
    Cli.Run run =
        Cli.run(
            "import",
            "--from",
            "an-scrutins",
            "--keep-names",
            sample().toString(),
            "-o",
            out.toString());
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.out().contains("Real names were kept"), run.out());
    assertTrue(Files.readString(out).contains("assemblee-nationale/participant/PA841645"));
  }
}
