package org.debatescore.rdf4j.validation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.validation.Severity;
import org.debatescore.core.validation.ValidationResult;
import org.debatescore.rdf4j.Rdf4jTerms;
import org.eclipse.rdf4j.common.iteration.CloseableIteration;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.datatypes.XMLDatatypeUtil;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.RDFS;
import org.eclipse.rdf4j.model.vocabulary.SHACL;
import org.eclipse.rdf4j.sail.SailConnection;

/**
 * Restores what SHACL requires where RDF4J's bulk validation (used because its incremental plans
 * are quadratic on a whole document: one filter query per focus node) departs from the standard:
 * {@code sh:maxCount}, which bulk mode counts by value ({@code "1"^^xsd:integer} and {@code
 * "1.0"^^xsd:decimal} once) where SHACL counts terms, and range constraints ({@code
 * sh:minInclusive}, {@code sh:maxInclusive}, {@code sh:minExclusive}, {@code sh:maxExclusive}) on
 * ill-typed literals.
 *
 * <p>SHACL reports a value for which the comparison is not true; an ill-typed literal such as
 * {@code "-1"^^xsd:nonNegativeInteger} has no value, so it breaks every range constraint (Jena
 * reports it so). RDF4J 5.2 compares it by its lexical number instead: {@code -1} passes {@code
 * sh:maxInclusive 100}. This class finds, in the transaction being validated, the ill-typed values
 * of properties that predicate-path property shapes with range constraints apply to, and gives the
 * results RDF4J left out. The maxCount check counts the distinct statements per subject of each
 * predicate-path property shape with {@code sh:maxCount}, in one pass; the caller drops the results
 * RDF4J reported itself.
 */
final class RangeShapes {

  private static final List<IRI> RANGE =
      List.of(SHACL.MIN_INCLUSIVE, SHACL.MAX_INCLUSIVE, SHACL.MIN_EXCLUSIVE, SHACL.MAX_EXCLUSIVE);

  /** One property shape with range constraints, and where it applies. */
  record RangeShape(
      Resource shape,
      IRI predicate,
      List<IRI> components,
      Severity severity,
      Set<Value> targetClasses,
      Set<Value> targetNodes,
      Set<IRI> targetSubjectsOf,
      Set<IRI> targetObjectsOf,
      Long maxCount) {}

  private final List<RangeShape> shapes;

  private RangeShapes(List<RangeShape> shapes) {
    this.shapes = shapes;
  }

  /** The predicate-path property shapes of {@code model} that have range constraints. */
  static RangeShapes of(Model model) {
    List<RangeShape> out = new ArrayList<>();
    Set<Resource> candidates = new LinkedHashSet<>();
    for (IRI p : RANGE) {
      candidates.addAll(model.filter(null, p, null).subjects());
    }
    candidates.addAll(model.filter(null, SHACL.MAX_COUNT, null).subjects());
    for (Resource s : candidates) {
      Value path = first(model, s, SHACL.PATH);
      if (path == null || !path.isIRI() || isTrue(first(model, s, SHACL.DEACTIVATED))) {
        continue;
      }
      List<IRI> components = new ArrayList<>();
      for (IRI p : RANGE) {
        if (model.contains(s, p, null)) {
          components.add(component(p));
        }
      }
      Value severity = first(model, s, SHACL.SEVERITY_PROP);
      Set<Resource> holders = new LinkedHashSet<>();
      holders.add(s);
      holders.addAll(model.filter(null, SHACL.PROPERTY, s).subjects());
      Set<Value> classes = new LinkedHashSet<>();
      Set<Value> nodes = new LinkedHashSet<>();
      Set<IRI> subjectsOf = new LinkedHashSet<>();
      Set<IRI> objectsOf = new LinkedHashSet<>();
      for (Resource h : holders) {
        if (h != s && isTrue(first(model, h, SHACL.DEACTIVATED))) {
          continue;
        }
        classes.addAll(model.filter(h, SHACL.TARGET_CLASS, null).objects());
        if (model.contains(h, RDF.TYPE, RDFS.CLASS)) {
          classes.add(h); // implicit class target
        }
        nodes.addAll(model.filter(h, SHACL.TARGET_NODE, null).objects());
        model.filter(h, SHACL.TARGET_SUBJECTS_OF, null).objects().stream()
            .filter(Value::isIRI)
            .forEach(v -> subjectsOf.add((IRI) v));
        model.filter(h, SHACL.TARGET_OBJECTS_OF, null).objects().stream()
            .filter(Value::isIRI)
            .forEach(v -> objectsOf.add((IRI) v));
      }
      Value max = first(model, s, SHACL.MAX_COUNT);
      Long maxCount = max instanceof Literal l ? Long.valueOf(l.longValue()) : null;
      out.add(
          new RangeShape(
              s,
              (IRI) path,
              components,
              severity == null ? Severity.VIOLATION : Severity.fromIri(severity.stringValue()),
              classes,
              nodes,
              subjectsOf,
              objectsOf,
              maxCount));
    }
    return new RangeShapes(out);
  }

