package org.debatescore.rdf4j.validation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.debatescore.core.rdf.RdfFormat;
import org.debatescore.core.validation.ValidationException;
import org.debatescore.core.validation.ValidationOptions;
import org.debatescore.rdf4j.Rdf4jRdfReader;
import org.debatescore.rdf4j.ReadOptions;
import org.debatescore.vocab.DebatescoreVocabulary;
import org.debatescore.vocab.VocabularyFile;
import org.eclipse.rdf4j.common.transaction.IsolationLevels;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.model.util.RDFCollections;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.model.vocabulary.OWL;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.RDF4J;
import org.eclipse.rdf4j.model.vocabulary.RDFS;
import org.eclipse.rdf4j.model.vocabulary.SHACL;
import org.eclipse.rdf4j.sail.SailConnection;
import org.eclipse.rdf4j.sail.memory.MemoryStore;
import org.eclipse.rdf4j.sail.shacl.ShaclSail;

/**
 * Shapes as RDF4J needs them, plus what reports need from the shapes graph: each shape's messages
 * and names per language and its specification link; the SHACL features RDF4J cannot evaluate; and
 * a pool of {@link ShaclSail}s over empty {@link MemoryStore}s with the shapes loaded, so that the
 * shapes are parsed once per sail rather than once per validation.
 *
 * <p>Thread-safe: a sail is used by one validation at a time, and a new one is made when all are
 * busy.
 */
final class ShapesBundle {

  /** The shapes ontology IRI, whose {@code owl:versionInfo} names the bundled version. */
  static final String SHAPES_ONTOLOGY = "https://w3id.org/debatescore/shapes";

  /** What reports need to know about one shape. */
  record ShapeInfo(Map<String, String> messages, Map<String, String> names, String seeAlso) {}

  private static volatile ShapesBundle bundled;
  private static volatile ShapesBundle bundledViolationsOnly;

  private final Model model;
  private final List<String> description;
  private final List<String> notEvaluated;
  private final RangeShapes rangeShapes;
  private final Map<Resource, ShapeInfo> info = new ConcurrentHashMap<>();
  private final Deque<ShaclSail> idle = new ConcurrentLinkedDeque<>();

  ShapesBundle(Model model, List<String> description) {
    this.model = model;
    this.description = List.copyOf(description);
    this.notEvaluated = List.copyOf(unsupported(model));
    this.rangeShapes = RangeShapes.of(model);
  }

  /** The bundled Debatescore shapes, parsed once per class loader. */
  static ShapesBundle bundled() {
    ShapesBundle b = bundled;
    if (b == null) {
      synchronized (ShapesBundle.class) {
        b = bundled;
        if (b == null) {
          Model m = readBundled();
          b = new ShapesBundle(m, List.of(bundledName(m)));
          bundled = b;
        }
      }
    }
    return b;
  }

