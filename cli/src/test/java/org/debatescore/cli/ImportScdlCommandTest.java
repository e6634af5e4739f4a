package org.debatescore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code debatescore import --from scdl-deliberations} end to end. */
class ImportScdlCommandTest {

  @Test
  void importShowsTheSchemaRulesBrokenAndWritesValidDecisions(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("20171015_218601940_deliberations.csv");
    Files.writeString(
        csv,
        "COLL_NOM;COLL_SIRET;DELIB_ID;DELIB_DATE;DELIB_MATIERE_CODE;DELIB_MATIERE_NOM;DELIB_OBJET;"
            + "VOTE_EFFECTIF;VOTE_REEL;VOTE_POUR;VOTE_CONTRE;VOTE_ABSTENTION\n"
            + "\"Ville de Poitiers\";\"21860194000016\";\"1DL1\";\"2017-10-15\";\"8.4\";"
            + "\"domaines de compétences par thèmes/aménagement\";\"Motion \"vélo\"\";"
            + "\"53\";\"50\";\"40\";\"8\";\"1\"\n"
            + "\"Ville de Poitiers\";\"\";\"1DL2\";\"2017-10-15\";\"8.4\";\"x/y\";\"Sans SIRET\";;;;;\n",
        StandardCharsets.UTF_8);
    Path out = dir.resolve("deliberations.ttl");
    Cli.Run run =
        Cli.run(
            "import",
            "--from",
            "scdl-deliberations",
            "--validate",
            csv.toString(),
            "-o",
            out.toString());
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(
        run.out().contains("Import from scdl-deliberations: 2 records read, 1 mapped, 1 skipped"),
        run.out());
    assertTrue(run.out().contains("VOTE_SUM"), run.out());
    assertTrue(
        run.out().contains("devrait être égale à la somme")
            && run.out().contains("should equal the sum"),
        run.out());
    assertTrue(run.out().contains("COLL_SIRET is empty"), run.out());
    String turtle = Files.readString(out);
    assertTrue(
        turtle.contains("Motion \\\"vélo\\\"") || turtle.contains("Motion \"vélo\""), turtle);
  }
}