  boolean isEmpty() {
    return shapes.isEmpty();
  }

  /**
   * The range results for ill-typed values in the data of {@code c} (the open transaction), made by
   * {@code mapper}; the caller drops those RDF4J already reported.
   */
  List<ValidationResult> results(SailConnection c, ReportMapper mapper) {
    List<ValidationResult> out = new ArrayList<>();
    Map<Value, Set<Value>> superclasses = new LinkedHashMap<>();
    // Several shapes constrain the same predicate (a title per class): count it once, and hold
    // one predicate's counts at a time.
    Map<IRI, List<RangeShape>> byPredicate = new LinkedHashMap<>();
    for (RangeShape r : shapes) {
      byPredicate.computeIfAbsent(r.predicate(), p -> new ArrayList<>()).add(r);
    }
    for (Map.Entry<IRI, List<RangeShape>> group : byPredicate.entrySet()) {
      Map<Resource, Long> counts = null;
      for (RangeShape r : group.getValue()) {
        if (!r.components().isEmpty()) {
          illTypedResults(c, r, mapper, superclasses, out);
        }
        if (r.maxCount() == null) {
          continue;
        }
        if (counts == null) {
          counts = distinctObjects(c, group.getKey());
        }
        for (Map.Entry<Resource, Long> e : counts.entrySet()) {
          if (e.getValue() > r.maxCount() && applies(c, r, e.getKey(), superclasses)) {
            out.add(maxCountResult(mapper, r, e.getKey()));
          }
        }
      }
    }
    return out;
  }

  /**
   * The same results, looked for only on {@code focusNodes} (the resources a change touched): what
   * an incremental commit needs, at a cost that grows with the change, not with the store.
   */
  List<ValidationResult> results(
      SailConnection c, ReportMapper mapper, Collection<? extends Resource> focusNodes) {
    List<ValidationResult> out = new ArrayList<>();
    Map<Value, Set<Value>> superclasses = new LinkedHashMap<>();
    for (Resource focus : focusNodes) {
      for (RangeShape r : shapes) {
        long count = 0;
        List<Literal> illTyped = new ArrayList<>();
        try (CloseableIteration<? extends Statement> it =
            c.getStatements(focus, r.predicate(), null, false)) {
          while (it.hasNext()) {
            Value o = it.next().getObject();
            count++;
            if (!r.components().isEmpty() && o instanceof Literal l && illTyped(l)) {
              illTyped.add(l);
            }
          }
        }
        boolean tooMany = r.maxCount() != null && count > r.maxCount();
        if ((illTyped.isEmpty() && !tooMany) || !applies(c, r, focus, superclasses)) {
          continue;
        }
        for (Literal l : illTyped) {
          for (IRI component : r.components()) {
            out.add(illTypedResult(mapper, r, focus, l, component));
          }
        }
        if (tooMany) {
          out.add(maxCountResult(mapper, r, focus));
        }
      }
    }
    return out;
  }

  private static ValidationResult illTypedResult(
      ReportMapper mapper, RangeShape r, Resource focus, Literal value, IRI component) {
    return mapper.synthetic(
        Rdf4jTerms.toTerm(focus),
        r.predicate().stringValue(),
        Rdf4jTerms.toTerm(value),
        Iri.of(component.stringValue()),
        r.shape(),
        r.severity());
  }

