package org.debatescore.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Whatever a user feeds it, the tool answers with 0, 1 or 2 — never an internal error (3). */
class ArbitraryInputProperties {

  private static final List<String> EXTENSIONS =
      List.of(".ttl", ".nt", ".nq", ".trig", ".jsonld", ".json", ".rdf", ".rj");

  @TempDir Path dir;

  @Test
  void arbitraryBytesNeverCauseAnInternalError() {
    Gen<byte[]> bytes =
        SourceDSL.lists()
            .of(SourceDSL.integers().between(0, 255))
            .ofSizeBetween(0, 200)
            .map(
                list -> {
                  byte[] b = new byte[list.size()];
                  for (int i = 0; i < b.length; i++) {
                    b[i] = (byte) (int) list.get(i);
                  }
                  return b;
                });
    qt().withExamples(examples(300))
        .forAll(bytes, SourceDSL.integers().between(0, EXTENSIONS.size() - 1))
        .checkAssert((content, ext) -> assertNoInternalError(content, EXTENSIONS.get(ext)));
  }

  @Test
  void truncatedAndMutatedExamplesNeverCauseAnInternalError() throws IOException {
    byte[] turtle = Files.readAllBytes(Cli.examples().resolve("municipal-debate.ttl"));
    byte[] jsonld = Files.readAllBytes(Cli.examples().resolve("municipal-debate.jsonld"));
    qt().withExamples(examples(300))
        .forAll(
            SourceDSL.booleans().all(),
            SourceDSL.integers().between(0, Integer.MAX_VALUE - 1),
            SourceDSL.integers().between(0, 255))
        .checkAssert(
            (useJson, position, replacement) -> {
              byte[] source = useJson ? jsonld : turtle;
              int at = position % source.length;
              byte[] mutated;
              if (replacement % 2 == 0) {
                mutated = java.util.Arrays.copyOf(source, at); // truncation
              } else {
                mutated = source.clone();
                mutated[at] = (byte) (int) replacement; // one corrupted byte
              }
              assertNoInternalError(mutated, useJson ? ".jsonld" : ".ttl");
            });
  }

  private void assertNoInternalError(byte[] content, String extension) {
    try {
      Path file = Files.createTempFile(dir, "input", extension);
      Files.write(file, content);
      Cli.Run run = Cli.run("validate", file.toString());
      assertTrue(
          run.exitCode() >= 0 && run.exitCode() <= 2,
          "exit " + run.exitCode() + " for " + new String(content, StandardCharsets.UTF_8) + run);
      assertFalse(run.err().contains("\tat "), run.toString());
      Files.delete(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Each run validates a file; cap the tries so the suite stays fast on 2 cores. */
  private static int examples(int cap) {
    String configured = System.getenv("QT_EXAMPLES");
    int n = configured == null ? cap : Integer.parseInt(configured);
    return Math.min(n, cap);
  }
}
