package org.debatescore.core.rdf;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Writes statements as N-Triples (UTF-8, one statement per line) straight from core terms. It is
 * the fast path for large archives: converting every term to an engine's node before writing
 * doubled the cost of writing N-Triples (see bench/README.md). Output follows the W3C N-Triples
 * grammar: strings escape only what they must, IRIs escape the characters IRIREF forbids, and
 * blank-node labels that are not valid N-Triples labels are encoded injectively.
 */
public final class NTriplesWriter implements RdfSink {

  private static final Pattern SAFE_LABEL = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_-]*");

  private final Writer out;
  private final StringBuilder buffer = new StringBuilder(256);

  /** A writer on {@code out}; {@link #finish()} flushes, it never closes {@code out}. */
  public NTriplesWriter(OutputStream out) {
    this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
  }

  @Override
  public void triple(Triple triple) {
    try {
      // Reuse one buffer: allocation per statement is most of the cost at millions of statements.
      StringBuilder b = buffer;
      b.setLength(0);
      resource(b, triple.subject());
      b.append(' ');
      iri(b, triple.predicate().value());
      b.append(' ');
      Term o = triple.object();
      if (o instanceof Literal literal) {
        literal(b, literal);
      } else {
        resource(b, (Resource) o);
      }
      b.append(" .\n");
      out.append(b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void finish() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void resource(StringBuilder b, Resource r) {
    if (r instanceof Iri iri) {
      iri(b, iri.value());
    } else {
      b.append("_:").append(label(((BlankNode) r).label()));
    }
  }

  /** A valid N-Triples label for {@code label}; distinct labels stay distinct. */
  static String label(String label) {
    if (SAFE_LABEL.matcher(label).matches()) {
      return label;
    }
    // A '.' never occurs in a safe label, so encoded labels cannot collide with them.
    StringBuilder b = new StringBuilder("x.");
    for (byte by : label.getBytes(StandardCharsets.UTF_8)) {
      b.append(Character.forDigit((by >> 4) & 0xF, 16)).append(Character.forDigit(by & 0xF, 16));
    }
    return b.toString();
  }

  private static void iri(StringBuilder b, String iri) {
    b.append('<');
    if (isPlainIri(iri)) {
      b.append(iri).append('>');
      return;
    }
    for (int i = 0; i < iri.length(); i++) {
      char c = iri.charAt(i);
      if (c <= 0x20 || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|'
          || c == '^' || c == '`' || c == '\\') {
        b.append(String.format("\\u%04X", (int) c));
      } else {
        b.append(c);
      }
    }
    b.append('>');
  }

  private static boolean isPlainIri(String iri) {
    for (int i = 0; i < iri.length(); i++) {
      char c = iri.charAt(i);
      if (c <= 0x20 || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|'
          || c == '^' || c == '`' || c == '\\') {
        return false;
      }
    }
    return true;
  }

  private static void literal(StringBuilder b, Literal l) {
    b.append('"');
    String s = l.lexical();
    if (s.indexOf('"') < 0 && s.indexOf('\\') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      b.append(s);
    } else {
      escape(b, s);
    }
    b.append('"');
    if (l.language() != null) {
      b.append('@').append(l.language());
    } else if (!l.datatype().equals(Literal.XSD_STRING)) {
      b.append("^^");
      iri(b, l.datatype());
    }
  }

  private static void escape(StringBuilder b, String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        default -> b.append(c);
      }
    }
  }
}
