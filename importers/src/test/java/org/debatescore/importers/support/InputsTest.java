package org.debatescore.importers.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.debatescore.core.LimitExceededException;
import org.debatescore.importers.ImportException;
import org.debatescore.importers.ImportOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {

  private static Path zip(Path dir, int entries, int bytesEach) throws Exception {
    Path zip = dir.resolve("export.zip");
    try (OutputStream os = Files.newOutputStream(zip);
        ZipOutputStream z = new ZipOutputStream(os)) {
      for (int i = 0; i < entries; i++) {
        z.putNextEntry(new ZipEntry("../evil/e" + i + ".csv"));
        z.write(new byte[bytesEach]);
        z.closeEntry();
      }
    }
    return zip;
  }

  @Test
  void zipEntriesAreReadInPlaceAndTheirNamesAreOnlyLabels(@TempDir Path dir) throws Exception {
    Path zip = zip(dir, 2, 10);
    List<InputFile> files = Inputs.expand(List.of(zip), ImportOptions.defaults());
    assertEquals(2, files.size());
    assertTrue(files.get(0).name().endsWith("export.zip!../evil/e0.csv"));
    assertEquals("e0.csv", files.get(0).fileName());
    try (InputStream in = files.get(0).open()) {
      assertEquals(10, in.readAllBytes().length);
    }
    assertTrue(Files.notExists(dir.getParent().resolve("evil")));
  }

  @Test
  void anArchiveWithTooManyEntriesIsRefused(@TempDir Path dir) throws Exception {
    Path zip = zip(dir, 5, 1);
    assertThrows(
        LimitExceededException.class,
        () -> Inputs.expand(List.of(zip), ImportOptions.defaults().withMaxArchiveEntries(4)));
  }

  @Test
  void anInputLargerThanTheLimitIsRefusedWhileReading(@TempDir Path dir) throws Exception {
    Path zip = zip(dir, 1, 5000);
    InputFile file =
        Inputs.expand(List.of(zip), ImportOptions.defaults().withMaxInputBytes(4096)).get(0);
    try (InputStream in = file.open()) {
      LimitExceededException e = assertThrows(LimitExceededException.class, in::readAllBytes);
      assertTrue(e.getMessage().contains("4096"), e.getMessage());
    }
  }

  @Test
  void aMissingInputIsAnImportExceptionNamingIt(@TempDir Path dir) {
    Path missing = dir.resolve("nope.csv");
    ImportException e =
        assertThrows(
            ImportException.class, () -> Inputs.expand(List.of(missing), ImportOptions.defaults()));
    assertTrue(e.getMessage().contains("nope.csv"));
  }

  @Test
  void csvRowsKnowTheirStartLineAcrossMultiLineCells(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("t.csv");
    Files.writeString(csv, "\uFEFFid;body\n1;\"two\nlines\"\n2;x\n", StandardCharsets.UTF_8);
    try (CsvTable t =
        CsvTable.open(Inputs.plain(csv, ImportOptions.defaults()), ';', StandardCharsets.UTF_8)) {
      assertEquals(List.of("id", "body"), t.headers());
      List<CsvRow> rows = new java.util.ArrayList<>();
      t.forEach(rows::add);
      assertEquals(2, rows.size());
      assertEquals(2, rows.get(0).line());
      assertEquals("two\nlines", rows.get(0).get("body"));
      assertEquals(4, rows.get(1).line());
    }
  }

  @Test
  void malformedCsvEndsReadingWithAnErrorThatNamesTheLine(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("bad.csv");
    Files.writeString(csv, "id;body\n1;ok\n2;\"broken\"quote\n3;x\n", StandardCharsets.UTF_8);
    try (CsvTable t =
        CsvTable.open(Inputs.plain(csv, ImportOptions.defaults()), ';', StandardCharsets.UTF_8)) {
      long n = 0;
      for (CsvRow r : t) {
        n++;
      }
      assertEquals(1, n);
      assertTrue(t.error() != null && t.errorLine() == 3, t.error() + " @" + t.errorLine());
    }
  }
}
