package org.debatescore.vocab.docs;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The term definitions of a JSON-LD context, with their IRIs expanded.
 *
 * <p>A deliberately small subset of JSON-LD context processing (prefixes, compact IRIs, {@code
 * @vocab}, {@code @reverse}, type coercion, property-scoped {@code @vocab}): enough to check the
 * Debatescore context against the ontology and to document it, without a JSON-LD processor.
 */
public final class ContextTerms {

  /**
   * One term definition.
   *
   * @param key the JSON key
   * @param iri the expanded IRI, or a keyword such as {@code @id} for aliases, or null if the term
   *     is explicitly unmapped
   * @param reverse whether the term is an {@code @reverse} property
   * @param type the expanded {@code @type} coercion (an IRI or {@code @id}, {@code @vocab}), or
   *     null
   * @param container the {@code @container}, or null
   * @param scopedVocab the {@code @vocab} of a property-scoped context, or null
   */
  public record Term(
      String key, String iri, boolean reverse, String type, String container, String scopedVocab) {}

  private final JsonObject context;
  private final String vocab;
  private final List<Term> terms;

  private ContextTerms(JsonObject context) {
    this.context = context;
    this.vocab = context.containsKey("@vocab") ? context.getString("@vocab") : null;
    List<Term> list = new ArrayList<>();
    for (Map.Entry<String, JsonValue> e : context.entrySet()) {
      if (!e.getKey().startsWith("@")) {
        list.add(define(e.getKey(), e.getValue()));
      }
    }
    this.terms = Collections.unmodifiableList(list);
  }

  /** Reads a context document ({@code {"@context": {...}}}); strict JSON. */
  public static ContextTerms read(InputStream in) {
    try (JsonReader reader = Json.createReader(in)) {
      JsonObject root = reader.readObject();
      JsonValue ctx = root.get("@context");
      if (ctx == null || ctx.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new IllegalArgumentException("the context document has no \"@context\" object");
      }
      return new ContextTerms(ctx.asJsonObject());
    }
  }

  /** The top-level {@code @vocab}, or null. */
  public String vocab() {
    return vocab;
  }

  /** The raw value of a top-level key, or null. */
  public JsonValue raw(String key) {
    return context.get(key);
  }

  /** All term definitions, in document order. */
  public List<Term> terms() {
    return terms;
  }

  /** Expands a compact IRI, term or vocabulary-relative name as a property or type would be. */
  public String expand(String value) {
    return expand(value, 0);
  }

  private Term define(String key, JsonValue def) {
    if (def.getValueType() == JsonValue.ValueType.STRING) {
      return new Term(key, expand(((JsonString) def).getString(), 0), false, null, null, null);
    }
    if (def.getValueType() == JsonValue.ValueType.NULL) {
      return new Term(key, null, false, null, null, null);
    }
    JsonObject obj = def.asJsonObject();
    String iri;
    boolean reverse = false;
    if (obj.containsKey("@reverse")) {
      iri = expand(string(key, obj, "@reverse"), 0);
      reverse = true;
    } else if (obj.containsKey("@id")) {
      iri = obj.isNull("@id") ? null : expand(string(key, obj, "@id"), 0);
    } else {
      iri = key.contains(":") ? expand(key, 0) : vocab == null ? null : vocab + key;
    }
    String type = obj.containsKey("@type") ? expand(string(key, obj, "@type"), 0) : null;
    String container = null;
    if (obj.containsKey("@container")) {
      JsonValue c = obj.get("@container");
      container =
          c.getValueType() == JsonValue.ValueType.STRING
              ? ((JsonString) c).getString()
              : c.toString();
    }
    String scopedVocab = null;
    JsonValue scoped = obj.get("@context");
    if (scoped != null && scoped.getValueType() == JsonValue.ValueType.OBJECT) {
      JsonObject s = scoped.asJsonObject();
      if (s.containsKey("@vocab")) {
        scopedVocab = expand(string(key, s, "@vocab"), 0);
      }
    }
    return new Term(key, iri, reverse, type, container, scopedVocab);
  }

  private static String string(String term, JsonObject obj, String key) {
    JsonValue v = obj.get(key);
    if (v == null || v.getValueType() != JsonValue.ValueType.STRING) {
      throw new IllegalArgumentException(
          "context term \"" + term + "\": " + key + " must be a string, found " + v);
    }
    return ((JsonString) v).getString();
  }

  private String expand(String value, int depth) {
    if (value.startsWith("@") || depth > 8) {
      return value;
    }
    int colon = value.indexOf(':');
    if (colon > 0) {
      String prefix = value.substring(0, colon);
      String suffix = value.substring(colon + 1);
      if (suffix.startsWith("//")) {
        return value; // already absolute (http://, https://)
      }
      String ns = termIri(prefix, depth + 1);
      return ns == null ? value : ns + suffix;
    }
    String term = termIri(value, depth + 1);
    if (term != null) {
      return term;
    }
    return vocab == null ? value : vocab + value;
  }

  private String termIri(String key, int depth) {
    JsonValue def = context.get(key);
    if (def == null) {
      return null;
    }
    if (def.getValueType() == JsonValue.ValueType.STRING) {
      return expand(((JsonString) def).getString(), depth);
    }
    if (def.getValueType() == JsonValue.ValueType.OBJECT) {
      JsonObject obj = def.asJsonObject();
      if (obj.containsKey("@id") && !obj.isNull("@id")) {
        return expand(obj.getString("@id"), depth);
      }
    }
    return null;
  }
}
