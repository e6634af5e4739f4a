package org.debatescore.jena.internal;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.serialization.QuadsToJsonld;
import com.apicatalog.rdf.api.RdfConsumerException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.debatescore.core.DebatescoreException;
import org.debatescore.vocab.DebatescoreVocabulary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writers of whole graphs, for {@link CollectingWriterSink}. */
public final class GraphWriters {

  private static final Logger LOG = LoggerFactory.getLogger(GraphWriters.class);

  private GraphWriters() {}

  /** Writer settings: {@code @prefix} directives in Turtle and TriG, like the examples. */
  static org.apache.jena.sparql.util.Context writerContext() {
    org.apache.jena.sparql.util.Context context = new org.apache.jena.sparql.util.Context();
    context.set(org.apache.jena.riot.RIOT.symTurtleDirectiveStyle, "at");
    return context;
  }

  /**
   * RDF/JSON, with subjects, predicates and values in the order the graph lists them (Jena's own
   * RDF/JSON writer groups in hash order, which would reorder the values of a property).
   */
  public static CollectingWriterSink.GraphWriter rdfJson() {
    return (graph, prefixes, out) -> {
      Map<Node, Map<Node, java.util.List<Node>>> subjects = new LinkedHashMap<>();
      graph
          .find()
          .forEachRemaining(
              t ->
                  subjects
                      .computeIfAbsent(t.getSubject(), k -> new LinkedHashMap<>())
                      .computeIfAbsent(t.getPredicate(), k -> new java.util.ArrayList<>())
                      .add(t.getObject()));
      com.fasterxml.jackson.core.JsonFactory factory = new com.fasterxml.jackson.core.JsonFactory();
      try (com.fasterxml.jackson.core.JsonGenerator g =
          factory.createGenerator(new NonClosingOutputStream(out))) {
        g.useDefaultPrettyPrinter();
        g.writeStartObject();
        for (Map.Entry<Node, Map<Node, java.util.List<Node>>> s : subjects.entrySet()) {
          g.writeObjectFieldStart(term(s.getKey()));
          for (Map.Entry<Node, java.util.List<Node>> p : s.getValue().entrySet()) {
            g.writeArrayFieldStart(p.getKey().getURI());
            for (Node o : p.getValue()) {
              g.writeStartObject();
              if (o.isLiteral()) {
                g.writeStringField("type", "literal");
                g.writeStringField("value", o.getLiteralLexicalForm());
                if (!o.getLiteralLanguage().isEmpty()) {
                  g.writeStringField("lang", o.getLiteralLanguage());
                } else if (!o.getLiteralDatatypeURI()
                    .equals(org.debatescore.core.rdf.Literal.XSD_STRING)) {
                  g.writeStringField("datatype", o.getLiteralDatatypeURI());
                }
              } else {
                g.writeStringField("type", o.isBlank() ? "bnode" : "uri");
                g.writeStringField("value", term(o));
              }
              g.writeEndObject();
            }
            g.writeEndArray();
          }
          g.writeEndObject();
        }
        g.writeEndObject();
        g.writeRaw('\n');
      }
    };
  }

  /** Lets a generator be closed without closing the caller's stream. */
  private static final class NonClosingOutputStream extends java.io.FilterOutputStream {
    NonClosingOutputStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

  /** A graph writer with a Jena RIOT format; prefixes limited to the namespaces used. */
  public static CollectingWriterSink.GraphWriter riot(RDFFormat format) {
    return (graph, prefixes, out) -> {
      try {
        writeRiot(graph, prefixes, format, out);
      } catch (RuntimeException e) {
        throw cannotWrite(format, e);
      }
    };
  }

  /**
   * Like {@link #riot}, but if {@code format} fails, writes {@code fallback} instead: Jena's
   * abbreviated RDF/XML writer fails on some graphs the plain one writes (a class IRI whose local
   * part starts with a digit, for instance). The output is buffered to make the retry possible.
   */
  public static CollectingWriterSink.GraphWriter riot(RDFFormat format, RDFFormat fallback) {
    return (graph, prefixes, out) -> {
      java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
      try {
        writeRiot(graph, prefixes, format, buffer);
      } catch (RuntimeException e) {
        LOG.debug("{} failed ({}), writing {} instead", format, e.getMessage(), fallback);
        buffer.reset();
        try {
          writeRiot(graph, prefixes, fallback, buffer);
        } catch (RuntimeException again) {
          throw cannotWrite(fallback, again);
        }
      }
      buffer.writeTo(out);
    };
  }

  /**
   * Pretty Turtle or TriG, unless the graph has a cycle of blank nodes each referenced once, which
   * Jena 5.6's pretty writer garbles (it repeats one node and drops the statements of the nodes
   * nested in it): then the blocks layout, which writes every statement as it is.
   */
  public static CollectingWriterSink.GraphWriter prettyTurtle(RDFFormat pretty, RDFFormat blocks) {
    return (graph, prefixes, out) -> {
      RDFFormat format = pretty;
      if (hasSingleReferenceBlankCycle(graph)) {
        LOG.debug("blank node cycle: writing {} instead of {}", blocks, pretty);
        format = blocks;
      }
      try {
        writeRiot(graph, prefixes, format, out);
      } catch (RuntimeException e) {
        throw cannotWrite(format, e);
      }
    };
  }

