package org.debatescore.importers.support;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.debatescore.core.LimitExceededException;
import org.debatescore.core.SourceLocation;
import org.debatescore.core.model.TemporalValue;

/**
 * Jackson set up for exports: a streaming parser with a nesting-depth limit (against deeply nested
 * hostile input, which would otherwise cost stack), trees read one record at a time, and helpers to
 * read optional fields of any JSON type as text.
 */
public final class JsonSupport {

  /** Deeper nesting than any export needs; beyond it the input is refused. */
  public static final int MAX_NESTING_DEPTH = 200;

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
          .build();

  private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

  private JsonSupport() {}

  /** A parser over {@code in} whose {@code readValueAsTree} gives {@link JsonNode}s. */
  public static JsonParser parser(InputStream in) throws IOException {
    JsonParser p = MAPPER.createParser(in);
    return p;
  }

  /** Reads the value at the parser's current token as a tree. */
  public static JsonNode tree(JsonParser p) throws IOException {
    JsonNode n = MAPPER.readTree(p);
    return n;
  }

  /**
   * Turns a failure of the nesting-depth limit into a {@link LimitExceededException}; {@code null}
   * for any other failure (malformed JSON, reported by the importer).
   */
  public static LimitExceededException limit(String source, JsonProcessingException e) {
    if (e instanceof StreamConstraintsException) {
      return new LimitExceededException(
          where(source, e), e.getOriginalMessage() + " (the JSON nesting-depth limit)");
    }
    return null;
  }

  /** The location of a parse failure. */
  public static SourceLocation where(String source, JsonProcessingException e) {
    JsonLocation l = e.getLocation();
    if (l == null || l.getLineNr() <= 0) {
      return SourceLocation.unknown(source);
    }
    return SourceLocation.of(source, l.getLineNr(), Math.max(1, l.getColumnNr()));
  }

  /** A short message for a parse failure: what and where, without Jackson's source excerpt. */
  public static String message(JsonProcessingException e) {
    JsonLocation l = e.getLocation();
    String m = e.getOriginalMessage();
    if (m != null && m.length() > 200) {
      m = m.substring(0, 200) + "...";
    }
    return "malformed JSON"
        + (l != null && l.getLineNr() > 0
            ? " at line " + l.getLineNr() + ", column " + l.getColumnNr()
            : "")
        + ": "
        + m;
  }

  /**
   * The text of field {@code name}: a string as is, a number or boolean as written, {@code null}
   * when absent, JSON null, blank, an object or an array.
   */
  public static String text(JsonNode node, String name) {
    if (node == null || !node.isObject()) {
      return null;
    }
    JsonNode v = node.get(name);
    if (v == null || !v.isValueNode() || v.isNull()) {
      return null;
    }
    String s = v.asText();
    return s == null || s.isBlank() ? null : s;
  }

  /** The field {@code name} if it is an object, else {@code null}. */
  public static JsonNode object(JsonNode node, String name) {
    if (node == null || !node.isObject()) {
      return null;
    }
    JsonNode v = node.get(name);
    return v != null && v.isObject() ? v : null;
  }

  /**
   * A date or date-time as given: ISO 8601 ({@code 2013-10-09T18:53:09Z}, {@code 2013-10-09}), or
   * {@code YYYY-MM-DD HH:mm:ss} (the space read as {@code T}); no time zone is invented. {@code
   * null} when it is none of these (partial dates such as {@code 1970-01}).
   */
  public static TemporalValue temporal(String text) {
    if (text == null) {
      return null;
    }
    String t = text.strip();
    if (t.length() > 10 && t.charAt(10) == ' ') {
      t = t.substring(0, 10) + "T" + t.substring(11);
    }
    if (t.indexOf('T') >= 0) {
      return TemporalValue.tryParse(t, TemporalValue.Kind.DATE_TIME.datatype());
    }
    return TemporalValue.tryParse(t, TemporalValue.Kind.DATE.datatype());
  }
}
