package org.debatescore.jena.validation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.Jena;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.PathWriter;
import org.debatescore.core.DebatescoreException;
import org.debatescore.core.LimitExceededException;
import org.debatescore.core.ParseException;
import org.debatescore.core.SourceLocation;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Literal;
import org.debatescore.core.rdf.RdfFormat;
import org.debatescore.core.rdf.Resource;
import org.debatescore.core.rdf.SourceIndex;
import org.debatescore.core.rdf.Term;
import org.debatescore.core.validation.Severity;
import org.debatescore.core.validation.ValidationException;
import org.debatescore.core.validation.ValidationOptions;
import org.debatescore.core.validation.ValidationReport;
import org.debatescore.core.validation.ValidationResult;
import org.debatescore.core.validation.Validator;
import org.debatescore.jena.JenaRdfReader;
import org.debatescore.jena.JenaTerms;
import org.debatescore.jena.ReadOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validates Debatescore data with Apache Jena SHACL against the bundled Debatescore shapes (and any
 * extra shapes), and turns Jena's report into an engine-neutral {@link ValidationReport}.
 *
 * <ul>
 *   <li>All inputs go into one graph, so a reference from one file to a resource described in
 *       another is resolved; each file's {@link SourceIndex} is kept, and a result points at the
 *       file, line and column where its focus node is first described.
 *   <li>Messages come from the shape's {@code sh:message} in the requested language, else English,
 *       else Jena's own message; Jena's description of the failed constraint is kept as {@link
 *       ValidationResult#detail()}. The specification link is the shape's {@code rdfs:seeAlso}, or
 *       that of the node shape a property shape belongs to.
 *   <li>Results are sorted most serious first, then by file, line and column; then the limits of
 *       {@link ValidationOptions} apply (per shape, then in all). Counts always cover everything
 *       found, and the report says when it is truncated.
 * </ul>
 *
 * <p>The bundled shapes are parsed once per class loader and shared. Instances are immutable and
 * thread-safe.
 */
public final class JenaShaclValidator implements Validator {

  private static final Logger LOG = LoggerFactory.getLogger(JenaShaclValidator.class);

  /** The engine name written in reports. */
  public static final String ENGINE = "jena-shacl " + Jena.VERSION;

  private final ValidationOptions options;

  /** A validator with {@link ValidationOptions#defaults()}. */
  public JenaShaclValidator() {
    this(ValidationOptions.defaults());
  }

  /** A validator whose calls without options use {@code options}. */
  public JenaShaclValidator(ValidationOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  @Override
  public String engineName() {
    return ENGINE;
  }

  @Override
  public ValidationOptions options() {
    return options;
  }

  @Override
  public ValidationReport validate(List<Path> inputs, ValidationOptions options) {
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(options, "options");
    if (inputs.isEmpty()) {
      throw new ValidationException("No input to validate");
    }
    ShapesBundle shapes = ShapesBundle.forOptions(options);
    Graph data = GraphFactory.createDefaultGraph();
    List<String> names = new ArrayList<>();
    List<SourceIndex> indexes = new ArrayList<>();
    for (Path file : inputs) {
      String name = file.toString();
      RdfFormat format = RdfFormat.fromPath(file);
      checkSize(file, options.maxInputBytes());
      ReadOptions read =
          ReadOptions.builder()
              .trackLocations(true)
              .maxBytes(options.maxInputBytes())
              .baseIri(file.toAbsolutePath().normalize().toUri().toString())
              .build();
      try (InputStream in = Files.newInputStream(file)) {
        indexes.add(JenaRdfReader.parse(in, name, format, StreamRDFLib.graph(data), read));
      } catch (IOException e) {
        throw new ParseException(SourceLocation.unknown(name), "cannot read the file: " + e, e);
      }
      names.add(name);
    }
    return validate(data, names, indexes, shapes, options);
  }

  @Override
  public ValidationReport validate(
      InputStream input, RdfFormat format, String name, ValidationOptions options) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(options, "options");
    String source = name == null || name.isBlank() ? "<input>" : name;
    ShapesBundle shapes = ShapesBundle.forOptions(options);
    Graph data = GraphFactory.createDefaultGraph();
    ReadOptions read =
        ReadOptions.builder().trackLocations(true).maxBytes(options.maxInputBytes()).build();
    SourceIndex index = JenaRdfReader.parse(input, source, format, StreamRDFLib.graph(data), read);
    return validate(data, List.of(source), List.of(index), shapes, options);
  }

  /**
   * Validates a graph already in memory, e.g. one built by a converter.
   *
   * @param data the data graph (not changed)
   * @param inputNames names of the inputs the graph was read from, for the report
   * @param locations where subjects were read, one index per input, searched in order (may be
   *     empty: results then have no location)
   */
  public ValidationReport validate(
      Graph data, List<String> inputNames, List<SourceIndex> locations, ValidationOptions options) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(options, "options");
    return validate(
        data,
        inputNames == null ? List.of() : inputNames,
        locations == null ? List.of() : locations,
        ShapesBundle.forOptions(options),
        options);
  }

  private ValidationReport validate(
      Graph data,
      List<String> inputNames,
      List<SourceIndex> locations,
      ShapesBundle shapes,
      ValidationOptions options) {
    long start = System.nanoTime();
    org.apache.jena.shacl.ValidationReport jenaReport;
    try {
      jenaReport = ShaclValidator.get().validate(shapes.shapes(), data);
    } catch (DebatescoreException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new ValidationException("The SHACL engine failed: " + e.getMessage(), e);
    }
    String language = options.language();
    List<ValidationResult> all = new ArrayList<>();
    for (ReportEntry entry : jenaReport.getEntries()) {
      ValidationResult r = toResult(entry, shapes, language, locations);
      if (options.profile() == ValidationOptions.Profile.MUST
          && r.severity() != Severity.VIOLATION) {
        continue;
      }
      all.add(r);
    }
    Map<String, Integer> inputOrder = new HashMap<>();
    for (int i = 0; i < inputNames.size(); i++) {
      inputOrder.putIfAbsent(inputNames.get(i), i);
    }
    all.sort(resultOrder(inputOrder));

    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    all.forEach(r -> counts.merge(r.severity(), 1, Integer::sum));
    List<ValidationResult> kept = new ArrayList<>();
    Map<Resource, Integer> perShape = new HashMap<>();
    Map<Resource, Integer> droppedPerShape = new LinkedHashMap<>();
    int droppedOverall = 0;
    for (ValidationResult r : all) {
      int n = perShape.merge(r.sourceShape(), 1, Integer::sum);
      if (n > options.maxResultsPerShape()) {
        droppedPerShape.merge(r.sourceShape(), 1, Integer::sum);
      } else if (kept.size() >= options.maxResults()) {
        droppedOverall++;
      } else {
        kept.add(r);
      }
    }
    ValidationReport.Builder report =
        ValidationReport.builder()
            .results(kept)
            .counts(counts)
            .inputs(inputNames)
            .engine(ENGINE)
            .language(options.effectiveLanguage());
    shapes.description().forEach(report::shapes);
    String reason = truncationReason(droppedPerShape, droppedOverall, options);
    if (reason != null) {
      report.truncated(reason);
    }
    ValidationReport result = report.build();
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "Validated {} triples from {} input(s) in {} ms: {} result(s), {} kept",
          data.size(),
          inputNames.size(),
          (System.nanoTime() - start) / 1_000_000,
          all.size(),
          kept.size());
    }
    return result;
  }

  private static String truncationReason(
      Map<Resource, Integer> droppedPerShape, int droppedOverall, ValidationOptions options) {
    List<String> parts = new ArrayList<>();
    if (!droppedPerShape.isEmpty()) {
      int dropped = droppedPerShape.values().stream().mapToInt(Integer::intValue).sum();
      parts.add(
          dropped
              + " result(s) over the limit of "
              + options.maxResultsPerShape()
              + " per shape left out ("
              + droppedPerShape.size()
              + " shape(s))");
    }
    if (droppedOverall > 0) {
      parts.add(
          droppedOverall
              + " result(s) over the limit of "
              + options.maxResults()
              + " in all left out");
    }
    return parts.isEmpty() ? null : String.join("; ", parts);
  }

  private static Comparator<ValidationResult> resultOrder(Map<String, Integer> inputOrder) {
    return Comparator.comparingInt((ValidationResult r) -> -r.severity().rank())
        .thenComparingInt(
            r ->
                r.sourceLocation()
                    .map(l -> inputOrder.getOrDefault(l.source(), inputOrder.size()))
                    .orElse(Integer.MAX_VALUE))
        .thenComparingLong(r -> r.sourceLocation().map(SourceLocation::line).orElse(0L))
        .thenComparingLong(r -> r.sourceLocation().map(SourceLocation::column).orElse(0L))
        .thenComparing(r -> r.focusNode().toNTriples())
        .thenComparing(r -> r.sourceShape().toNTriples())
        .thenComparing(r -> Objects.requireNonNullElse(r.path(), ""))
        .thenComparing(r -> r.value() == null ? "" : r.value().toNTriples());
  }

  private static ValidationResult toResult(
      ReportEntry entry, ShapesBundle shapes, String language, List<SourceIndex> locations) {
    Term focus = JenaTerms.toTerm(entry.focusNode());
    Term value = entry.value() == null ? null : JenaTerms.toTerm(entry.value());
    String path = path(entry.resultPath());
    Node shapeNode = entry.source();
    ShapesBundle.ShapeInfo info = shapes.info(shapeNode);

    Map<String, String> messages = new LinkedHashMap<>(info.messages());
    if (messages.isEmpty()) {
      messages.putAll(literalMap(entry.messages()));
    }
    String detail = detail(entry);
    if (messages.isEmpty()) {
      messages.put("", Objects.requireNonNullElse(entry.message(), detail));
    }
    messages.replaceAll((lang, text) -> fill(text, focus, value, path));

    return ValidationResult.builder()
        .focusNode(focus)
        .path(path)
        .value(value)
        .constraintComponent(
            entry.sourceConstraintComponent() != null
                ? Iri.of(entry.sourceConstraintComponent().getURI())
                : Iri.of(Severity.SH + "ConstraintComponent"))
        .sourceShape(JenaTerms.toResource(shapeNode))
        .severity(Severity.fromIri(entry.severity().level().getURI()))
        .messages(messages)
        .message(ValidationResult.pickMessage(messages, language, detail))
        .sourceLocation(locate(focus, locations).orElse(null))
        .specLink(info.seeAlso())
        .shapeName(ValidationResult.pickMessage(info.names(), language, null))
        .detail(detail)
        .build();
  }

  /** The path as an IRI for a predicate path, else in SPARQL syntax with full IRIs. */
  static String path(org.apache.jena.sparql.path.Path path) {
    if (path == null) {
      return null;
    }
    if (path instanceof P_Link link && link.getNode().isURI()) {
      return link.getNode().getURI();
    }
    return PathWriter.asString(path);
  }

  /** Jena's compact description of the failed constraint, e.g. {@code minCount[1]}. */
  private static String detail(ReportEntry entry) {
    if (entry.constraint() == null) {
      return null;
    }
    String c = entry.constraint().toString();
    if (c.startsWith("SPARQL[")) {
      return "SPARQL constraint";
    }
    return c;
  }

  private static Map<String, String> literalMap(Collection<Node> nodes) {
    Map<String, String> out = new LinkedHashMap<>();
    if (nodes != null) {
      for (Node n : nodes) {
        if (n.isLiteral()) {
          out.putIfAbsent(n.getLiteralLanguage(), n.getLiteralLexicalForm());
        }
      }
    }
    return out;
  }

  /** Fills the SHACL message placeholders {@code {$this}}, {@code {?value}}, {@code {?path}}. */
  private static String fill(String text, Term focus, Term value, String path) {
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

  private static Optional<SourceLocation> locate(Term focus, List<SourceIndex> locations) {
    if (focus instanceof Resource r) {
      for (SourceIndex index : locations) {
        SourceLocation loc = index.get(r);
        if (loc != null) {
          return Optional.of(loc);
        }
      }
    }
    return Optional.empty();
  }

  private static void checkSize(Path file, long max) {
    long size;
    try {
      size = Files.size(file);
    } catch (NoSuchFileException e) {
      throw new ParseException(SourceLocation.unknown(file.toString()), "no such file");
    } catch (IOException e) {
      throw new ParseException(
          SourceLocation.unknown(file.toString()), "cannot read the file: " + e, e);
    }
    if (size > max) {
      throw new LimitExceededException(
          SourceLocation.unknown(file.toString()),
          "the file is " + size + " bytes, over the limit of " + max + " bytes (maxInputBytes)");
    }
  }
}