  /** Whether following the only referrer of blank nodes referenced once ever comes back. */
  public static boolean hasSingleReferenceBlankCycle(Graph graph) {
    java.util.Map<Node, Node> onlyReferrer = new java.util.HashMap<>();
    java.util.Set<Node> several = new java.util.HashSet<>();
    graph
        .find()
        .forEachRemaining(
            t -> {
              Node o = t.getObject();
              if (o.isBlank() && !several.contains(o)) {
                Node previous = onlyReferrer.put(o, t.getSubject());
                if (previous != null) {
                  onlyReferrer.remove(o);
                  several.add(o);
                }
              }
            });
    java.util.Set<Node> acyclic = new java.util.HashSet<>();
    for (Node start : onlyReferrer.keySet()) {
      java.util.Set<Node> path = new java.util.HashSet<>();
      Node n = start;
      while (n != null && n.isBlank() && !acyclic.contains(n)) {
        if (!path.add(n)) {
          return true;
        }
        n = onlyReferrer.get(n);
      }
      acyclic.addAll(path);
    }
    return false;
  }

  private static DebatescoreException cannotWrite(RDFFormat format, RuntimeException e) {
    return new DebatescoreException(
        "cannot write the data as " + format.getLang().getLabel() + ": " + e.getMessage(), e);
  }

  private static void writeRiot(
      Graph graph, Map<String, String> prefixes, RDFFormat format, OutputStream out) {
    Map<String, String> used = usedPrefixes(graph, prefixes);
    graph.getPrefixMapping().clearNsPrefixMap().setNsPrefixes(used);
    if (format.getLang().equals(org.apache.jena.riot.Lang.TRIG)) {
      DatasetGraph ds = DatasetGraphFactory.wrap(graph);
      ds.prefixes().putAll(used);
      RDFWriter.source(ds).format(format).context(writerContext()).output(out);
    } else {
      RDFWriter.source(graph).format(format).context(writerContext()).output(out);
    }
  }

  /**
   * JSON-LD compacted against the Debatescore context (with Titanium and the offline loader), with
   * {@code "@context": "https://w3id.org/debatescore/ns/context.jsonld"}. If compaction fails,
   * Jena's own JSON-LD writer is used and a warning logged.
   */
  public static CollectingWriterSink.GraphWriter jsonLdCompacted() {
    return (graph, prefixes, out) -> {
      JsonObject compacted;
      try {
        compacted = compact(graph);
        if (!expandsTo(compacted, graph)) {
          LOG.warn(
              "JSON-LD compacted against the Debatescore context would not read back as the same"
                  + " graph (e.g. a code IRI whose last segment contains ':'); writing flat JSON-LD"
                  + " instead");
          riot(RDFFormat.JSONLD_FLAT).write(graph, prefixes, out);
          return;
        }
      } catch (JsonLdError | RuntimeException e) {
        LOG.warn(
            "JSON-LD compaction against the Debatescore context failed ({}); writing flat JSON-LD"
                + " instead",
            e.getMessage());
        riot(RDFFormat.JSONLD_FLAT).write(graph, prefixes, out);
        return;
      }
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      try (JsonWriter jw =
          Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
              .createWriter(new NonClosingWriter(w))) {
        jw.writeObject(compacted);
      }
      w.write('\n');
      w.flush();
    };
  }

  /**
   * Whether a compacted document expands back to {@code graph}, so that compaction lost nothing.
   * JSON-LD compaction is not always reversible: a value compacted against a property's {@code
   * @vocab} whose remainder contains a colon (like {@code a:b}) reads back as an absolute IRI.
   * Literals with a language tag JSON-LD processors drop are left out of the comparison.
   */
  static boolean expandsTo(JsonObject compacted, Graph graph) throws JsonLdError {
    Graph back = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
    JsonLdOptions options = new JsonLdOptions(new OfflineDocumentLoader(false));
    options.setProduceGeneralizedRdf(false);
    JsonLd.toRdf(JsonDocument.of(compacted))
        .options(options)
        .provide(
            new com.apicatalog.rdf.api.RdfQuadConsumer() {
              @Override
              public com.apicatalog.rdf.api.RdfQuadConsumer quad(
                  String subject,
                  String predicate,
                  String object,
                  String datatype,
                  String language,
                  String direction,
                  String graphName) {
                Node o;
                if (datatype == null) {
                  o = node(object);
                } else if (language != null && !language.isEmpty()) {
                  o = org.apache.jena.graph.NodeFactory.createLiteralLang(object, language);
                } else {
                  o =
                      org.apache.jena.graph.NodeFactory.createLiteralDT(
                          object,
                          org.apache.jena.datatypes.TypeMapper.getInstance()
                              .getSafeTypeByName(datatype));
                }
                back.add(node(subject), node(predicate), o);
                return this;
              }
            });
    Graph expected = graph;
    if (!carriable(graph)) {
      expected = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
      Graph target = expected;
      graph
          .find()
          .forEachRemaining(
              t -> {
                if (!hasDroppedLanguage(t.getObject())) {
                  target.add(t);
                }
              });
    }
    return back.isIsomorphicWith(expected);
  }

