package org.debatescore.importers;

import static org.junit.jupiter.api.Assertions.assertTrue;
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
import org.debatescore.importers.testing.ImportRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Garbage under real headers never makes a CSV importer throw anything but the library's own
 * exceptions, and every record read is still accounted for.
 */
class CsvRobustnessTest {

  private static final String ALPHABET = "0123456789;,-\"\n\r ab<>/é\u0000\t";

  private static Gen<String> junk() {
    Gen<Integer> pick = Generate.range(0, ALPHABET.length() - 1);
    return Generate.range(0, 160)
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

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void check(String importer, Path dir) {
    try {
      ImportReport report =
          Importers.byName(importer)
              .run(
                  List.of(dir),
                  ImportRun.testOptions(),
                  new NTriplesWriter(new ByteArrayOutputStream()));
      for (SourceCount s : report.sources()) {
        assertTrue(s.balanced(), importer + ": " + s);
      }
    } catch (DebatescoreException expected) {
      // the library's own error (e.g. ImportException): fine
    }
  }

  @Test
  void decidimFilesFullOfGarbageNeverEscapeAsUncheckedExceptions(@TempDir Path tmp)
      throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("decidim"));
    qt().forAll(junk(), junk())
        .checkAssert(
            (proposals, comments) -> {
              write(
                  dir.resolve("proposals.csv"),
                  "id;title/ca;body/ca;state;answer/ca;answered_at;published_at;url;"
                      + "participatory_space/url;author/id;author/name;supports\n"
                      + proposals);
              write(
                  dir.resolve("proposal_comments.csv"),
                  "id;created_at;body;locale;author/id;author/name;alignment;depth;"
                      + "commentable_id;commentable_type;root_commentable_url\n"
                      + comments);
              check("decidim", dir);
            });
  }

  @Test
  void consulFilesFullOfGarbageNeverEscapeAsUncheckedExceptions(@TempDir Path tmp)
      throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("consul"));
    qt().forAll(junk(), junk())
        .checkAssert(
            (proposals, comments) -> {
              write(
                  dir.resolve("proposals.csv"),
                  "\"id\";\"title\";\"description\";\"cached_votes_up\";\"created_at\";"
                      + "\"retired_at\"\n"
                      + proposals);
              write(
                  dir.resolve("comments.csv"),
                  "\"id\";\"commentable_id\";\"commentable_type\";\"body\";\"created_at\";"
                      + "\"ancestry\"\n"
                      + comments);
              check("consul", dir);
            });
  }
}
