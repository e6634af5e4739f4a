package org.debatescore.core.validation.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.debatescore.core.SourceLocation;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.validation.Severity;
import org.debatescore.core.validation.ValidationReport;
import org.debatescore.core.validation.ValidationResult;

/**
 * A report for people at a terminal. The summary comes first (conforms or not, counts per severity,
 * inputs), then one block per group of similar results: severity, shape, message, path and
 * specification link, then the first few locations as {@code file:line:column} with the focus node,
 * and "(+N more)".
 *
 * <p>Labels are in English or French, following the report's language unless one is given. Literal
 * values are shortened to {@value Display#MAX_VALUE_CHARS} characters and put on one line.
 */
public final class TextReportRenderer implements ReportRenderer {

  /** How many locations a group shows by default before "(+N more)". */
  public static final int DEFAULT_LOCATIONS_PER_GROUP = 3;

  private static final String NL = "\n";

  private final Grouping grouping;
  private final int locationsPerGroup;
  private final String language;

  /** Groups by shape, shows 3 locations per group, in the report's language. */
  public TextReportRenderer() {
    this(Grouping.BY_SHAPE, DEFAULT_LOCATIONS_PER_GROUP, null);
  }

  /**
   * @param grouping how to group results
   * @param locationsPerGroup locations listed per group (at least 1)
   * @param language language of the labels, or {@code null} for the report's
   */
  public TextReportRenderer(Grouping grouping, int locationsPerGroup, String language) {
    this.grouping = Objects.requireNonNull(grouping, "grouping");
    if (locationsPerGroup < 1) {
      throw new IllegalArgumentException("locationsPerGroup must be at least 1");
    }
    this.locationsPerGroup = locationsPerGroup;
    this.language = language;
  }

  @Override
  public ReportFormat format() {
    return ReportFormat.TEXT;
  }

  @Override
  public void render(ValidationReport report, Writer out) throws IOException {
    Labels l = Labels.forLanguage(language != null ? language : report.language());
    StringBuilder b = new StringBuilder();
    b.append(l.get("title"))
        .append(": ")
        .append(l.get(report.conforms() ? "conforms" : "notConforms"))
        .append(NL);
    List<String> counts = new ArrayList<>();
    for (Severity s : Severity.values()) {
      counts.add(l.count(report.count(s), s));
    }
    b.append("  ").append(String.join(", ", counts)).append(NL);
    if (!report.inputs().isEmpty()) {
      b.append("  ")
          .append(l.count(report.inputs().size(), "input"))
          .append(": ")
          .append(Display.oneLine(String.join(", ", report.inputs())))
          .append(NL);
    }
    List<String> about = new ArrayList<>();
    if (!report.shapes().isEmpty()) {
      about.add(l.get("shapes") + ": " + String.join(", ", report.shapes()));
    }
    about.add(l.get("engine") + ": " + report.engine());
    about.add(l.get("language") + ": " + report.language());
    b.append("  ").append(Display.oneLine(String.join(" · ", about))).append(NL);
    if (report.truncated()) {
      b.append("  ")
          .append(l.get("truncated"))
          .append(": ")
          .append(l.format("shown", report.results().size(), report.total()));
      if (report.truncationReason() != null) {
        b.append(" (").append(Display.oneLine(report.truncationReason())).append(")");
      }
      b.append(NL);
    }
    if (report.results().isEmpty()) {
      b.append(NL).append(l.get(report.total() == 0 ? "noResults" : "truncated")).append(NL);
    }
    for (Grouping.Group g : grouping.group(report.results())) {
      b.append(NL);
      appendGroup(b, g, l);
    }
    out.write(b.toString());
    out.flush();
  }

  private void appendGroup(StringBuilder b, Grouping.Group g, Labels l) {
    ValidationResult first = g.first();
    int n = g.results().size();
    b.append(l.severity(g.severity()))
        .append("  ")
        .append(Display.oneLine(first.shapeLabel()))
        .append(" — ")
        .append(l.count(n, "result"))
        .append(NL);
    b.append("  ").append(Display.oneLine(first.message())).append(NL);
    List<String> facts = new ArrayList<>();
    if (first.path() != null && (grouping == Grouping.BY_MESSAGE || samePath(g))) {
      facts.add(l.get("path") + ": " + Display.path(first.path()));
    }
    if (first.specLink() != null) {
      facts.add(l.get("see") + ": " + first.specLink());
    }
    if (grouping == Grouping.BY_SHAPE || sameShape(g)) {
      facts.add(
          l.get("shape")
              + ": "
              + (first.sourceShape() instanceof Iri iri
                  ? Display.iri(iri.value())
                  : Display.term(first.sourceShape())));
    }
    if (!facts.isEmpty()) {
      b.append("  ").append(Display.oneLine(String.join(" · ", facts))).append(NL);
    }
    int shown = Math.min(n, locationsPerGroup);
    for (ValidationResult r : g.results().subList(0, shown)) {
      b.append("    ")
          .append(
              Display.oneLine(
                  r.sourceLocation()
                      .map(SourceLocation::toString)
                      .orElse(l.get("unknownLocation"))))
          .append("  ")
          .append(Display.term(r.focusNode()));
      if (r.path() != null && !samePath(g)) {
        b.append("  ").append(l.get("path")).append(" ").append(Display.path(r.path()));
      }
      if (r.value() != null) {
        b.append("  ").append(l.get("value")).append(" ").append(Display.term(r.value()));
      }
      b.append(NL);
    }
    if (n > shown) {
      b.append("    ").append(l.format("more", n - shown)).append(NL);
    }
  }

  private static boolean samePath(Grouping.Group g) {
    String p = g.first().path();
    return g.results().stream().allMatch(r -> Objects.equals(p, r.path()));
  }

  private static boolean sameShape(Grouping.Group g) {
    return g.results().stream().allMatch(r -> r.sourceShape().equals(g.first().sourceShape()));
  }
}
