package org.debatescore.importers.granddebat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.debatescore.core.DebatescoreException;
import org.debatescore.core.rdf.RdfSink;
import org.debatescore.core.rdf.Triple;
import org.debatescore.importers.ImportReport;
import org.debatescore.importers.SourceCount;
import org.debatescore.importers.testing.ImportRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Garbage never escapes as an unchecked exception, and a large file is imported with memory that
 * does not grow with its rows. Seed and number of tries come from QT_SEED and QT_EXAMPLES.
 */
class GrandDebatRobustnessTest {

  @TempDir Path tmp;

  private static final String ALPHABET = "0123456789,;-|\"\n\r ab<>/é{}[]:QUXVl=\u0000\t";
  private static final String HEADER =
      "id,reference,title,createdAt,publishedAt,updatedAt,trashed,trashedStatus,authorId,"
          + "authorType,authorZipCode,QUXVlc3Rpb246MTY5 - Que pensez-vous ?,Q170 - Et ?,Titre nu ?\n";
  private static final String[] JSON_TOKENS = {
    "[",
    "]",
    "{",
    "}",
    ",",
    ":",
    "\"",
    "null",
    "true",
    "1e999",
    "\"responses\"",
    "\"questionId\"",
    "\"UXVlc3Rpb246MTY5\"",
    "\"value\"",
    "\"formattedValue\"",
    "\"{\\\"labels\\\":[\\\"a\\\"]}\"",
    "\"id\"",
    "\"reference\"",
    "\"2-1\"",
    "\"authorZipCode\"",
    "\"01000\"",
    "\"publishedAt\"",
    "\"2019-01-01 10:00:00\"",
    "\"x\""
  };

  private static Gen<String> junk() {
    Gen<Integer> pick = Generate.range(0, ALPHABET.length() - 1);
    return Generate.range(0, 200)
        .flatMap(
            n ->
                in -> {
                  StringBuilder b = new StringBuilder();
                  for (int i = 0; i < n; i++) {
                    b.append(ALPHABET.charAt(pick.generate(in)));
                  }
                  return b.toString();
                });
  }

  private static Gen<String> jsonish() {
    Gen<Integer> pick = Generate.range(0, JSON_TOKENS.length - 1);
    return Generate.range(0, 80)
        .flatMap(
            n ->
                in -> {
                  StringBuilder b = new StringBuilder("[");
                  for (int i = 0; i < n; i++) {
                    b.append(JSON_TOKENS[pick.generate(in)]);
                  }
                  return b.toString();
                });
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void check(List<Path> inputs) {
    try {
      ImportReport r = new GrandDebatImporter().run(inputs, ImportRun.testOptions(), NO_OUTPUT);
      for (SourceCount s : r.sources()) {
        assertTrue(s.balanced(), s.toString());
      }
    } catch (DebatescoreException expected) {
      // the library's own error: fine
    }
  }

  private static final RdfSink NO_OUTPUT = new CountingSink();

  @Test
  void garbageCsvAndJsonNeverEscapeAsUncheckedExceptions() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("gdn"));
    Path csv = dir.resolve("LA_TRANSITION_ECOLOGIQUE.csv");
    Path questionnaire = dir.resolve("QUESTIONNAIRE_ORGANISER_UNE_RIL.csv");
    Path json = dir.resolve("DEMOCRATIE_ET_CITOYENNETE.json");
    qt().forAll(junk(), junk(), jsonish())
        .checkAssert(
            (a, b, c) -> {
              write(csv, HEADER + a);
              write(questionnaire, b);
              write(json, c);
              check(List.of(dir));
            });
  }

  /** Counts statements, keeps nothing. */
  static class CountingSink implements RdfSink {
    long triples;

    @Override
    public void start() {}

    @Override
    public void prefix(String prefix, String namespace) {}

    @Override
    public void triple(Triple t) {
      triples++;
    }

    @Override
    public void finish() {}
  }

  @Test
  void aLargeFileIsImportedWithMemoryThatDoesNotGrowWithItsRows() throws IOException {
    int rows = 200_000;
    Path file = tmp.resolve("LA_TRANSITION_ECOLOGIQUE.csv");
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(HEADER);
      for (int i = 0; i < rows; i++) {
        w.write(
            "P"
                + i
                + ",2-"
                + i
                + ",Titre "
                + i
                + ",2019-01-22 09:15:00,2019-01-22 09:20:00,"
                + "2019-01-22 09:20:00,false,,U"
                + (i % 500)
                + ",Citoyen / Citoyenne,0"
                + (1000 + i % 9000)
                + ",Réponse "
                + i
                + ",Autre réponse,\n");
      }
    }
    long[] heapAt = new long[2];
    RdfSink sink =
        new CountingSink() {
          @Override
          public void triple(Triple t) {
            super.triple(t);
            // sampled at a quarter and at the end of the rows: the heap after a collection
            if (triples == 1_000_000 || triples == 4_000_000) {
              System.gc();
              heapAt[triples == 1_000_000 ? 0 : 1] =
                  ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            }
          }
        };
    ImportReport r = new GrandDebatImporter().run(List.of(file), ImportRun.testOptions(), sink);
    assertEquals(rows, r.recordsRead());
    assertEquals(rows, r.recordsMapped());
    assertTrue(heapAt[1] > 0, "the output reached 4M statements");
    long growth = heapAt[1] - heapAt[0];
    assertTrue(
        growth < 32L * 1024 * 1024,
        "heap grew by " + growth / 1024 + " KiB over three quarters of the rows");
  }
}
