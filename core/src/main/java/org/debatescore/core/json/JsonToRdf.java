package org.debatescore.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.debatescore.core.ParseException;
import org.debatescore.core.SourceLocation;
import org.debatescore.core.rdf.BlankNode;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Literal;
import org.debatescore.core.rdf.LocatedRdfSink;
import org.debatescore.core.rdf.RdfSink;
import org.debatescore.core.rdf.Resource;
import org.debatescore.core.rdf.Term;
import org.debatescore.core.rdf.Triple;

/**
 * One pass over a JSON document with Jackson's streaming parser, emitting what JSON-LD 1.1
 * expansion and RDF conversion give. Each node object's statements are buffered until the object
 * closes and then emitted together; statements that point at an enclosing node whose id is not
 * known yet wait for it.
 */
final class JsonToRdf {

  static final Iri RDF_TYPE = Iri.of("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
  private static final String XSD = Literal.XSD;
  private static final BigDecimal INTEGER_LIMIT = new BigDecimal("1e21");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final JsonParser p;
  private final String source;
  private final String base;
  private final RdfSink sink;
  private final LocatedRdfSink located;
  private long blankCounter;

  JsonToRdf(JsonParser p, String source, String base, RdfSink sink) {
    this.p = p;
    this.source = source;
    this.base = base;
    this.sink = sink;
    this.located = sink instanceof LocatedRdfSink l ? l : null;
  }

  /** A node object being read: its id, once known, and its statements. */
  private static final class Node {
    final Node parent;
    final long line;
    final long column;
    Resource id;
    final List<Iri> predicates = new ArrayList<>();
    final List<Object> objects = new ArrayList<>(); // Term or Node
    List<Node> waiting;

    Node(Node parent, long line, long column) {
      this.parent = parent;
      this.line = line;
      this.column = column;
    }

    void add(Iri predicate, Object object) {
      predicates.add(predicate);
      objects.add(object);
    }

    boolean resolved() {
      for (Object o : objects) {
        if (o instanceof Node n && n.id == null) {
          return false;
        }
      }
      return true;
    }
  }

  private enum Mode {
    TOP,
    NODE,
    VALUE
  }

  // ---------------------------------------------------------------- document

  void document() throws IOException {
    JsonToken t = p.nextToken();
    if (t == null) {
      throw error("the document is empty");
    }
    if (t == JsonToken.START_OBJECT) {
      object(null, Mode.TOP, null, null);
    } else if (t == JsonToken.START_ARRAY) {
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        if (t != JsonToken.START_OBJECT) {
          throw error("expected a node object in the top-level array");
        }
        object(null, Mode.TOP, null, null);
      }
    } else {
      throw error("expected a JSON object or array, found " + describe(t));
    }
    if (p.nextToken() != null) {
      throw error("unexpected content after the end of the document");
    }
  }

  /** The context of a top-level object: the Debatescore one, unless it says otherwise. */
  private JsonContext defaultContext() {
    return JsonContext.debatescore(base);
  }

  // ---------------------------------------------------------------- objects

