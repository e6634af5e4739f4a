package org.debatescore.core.rdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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

  private final OutputStream out;
  // Terms are encoded straight into this buffer: going through a Writer copied every line into a
  // new String, and a reused StringBuilder turns UTF-16 after the first non-Latin-1 text.
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  // IRIs recur (predicates, datatypes, codes, the subject of each statement of an entity): the last
  // strings known to need no escaping, by identity, spare a scan of every character.
  private final String[] plain = new String[512];

  /** A writer on {@code out}; {@link #finish()} flushes, it never closes {@code out}. */
  public NTriplesWriter(OutputStream out) {
    this.out = out;
  }

  @Override
  public void triple(Triple triple) {
    try {
      resource(triple.subject());
      ascii(' ');
      iri(triple.predicate().value());
      ascii(' ');
      Term o = triple.object();
      if (o instanceof Literal literal) {
        literal(literal);
      } else {
        resource((Resource) o);
      }
      ascii(' ');
      ascii('.');
      ascii('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void finish() {
    try {
      drain();
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void drain() throws IOException {
    if (pos > 0) {
      out.write(buf, 0, pos);
      pos = 0;
    }
  }

  private void ascii(char c) throws IOException {
    if (pos == buf.length) {
      drain();
    }
    buf[pos++] = (byte) c;
  }

  /** UTF-8 encodes one character, or a surrogate pair starting at {@code i}; returns chars used. */
  private int utf8(String s, int i) throws IOException {
    if (buf.length - pos < 4) {
      drain();
    }
    char c = s.charAt(i);
    if (c < 0x80) {
      buf[pos++] = (byte) c;
    } else if (c < 0x800) {
      buf[pos++] = (byte) (0xC0 | (c >> 6));
      buf[pos++] = (byte) (0x80 | (c & 0x3F));
    } else if (Character.isHighSurrogate(c)
        && i + 1 < s.length()
        && Character.isLowSurrogate(s.charAt(i + 1))) {
      int cp = Character.toCodePoint(c, s.charAt(i + 1));
      buf[pos++] = (byte) (0xF0 | (cp >> 18));
      buf[pos++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
      buf[pos++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
      buf[pos++] = (byte) (0x80 | (cp & 0x3F));
      return 2;
    } else if (Character.isSurrogate(c)) {
      buf[pos++] = (byte) '?'; // a lone surrogate has no UTF-8 form; the JDK writes '?' too
    } else {
      buf[pos++] = (byte) (0xE0 | (c >> 12));
      buf[pos++] = (byte) (0x80 | ((c >> 6) & 0x3F));
      buf[pos++] = (byte) (0x80 | (c & 0x3F));
    }
    return 1;
  }

  private void text(String s) throws IOException {
    int n = s.length();
    for (int i = 0; i < n; ) {
      char c = s.charAt(i);
      if (c < 0x80) {
        if (pos == buf.length) {
          drain();
        }
        buf[pos++] = (byte) c;
        i++;
      } else {
        i += utf8(s, i);
      }
    }
  }

  private void resource(Resource r) throws IOException {
    if (r instanceof Iri iri) {
      iri(iri.value());
    } else {
      ascii('_');
      ascii(':');
      text(label(((BlankNode) r).label()));
    }
  }

  private void iri(String iri) throws IOException {
    ascii('<');
    int slot = System.identityHashCode(iri) & (plain.length - 1);
    if (plain[slot] == iri) {
      text(iri);
    } else if (isPlainIri(iri)) {
      plain[slot] = iri;
      text(iri);
    } else {
      for (int i = 0; i < iri.length(); i++) {
        char c = iri.charAt(i);
        if (forbiddenInIri(c)) {
          text(String.format("\\u%04X", (int) c));
        } else {
          i += utf8(iri, i) - 1;
        }
      }
    }
    ascii('>');
  }

  private static boolean forbiddenInIri(char c) {
    return c <= 0x20 || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|'
        || c == '^' || c == '`' || c == '\\';
  }

  private static boolean isPlainIri(String iri) {
    for (int i = 0; i < iri.length(); i++) {
      if (forbiddenInIri(iri.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private void literal(Literal l) throws IOException {
    ascii('"');
    String s = l.lexical();
    if (s.indexOf('"') < 0 && s.indexOf('\\') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      text(s);
    } else {
      for (int i = 0; i < s.length(); ) {
        char c = s.charAt(i);
        switch (c) {
          case '"' -> text("\\\"");
          case '\\' -> text("\\\\");
          case '\n' -> text("\\n");
          case '\r' -> text("\\r");
          default -> {
            i += utf8(s, i);
            continue;
          }
        }
        i++;
      }
    }
    ascii('"');
    if (l.language() != null) {
      ascii('@');
      text(l.language());
    } else if (!l.datatype().equals(Literal.XSD_STRING)) {
      ascii('^');
      ascii('^');
      iri(l.datatype());
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
}
