package org.debatescore.rdf4j.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.debatescore.core.ParseException;
import org.debatescore.core.SourceLocation;
import org.debatescore.vocab.VocabularyFile;
import org.eclipse.rdf4j.common.net.ParsedIRI;

/**
 * A streaming pass over a JSON document (JSON-LD or RDF/JSON), with Jackson, before the RDF
 * parser sees it. It checks the JSON syntax (so a syntax error gets a line and column), bounds the
 * nesting depth and records positions:
 *
 * <ul>
 *   <li>JSON-LD: each node object's {@code @id} (or an alias such as {@code id}) when the node has
 *       other members, i.e. where the node is a subject, and each {@code @context} member and
 *       context IRI referenced;
 *   <li>RDF/JSON: each top-level member, whose name is a subject.
 * </ul>
 *
 * <p>JSON-LD identifiers are expanded as far as is simple: absolute IRIs, compact IRIs whose
 * prefix an inline context (or the Debatescore context) defines, and relative IRIs against {@code
 * @base} or the document base. Scoped and nested contexts are merged into one flat view: right for
 * ordinary documents, a best effort otherwise.
 */
final class JsonLdScanner {

  /** Deeper JSON is refused: no sensible document needs it, and the JSON-LD processor recurses. */
  static final int MAX_DEPTH = 256;

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
          .build();

  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
  private static final String GEN_DELIMS = ":/?#[]@";

  private static volatile Scan bundledContext;

  private final String source;
  private final Scan scan = new Scan();
  private JsonParser parser;

  private JsonLdScanner(String source) {
    this.source = source;
  }

  /** What the pass found. */
  static final class Scan {
    final Map<String, long[]> ids = new LinkedHashMap<>();
    final Map<String, String> prefixes = new HashMap<>();
    final Set<String> idAliases = new HashSet<>(Set.of("@id", "id"));
    final Map<String, long[]> contextRefs = new LinkedHashMap<>();
    String base;
    long[] root = {1, 1};
    long[] firstContext;
    boolean hasContext;

    /** Subject IRIs to their position, expanded against {@code documentBase} where needed. */
    Map<String, long[]> subjects(String documentBase) {
      Map<String, long[]> out = new HashMap<>();
      String effectiveBase = base != null ? resolve(documentBase, base) : documentBase;
      for (Map.Entry<String, long[]> e : ids.entrySet()) {
        String iri = expand(e.getKey(), effectiveBase);
        if (iri != null) {
          out.putIfAbsent(iri, e.getValue());
        }
      }
      return out;
    }

    private String expand(String raw, String base) {
      if (raw.startsWith("_:") || raw.isEmpty() && base == null) {
        return null;
      }
      int colon = raw.indexOf(':');
      if (colon > 0) {
        String prefix = raw.substring(0, colon);
        String suffix = raw.substring(colon + 1);
        String ns = prefixes.get(prefix);
        if (ns != null && !suffix.startsWith("//")) {
          return ns + suffix;
        }
        if (SCHEME.matcher(raw).find()) {
          return raw;
        }
      }
      return base == null ? null : resolve(base, raw);
    }

    private static String resolve(String base, String relative) {
      if (base == null) {
        return SCHEME.matcher(relative).find() ? relative : null;
      }
      try {
        return ParsedIRI.create(base).resolve(relative);
      } catch (RuntimeException e) {
        return null;
      }
    }

    /** Where a context IRI is referenced, else where the first context is, else the root. */
    long[] contextPosition(String iri) {
      long[] p = iri == null ? null : contextRefs.get(iri);
      if (p != null) {
        return p;
      }
      return firstContext != null ? firstContext : root;
    }
  }

  /**
   * Scans a JSON-LD document.
   *
   * @throws ParseException for malformed JSON, JSON nested deeper than {@link #MAX_DEPTH}, or a
   *     document that is not an object or an array
   */
  static Scan scan(byte[] document, String source) {
    JsonLdScanner s = new JsonLdScanner(source);
    s.run(document, false);
    return s.scan;
  }

  /**
   * Scans an RDF/JSON document: its top-level member names are the subjects.
   *
   * @throws ParseException for malformed JSON
   */
  static Map<String, long[]> scanRdfJson(byte[] document, String source) {
    JsonLdScanner s = new JsonLdScanner(source);
    s.run(document, true);
    return s.scan.ids;
  }