  /**
   * The bundled shapes without the shapes whose severity is below {@code sh:Violation} (and the
   * {@code sh:property} links to them): what a ShaclSail that must accept data with warnings
   * enforces.
   */
  static ShapesBundle bundledViolationsOnly() {
    ShapesBundle b = bundledViolationsOnly;
    if (b == null) {
      synchronized (ShapesBundle.class) {
        b = bundledViolationsOnly;
        if (b == null) {
          ShapesBundle full = bundled();
          b = full.violationsOnly();
          bundledViolationsOnly = b;
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
    Model union = new LinkedHashModel();
    List<String> description = new ArrayList<>();
    if (withBundled) {
      ShapesBundle b = bundled();
      union.addAll(b.model);
      description.addAll(b.description);
    }
    for (Path file : options.extraShapes()) {
      union.addAll(Rdf4jRdfReader.readModel(file, ReadOptions.defaults()).model());
      description.add(file.toString());
    }
    return new ShapesBundle(union, description);
  }

  /** The shapes graph. */
  Model model() {
    return model;
  }

  /** What the report says about the shapes used, e.g. "debatescore-shapes.ttl 0.1.0". */
  List<String> description() {
    return description;
  }

  /**
   * The parts of the shapes RDF4J does not evaluate, one readable line each (empty when it
   * evaluates everything), e.g. {@code sh:xone on <https://example.org/S> (not supported by RDF4J
   * ShaclSail)}.
   */
  List<String> notEvaluated() {
    return notEvaluated;
  }

  /** The property shapes with range constraints, checked for ill-typed values. */
  RangeShapes rangeShapes() {
    return rangeShapes;
  }

  /** Messages, names and specification link of a shape. */
  ShapeInfo info(Resource shape) {
    return info.computeIfAbsent(shape, this::computeInfo);
  }

  /** A sail with these shapes loaded, for the caller's exclusive use until {@link #release}. */
  ShaclSail acquire() {
    ShaclSail sail = idle.pollFirst();
    return sail != null ? sail : newSail();
  }

  /** Gives back a sail taken with {@link #acquire}. */
  void release(ShaclSail sail) {
    idle.addFirst(sail);
  }

  /** Discards a sail that failed. */
  void discard(ShaclSail sail) {
    try {
      sail.shutDown();
    } catch (RuntimeException e) {
      // Nothing to do: the sail is dropped anyway.
    }
  }

  /** A new ShaclSail over an empty memory store with these shapes in the shapes graph. */
  ShaclSail newSail() {
    ShaclSail sail = new ShaclSail(new MemoryStore());
    configure(sail);
    sail.init();
    try (SailConnection c = sail.getConnection()) {
      c.setTransactionSettings(ShaclSail.TransactionSettings.ValidationApproach.Disabled);
      c.begin(IsolationLevels.NONE);
      for (Statement st : model) {
        c.addStatement(st.getSubject(), st.getPredicate(), st.getObject(), RDF4J.SHACL_SHAPE_GRAPH);
      }
      c.commit();
    } catch (RuntimeException e) {
      sail.shutDown();
      throw new ValidationException(
          "RDF4J cannot load the shapes (" + String.join(", ", description) + "): " + e, e);
    }
    return sail;
  }

  /** The settings every Debatescore ShaclSail uses. */
  static void configure(ShaclSail sail) {
    // One validation per sail at a time; in-transaction validation of everything added.
    sail.setParallelValidation(false);
    sail.setTransactionalValidationLimit(Long.MAX_VALUE);
    sail.setValidationResultsLimitTotal(-1);
    sail.setValidationResultsLimitPerConstraint(-1);
  }

  /** This bundle without its shapes of severity below violation. */
  ShapesBundle violationsOnly() {
    Model m = new LinkedHashModel(model);
    Set<Resource> soft = new LinkedHashSet<>();
    for (Statement st : model.filter(null, SHACL.SEVERITY_PROP, null)) {
      if (!SHACL.VIOLATION.equals(st.getObject())) {
        soft.add(st.getSubject());
      }
    }
    // Only drop shapes that nothing but sh:property links to: a softer shape used inside a
    // logical constraint of a violation shape is part of that constraint.
    soft.removeIf(
        s ->
            model.filter(null, null, s).stream()
                .anyMatch(st -> !st.getPredicate().equals(SHACL.PROPERTY)));
    Deque<Resource> todo = new ArrayDeque<>(soft);
    Set<Resource> removed = new HashSet<>();
    while (!todo.isEmpty()) {
      Resource r = todo.pop();
      if (!removed.add(r)) {
        continue;
      }
      for (Statement st : new ArrayList<>(m.filter(r, null, null))) {
        if (st.getObject().isBNode()
            && m.filter(null, null, st.getObject()).stream()
                .allMatch(x -> removed.contains(x.getSubject()) || x.getSubject().equals(r))) {
          todo.push((Resource) st.getObject());
        }
      }
      m.remove(r, null, null);
      if (soft.contains(r)) {
        m.remove(null, SHACL.PROPERTY, r);
      }
    }
    List<String> d = new ArrayList<>(description);
    d.replaceAll(s -> s + " (violations only)");
    return new ShapesBundle(m, d);
  }

  private ShapeInfo computeInfo(Resource shape) {
    Map<String, String> messages = literals(shape, SHACL.MESSAGE);
    if (messages.isEmpty()) {
      // A SPARQL-based shape may carry its message on the constraint only.
      for (Value c : model.filter(shape, SHACL.SPARQL, null).objects()) {
        if (c.isResource()) {
          messages = literals((Resource) c, SHACL.MESSAGE);
          if (!messages.isEmpty()) {
            break;
          }
        }
      }
    }
    Map<String, String> names = literals(shape, SHACL.NAME);
    String seeAlso = firstIri(shape, RDFS.SEEALSO);
    if (seeAlso == null) {
      // A property shape without its own link borrows its node shape's.
      for (Resource parent : model.filter(null, SHACL.PROPERTY, shape).subjects()) {
        seeAlso = firstIri(parent, RDFS.SEEALSO);
        if (seeAlso != null) {
          break;
        }
      }
    }
    return new ShapeInfo(messages, names, seeAlso);
  }

  /** Literal values by lower-case language tag ({@code ""} when untagged); first one wins. */
  private Map<String, String> literals(Resource subject, IRI predicate) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Value v : model.filter(subject, predicate, null).objects()) {
      if (v instanceof Literal l) {
        out.putIfAbsent(l.getLanguage().orElse("").toLowerCase(Locale.ROOT), l.getLabel());
      }
    }
    return Collections.unmodifiableMap(out);
  }

  private String firstIri(Resource subject, IRI predicate) {
    for (Value v : model.filter(subject, predicate, null).objects()) {
      if (v.isIRI()) {
        return v.stringValue();
      }
    }
    return null;
  }

  /**
   * Every use of SHACL that ShaclSail leaves out: predicates outside {@link
   * ShaclSail#getSupportedShaclPredicates()}, and property paths other than a predicate or an
   * inverse or alternative of predicates.
   */
  static List<String> unsupported(Model shapes) {
    Set<IRI> supported = new HashSet<>(ShaclSail.getSupportedShaclPredicates());
    // Terms of the shapes vocabulary that are not constraints, or are read with their parent.
    supported.addAll(
        List.of(
            SHACL.TARGET_PROP,
            SHACL.SEVERITY_PROP,
            SHACL.SOURCE_CONSTRAINT,
            SHACL.RESULT_MESSAGE,
            SHACL.PREFIX_PROP,
            SHACL.NAMESPACE_PROP,
            SHACL.DECLARE,
            SHACL.PREFIXES));
    Set<String> out = new TreeSet<>();
    for (Statement st : shapes) {
      IRI p = st.getPredicate();
      if (p.getNamespace().equals(SHACL.NAMESPACE) && !supported.contains(p)) {
        out.add(
            "sh:"
                + p.getLocalName()
                + " on "
                + describe(st.getSubject())
                + " (not supported by RDF4J ShaclSail)");
      }
    }
    for (Statement st : shapes.filter(null, SHACL.PATH, null)) {
      String problem = pathProblem(shapes, st.getObject());
      if (problem != null) {
        out.add(
            "sh:path on "
                + describe(st.getSubject())
                + ": "
                + problem
                + " (RDF4J ShaclSail evaluates predicate, inverse and alternative paths only)");
      }
    }
    return new ArrayList<>(out);
  }

  private static String pathProblem(Model shapes, Value path) {
    if (path.isIRI()) {
      return null;
    }
    if (!path.isResource()) {
      return "a literal is not a path";
    }
    Resource r = (Resource) path;
    if (shapes.contains(r, RDF.FIRST, null)) {
      return "sequence path";
    }
    Value inverse = Models.object(shapes.filter(r, SHACL.INVERSE_PATH, null)).orElse(null);
    if (inverse != null) {
      return inverse.isIRI() ? null : "inverse of a complex path";
    }
    Value alternative = Models.object(shapes.filter(r, SHACL.ALTERNATIVE_PATH, null)).orElse(null);
    if (alternative != null && alternative.isResource()) {
      for (Value v : RDFCollections.asValues(shapes, (Resource) alternative, new ArrayList<>())) {
        String p = pathProblem(shapes, v);
        if (p != null) {
          return "alternative of a " + p;
        }
      }
      return null;
    }
    for (IRI kind :
        List.of(SHACL.ZERO_OR_MORE_PATH, SHACL.ONE_OR_MORE_PATH, SHACL.ZERO_OR_ONE_PATH)) {
      if (shapes.contains(r, kind, null)) {
        return "sh:" + kind.getLocalName();
      }
    }
    return "unknown path";
  }

  private static String describe(Resource r) {
    return r.isIRI() ? "<" + r.stringValue() + ">" : "a blank node";
  }

  private static Model readBundled() {
    try (InputStream in = DebatescoreVocabulary.shapes()) {
      return Rdf4jRdfReader.readModel(
              in,
              VocabularyFile.SHAPES.resourcePath(),
              RdfFormat.TURTLE,
              ReadOptions.defaults().withBaseIri(SHAPES_ONTOLOGY))
          .model();
    } catch (IOException | RuntimeException e) {
      throw new ValidationException(
          "Cannot load the bundled shapes " + VocabularyFile.SHAPES.resourcePath() + ": " + e, e);
    }
  }

  private static String bundledName(Model m) {
    String version =
        Models.objectLiteral(m.filter(Values.iri(SHAPES_ONTOLOGY), OWL.VERSIONINFO, null))
            .map(Literal::getLabel)
            .orElse(DebatescoreVocabulary.VERSION);
    return VocabularyFile.SHAPES.fileName() + " " + version;
  }
}
