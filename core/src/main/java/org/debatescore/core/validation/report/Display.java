package org.debatescore.core.validation.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.debatescore.core.rdf.BlankNode;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Literal;
import org.debatescore.core.rdf.Term;

/** Short, human-readable forms of terms and paths for the text and HTML reports. */
final class Display {

  /** Longest literal shown; longer ones are cut with an ellipsis (never echo large values). */
  static final int MAX_VALUE_CHARS = 80;

  static final Map<String, String> PREFIXES = new LinkedHashMap<>();

  static {
    PREFIXES.put("dbs", "https://w3id.org/debatescore/ns#");
    PREFIXES.put("dbsh", "https://w3id.org/debatescore/shapes#");
    PREFIXES.put("dct", "http://purl.org/dc/terms/");
    PREFIXES.put("schema", "https://schema.org/");
    PREFIXES.put("foaf", "http://xmlns.com/foaf/0.1/");
    PREFIXES.put("prov", "http://www.w3.org/ns/prov#");
    PREFIXES.put("org", "http://www.w3.org/ns/org#");
    PREFIXES.put("skos", "http://www.w3.org/2004/02/skos/core#");
    PREFIXES.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
    PREFIXES.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
    PREFIXES.put("xsd", "http://www.w3.org/2001/XMLSchema#");
    PREFIXES.put("sh", "http://www.w3.org/ns/shacl#");
  }

  private static final Pattern LOCAL = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");
  private static final Pattern BRACKETED_IRI = Pattern.compile("<([^<>]*)>");

  private Display() {}

  /** {@code dct:title} for a known namespace and simple local name, else {@code <iri>}. */
  static String iri(String iri) {
    for (Map.Entry<String, String> e : PREFIXES.entrySet()) {
      if (iri.startsWith(e.getValue())) {
        String local = iri.substring(e.getValue().length());
        if (LOCAL.matcher(local).matches() && !local.endsWith(".")) {
          return e.getKey() + ":" + local;
        }
      }
    }
    return "<" + iri + ">";
  }

  static String term(Term term) {
    if (term == null) {
      return "";
    }
    if (term instanceof Iri iri) {
      return iri(iri.value());
    }
    if (term instanceof BlankNode b) {
      return "_:" + b.label();
    }
    Literal l = (Literal) term;
    String quoted = "\"" + cut(oneLine(l.lexical())) + "\"";
    if (l.language() != null) {
      return quoted + "@" + l.language();
    }
    return l.datatype().equals(Literal.XSD_STRING) ? quoted : quoted + "^^" + iri(l.datatype());
  }

  /** A path in short form: an IRI compacted, or each bracketed IRI of an expression compacted. */
  static String path(String path) {
    if (path == null) {
      return "";
    }
    if (!path.contains("<")) {
      return iri(path);
    }
    Matcher m = BRACKETED_IRI.matcher(path);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(b, Matcher.quoteReplacement(iri(m.group(1))));
    }
    m.appendTail(b);
    return b.toString();
  }

  /** Replaces line breaks and other control characters by spaces. */
  static String oneLine(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(Character.isISOControl(c) ? ' ' : c);
    }
    return b.toString();
  }

  static String cut(String s) {
    if (s.length() <= MAX_VALUE_CHARS) {
      return s;
    }
    int end = MAX_VALUE_CHARS - 1;
    if (Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end) + "…";
  }
}
