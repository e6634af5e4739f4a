package org.debatescore.rdf4j.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.debatescore.core.SourceLocation;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Literal;
import org.debatescore.core.rdf.SourceIndex;
import org.debatescore.core.rdf.Term;
import org.debatescore.core.validation.Severity;
import org.debatescore.core.validation.ValidationResult;
import org.debatescore.rdf4j.DebatescorePrefixes;
import org.debatescore.rdf4j.Rdf4jTerms;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.model.util.RDFCollections;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.SHACL;

/**
 * Turns a SHACL validation report, as RDF4J writes it ({@code sh:ValidationReport} model), into
 * engine-neutral {@link ValidationResult}s, with the same fields the Jena binding fills: messages
 * from the shape's {@code sh:message} (all languages; the requested one, else English), the source
 * location of the focus node, the specification link of the shape or its node shape, the shape's
 * name, and a short description of the failed constraint built from the shape.
 */
final class ReportMapper {

  /** Constraint component local name to the shape parameter it checks. */
  private static final Map<String, IRI> PARAMETERS = new LinkedHashMap<>();

  static {
    PARAMETERS.put("MinCountConstraintComponent", SHACL.MIN_COUNT);
    PARAMETERS.put("MaxCountConstraintComponent", SHACL.MAX_COUNT);
    PARAMETERS.put("DatatypeConstraintComponent", SHACL.DATATYPE);
    PARAMETERS.put("NodeKindConstraintComponent", SHACL.NODE_KIND_PROP);
    PARAMETERS.put("ClassConstraintComponent", SHACL.CLASS);
    PARAMETERS.put("InConstraintComponent", SHACL.IN);
    PARAMETERS.put("UniqueLangConstraintComponent", SHACL.UNIQUE_LANG);
    PARAMETERS.put("LanguageInConstraintComponent", SHACL.LANGUAGE_IN);
    PARAMETERS.put("MinInclusiveConstraintComponent", SHACL.MIN_INCLUSIVE);
    PARAMETERS.put("MaxInclusiveConstraintComponent", SHACL.MAX_INCLUSIVE);
    PARAMETERS.put("MinExclusiveConstraintComponent", SHACL.MIN_EXCLUSIVE);
    PARAMETERS.put("MaxExclusiveConstraintComponent", SHACL.MAX_EXCLUSIVE);
    PARAMETERS.put("MinLengthConstraintComponent", SHACL.MIN_LENGTH);
    PARAMETERS.put("MaxLengthConstraintComponent", SHACL.MAX_LENGTH);
    PARAMETERS.put("PatternConstraintComponent", SHACL.PATTERN);
    PARAMETERS.put("HasValueConstraintComponent", SHACL.HAS_VALUE);
    PARAMETERS.put("OrConstraintComponent", SHACL.OR);
    PARAMETERS.put("AndConstraintComponent", SHACL.AND);
    PARAMETERS.put("NotConstraintComponent", SHACL.NOT);
    PARAMETERS.put("NodeConstraintComponent", SHACL.NODE);
    PARAMETERS.put("ClosedConstraintComponent", SHACL.CLOSED);
    PARAMETERS.put("EqualsConstraintComponent", SHACL.EQUALS);
    PARAMETERS.put("LessThanConstraintComponent", SHACL.LESS_THAN);
    PARAMETERS.put("LessThanOrEqualsConstraintComponent", SHACL.LESS_THAN_OR_EQUALS);
    PARAMETERS.put("QualifiedMinCountConstraintComponent", SHACL.QUALIFIED_MIN_COUNT);
    PARAMETERS.put("QualifiedMaxCountConstraintComponent", SHACL.QUALIFIED_MAX_COUNT);
  }

  private final ShapesBundle shapes;
  private final String language;
  private final List<SourceIndex> locations;

  ReportMapper(ShapesBundle shapes, String language, List<SourceIndex> locations) {
    this.shapes = shapes;
    this.language = language;
    this.locations = locations;
  }

  /** Every result of every report in {@code report}. */
  List<ValidationResult> results(Model report) {
    List<ValidationResult> out = new ArrayList<>();
    for (Resource r : report.filter(null, RDF.TYPE, SHACL.VALIDATION_REPORT).subjects()) {
      for (Value result : report.filter(r, SHACL.RESULT, null).objects()) {
        if (result.isResource()) {
          out.add(result(report, (Resource) result));
        }
      }
    }
    return out;
  }

