package org.debatescore.core.validation.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.debatescore.core.SourceLocation;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.validation.Severity;
import org.debatescore.core.validation.ValidationReport;
import org.debatescore.core.validation.ValidationResult;

/**
 * A self-contained HTML page: inline CSS, no script, no external asset, so it can be attached to an
 * issue or opened from disk. Summary first, then one section per group of results; the first few
 * rows of each group are visible and the rest fold under "(+N more)". Every piece of data is
 * HTML-escaped; links are made only for {@code http(s)} specification links.
 */
public final class HtmlReportRenderer implements ReportRenderer {

  private static final String CSS =
      """
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;\
      max-width:72rem;padding:0 1rem;color:#1b1b1b;line-height:1.45}
      h1{font-size:1.5rem;margin:0 0 .5rem}
      h2{font-size:1.1rem;margin:0 0 .4rem}
      .verdict{display:inline-block;padding:.2rem .6rem;border-radius:.3rem;font-weight:700}
      .ok{background:#dff3e2;color:#14532d}.fail{background:#fde2e1;color:#7f1d1d}
      .counts{list-style:none;padding:0;display:flex;gap:1rem;flex-wrap:wrap}
      .counts li{padding:.1rem .5rem;border-radius:.3rem;background:#f2f2f2}
      dl.about{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:.5rem 0}
      dl.about dt{font-weight:600}dl.about dd{margin:0}
      .truncated{background:#fff4d6;border-left:4px solid #d4a106;padding:.4rem .8rem}
      section.group{border:1px solid #ddd;border-left-width:6px;border-radius:.3rem;\
      padding:.8rem 1rem;margin:1rem 0}
      section.violation{border-left-color:#c62828}section.warning{border-left-color:#d4a106}
      section.info{border-left-color:#1565c0}
      .badge{font-size:.75rem;font-weight:700;padding:.1rem .4rem;border-radius:.2rem;color:#fff;\
      margin-right:.4rem;vertical-align:middle}
      .violation .badge{background:#c62828}.warning .badge{background:#8a6d00}\
      .info .badge{background:#1565c0}
      .message{margin:.2rem 0 .4rem;font-size:1.05rem}.facts{color:#555;font-size:.9rem}
      table{border-collapse:collapse;width:100%;font-size:.9rem;margin-top:.4rem}
      th,td{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #eee;vertical-align:top}
      code{font-family:ui-monospace,SFMono-Regular,Consolas,monospace;font-size:.85rem;\
      word-break:break-all}
      details summary{cursor:pointer;color:#555;margin:.3rem 0}
      """;

  private final Grouping grouping;
  private final int visibleRows;
  private final String language;

  /** Groups by shape, shows 3 rows per group before folding, in the report's language. */
  public HtmlReportRenderer() {
    this(Grouping.BY_SHAPE, TextReportRenderer.DEFAULT_LOCATIONS_PER_GROUP, null);
  }

  /**
   * @param grouping how to group results
   * @param visibleRows rows shown per group before the rest folds away (at least 1)
   * @param language language of the labels, or {@code null} for the report's
   */
  public HtmlReportRenderer(Grouping grouping, int visibleRows, String language) {
    this.grouping = Objects.requireNonNull(grouping, "grouping");
    if (visibleRows < 1) {
      throw new IllegalArgumentException("visibleRows must be at least 1");
    }
    this.visibleRows = visibleRows;
    this.language = language;
  }

  @Override
  public ReportFormat format() {
    return ReportFormat.HTML;
  }

  @Override
  public void render(ValidationReport report, Writer out) throws IOException {
    Labels l = Labels.forLanguage(language != null ? language : report.language());
    StringBuilder b = new StringBuilder(4096);
    b.append("<!DOCTYPE html>\n<html lang=\"").append(esc(l.language())).append("\">\n<head>\n");
    b.append("<meta charset=\"utf-8\" />\n");
    b.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n");
    b.append("<title>").append(esc(l.get("title"))).append("</title>\n");
    b.append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<header>\n");
    b.append("<h1>").append(esc(l.get("title"))).append("</h1>\n");
    b.append("<p class=\"verdict ")
        .append(report.conforms() ? "ok" : "fail")
        .append("\">")
        .append(esc(l.get(report.conforms() ? "conforms" : "notConforms")))
        .append("</p>\n<ul class=\"counts\">\n");
    for (Severity s : Severity.values()) {
      b.append("<li class=\"")
          .append(s.label())
          .append("\">")
          .append(esc(l.count(report.count(s), s)))
          .append("</li>\n");
    }
    b.append("</ul>\n<dl class=\"about\">\n");
    dd(b, l.count(report.inputs().size(), "input"), String.join(", ", report.inputs()));
    dd(b, l.get("shapes"), String.join(", ", report.shapes()));
    dd(b, l.get("engine"), report.engine());
    dd(b, l.get("language"), report.language());
    b.append("</dl>\n");
    if (report.truncated()) {
      b.append("<p class=\"truncated\"><strong>")
          .append(esc(l.get("truncated")))
          .append("</strong>: ")
          .append(esc(l.format("shown", report.results().size(), report.total())));
      if (report.truncationReason() != null) {
        b.append(" (").append(esc(report.truncationReason())).append(")");
      }
      b.append("</p>\n");
    }
    b.append("</header>\n<main>\n");
    if (report.results().isEmpty() && report.total() == 0) {
      b.append("<p>").append(esc(l.get("noResults"))).append("</p>\n");
    }
    for (Grouping.Group g : grouping.group(report.results())) {
      group(b, g, l);
    }
    b.append("</main>\n</body>\n</html>\n");
    out.write(b.toString());
    out.flush();
  }

