package org.debatescore.rdf4j.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Term;
import org.debatescore.core.validation.Severity;
import org.debatescore.core.validation.ValidationReport;
import org.debatescore.core.validation.ValidationResult;

/**
 * The negative examples of the vocabulary module: {@code NN-name.ttl} and its {@code
 * NN-name.expected} listing every result, one per line: focus node, path (or {@code -}), constraint
 * component and severity, separated by tabs.
 */
public final class NegativeExamples {

  private NegativeExamples() {}

  /** The expected lines of a negative example, sorted. */
  public static Set<String> expected(Path ttl) {
    Path file =
        ttl.resolveSibling(ttl.getFileName().toString().replaceFirst("\\.ttl$", ".expected"));
    Set<String> lines = new TreeSet<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          lines.add(String.join("\t", line.strip().split("\t")));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }

  /** The lines of severity {@code sh:Violation} among result lines, sorted. */
  public static Set<String> violations(Set<String> lines) {
    Set<String> out = new TreeSet<>();
    for (String line : lines) {
      if (line.endsWith("\t" + Severity.VIOLATION.iri())) {
        out.add(line);
      }
    }
    return out;
  }

  /** A report in the layout of the {@code .expected} files, sorted. */
  public static Set<String> lines(ValidationReport report) {
    Set<String> lines = new TreeSet<>();
    for (ValidationResult r : report.results()) {
      lines.add(line(r));
    }
    return lines;
  }

  /** One result in the layout of the {@code .expected} files. */
  public static String line(ValidationResult r) {
    return String.join(
        "\t",
        render(r.focusNode()),
        r.path() == null ? "-" : r.path(),
        r.constraintComponent().value(),
        r.severity().iri());
  }

  private static String render(Term t) {
    return t instanceof Iri iri ? iri.value() : t.toNTriples();
  }
}
