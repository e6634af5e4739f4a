package org.debatescore.jena.validation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.debatescore.core.validation.ValidationException;
import org.debatescore.core.validation.ValidationOptions;
import org.debatescore.jena.JenaRdfReader;
import org.debatescore.jena.LocatedGraph;
import org.debatescore.jena.ReadOptions;
import org.debatescore.vocab.DebatescoreVocabulary;
import org.debatescore.vocab.VocabularyFile;

/**
 * Parsed shapes plus what reports need from the shapes graph: each shape's messages and names per
 * language and its specification link. Immutable once built; the per-shape lookups are cached.
 */
final class ShapesBundle {

  /** The shapes ontology IRI, whose {@code owl:versionInfo} names the bundled version. */
  static final String SHAPES_ONTOLOGY = "https://w3id.org/debatescore/shapes";

  /** What reports need to know about one shape. */
  record ShapeInfo(Map<String, String> messages, Map<String, String> names, String seeAlso) {}

  private static volatile ShapesBundle bundled;

  private final Graph graph;
  private final Shapes shapes;
  private final List<String> description;
  private final Map<Node, ShapeInfo> info = new ConcurrentHashMap<>();

  private ShapesBundle(Graph graph, List<String> description) {
    this.graph = graph;
    this.description = List.copyOf(description);
    try {
      this.shapes = Shapes.parse(graph);
    } catch (RuntimeException e) {
      throw new ValidationException(
          "The shapes (" + String.join(", ", description) + ") are not valid SHACL: " + e, e);
    }
  }

  /** The bundled Debatescore shapes, parsed once per class loader. */
  static ShapesBundle bundled() {
    ShapesBundle b = bundled;
    if (b == null) {
      synchronized (ShapesBundle.class) {
        b = bundled;
        if (b == null) {
          Graph g = readBundled();
          b = new ShapesBundle(g, List.of(bundledName(g)));
          bundled = b;
        }
      }
    }
    return b;
  }

  /** The shapes for a profile and extra shapes files. */
  static ShapesBundle forOptions(ValidationOptions options) {
    boolean withBundled = options.profile() != ValidationOptions.Profile.NONE;
    if (options.extraShapes().isEmpty()) {
      if (!withBundled) {
        throw new ValidationException(
            "Nothing to validate against: profile 'none' leaves out the bundled shapes and no"
                + " extra shapes file was given");
      }
      return bundled();
    }
    Graph union = GraphFactory.createDefaultGraph();
    List<String> description = new ArrayList<>();
    if (withBundled) {
      ShapesBundle b = bundled();
      b.graph.find().forEachRemaining(union::add);
      description.addAll(b.description);
    }
    for (Path file : options.extraShapes()) {
      LocatedGraph extra = JenaRdfReader.readGraph(file, ReadOptions.defaults());
      extra.graph().find().forEachRemaining(union::add);
      description.add(file.toString());
    }
    return new ShapesBundle(union, description);
  }

  Shapes shapes() {
    return shapes;
  }

  /** What the report says about the shapes used, e.g. "debatescore-shapes.ttl 0.1.0". */
  List<String> description() {
    return description;
  }

  /** Messages, names and specification link of a shape. */
  ShapeInfo info(Node shape) {
    return info.computeIfAbsent(shape, this::computeInfo);
  }

  private ShapeInfo computeInfo(Node shape) {
    Map<String, String> messages = literals(shape, SHACL.message);
    Map<String, String> names = literals(shape, SHACL.name);
    String seeAlso = firstIri(shape, RDFS.seeAlso.asNode());
    if (seeAlso == null) {
      // A property shape without its own link borrows its node shape's.
      ExtendedIterator<Triple> parents = graph.find(Node.ANY, SHACL.property, shape);
      try {
        while (parents.hasNext() && seeAlso == null) {
          seeAlso = firstIri(parents.next().getSubject(), RDFS.seeAlso.asNode());
        }
      } finally {
        parents.close();
      }
    }
    return new ShapeInfo(messages, names, seeAlso);
  }

  /** Literal values by lower-case language tag ({@code ""} when untagged); first one wins. */
  private Map<String, String> literals(Node subject, Node predicate) {
    Map<String, String> out = new LinkedHashMap<>();
    ExtendedIterator<Triple> it = graph.find(subject, predicate, Node.ANY);
    try {
      while (it.hasNext()) {
        Node o = it.next().getObject();
        if (o.isLiteral()) {
          out.putIfAbsent(
              o.getLiteralLanguage().toLowerCase(Locale.ROOT), o.getLiteralLexicalForm());
        }
      }
    } finally {
      it.close();
    }
    return Collections.unmodifiableMap(out);
  }

  private String firstIri(Node subject, Node predicate) {
    ExtendedIterator<Triple> it = graph.find(subject, predicate, Node.ANY);
    try {
      while (it.hasNext()) {
        Node o = it.next().getObject();
        if (o.isURI()) {
          return o.getURI();
        }
      }
    } finally {
      it.close();
    }
    return null;
  }

  private static Graph readBundled() {
    try (InputStream in = DebatescoreVocabulary.shapes()) {
      return RDFParser.source(in).lang(Lang.TURTLE).base(SHAPES_ONTOLOGY).toGraph();
    } catch (IOException | RuntimeException e) {
      throw new ValidationException(
          "Cannot load the bundled shapes " + VocabularyFile.SHAPES.resourcePath() + ": " + e, e);
    }
  }

  private static String bundledName(Graph g) {
    Node ontology = NodeFactory.createURI(SHAPES_ONTOLOGY);
    String version = DebatescoreVocabulary.VERSION;
    ExtendedIterator<Triple> it = g.find(ontology, OWL.versionInfo.asNode(), Node.ANY);
    try {
      if (it.hasNext()) {
        Node v = it.next().getObject();
        if (v.isLiteral()) {
          version = v.getLiteralLexicalForm();
        }
      }
    } finally {
      it.close();
    }
    return VocabularyFile.SHAPES.fileName() + " " + version;
  }
}
