package org.debatescore.importers.aif;

import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.debatescore.core.DebatescoreException;
import org.debatescore.core.rdf.NTriplesWriter;
import org.debatescore.importers.Importer;
import org.debatescore.importers.popolo.PopoloImporter;
import org.debatescore.importers.testing.ImportRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Arbitrary JSON-ish text (fragments of AIF and Popolo documents, brackets, quotes, numbers, noise)
 * never makes the JSON importers fail with anything but the library's own exceptions. Seed and
 * number of tries come from QT_SEED and QT_EXAMPLES (see the parent POM).
 */
class JsonRobustnessTest {

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
    "\"None\"",
    "\"nodes\"",
    "\"edges\"",
    "\"locutions\"",
    "\"participants\"",
    "\"AIF\"",
    "\"nodeID\"",
    "\"fromID\"",
    "\"toID\"",
    "\"type\"",
    "\"I\"",
    "\"RA\"",
    "\"CA\"",
    "\"L\"",
    "\"TA\"",
    "\"text\"",
    "\"timestamp\"",
    "\"2014-04-28 15:51:38\"",
    "\"1\"",
    "\"2\"",
    "\"personID\"",
    "\"participantID\"",
    "\"votes\"",
    "\"vote_events\"",
    "\"counts\"",
    "\"option\"",
    "\"value\"",
    "\"yes\"",
    "\"absent\"",
    "\"voter_id\"",
    "\"vote_event_id\"",
    "\"motions\"",
    "\"persons\"",
    "\"id\"",
    "\"result\"",
    "\"pass\"",
    "\"date\"",
    "\"start_date\"",
    "\"2013-10-09T18:53:09Z\"",
    "\"group\"",
    "\"name\"",
    "\"speeches\"",
    "\\u0000",
    " ",
    "\n",
    "é",
    "\uD83D\uDE00",
    "<b>",
    "x"
  };

  static Gen<String> jsonish() {
    Gen<Integer> token = Generate.range(0, TOKENS.length - 1);
    return Generate.range(0, 80)
        .flatMap(
            n ->
                in -> {
                  StringBuilder b = new StringBuilder();
                  for (int i = 0; i < n; i++) {
                    b.append(TOKENS[token.generate(in)]);
                  }
                  return b.toString();
                });
  }

  @Test
  void arbitraryJsonNeverThrowsAForeignException() {
    List<Importer> importers = List.of(new AifImporter(), new PopoloImporter());
    qt().forAll(jsonish())
        .checkAssert(
            text -> {
              Path file = write(text);
              for (Importer importer : importers) {
                try {
                  importer.run(
                      List.of(file),
                      ImportRun.testOptions(),
                      new NTriplesWriter(new ByteArrayOutputStream()));
                } catch (DebatescoreException expected) {
                  // the library's own failure: fine
                }
              }
            });
  }

  @Test
  void deepNestingHitsTheLimit() {
    Path file = write("{\"nodes\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}");
    for (Importer importer : List.of(new AifImporter(), new PopoloImporter())) {
      org.junit.jupiter.api.Assertions.assertThrows(
          org.debatescore.core.LimitExceededException.class,
          () ->
              importer.run(
                  List.of(file),
                  ImportRun.testOptions(),
                  new NTriplesWriter(new ByteArrayOutputStream())));
    }
  }

  @Test
  void truncatedJsonKeepsWhatWasReadAndReportsTheRest() {
    Path file = write("{\"persons\": [{\"id\": \"p1\", \"name\": \"Ann\"}, {\"id\": \"p2\", \"na");
    org.debatescore.importers.ImportReport r =
        ImportRun.run(new PopoloImporter(), List.of(file)).report();
    org.junit.jupiter.api.Assertions.assertEquals(1, r.recordsMapped(), r::toText);
    org.junit.jupiter.api.Assertions.assertEquals(1, r.recordsSkipped(), r::toText);
    org.junit.jupiter.api.Assertions.assertTrue(
        r.issues().get(0).reason().startsWith("malformed JSON"), r::toText);
  }

  private Path write(String text) {
    try {
      Path f = Files.createTempFile(tmp, "fuzz", ".json");
      Files.writeString(f, text, StandardCharsets.UTF_8);
      return f;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