  private ValidationResult result(Model report, Resource r) {
    Term focus = Rdf4jTerms.toTerm(object(report, r, SHACL.FOCUS_NODE));
    Value valueNode = object(report, r, SHACL.VALUE);
    Term value = valueNode == null ? null : Rdf4jTerms.toTerm(valueNode);
    Value pathNode = object(report, r, SHACL.RESULT_PATH);
    String path = pathNode == null ? null : path(report, pathNode);
    Value component = object(report, r, SHACL.SOURCE_CONSTRAINT_COMPONENT);
    Resource shape = (Resource) object(report, r, SHACL.SOURCE_SHAPE);
    Value severity = object(report, r, SHACL.RESULT_SEVERITY);
    ShapesBundle.ShapeInfo info = shapes.info(shape);

    Map<String, String> messages = new LinkedHashMap<>(info.messages());
    if (messages.isEmpty()) {
      for (Value m : report.filter(r, SHACL.RESULT_MESSAGE, null).objects()) {
        if (m instanceof org.eclipse.rdf4j.model.Literal l) {
          messages.putIfAbsent(l.getLanguage().orElse("").toLowerCase(Locale.ROOT), l.getLabel());
        }
      }
    }
    String detail = component == null ? null : detail(shape, (IRI) component, value);
    if (messages.isEmpty()) {
      messages.put("", Objects.requireNonNullElse(detail, "constraint not met"));
    }
    messages.replaceAll((lang, text) -> fill(text, focus, value, path));

    return ValidationResult.builder()
        .focusNode(focus)
        .path(path)
        .value(value)
        .constraintComponent(
            component != null
                ? Iri.of(component.stringValue())
                : Iri.of(Severity.SH + "ConstraintComponent"))
        .sourceShape(Rdf4jTerms.toResource(shape))
        .severity(severity == null ? Severity.VIOLATION : Severity.fromIri(severity.stringValue()))
        .messages(messages)
        .message(ValidationResult.pickMessage(messages, language, detail))
        .sourceLocation(locate(focus).orElse(null))
        .specLink(info.seeAlso())
        .shapeName(ValidationResult.pickMessage(info.names(), language, null))
        .detail(detail)
        .build();
  }

  /** A result the binding found itself (see {@link RangeShapes}), filled like RDF4J's. */
  ValidationResult synthetic(
      Term focus, String path, Term value, Iri component, Resource shape, Severity severity) {
    ShapesBundle.ShapeInfo info = shapes.info(shape);
    Map<String, String> messages = new LinkedHashMap<>(info.messages());
    String detail =
        detail(shape, Rdf4jTerms.valueFactory().createIRI(component.value()), value)
            + (component.value().endsWith("MaxCountConstraintComponent")
                ? " (distinct values counted as RDF terms)"
                : " (ill-typed literal: not comparable)");
    if (messages.isEmpty()) {
      messages.put("", detail);
    }
    messages.replaceAll((lang, text) -> fill(text, focus, value, path));
    return ValidationResult.builder()
        .focusNode(focus)
        .path(path)
        .value(value)
        .constraintComponent(component)
        .sourceShape(Rdf4jTerms.toResource(shape))
        .severity(severity)
        .messages(messages)
        .message(ValidationResult.pickMessage(messages, language, detail))
        .sourceLocation(locate(focus).orElse(null))
        .specLink(info.seeAlso())
        .shapeName(ValidationResult.pickMessage(info.names(), language, null))
        .detail(detail)
        .build();
  }

  private static Value object(Model m, Resource s, IRI p) {
    return Models.object(m.filter(s, p, null)).orElse(null);
  }

  /** The path as an IRI for a predicate path, else in SPARQL syntax with full IRIs. */
  static String path(Model m, Value path) {
    if (path.isIRI()) {
      return path.stringValue();
    }
    return sparqlPath(m, path, false);
  }

  private static String sparqlPath(Model m, Value path, boolean nested) {
    if (path.isIRI()) {
      return "<" + path.stringValue() + ">";
    }
    Resource r = (Resource) path;
    if (m.contains(r, RDF.FIRST, null)) {
      List<String> parts = new ArrayList<>();
      for (Value v : RDFCollections.asValues(m, r, new ArrayList<>())) {
        parts.add(sparqlPath(m, v, true));
      }
      String seq = String.join("/", parts);
      return nested ? "(" + seq + ")" : seq;
    }
    Value v;
    if ((v = object(m, r, SHACL.INVERSE_PATH)) != null) {
      return "^" + sparqlPath(m, v, true);
    }
    if ((v = object(m, r, SHACL.ALTERNATIVE_PATH)) != null && v.isResource()) {
      List<String> parts = new ArrayList<>();
      for (Value a : RDFCollections.asValues(m, (Resource) v, new ArrayList<>())) {
        parts.add(sparqlPath(m, a, true));
      }
      return "(" + String.join("|", parts) + ")";
    }
    if ((v = object(m, r, SHACL.ZERO_OR_MORE_PATH)) != null) {
      return sparqlPath(m, v, true) + "*";
    }
    if ((v = object(m, r, SHACL.ONE_OR_MORE_PATH)) != null) {
      return sparqlPath(m, v, true) + "+";
    }
    if ((v = object(m, r, SHACL.ZERO_OR_ONE_PATH)) != null) {
      return sparqlPath(m, v, true) + "?";
    }
    return "_:" + r.stringValue();
  }