  private static Node node(String term) {
    return term.startsWith("_:")
        ? org.apache.jena.graph.NodeFactory.createBlankNode(term.substring(2))
        : org.apache.jena.graph.NodeFactory.createURI(term);
  }

  private static boolean carriable(Graph graph) {
    return !graph.find().filterKeep(t -> hasDroppedLanguage(t.getObject())).hasNext();
  }

  private static boolean hasDroppedLanguage(Node o) {
    return o.isLiteral()
        && !o.getLiteralLanguage().isEmpty()
        && !com.apicatalog.jsonld.lang.LanguageTag.isWellFormed(o.getLiteralLanguage());
  }

  /** The graph as a JSON-LD object compacted against the Debatescore context. */
  public static JsonObject compact(Graph graph) throws JsonLdError {
    warnAboutLanguageTags(graph);
    JsonLdOptions options = new JsonLdOptions(new OfflineDocumentLoader(false));
    QuadsToJsonld toJsonLd = JsonLd.fromRdf().options(options);
    java.util.Iterator<org.apache.jena.graph.Triple> it = graph.find();
    try {
      while (it.hasNext()) {
        org.apache.jena.graph.Triple t = it.next();
        Node o = t.getObject();
        String datatype = null;
        String language = null;
        String object;
        if (o.isLiteral()) {
          object = o.getLiteralLexicalForm();
          datatype = o.getLiteralDatatypeURI();
          String lang = o.getLiteralLanguage();
          language = lang == null || lang.isEmpty() ? null : lang;
        } else {
          object = term(o);
        }
        toJsonLd.quad(
            term(t.getSubject()), term(t.getPredicate()), object, datatype, language, null, null);
      }
    } catch (RdfConsumerException e) {
      throw new JsonLdError(com.apicatalog.jsonld.JsonLdErrorCode.UNSPECIFIED, e);
    }
    JsonArray expanded = toJsonLd.toJsonLd();
    JsonObject compacted =
        JsonLd.compact(JsonDocument.of(expanded), URI.create(DebatescoreVocabulary.CONTEXT_IRI))
            .options(options)
            .get();
    JsonObjectBuilder b = Json.createObjectBuilder();
    b.add("@context", DebatescoreVocabulary.CONTEXT_IRI);
    for (Map.Entry<String, JsonValue> e : compacted.entrySet()) {
      if (!e.getKey().equals("@context")) {
        b.add(e.getKey(), e.getValue());
      }
    }
    return b.build();
  }

  /**
   * Titanium (and so Jena) drops, when reading JSON-LD, a literal whose language tag it does not
   * find well-formed, such as the grandfathered {@code i-hak}: say so when writing one.
   */
  private static void warnAboutLanguageTags(Graph graph) {
    java.util.Set<String> bad = new java.util.TreeSet<>();
    graph
        .find()
        .forEachRemaining(
            t -> {
              if (hasDroppedLanguage(t.getObject())) {
                bad.add(t.getObject().getLiteralLanguage());
              }
            });
    if (!bad.isEmpty()) {
      LOG.warn(
          "language tags {} are not well-formed for JSON-LD processors: literals with them will"
              + " be dropped when this JSON-LD is read back",
          bad);
    }
  }

  private static String term(Node n) {
    return n.isBlank() ? "_:" + n.getBlankNodeLabel() : n.getURI();
  }

  /** The prefixes whose namespace some IRI of the graph starts with, in the given order. */
  static Map<String, String> usedPrefixes(Graph graph, Map<String, String> prefixes) {
    Map<String, String> used = new LinkedHashMap<>();
    if (prefixes.isEmpty()) {
      return used;
    }
    java.util.Set<String> namespaces = new java.util.HashSet<>();
    graph
        .find()
        .forEachRemaining(
            t -> {
              collect(t.getSubject(), prefixes, namespaces);
              collect(t.getPredicate(), prefixes, namespaces);
              collect(t.getObject(), prefixes, namespaces);
            });
    prefixes.forEach(
        (p, ns) -> {
          if (namespaces.contains(ns)) {
            used.put(p, ns);
          }
        });
    return used;
  }

  private static void collect(
      Node n, Map<String, String> prefixes, java.util.Set<String> namespaces) {
    String iri;
    if (n.isURI()) {
      iri = n.getURI();
    } else if (n.isLiteral()
        && n.getLiteralLanguage().isEmpty()
        && !n.getLiteralDatatypeURI().equals(org.debatescore.core.rdf.Literal.XSD_STRING)) {
      iri = n.getLiteralDatatypeURI();
    } else {
      return;
    }
    if (iri == null) {
      return;
    }
    for (String ns : prefixes.values()) {
      if (iri.startsWith(ns)) {
        namespaces.add(ns);
      }
    }
  }

  /** Lets a JSON writer be closed without closing the caller's stream. */
  private static final class NonClosingWriter extends java.io.FilterWriter {
    NonClosingWriter(Writer out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
