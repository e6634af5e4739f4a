package org.debatescore.rdf4j.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.debatescore.core.ParseException;
import org.debatescore.core.SourceLocation;

/**
 * Refuses RDF/XML that declares external entities. Rio is configured never to fetch them (the
 * entity would silently read as nothing), and saying so is better than losing data quietly.
 * Internal entities ({@code <!ENTITY xsd "http://www.w3.org/2001/XMLSchema#">}, common in OWL
 * files) are fine.
 */
final class RdfXmlGuard {

  /** How much of the start of the document is examined for a DOCTYPE. */
  static final int PROLOG_LIMIT = 1 << 16;

  private static final Pattern EXTERNAL_ENTITY =
      Pattern.compile("<!ENTITY\\s+(%\\s+)?([^\\s\"'>]+)\\s+(SYSTEM|PUBLIC)\\b");
  private static final Pattern SUBSET_END = Pattern.compile("\\]\\s*>");

  private RdfXmlGuard() {}

  /**
   * Examines the prolog; {@code in} must support mark and reset and is left at its start.
   *
   * @throws ParseException if an external entity is declared
   */
  static void check(InputStream in, String source) throws IOException {
    in.mark(PROLOG_LIMIT);
    byte[] head = in.readNBytes(PROLOG_LIMIT);
    in.reset();
    String text = new String(head, StandardCharsets.ISO_8859_1);
    int doctype = text.indexOf("<!DOCTYPE");
    if (doctype < 0) {
      return;
    }
    Matcher m = EXTERNAL_ENTITY.matcher(text);
    m.region(doctype, endOfDoctype(text, doctype));
    if (m.find()) {
      long line = 1;
      int lineStart = 0;
      for (int i = 0; i < m.start(); i++) {
        if (text.charAt(i) == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      throw new ParseException(
          SourceLocation.of(source, line, m.start() - lineStart + 1),
          "external "
              + (m.group(1) != null ? "parameter " : "")
              + "entity '"
              + m.group(2)
              + "' is not allowed: external entities and DTDs are never fetched;"
              + " inline the entity text or remove the declaration");
    }
  }

  private static int endOfDoctype(String text, int doctype) {
    int bracket = text.indexOf('[', doctype);
    int close = text.indexOf('>', doctype);
    if (bracket >= 0 && (close < 0 || bracket < close)) {
      Matcher end = SUBSET_END.matcher(text);
      return end.find(bracket) ? end.end() : text.length();
    }
    return close < 0 ? text.length() : close;
  }
}