  /**
   * A short description of the failed constraint from the shape, e.g. {@code sh:minCount 1} or
   * {@code sh:datatype xsd:dateTime}: RDF4J writes no description of its own.
   */
  private String detail(Resource shape, IRI component, Term value) {
    String name = component.getLocalName();
    if (name.equals("SPARQLConstraintComponent")) {
      return "SPARQL constraint";
    }
    IRI parameter = PARAMETERS.get(name);
    StringBuilder b = new StringBuilder();
    if (parameter == null) {
      b.append(name.replace("ConstraintComponent", ""));
    } else {
      b.append("sh:").append(parameter.getLocalName());
      Model m = shapes.model();
      Value arg = object(m, shape, parameter);
      if (arg != null) {
        b.append(' ').append(describe(m, arg));
      }
    }
    if (value != null) {
      b.append(": value ").append(compact(value));
    }
    return b.toString();
  }

  private static String describe(Model m, Value arg) {
    if (arg.isIRI()) {
      return compactIri(arg.stringValue());
    }
    if (arg instanceof org.eclipse.rdf4j.model.Literal l) {
      return l.getLabel();
    }
    Resource r = (Resource) arg;
    if (m.contains(r, RDF.FIRST, null)) {
      List<Value> items = RDFCollections.asValues(m, r, new ArrayList<>());
      if (items.stream().allMatch(Value::isIRI) && items.size() <= 8) {
        List<String> names = new ArrayList<>();
        items.forEach(i -> names.add(compactIri(i.stringValue())));
        return "(" + String.join(" ", names) + ")";
      }
      return "("
          + items.size()
          + (items.stream().allMatch(Value::isBNode) ? " shapes)" : " values)");
    }
    return "[shape]";
  }

  private static String compact(Term t) {
    if (t instanceof Iri iri) {
      return compactIri(iri.value());
    }
    if (t instanceof Literal l && !l.isLangString() && !l.datatype().equals(Literal.XSD_STRING)) {
      return "\"" + l.lexical() + "\"^^" + compactIri(l.datatype());
    }
    return t.toNTriples();
  }

  private static String compactIri(String iri) {
    if (iri.startsWith(SHACL.NAMESPACE)) {
      return "sh:" + iri.substring(SHACL.NAMESPACE.length());
    }
    for (Map.Entry<String, String> p : DebatescorePrefixes.all().entrySet()) {
      if (iri.startsWith(p.getValue()) && iri.length() > p.getValue().length()) {
        String local = iri.substring(p.getValue().length());
        if (local.matches("[A-Za-z0-9_-]+")) {
          return p.getKey() + ":" + local;
        }
      }
    }
    return "<" + iri + ">";
  }

  /** Fills the SHACL message placeholders {@code {$this}}, {@code {?value}}, {@code {?path}}. */
  static String fill(String text, Term focus, Term value, String path) {
    if (text == null || text.indexOf('{') < 0) {
      return text;
    }
    String focusText = display(focus);
    String valueText = value == null ? "" : display(value);
    String pathText = path == null ? "" : path;
    return text.replace("{$this}", focusText)
        .replace("{?this}", focusText)
        .replace("{$focusNode}", focusText)
        .replace("{?focusNode}", focusText)
        .replace("{$value}", valueText)
        .replace("{?value}", valueText)
        .replace("{$path}", pathText)
        .replace("{?path}", pathText);
  }

  private static String display(Term t) {
    return t instanceof Literal l ? l.lexical() : t.toNTriples();
  }

  private Optional<SourceLocation> locate(Term focus) {
    if (focus instanceof org.debatescore.core.rdf.Resource r) {
      for (SourceIndex index : locations) {
        SourceLocation loc = index.get(r);
        if (loc != null) {
          return Optional.of(loc);
        }
      }
    }
    return Optional.empty();
  }
}