  private void run(byte[] document, boolean rdfJson) {
    try (JsonParser p = FACTORY.createParser(document)) {
      parser = p;
      if (rdfJson) {
        rdfJsonDocument();
      } else {
        document();
      }
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation() != null ? e.getLocation() : currentLocation();
      throw new ParseException(
          location(source, loc), "malformed JSON: " + ErrorMessages.clean(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new ParseException(
          location(source, currentLocation()),
          "malformed JSON: " + ErrorMessages.clean(e.getMessage()));
    }
  }

  private JsonLocation currentLocation() {
    return parser == null ? null : parser.currentLocation();
  }

  private static SourceLocation location(String source, JsonLocation loc) {
    if (loc == null || loc.getLineNr() <= 0) {
      return SourceLocation.of(source, 1, 1);
    }
    return SourceLocation.of(source, loc.getLineNr(), Math.max(loc.getColumnNr(), 1));
  }

  private long[] here() {
    JsonLocation l = parser.currentTokenLocation();
    return new long[] {Math.max(l.getLineNr(), 1), Math.max(l.getColumnNr(), 1)};
  }

  private void rdfJsonDocument() throws IOException {
    JsonToken t = parser.nextToken();
    if (t != JsonToken.START_OBJECT) {
      long[] p = t == null ? new long[] {1, 1} : here();
      throw new ParseException(
          SourceLocation.of(source, p[0], p[1]), "an RDF/JSON document must be a JSON object");
    }
    for (JsonToken m = parser.nextToken(); m != JsonToken.END_OBJECT; m = parser.nextToken()) {
      scan.ids.putIfAbsent(parser.currentName(), here());
      parser.nextToken();
      parser.skipChildren();
    }
    trailing();
  }

  private void document() throws IOException {
    JsonToken t = parser.nextToken();
    if (t == null) {
      throw new ParseException(SourceLocation.of(source, 1, 1), "empty JSON-LD document");
    }
    scan.root = here();
    if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
      throw new ParseException(
          SourceLocation.of(source, scan.root[0], scan.root[1]),
          "a JSON-LD document must be a JSON object or array, found " + describe(t));
    }
    value(t);
    trailing();
  }

  private void trailing() throws IOException {
    JsonToken after = parser.nextToken();
    if (after != null) {
      long[] p = here();
      throw new ParseException(
          SourceLocation.of(source, p[0], p[1]),
          "unexpected " + describe(after) + " after the end of the JSON document");
    }
  }

  private static String describe(JsonToken t) {
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> t.asString() == null ? t.name() : "'" + t.asString() + "'";
    };
  }

  private void value(JsonToken t) throws IOException {
    if (t == JsonToken.START_OBJECT) {
      object();
    } else if (t == JsonToken.START_ARRAY) {
      for (JsonToken e = parser.nextToken(); e != JsonToken.END_ARRAY; e = parser.nextToken()) {
        value(e);
      }
    }
  }

  private void object() throws IOException {
    String id = null;
    long[] idPos = null;
    boolean other = false;
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
      String name = parser.currentName();
      long[] keyPos = here();
      JsonToken v = parser.nextToken();
      if ("@context".equals(name)) {
        scan.hasContext = true;
        if (scan.firstContext == null) {
          scan.firstContext = keyPos;
        }
        context(v);
      } else if (scan.idAliases.contains(name)) {
        if (v == JsonToken.VALUE_STRING) {
          if (id == null) {
            id = parser.getText();
            idPos = here();
          }
        } else {
          value(v);
        }
      } else {
        other = true;
        value(v);
      }
    }
    if (id != null && other) {
      scan.ids.putIfAbsent(id, idPos);
    }
  }

  private void context(JsonToken t) throws IOException {
    switch (t) {
      case VALUE_STRING -> {
        String iri = parser.getText();
        scan.contextRefs.putIfAbsent(iri, here());
        if (OfflineDocumentLoader.isDebatescoreContext(iri)) {
          mergeBundled();
        }
      }
      case START_ARRAY -> {
        for (JsonToken e = parser.nextToken(); e != JsonToken.END_ARRAY; e = parser.nextToken()) {
          context(e);
        }
      }
      case START_OBJECT -> contextObject();
      default -> {
        // null resets the context; numbers and booleans are errors the processor reports.
      }
    }
  }

  private void contextObject() throws IOException {
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
      String term = parser.currentName();
      JsonToken v = parser.nextToken();
      if (v == JsonToken.VALUE_STRING) {
        String iri = parser.getText();
        if ("@base".equals(term)) {
          scan.base = iri;
        } else if ("@id".equals(iri)) {
          scan.idAliases.add(term);
        } else if (!term.startsWith("@")
            && !iri.isEmpty()
            && GEN_DELIMS.indexOf(iri.charAt(iri.length() - 1)) >= 0) {
          scan.prefixes.put(term, iri);
        }
      } else if (v == JsonToken.START_OBJECT && !term.startsWith("@")) {
        termDefinition(term);
      } else {
        parser.skipChildren();
      }
    }
  }

  private void termDefinition(String term) throws IOException {
    String iri = null;
    boolean prefix = false;
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
      String key = parser.currentName();
      JsonToken v = parser.nextToken();
      if ("@id".equals(key) && v == JsonToken.VALUE_STRING) {
        iri = parser.getText();
      } else if ("@prefix".equals(key) && v == JsonToken.VALUE_TRUE) {
        prefix = true;
      } else {
        parser.skipChildren();
      }
    }
    if (iri != null && prefix) {
      scan.prefixes.put(term, iri);
    }
  }

  private void mergeBundled() {
    Scan b = bundled();
    b.prefixes.forEach(scan.prefixes::putIfAbsent);
    scan.idAliases.addAll(b.idAliases);
  }

  private static Scan bundled() {
    Scan b = bundledContext;
    if (b == null) {
      try (InputStream in = VocabularyFile.CONTEXT.open()) {
        b = scan(in.readAllBytes(), VocabularyFile.CONTEXT.resourcePath());
      } catch (IOException | RuntimeException e) {
        b = new Scan();
      }
      bundledContext = b;
    }
    return b;
  }
}
