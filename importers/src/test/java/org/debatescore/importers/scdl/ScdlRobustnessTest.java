package org.debatescore.importers.scdl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.debatescore.core.DebatescoreException;
import org.debatescore.core.rdf.NTriplesWriter;
import org.debatescore.importers.ImportReport;
import org.debatescore.importers.SourceCount;
import org.debatescore.importers.testing.ImportRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Garbage never breaks the SCDL importer, and the rules it checks are the schema's: the columns and
 * custom checks of the published Table Schema (../shared/data/fr) are all implemented.
 */
class ScdlRobustnessTest {

  @TempDir Path tmp;

  private static final String[] TOKENS = {
    ",",
    ";",
    "\"",
    "\"\"",
    "\n",
    "\r\n",
    " ",
    "COLL_SIRET",
    "DELIB_ID",
    "DELIB_DATE",
    "VOTE_REEL",
    "VOTE_POUR",
    "21860194000016",
    "2017-10-15",
    "15/10/2017",
    "99999999999999999999",
    "-1",
    "8.4",
    "a/b",
    "/",
    "é",
    "\u0000",
    "\uFEFF",
    "<script>",
    "../../etc/passwd",
    "x"
  };

  static Gen<String> csvish() {
    Gen<Integer> token = Generate.range(0, TOKENS.length - 1);
    return Generate.range(0, 120)
        .flatMap(
            n ->
                in -> {
                  StringBuilder b =
                      new StringBuilder(
                          "COLL_NOM,COLL_SIRET,DELIB_ID,DELIB_DATE,DELIB_OBJET,VOTE_REEL,VOTE_POUR\n");
                  for (int i = 0; i < n; i++) {
                    b.append(TOKENS[token.generate(in)]);
                  }
                  return b.toString();
                });
  }

  @Test
  void arbitraryCsvNeverThrowsAForeignExceptionAndEveryRowIsAccountedFor() {
    qt().forAll(csvish())
        .checkAssert(
            text -> {
              Path file = write(text);
              try {
                ImportReport report =
                    new ScdlDeliberationsImporter()
                        .run(
                            List.of(file),
                            ImportRun.testOptions(),
                            new NTriplesWriter(new ByteArrayOutputStream()));
                for (SourceCount c : report.sources()) {
                  assertEquals(c.read(), c.mapped() + c.skipped(), c.toString());
                }
                ScdlDeliberationsImporter.check(List.of(file), ImportRun.testOptions());
              } catch (DebatescoreException expected) {
                // the library's own failure: fine
              }
            });
  }

  @Test
  void everyColumnAndCustomCheckOfThePublishedSchemaIsImplemented() throws IOException {
    Path schema = Path.of("../../shared/data/fr/scdl-deliberations-schema-2.1.3.json");
    if (!Files.exists(schema)) {
      schema = Path.of("../shared/data/fr/scdl-deliberations-schema-2.1.3.json");
    }
    JsonNode s = new ObjectMapper().readTree(schema.toFile());
    List<String> fields = new ArrayList<>();
    Set<String> required = new HashSet<>();
    for (JsonNode f : s.get("fields")) {
      fields.add(f.get("name").asText());
      if (f.path("constraints").path("required").asBoolean(false)) {
        required.add(f.get("name").asText());
      }
    }
    assertEquals(fields, ScdlChecks.COLUMNS);
    assertEquals(required, ScdlChecks.REQUIRED);
    Set<String> implemented =
        Set.of(
            "french-siret-value",
            "year-interval-value",
            "cohesive-columns-value",
            "compare-columns-value",
            "sum-columns-value",
            "nomenclature-actes-value");
    for (JsonNode c : s.get("custom_checks")) {
      assertTrue(implemented.contains(c.get("name").asText()), c.toString());
    }
  }

  private Path write(String text) {
    try {
      Path file = Files.createTempFile(tmp, "scdl", ".csv");
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
