package org.debatescore.core.validation.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Turns a SPARQL 1.1 property path whose IRIs are written in angle brackets (e.g. {@code
 * ^<p>/(<q>|<r>)*}) into the SHACL path syntax in Turtle: RDF lists for sequences, {@code
 * sh:alternativePath}, {@code sh:inversePath}, {@code sh:zeroOrMorePath}, {@code sh:oneOrMorePath},
 * {@code sh:zeroOrOnePath}. Negated property sets have no SHACL form and are rejected.
 */
final class SparqlPath {

  private static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

  private final String text;
  private final Function<String, String> iriWriter;
  private int pos;

  private SparqlPath(String text, Function<String, String> iriWriter) {
    this.text = text;
    this.iriWriter = iriWriter;
  }

  /**
   * The Turtle text of the SHACL path.
   *
   * @param iriWriter writes one IRI as a Turtle term
   * @throws IllegalArgumentException if {@code path} is not a path this class understands
   */
  static String toTurtle(String path, Function<String, String> iriWriter) {
    SparqlPath p = new SparqlPath(path, iriWriter);
    String out = p.alternative();
    p.skipSpace();
    if (p.pos != p.text.length()) {
      throw p.error("unexpected '" + p.text.charAt(p.pos) + "'");
    }
    return out;
  }

  private String alternative() {
    List<String> parts = new ArrayList<>();
    parts.add(sequence());
    while (accept('|')) {
      parts.add(sequence());
    }
    return parts.size() == 1
        ? parts.get(0)
        : "[ sh:alternativePath ( " + String.join(" ", parts) + " ) ]";
  }

  private String sequence() {
    List<String> parts = new ArrayList<>();
    parts.add(eltOrInverse());
    while (accept('/')) {
      parts.add(eltOrInverse());
    }
    return parts.size() == 1 ? parts.get(0) : "( " + String.join(" ", parts) + " )";
  }

  private String eltOrInverse() {
    if (accept('^')) {
      return "[ sh:inversePath " + elt() + " ]";
    }
    return elt();
  }

  private String elt() {
    String primary = primary();
    if (accept('*')) {
      return "[ sh:zeroOrMorePath " + primary + " ]";
    }
    if (accept('+')) {
      return "[ sh:oneOrMorePath " + primary + " ]";
    }
    if (accept('?')) {
      return "[ sh:zeroOrOnePath " + primary + " ]";
    }
    return primary;
  }

  private String primary() {
    skipSpace();
    if (pos >= text.length()) {
      throw error("path ends too early");
    }
    char c = text.charAt(pos);
    if (c == '<') {
      int end = text.indexOf('>', pos);
      if (end < 0) {
        throw error("unclosed IRI");
      }
      String iri = text.substring(pos + 1, end);
      pos = end + 1;
      return iriWriter.apply(iri);
    }
    if (c == '(') {
      pos++;
      String inner = alternative();
      if (!accept(')')) {
        throw error("missing ')'");
      }
      return inner;
    }
    if (c == 'a'
        && (pos + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(pos + 1)))) {
      pos++;
      return iriWriter.apply(RDF_TYPE);
    }
    throw error("expected an IRI in angle brackets or '('");
  }

  private boolean accept(char c) {
    skipSpace();
    if (pos < text.length() && text.charAt(pos) == c) {
      pos++;
      return true;
    }
    return false;
  }

  private void skipSpace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException(
        "Cannot read the property path '" + text + "' at character " + pos + ": " + what);
  }
}