  private static ValidationResult maxCountResult(
      ReportMapper mapper, RangeShape r, Resource focus) {
    return mapper.synthetic(
        Rdf4jTerms.toTerm(focus),
        r.predicate().stringValue(),
        null,
        Iri.of(SHACL.NAMESPACE + "MaxCountConstraintComponent"),
        r.shape(),
        r.severity());
  }

  /** The range results for the ill-typed values of {@code r}'s predicate. */
  private static void illTypedResults(
      SailConnection c,
      RangeShape r,
      ReportMapper mapper,
      Map<Value, Set<Value>> superclasses,
      List<ValidationResult> out) {
    try (CloseableIteration<? extends Statement> it =
        c.getStatements(null, r.predicate(), null, false)) {
      while (it.hasNext()) {
        Statement st = it.next();
        if (!(st.getObject() instanceof Literal l) || !illTyped(l)) {
          continue;
        }
        Resource focus = st.getSubject();
        if (!applies(c, r, focus, superclasses)) {
          continue;
        }
        for (IRI component : r.components()) {
          out.add(illTypedResult(mapper, r, focus, l, component));
        }
      }
    }
  }

  /**
   * Distinct objects of {@code predicate} per subject, as RDF terms: the store holds a statement
   * once, so counting statements counts terms.
   */
  private static Map<Resource, Long> distinctObjects(SailConnection c, IRI predicate) {
    Map<Resource, Long> counts = new HashMap<>();
    try (CloseableIteration<? extends Statement> it =
        c.getStatements(null, predicate, null, false)) {
      while (it.hasNext()) {
        counts.merge(it.next().getSubject(), 1L, Long::sum);
      }
    }
    return counts;
  }

  /** An XSD literal whose lexical form is not in the value space of its datatype. */
  static boolean illTyped(Literal l) {
    IRI dt = l.getDatatype();
    return dt != null
        && XMLDatatypeUtil.isBuiltInDatatype(dt)
        && !XMLDatatypeUtil.isValidValue(l.getLabel(), dt);
  }

  private static boolean applies(
      SailConnection c, RangeShape r, Resource focus, Map<Value, Set<Value>> superclasses) {
    if (r.targetNodes().contains(focus)) {
      return true;
    }
    for (IRI p : r.targetSubjectsOf()) {
      if (c.hasStatement(focus, p, null, false)) {
        return true;
      }
    }
    for (IRI p : r.targetObjectsOf()) {
      if (c.hasStatement(null, p, focus, false)) {
        return true;
      }
    }
    if (r.targetClasses().isEmpty()) {
      return false;
    }
    try (CloseableIteration<? extends Statement> types =
        c.getStatements(focus, RDF.TYPE, null, false)) {
      while (types.hasNext()) {
        Value type = types.next().getObject();
        Set<Value> supers = superclasses.computeIfAbsent(type, t -> superclasses(c, t));
        for (Value cls : r.targetClasses()) {
          if (supers.contains(cls)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The class and its superclasses through {@code rdfs:subClassOf} in the data. */
  private static Set<Value> superclasses(SailConnection c, Value type) {
    Set<Value> seen = new HashSet<>();
    Deque<Value> todo = new ArrayDeque<>();
    todo.add(type);
    while (!todo.isEmpty()) {
      Value t = todo.pop();
      if (!seen.add(t) || !t.isResource()) {
        continue;
      }
      try (CloseableIteration<? extends Statement> it =
          c.getStatements((Resource) t, RDFS.SUBCLASSOF, null, false)) {
        while (it.hasNext()) {
          todo.add(it.next().getObject());
        }
      }
    }
    return seen;
  }

  private static IRI component(IRI parameter) {
    String local = parameter.getLocalName();
    String name = Character.toUpperCase(local.charAt(0)) + local.substring(1);
    return org.eclipse.rdf4j.model.util.Values.iri(SHACL.NAMESPACE + name + "ConstraintComponent");
  }

  private static Value first(Model m, Resource s, IRI p) {
    return m.filter(s, p, null).objects().stream().findFirst().orElse(null);
  }

  private static boolean isTrue(Value v) {
    return v instanceof Literal l && l.booleanValue();
  }
}
