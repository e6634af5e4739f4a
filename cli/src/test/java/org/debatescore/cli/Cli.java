package org.debatescore.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Runs the tool in-process and captures what it prints. */
final class Cli {

  record Run(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
  }

  private Cli() {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  /** The repository root: where examples/debates is. */
  static Path root() {
    String prop = System.getProperty("debatescore.root");
    Path start = prop != null ? Paths.get(prop) : Paths.get("").toAbsolutePath();
    for (Path p = start.toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("examples/debates"))) {
        return p;
      }
    }
    throw new IllegalStateException("cannot find examples/debates above " + start);
  }

  static Path examples() {
    return root().resolve("examples/debates");
  }

  static Path negativeExamples() {
    return root().resolve("vocab/src/test/resources/org/debatescore/vocab/negative");
  }

  static Path fixture(String name) {
    try {
      return Paths.get(Cli.class.getResource(name).toURI());
    } catch (Exception e) {
      throw new IllegalStateException("missing test fixture " + name, e);
    }
  }
}