  private void group(StringBuilder b, Grouping.Group g, Labels l) {
    ValidationResult first = g.first();
    String sev = g.severity().label();
    b.append("<section class=\"group ").append(sev).append("\">\n<h2><span class=\"badge\">");
    b.append(esc(l.severity(g.severity()))).append("</span>");
    b.append(esc(first.shapeLabel()))
        .append(" — ")
        .append(esc(l.count(g.results().size(), "result")));
    b.append("</h2>\n<p class=\"message\">").append(esc(first.message())).append("</p>\n");
    b.append("<p class=\"facts\">");
    boolean any = false;
    if (first.path() != null) {
      b.append(esc(l.get("path"))).append(": <code>").append(esc(Display.path(first.path())));
      b.append("</code>");
      any = true;
    }
    String shape =
        first.sourceShape() instanceof Iri iri
            ? Display.iri(iri.value())
            : Display.term(first.sourceShape());
    b.append(any ? " · " : "").append(esc(l.get("shape"))).append(": <code>");
    b.append(esc(shape)).append("</code>");
    if (first.specLink() != null) {
      b.append(" · ").append(esc(l.get("see"))).append(": ");
      String link = first.specLink();
      String lower = link.toLowerCase(Locale.ROOT);
      if (lower.startsWith("https://") || lower.startsWith("http://")) {
        b.append("<a href=\"").append(esc(link)).append("\">").append(esc(link)).append("</a>");
      } else {
        b.append(esc(link));
      }
    }
    b.append("</p>\n");
    List<ValidationResult> rows = g.results();
    int shown = Math.min(rows.size(), visibleRows);
    table(b, rows.subList(0, shown), l);
    if (rows.size() > shown) {
      b.append("<details><summary>")
          .append(esc(l.format("more", rows.size() - shown)))
          .append("</summary>\n");
      table(b, rows.subList(shown, rows.size()), l);
      b.append("</details>\n");
    }
    b.append("</section>\n");
  }

  private static void table(StringBuilder b, List<ValidationResult> rows, Labels l) {
    b.append("<table>\n<thead><tr><th>")
        .append(esc(l.get("location")))
        .append("</th><th>")
        .append(esc(l.get("focus")))
        .append("</th><th>")
        .append(esc(l.get("path")))
        .append("</th><th>")
        .append(esc(l.get("value")))
        .append("</th><th>")
        .append(esc(l.get("message")))
        .append("</th></tr></thead>\n<tbody>\n");
    for (ValidationResult r : rows) {
      b.append("<tr><td><code>")
          .append(
              esc(
                  r.sourceLocation()
                      .map(SourceLocation::toString)
                      .orElse(l.get("unknownLocation"))))
          .append("</code></td><td><code>")
          .append(esc(Display.term(r.focusNode())))
          .append("</code></td><td><code>")
          .append(esc(Display.path(r.path())))
          .append("</code></td><td><code>")
          .append(esc(Display.term(r.value())))
          .append("</code></td><td>")
          .append(esc(r.message()));
      if (r.detail() != null && !r.detail().equals(r.message())) {
        b.append("<br /><small>").append(esc(Display.cut(r.detail()))).append("</small>");
      }
      b.append("</td></tr>\n");
    }
    b.append("</tbody>\n</table>\n");
  }

  private static void dd(StringBuilder b, String term, String value) {
    b.append("<dt>").append(esc(term)).append("</dt><dd>").append(esc(value)).append("</dd>\n");
  }

  /** Escapes text for HTML content and double- or single-quoted attributes. */
  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          if (Character.isISOControl(c) && c != '\n' && c != '\t') {
            b.append(' ');
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }
}
