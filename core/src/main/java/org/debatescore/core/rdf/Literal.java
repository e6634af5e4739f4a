package org.debatescore.core.rdf;

import java.util.Locale;
import java.util.Objects;

/**
 * A literal as RDF 1.1 defines it: a lexical form and a datatype, plus a language tag when the
 * datatype is {@code rdf:langString}. The lexical form is kept exactly as given.
 */
public record Literal(String lexical, String datatype, String language) implements Term {

  public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
  public static final String XSD_STRING = XSD + "string";
  public static final String LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString";

  public Literal {
    Objects.requireNonNull(lexical, "lexical");
    if (language != null && !language.isEmpty()) {
      datatype = LANG_STRING;
    } else {
      language = null;
      Objects.requireNonNull(datatype, "datatype");
      if (datatype.equals(LANG_STRING)) {
        throw new IllegalArgumentException("rdf:langString literal without a language tag");
      }
    }
  }

  public static Literal string(String lexical) {
    return new Literal(lexical, XSD_STRING, null);
  }

  public static Literal lang(String lexical, String language) {
    return new Literal(lexical, LANG_STRING, language);
  }

  public static Literal typed(String lexical, String datatype) {
    return new Literal(lexical, datatype, null);
  }

  public boolean isLangString() {
    return language != null;
  }

  @Override
  public String toNTriples() {
    String quoted = "\"" + escape(lexical) + "\"";
    if (language != null) {
      return quoted + "@" + language;
    }
    return datatype.equals(XSD_STRING) ? quoted : quoted + "^^<" + datatype + ">";
  }

  /** Language tags compare case-insensitively in RDF; this key lets callers group by tag. */
  public String languageKey() {
    return language == null ? null : language.toLowerCase(Locale.ROOT);
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return toNTriples();
  }
}
