package org.debatescore.rdf4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where the repository's shared fixtures are: the example debates and the vocabulary's negative
 * examples. The root comes from the system property {@code debatescore.root} (set by Surefire);
 * when that points inside the repository (a build started from a module), the nearest parent
 * holding {@code examples/debates} is used.
 */
public final class TestPaths {

  private TestPaths() {}

  public static Path root() {
    String prop = System.getProperty("debatescore.root");
    Path start = Path.of(prop == null || prop.isBlank() ? "." : prop).toAbsolutePath().normalize();
    for (Path p = start; p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("examples/debates"))) {
        return p;
      }
    }
    throw new IllegalStateException(
        "cannot find the repository root (examples/debates) from debatescore.root=" + prop);
  }

  public static Path examples() {
    return root().resolve("examples/debates");
  }

  /** The example debates in Turtle, sorted. */
  public static List<Path> exampleTurtle() {
    return list(examples(), ".ttl");
  }

  /** The example debates in JSON-LD, sorted. */
  public static List<Path> exampleJsonLd() {
    return list(examples(), ".jsonld");
  }

  public static Path negativeDir() {
    return root().resolve("vocab/src/test/resources/org/debatescore/vocab/negative");
  }

  /** The negative examples ({@code NN-name.ttl}), sorted; empty if there are none yet. */
  public static List<Path> negativeExamples() {
    Path dir = negativeDir();
    return Files.isDirectory(dir) ? list(dir, ".ttl") : List.of();
  }

  public static Path minimalDebate() {
    return root()
        .resolve("vocab/src/test/resources/org/debatescore/vocab/valid/minimal-debate.ttl");
  }

  static List<Path> list(Path dir, String suffix) {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(suffix))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