  /**
   * Reads an object whose START_OBJECT is the current token: a node object (returns its Node,
   * already closed) or, in VALUE mode, a value object (returns its Term, or null for a null value).
   * In TOP mode also accepts {@code @graph}.
   *
   * @param reverse if not null, the node is the subject of {@code reverse} pointing at {@code
   *     parent}
   */
  private Object object(JsonContext ctx, Mode mode, Node parent, Iri reverse) throws IOException {
    JsonLocation start = p.currentTokenLocation();
    JsonContext active = ctx;
    boolean first = true;
    boolean graph = false;
    Node node = null;
    List<String> pendingTypes = null;
    boolean valueObject = false;
    JsonToken valueToken = null;
    String valueText = null;
    String valueLanguage = null;
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken v = p.nextToken();
      if (first) {
        first = false;
        if (name.equals("@context")) {
          JsonNode local = MAPPER.readTree(p);
          JsonContext from = active != null ? active : JsonContext.empty(base);
          try {
            active = from.process(local);
          } catch (JsonContext.ContextException e) {
            throw error(e.getMessage());
          }
          continue;
        }
      }
      if (active == null) {
        active = defaultContext();
      }
      if (name.equals("@context")) {
        throw error("@context must be the first key of its object");
      }
      String kw = active.keyword(name);
      if (kw != null && node == null) {
        switch (kw) {
          case "@value" -> {
            valueObject = true;
            valueToken = v;
            valueText = scalarText(v, "@value");
            continue;
          }
          case "@language" -> {
            valueObject = true;
            valueLanguage = v == JsonToken.VALUE_NULL ? null : expectString(v, "@language");
            continue;
          }
          case "@direction", "@index" -> {
            p.skipChildren();
            continue;
          }
          case "@type" -> {
            if (pendingTypes == null) {
              pendingTypes = new ArrayList<>();
            }
            strings(v, "@type", pendingTypes);
            continue;
          }
          case "@graph" -> {
            if (mode != Mode.TOP || valueObject) {
              throw error("named graphs are not supported");
            }
            graph(active, v);
            graph = true;
            continue;
          }
          default -> {}
        }
      }
      if (valueObject) {
        throw error("a value object (with @value or @language) cannot have the key '" + name + "'");
      }
      if (graph) {
        throw error("named graphs are not supported: '" + name + "' next to @graph");
      }
      if (node == null) {
        node = open(parent, reverse, start);
        addTypes(active, node, pendingTypes);
        pendingTypes = null;
      }
      key(active, node, name, kw, v);
    }
    if (t != JsonToken.END_OBJECT) {
      throw error("expected a key or the end of the object");
    }
    if (active == null) {
      active = defaultContext();
    }
    if (valueObject) {
      if (mode != Mode.VALUE) {
        throw error("expected a node object, found a value object");
      }
      return valueObject(active, valueToken, valueText, valueLanguage, pendingTypes);
    }
    if (graph && node == null) {
      if (pendingTypes != null) {
        throw error("@type next to @graph is not supported");
      }
      return null;
    }
    if (node == null) {
      node = open(parent, reverse, start);
      addTypes(active, node, pendingTypes);
    }
    close(node);
    return node;
  }

  private void graph(JsonContext ctx, JsonToken t) throws IOException {
    if (t == JsonToken.START_OBJECT) {
      object(ctx, Mode.NODE, null, null);
      return;
    }
    if (t != JsonToken.START_ARRAY) {
      throw error("@graph must hold node objects");
    }
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t != JsonToken.START_OBJECT) {
        throw error("@graph must hold node objects, found " + describe(t));
      }
      object(ctx, Mode.NODE, null, null);
    }
  }

  private Node open(Node parent, Iri reverse, JsonLocation start) {
    Node node = new Node(parent, start.getLineNr(), start.getColumnNr());
    if (reverse != null) {
      node.add(reverse, parent);
    }
    return node;
  }

  private void addTypes(JsonContext ctx, Node node, List<String> types) throws IOException {
    if (types == null) {
      return;
    }
    for (String type : types) {
      node.add(RDF_TYPE, resource(ctx.expandIri(type, true, true, null), type));
    }
  }

  /** One key of a node object; the current token is the first token of its value. */
  private void key(JsonContext ctx, Node node, String name, String kw, JsonToken v)
      throws IOException {
    if (kw != null) {
      switch (kw) {
        case "@id" -> {
          String id = expectString(v, "@id");
          if (node.id != null) {
            throw error("a node object has two ids");
          }
          node.id = resource(ctx.expandIri(id, false, true, null), id);
        }
        case "@type" -> {
          List<String> types = new ArrayList<>();
          strings(v, "@type", types);
          addTypes(ctx, node, types);
        }
        case "@reverse" -> reverseMap(ctx, node, v);
        case "@index" -> p.skipChildren();
        case "@value", "@language" ->
            throw error("a node object cannot have " + kw + " (it would be a value object)");
        default -> throw error(kw + " is not supported");
      }
      return;
    }
    JsonContext.Term term = ctx.term(name);
    if (term != null && term.reverse) {
      values(ctx, node, Iri.of(term.iri), term, true, v);
      return;
    }
    String iri = term != null ? term.iri : ctx.expandIri(name, true, false, null);
    if (iri == null || !Iris.isAbsolute(iri) || iri.startsWith("_:")) {
      throw error("the key '" + name + "' is no term of the context and no absolute IRI");
    }
    values(ctx, node, Iri.of(iri), term, false, v);
  }

  private void reverseMap(JsonContext ctx, Node node, JsonToken v) throws IOException {
    if (v != JsonToken.START_OBJECT) {
      throw error("@reverse must hold an object");
    }
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken value = p.nextToken();
      JsonContext.Term term = ctx.term(name);
      String iri = term != null ? term.iri : ctx.expandIri(name, true, false, null);
      if (iri == null || !Iris.isAbsolute(iri) || (term != null && term.reverse)) {
        throw error("'" + name + "' cannot be used in @reverse");
      }
      values(ctx, node, Iri.of(iri), term, true, value);
    }
    if (t != JsonToken.END_OBJECT) {
      throw error("expected a key or the end of @reverse");
    }
  }

  // ---------------------------------------------------------------- values

  private void values(
      JsonContext ctx,
      Node node,
      Iri predicate,
      JsonContext.Term term,
      boolean reverse,
      JsonToken t)
      throws IOException {
    switch (t) {
      case START_ARRAY -> {
        JsonToken item;
        while ((item = p.nextToken()) != JsonToken.END_ARRAY) {
          if (item == JsonToken.START_ARRAY) {
            throw error("lists (arrays of arrays) are not supported");
          }
          values(ctx, node, predicate, term, reverse, item);
        }
      }
      case VALUE_NULL -> {}
      case START_OBJECT -> {
        if (term != null && term.isLanguageMap() && !reverse) {
          languageMap(node, predicate);
          return;
        }
        Object o = object(ctx, reverse ? Mode.NODE : Mode.VALUE, node, reverse ? predicate : null);
        if (!reverse && o != null) {
          node.add(predicate, o);
        }
      }
      default -> {
        Term value = scalar(ctx, term, t);
        if (!reverse) {
          node.add(predicate, value);
        } else if (value instanceof Resource r) {
          Node subject = new Node(node, node.line, node.column);
          subject.id = r;
          subject.add(predicate, node);
          emit(subject);
        } else {
          throw error("a reverse property needs node objects or ids, found " + describe(t));
        }
      }
    }
  }

  private void languageMap(Node node, Iri predicate) throws IOException {
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String language = p.currentName();
      JsonToken v = p.nextToken();
      if (v == JsonToken.START_ARRAY) {
        while ((v = p.nextToken()) != JsonToken.END_ARRAY) {
          languageValue(node, predicate, language, v);
        }
      } else {
        languageValue(node, predicate, language, v);
      }
    }
    if (t != JsonToken.END_OBJECT) {
      throw error("expected a language tag or the end of the language map");
    }
  }

  private void languageValue(Node node, Iri predicate, String language, JsonToken v)
      throws IOException {
    if (v == JsonToken.VALUE_NULL) {
      return;
    }
    if (v != JsonToken.VALUE_STRING) {
      throw error("a language map holds strings, found " + describe(v));
    }
    String text = p.getText();
    node.add(
        predicate,
        language.equals("@none") || language.isEmpty()
            ? Literal.string(text)
            : Literal.lang(text, language));
  }

  /** A scalar JSON value under a term, coerced as the term says. */
  private Term scalar(JsonContext ctx, JsonContext.Term term, JsonToken t) throws IOException {
    String type = term == null ? null : term.typeMapping;
    String text = p.getText();
    switch (t) {
      case VALUE_STRING -> {
        if ("@id".equals(type)) {
          return resource(ctx.expandIri(text, false, true, null), text);
        }
        if ("@vocab".equals(type)) {
          return resource(ctx.expandIri(text, true, true, term.scopedVocab), text);
        }
        if (type != null) {
          return Literal.typed(text, type);
        }
        String language = term != null && term.hasLanguage ? term.language : ctx.language;
        return language == null ? Literal.string(text) : Literal.lang(text, language);
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return number(text, type == null || type.startsWith("@") ? null : type);
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return Literal.typed(text, type == null || type.startsWith("@") ? XSD + "boolean" : type);
      }
      default -> throw error("unexpected " + describe(t));
    }
  }

  private Term valueObject(
      JsonContext ctx, JsonToken token, String text, String language, List<String> types)
      throws IOException {
    if (token == null) {
      throw error("a value object needs @value");
    }
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    String datatype = null;
    if (types != null) {
      if (types.size() != 1) {
        throw error("a value object has one @type");
      }
      datatype = ctx.expandIri(types.get(0), true, true, null);
      if (datatype == null || !Iris.isAbsolute(datatype) || datatype.startsWith("_:")) {
        throw error("the @type of a value object must be an IRI: " + types.get(0));
      }
    }
    if (language != null) {
      if (datatype != null) {
        throw error("a value object cannot have both @type and @language");
      }
      if (token != JsonToken.VALUE_STRING) {
        throw error("a value with @language must be a string");
      }
      return Literal.lang(text, language);
    }
    return switch (token) {
      case VALUE_STRING -> datatype == null ? Literal.string(text) : Literal.typed(text, datatype);
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number(text, datatype);
      case VALUE_TRUE, VALUE_FALSE ->
          Literal.typed(text, datatype == null ? XSD + "boolean" : datatype);
      default -> throw error("@value must be a string, number, boolean or null");
    };
  }

  /** A JSON number as JSON-LD converts it: integers stay integers, others become doubles. */
  private static Literal number(String text, String datatype) {
    BigDecimal d = new BigDecimal(text);
    boolean integral = d.signum() == 0 || d.stripTrailingZeros().scale() <= 0;
    if (integral && d.abs().compareTo(INTEGER_LIMIT) < 0 && !(XSD + "double").equals(datatype)) {
      return Literal.typed(
          d.toBigInteger().toString(), datatype == null ? XSD + "integer" : datatype);
    }
    return Literal.typed(
        canonicalDouble(d.doubleValue()), datatype == null ? XSD + "double" : datatype);
  }

  static String canonicalDouble(double v) {
    if (v == 0) {
      return "0.0E0";
    }
    if (Double.isNaN(v)) {
      return "NaN";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "INF" : "-INF";
    }
    return new DecimalFormat("0.0##############E0", DecimalFormatSymbols.getInstance(Locale.ROOT))
        .format(v);
  }

  // ---------------------------------------------------------------- emission

  private void close(Node node) {
    if (node.id == null) {
      node.id = BlankNode.of("genid" + (++blankCounter));
    }
    emit(node);
  }

  private void emit(Node node) {
    if (!node.resolved()) {
      Node parent = node.parent;
      if (parent.waiting == null) {
        parent.waiting = new ArrayList<>();
      }
      parent.waiting.add(node);
      return;
    }
    if (located != null && !node.predicates.isEmpty()) {
      located.location(node.line, node.column);
    }
    for (int i = 0; i < node.predicates.size(); i++) {
      Object o = node.objects.get(i);
      Term object = o instanceof Node n ? n.id : (Term) o;
      sink.triple(new Triple(node.id, node.predicates.get(i), object));
    }
    if (node.waiting != null) {
      for (Node n : node.waiting) {
        emit(n);
      }
      node.waiting = null;
    }
  }

  // ---------------------------------------------------------------- helpers

  private Resource resource(String expanded, String original) {
    if (expanded == null) {
      throw error("'" + original + "' is not an IRI");
    }
    if (expanded.startsWith("_:")) {
      return BlankNode.of(expanded.substring(2));
    }
    if (!Iris.isAbsolute(expanded)) {
      throw error(
          "relative IRI '"
              + original
              + "' and no base IRI: add \"@base\" to the context or read with a base");
    }
    return Iri.of(expanded);
  }

  private void strings(JsonToken v, String key, List<String> into) throws IOException {
    if (v == JsonToken.VALUE_STRING) {
      into.add(p.getText());
    } else if (v == JsonToken.START_ARRAY) {
      JsonToken t;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        into.add(expectString(t, key));
      }
    } else {
      throw error(key + " must be a string or an array of strings");
    }
  }

  private String expectString(JsonToken v, String key) throws IOException {
    if (v != JsonToken.VALUE_STRING) {
      throw error(key + " must be a string, found " + describe(v));
    }
    return p.getText();
  }

  private String scalarText(JsonToken v, String key) throws IOException {
    return switch (v) {
      case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE ->
          p.getText();
      case VALUE_NULL -> null;
      default -> throw error(key + " must be a string, number, boolean or null");
    };
  }

  private static String describe(JsonToken t) {
    if (t == null) {
      return "the end of the input";
    }
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> t.toString();
    };
  }

  private ParseException error(String message) {
    JsonLocation loc = p.currentTokenLocation();
    return new ParseException(
        SourceLocation.of(source, loc.getLineNr(), loc.getColumnNr()), message);
  }
}
