package org.debatescore.jena.validation;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.debatescore.core.validation.ValidationReport;
import org.debatescore.core.validation.ValidationResult;

/** Where the test inputs are, and small helpers over reports. */
final class Fixtures {

  static final String SH = "http://www.w3.org/ns/shacl#";
  static final String DBS = "https://w3id.org/debatescore/ns#";
  static final String DBSH = "https://w3id.org/debatescore/shapes#";
  static final String DCT = "http://purl.org/dc/terms/";

  static final JenaShaclValidator VALIDATOR = new JenaShaclValidator();

  private Fixtures() {}

  /** A file of {@code src/test/resources/org/debatescore/jena/validation/}. */
  static Path resource(String name) {
    URL url = Fixtures.class.getResource(name);
    assertNotNull(url, name + " is not on the test class path");
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The repository root, from the {@code debatescore.root} system property Surefire sets. */
  static Path root() {
    String root = System.getProperty("debatescore.root");
    Path p = root != null ? Path.of(root) : Path.of("..").toAbsolutePath().normalize();
    assertTrue(Files.isDirectory(p.resolve("vocab")), "not the repository root: " + p);
    return p;
  }

  /** The one result about {@code focus} from {@code shape}. */
  static ValidationResult only(ValidationReport report, String focus, String shape) {
    var matches =
        report.results().stream()
            .filter(r -> r.focusNode().toNTriples().equals("<" + focus + ">"))
            .filter(r -> r.sourceShape().toNTriples().equals("<" + shape + ">"))
            .toList();
    assertTrue(
        matches.size() == 1,
        () -> "expected one result for " + focus + " from " + shape + ", got " + report.results());
    return matches.get(0);
  }
}
