package org.debatescore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code debatescore import --lang}: the language of texts the export does not tag. */
class ImportLanguageOptionTest {

  private static Path polis(Path dir) throws Exception {
    Path conv = Files.createDirectories(dir.resolve("conv"));
    Files.writeString(
        conv.resolve("comments.csv"),
        "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n"
            + "1658934589213,x,1,0,0,0,1,Hauria de ser gratuït\n",
        StandardCharsets.UTF_8);
    return conv;
  }

  /** {@code import --from polis <extra...> <conversation> -o <out>}. */
  private static Cli.Run importPolis(Path dir, Path out, String... extra) throws Exception {
    List<String> args = new ArrayList<>(List.of("import", "--from", "polis"));
    args.addAll(List.of(extra));
    args.addAll(List.of(polis(dir).toString(), "-o", out.toString()));
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void langTagsTextsWithoutALanguage(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("p.nt");
    Cli.Run run = importPolis(dir, out, "--lang", "ca");
    assertEquals(0, run.exitCode(), run.toString());
    String nt = Files.readString(out);
    assertTrue(nt.contains("\"Hauria de ser gratuït\"@ca"), nt);
    assertFalse(nt.contains("@und"), nt);
  }

  @Test
  void withoutLangTextsStayUndetermined(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("p.nt");
    Cli.Run run = importPolis(dir, out);
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(Files.readString(out).contains("\"Hauria de ser gratuït\"@und"));
  }

  @Test
  void aMalformedTagIsAnInputErrorAndWritesNothing(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("p.nt");
    Cli.Run run = importPolis(dir, out, "--lang", "ca_ES");
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains("invalid --lang"), run.err());
    assertFalse(Files.exists(out));
  }
}
