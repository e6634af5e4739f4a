package org.debatescore.importers.an;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.debatescore.core.DebatescoreException;
import org.debatescore.core.LimitExceededException;
import org.debatescore.core.rdf.NTriplesWriter;
import org.debatescore.importers.ImportReport;
import org.debatescore.importers.SourceCount;
import org.debatescore.importers.testing.ImportRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Garbage never makes the AN importer fail with anything but the library's own exceptions, and
 * every record it reads is still mapped or skipped: token soup made of the format's keys, and the
 * real scrutin with tokens spliced in or cut short. Seed and tries from QT_SEED and QT_EXAMPLES.
 */
class AnScrutinsRobustnessTest {

  @TempDir Path tmp;

  private static final String[] TOKENS = {
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\"",
    "null",
    "true",
    "-1",
    "0",
    "1e999",
    "12.5",
    "\"scrutin\"",
    "\"uid\"",
    "\"VTANR5L17V1\"",
    "\"seanceRef\"",
    "\"legislature\"",
    "\"17\"",
    "\"numero\"",
    "\"ventilationVotes\"",
    "\"organe\"",
    "\"organeRef\"",
    "\"PO0\"",
    "\"PO845401\"",
    "\"groupes\"",
    "\"groupe\"",
    "\"vote\"",
    "\"decompteVoix\"",
    "\"decompteNominatif\"",
    "\"pours\"",
    "\"contres\"",
    "\"abstentions\"",
    "\"nonVotants\"",
    "\"votant\"",
    "\"acteurRef\"",
    "\"PA1\"",
    "\"PA1\"",
    "\"parDelegation\"",
    "\"causePositionVote\"",
    "\"PAN\"",
    "\"pour\"",
    "\"contre\"",
    "\"3\"",
    "\"99999999999\"",
    "\"syntheseVote\"",
    "\"decompte\"",
    "\"nombreVotants\"",
    "\"suffragesExprimes\"",
    "\"miseAuPoint\"",
    "\"dysfonctionnement\"",
    "\"sort\"",
    "\"code\"",
    "\"adopté\"",
    "\"typeVote\"",
    "\"codeTypeVote\"",
    "\"MOC\"",
    "\"titre\"",
    "\"dateScrutin\"",
    "\"2026-13-45\"",
    "\"positionMajoritaire\"",
    "\"nombreMembresGroupe\"",
    "\\u0000",
    " ",
    "\n",
    "é",
    "\uD83D\uDE00",
    "<script>",
    "x"
  };

  private static final Gen<String> TOKEN = Generate.range(0, TOKENS.length - 1).map(i -> TOKENS[i]);

  static Gen<String> soup() {
    return Generate.range(0, 120)
        .flatMap(
            n ->
                in -> {
                  StringBuilder b = new StringBuilder();
                  for (int i = 0; i < n; i++) {
                    b.append(TOKEN.generate(in));
                  }
                  return b.toString();
                });
  }

  /** The real scrutin with a few tokens spliced in at random places, sometimes cut short. */
  static Gen<String> damagedSample(String sample) {
    Gen<Integer> at = Generate.range(0, sample.length());
    return Generate.range(1, 6)
        .flatMap(
            n ->
                in -> {
                  StringBuilder b = new StringBuilder(sample);
                  for (int i = 0; i < n; i++) {
                    int pos = at.generate(in);
                    int cut = Math.min(b.length(), pos + Generate.range(0, 8).generate(in));
                    b.replace(Math.min(pos, b.length()), cut, TOKEN.generate(in));
                  }
                  if (Generate.range(0, 3).generate(in) == 0) {
                    b.setLength(at.generate(in) % (b.length() + 1));
                  }
                  return b.toString();
                });
  }

  @Test
  void tokenSoupNeverThrowsAForeignExceptionAndCountsEveryRecord() {
    qt().forAll(soup()).checkAssert(this::importSurvives);
  }

  @Test
  void aDamagedRealScrutinNeverThrowsAForeignExceptionAndCountsEveryRecord() throws Exception {
    String sample = Files.readString(AnScrutinsImporterTest.fixture("VTANR5L17V5268.json"));
    qt().forAll(damagedSample(sample)).checkAssert(this::importSurvives);
  }

  @Test
  void deepNestingHitsTheLimit() {
    Path file = write("{\"scrutin\": {\"titre\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}}");
    assertThrows(
        LimitExceededException.class,
        () ->
            new AnScrutinsImporter()
                .run(
                    List.of(file),
                    ImportRun.testOptions(),
                    new NTriplesWriter(new ByteArrayOutputStream())));
  }

  private void importSurvives(String text) {
    Path file = write(text);
    try {
      ImportReport r =
          new AnScrutinsImporter()
              .run(
                  List.of(file),
                  ImportRun.testOptions(),
                  new NTriplesWriter(new ByteArrayOutputStream()));
      for (SourceCount c : r.sources()) {
        assertEquals(c.read(), c.mapped() + c.skipped(), text);
      }
    } catch (DebatescoreException expected) {
      // the library's own failure (a limit): fine
    }
  }

  private Path write(String text) {
    try {
      Path f = Files.createTempFile(tmp, "VTANR5L17V", ".json");
      Files.writeString(f, text, StandardCharsets.UTF_8);
      return f;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
