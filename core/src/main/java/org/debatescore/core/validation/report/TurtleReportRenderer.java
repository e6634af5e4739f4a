package org.debatescore.core.validation.report;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.debatescore.core.rdf.BlankNode;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Literal;
import org.debatescore.core.rdf.Term;
import org.debatescore.core.validation.Severity;
import org.debatescore.core.validation.ValidationReport;
import org.debatescore.core.validation.ValidationResult;

/**
 * The W3C SHACL validation report in Turtle: one {@code sh:ValidationReport} with {@code
 * sh:conforms} and a {@code sh:result} per kept result ({@code sh:focusNode}, {@code
 * sh:resultPath}, {@code sh:value}, {@code sh:sourceConstraintComponent}, {@code sh:sourceShape},
 * {@code sh:resultSeverity}, {@code sh:resultMessage} in every language, and {@code rdfs:seeAlso}
 * to the specification). Written as text, so no RDF engine is needed.
 *
 * <p>What SHACL has no term for (counts, truncation, inputs, source locations) goes in comments.
 * Blank nodes of the data are relabelled {@code _:n0}, {@code _:n1}… consistently within the
 * report, since their labels need not be valid Turtle.
 */
public final class TurtleReportRenderer implements ReportRenderer {

  private static final Pattern LANG = Pattern.compile("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*");

  @Override
  public ReportFormat format() {
    return ReportFormat.TURTLE;
  }

  @Override
  public void render(ValidationReport report, Writer out) throws IOException {
    Map<String, String> bnodes = new HashMap<>();
    StringBuilder b = new StringBuilder();
    b.append("# Debatescore validation report\n");
    comment(b, "engine: " + report.engine() + "; language: " + report.language());
    for (String i : report.inputs()) {
      comment(b, "input: " + i);
    }
    for (String s : report.shapes()) {
      comment(b, "shapes: " + s);
    }
    StringBuilder counts = new StringBuilder("counts:");
    for (Severity s : Severity.values()) {
      counts.append(' ').append(s.label()).append('=').append(report.count(s));
    }
    comment(b, counts.toString());
    if (report.truncated()) {
      comment(
          b,
          "TRUNCATED: "
              + report.results().size()
              + " of "
              + report.total()
              + " results written"
              + (report.truncationReason() == null ? "" : " (" + report.truncationReason() + ")"));
    }
    b.append('\n');
    b.append("@prefix sh: <http://www.w3.org/ns/shacl#> .\n");
    b.append("@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n");
    b.append("@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n\n");
    b.append("[] a sh:ValidationReport ;\n");
    b.append("  sh:conforms ").append(report.conforms()).append(" ");
    if (report.results().isEmpty()) {
      b.append(".\n");
    }
    int n = 0;
    for (ValidationResult r : report.results()) {
      b.append(n == 0 ? ";\n  sh:result" : ",").append("\n");
      r.sourceLocation().ifPresent(loc -> comment(b.append("    "), loc.toString()));
      b.append("    [ a sh:ValidationResult ;\n");
      b.append("      sh:resultSeverity ").append(iri(r.severity().iri())).append(" ;\n");
      b.append("      sh:focusNode ").append(term(r.focusNode(), bnodes)).append(" ;\n");
      if (r.path() != null && !r.path().isEmpty()) {
        b.append("      sh:resultPath ").append(path(r.path())).append(" ;\n");
      }
      if (r.value() != null) {
        b.append("      sh:value ").append(term(r.value(), bnodes)).append(" ;\n");
      }
      b.append("      sh:sourceConstraintComponent ")
          .append(iri(r.constraintComponent().value()))
          .append(" ;\n");
      b.append("      sh:sourceShape ").append(term(r.sourceShape(), bnodes)).append(" ;\n");
      if (r.specLink() != null) {
        b.append("      rdfs:seeAlso ").append(iri(r.specLink())).append(" ;\n");
      }
      b.append("      sh:resultMessage ");
      if (r.messages().isEmpty()) {
        b.append(string(r.message()));
      } else {
        boolean first = true;
        for (Map.Entry<String, String> m : r.messages().entrySet()) {
          b.append(first ? "" : ", ").append(string(m.getValue()));
          if (LANG.matcher(m.getKey()).matches()) {
            b.append('@').append(m.getKey());
          }
          first = false;
        }
      }
      b.append("\n    ]");
      n++;
    }
    if (n > 0) {
      b.append(" .\n");
    }
    out.write(b.toString());
    out.flush();
  }

  private static void comment(StringBuilder b, String text) {
    b.append("# ").append(Display.oneLine(text)).append('\n');
  }

  private static String path(String path) {
    if (!path.contains("<")) {
      return iri(path);
    }
    try {
      return SparqlPath.toTurtle(path, TurtleReportRenderer::iri);
    } catch (IllegalArgumentException e) {
      // No SHACL form (e.g. a negated property set): keep the text so no information is lost.
      return string(path);
    }
  }

  static String term(Term t, Map<String, String> bnodes) {
    if (t instanceof Iri i) {
      return iri(i.value());
    }
    if (t instanceof BlankNode bn) {
      return bnodes.computeIfAbsent(bn.label(), k -> "_:n" + bnodes.size());
    }
    Literal l = (Literal) t;
    String s = string(l.lexical());
    if (l.language() != null) {
      return LANG.matcher(l.language()).matches() ? s + "@" + l.language() : s;
    }
    return l.datatype().equals(Literal.XSD_STRING) ? s : s + "^^" + iri(l.datatype());
  }

  /** An IRIREF, with the characters Turtle forbids in it written as {@code \}{@code uXXXX}. */
  static String iri(String iri) {
    StringBuilder b = new StringBuilder(iri.length() + 2).append('<');
    for (int i = 0; i < iri.length(); i++) {
      char c = iri.charAt(i);
      if (c <= 0x20 || "<>\"{}|^`\\".indexOf(c) >= 0) {
        b.append(String.format("\\u%04X", (int) c));
      } else if (Character.isSurrogate(c) && !validPair(iri, i)) {
        b.append("\\uFFFD");
      } else {
        b.append(c);
      }
    }
    return b.append('>').toString();
  }

  /** A double-quoted string literal; long strings use the triple-quoted form. */
  static String string(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        case '\b' -> b.append("\\b");
        case '\f' -> b.append("\\f");
        default -> {
          if (Character.isISOControl(c)) {
            b.append(String.format("\\u%04X", (int) c));
          } else if (Character.isSurrogate(c) && !validPair(s, i)) {
            b.append("\\uFFFD");
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  /** Whether the surrogate at {@code i} is half of a well-formed pair. */
  private static boolean validPair(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }
}
