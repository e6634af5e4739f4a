package org.debatescore.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Keeps README.md's code snippets identical to the example programs that the tests run. */
final class Readme {

  private static final String START = "// README-SNIPPET-START";
  private static final String END = "    // README-SNIPPET-END";

  private Readme() {}

  static void assertContainsSnippetOf(String exampleFile) throws IOException {
    Path root = root();
    String source =
        Files.readString(
            root.resolve("examples/src/main/java/org/debatescore/examples/" + exampleFile));
    String snippet = source.substring(source.indexOf(START) + START.length(), source.indexOf(END));
    String dedented = snippet.strip().replaceAll("(?m)^    ", "");
    String readme = Files.readString(root.resolve("README.md"));
    assertTrue(
        readme.contains(dedented),
        "README.md must contain the snippet of " + exampleFile + " verbatim:\n" + dedented);
  }

  static Path root() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("README.md")) && Files.isDirectory(p.resolve("examples"))) {
        return p;
      }
    }
    throw new IllegalStateException("repository root not found");
  }
}
