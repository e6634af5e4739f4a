package org.debatescore.core.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of validating one or more inputs: immutable data, whatever engine produced it.
 *
 * <p>{@link #counts} hold what the engine found, per severity, even when the report is {@link
 * #truncated} and {@link #results} keep only part of it; so the summary stays true.
 *
 * @param conforms SHACL conformance: {@code true} only if there is no result at all, of any
 *     severity (use {@link #conformsAt} to ignore warnings or infos)
 * @param counts number of results found per severity (every severity is present)
 * @param results the results kept, sorted most serious first, then by input location
 * @param truncated whether results were dropped because of a limit
 * @param truncationReason why, in English (e.g. "more than 1000 results"), or {@code null}
 * @param inputs names of the inputs validated, in the order given
 * @param shapes the shapes used: the bundled shapes (with their version) and any extra files
 * @param engine the engine that ran, e.g. {@code jena-shacl 5.6.0}
 * @param language the language messages were asked for (e.g. {@code en}, {@code fr})
 */
public record ValidationReport(
    boolean conforms,
    Map<Severity, Integer> counts,
    List<ValidationResult> results,
    boolean truncated,
    String truncationReason,
    List<String> inputs,
    List<String> shapes,
    String engine,
    String language) {

  public ValidationReport {
    EnumMap<Severity, Integer> c = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      Integer n = counts == null ? null : counts.get(s);
      if (n != null && n < 0) {
        throw new IllegalArgumentException("negative count for " + s.label() + ": " + n);
      }
      c.put(s, n == null ? 0 : n);
    }
    counts = Collections.unmodifiableMap(c);
    results = List.copyOf(results == null ? List.of() : results);
    inputs = List.copyOf(inputs == null ? List.of() : inputs);
    shapes = List.copyOf(shapes == null ? List.of() : shapes);
    engine = Objects.requireNonNullElse(engine, "unknown");
    language = Objects.requireNonNullElse(language, "en");
    int total = c.values().stream().mapToInt(Integer::intValue).sum();
    if (conforms && total > 0) {
      throw new IllegalArgumentException("a report with " + total + " results cannot conform");
    }
    if (results.size() > total) {
      throw new IllegalArgumentException(
          results.size() + " results but counts add up to only " + total);
    }
    if (!truncated) {
      truncationReason = null;
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Number of results found with this severity. */
  public int count(Severity severity) {
    return counts.get(severity);
  }

  /** Number of results found, of any severity (can exceed {@code results().size()}). */
  public int total() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * Whether the data passes when only results of severity {@code failOn} or more serious count:
   * {@code conformsAt(VIOLATION)} ignores warnings and infos, {@code conformsAt(INFO)} is {@link
   * #conforms}.
   */
  public boolean conformsAt(Severity failOn) {
    Objects.requireNonNull(failOn, "failOn");
    for (Severity s : Severity.values()) {
      if (s.isAtLeast(failOn) && count(s) > 0) {
        return false;
      }
    }
    return true;
  }

  /** The kept results of one severity. */
  public List<ValidationResult> results(Severity severity) {
    return results.stream().filter(r -> r.severity() == severity).toList();
  }

  /**
   * Builds a report. Unless {@link #counts} is called, counts are computed from the results, and
   * conformance from the counts.
   */
  public static final class Builder {
    private final List<ValidationResult> results = new ArrayList<>();
    private Map<Severity, Integer> counts;
    private boolean truncated;
    private String truncationReason;
    private final List<String> inputs = new ArrayList<>();
    private final List<String> shapes = new ArrayList<>();
    private String engine;
    private String language = "en";

    private Builder() {}

    public Builder result(ValidationResult result) {
      results.add(Objects.requireNonNull(result, "result"));
      return this;
    }

    public Builder results(List<ValidationResult> results) {
      results.forEach(this::result);
      return this;
    }

    /** The counts of everything found, when more was found than is kept. */
    public Builder counts(Map<Severity, Integer> counts) {
      this.counts = counts == null ? null : new EnumMap<>(counts);
      return this;
    }

    public Builder truncated(String reason) {
      this.truncated = true;
      this.truncationReason = reason;
      return this;
    }

    public Builder input(String input) {
      inputs.add(input);
      return this;
    }

    public Builder inputs(List<String> inputs) {
      this.inputs.addAll(inputs);
      return this;
    }

    public Builder shapes(String shapes) {
      this.shapes.add(shapes);
      return this;
    }

    public Builder engine(String engine) {
      this.engine = engine;
      return this;
    }

    public Builder language(String language) {
      this.language = language;
      return this;
    }

    public ValidationReport build() {
      Map<Severity, Integer> c = counts;
      if (c == null) {
        c = new EnumMap<>(Severity.class);
        for (ValidationResult r : results) {
          c.merge(r.severity(), 1, Integer::sum);
        }
      }
      int total = c.values().stream().mapToInt(Integer::intValue).sum();
      boolean cut = truncated || results.size() < total;
      String reason = truncationReason;
      if (cut && reason == null) {
        reason = results.size() + " of " + total + " results kept";
      }
      return new ValidationReport(
          total == 0, c, results, cut, reason, inputs, shapes, engine, language);
    }
  }
}
