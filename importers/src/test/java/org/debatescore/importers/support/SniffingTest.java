package org.debatescore.importers.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.debatescore.importers.ImportOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SniffingTest {

  private static InputFile file(Path dir, String name, byte[] bytes) throws Exception {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return Inputs.expand(List.of(p), ImportOptions.defaults()).get(0);
  }

  @Test
  void theDelimiterIsTheCandidateMostFrequentInTheHeaderOutsideQuotes(@TempDir Path dir)
      throws Exception {
    byte[] semicolons = "\"a,b\";\"c,d\";e\n1;2;3\n".getBytes(StandardCharsets.UTF_8);
    byte[] commas = "\uFEFFa,b,c;d\n1,2,3\n".getBytes(StandardCharsets.UTF_8);
    assertEquals(
        ';',
        CsvTable.sniffDelimiter(file(dir, "s.csv", semicolons), StandardCharsets.UTF_8, ',', ';'));
    assertEquals(
        ',', CsvTable.sniffDelimiter(file(dir, "c.csv", commas), StandardCharsets.UTF_8, ',', ';'));
  }

  @Test
  void anEmptyFileGetsTheFirstCandidate(@TempDir Path dir) throws Exception {
    assertEquals(
        ',',
        CsvTable.sniffDelimiter(file(dir, "e.csv", new byte[0]), StandardCharsets.UTF_8, ',', ';'));
  }

  @Test
  void validUtf8IsReadAsUtf8AndAnythingElseAsTheFallback(@TempDir Path dir) throws Exception {
    Charset cp1252 = Charset.forName("windows-1252");
    InputFile utf8 = file(dir, "u.csv", "Élu / élue".getBytes(StandardCharsets.UTF_8));
    InputFile latin = file(dir, "l.csv", "Élu / élue".getBytes(cp1252));
    InputFile ascii = file(dir, "a.csv", "plain".getBytes(StandardCharsets.US_ASCII));
    assertEquals(StandardCharsets.UTF_8, TextEncoding.detect(utf8, cp1252));
    assertEquals(cp1252, TextEncoding.detect(latin, cp1252));
    assertEquals(cp1252, TextEncoding.detect(ascii, cp1252));
  }
}
