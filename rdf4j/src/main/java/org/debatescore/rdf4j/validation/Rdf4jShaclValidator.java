package org.debatescore.rdf4j.validation;

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
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.debatescore.core.DebatescoreException;
import org.debatescore.core.LimitExceededException;
import org.debatescore.core.ParseException;
import org.debatescore.core.SourceLocation;
import org.debatescore.core.rdf.RdfFormat;
import org.debatescore.core.rdf.Resource;
import org.debatescore.core.rdf.SourceIndex;
import org.debatescore.core.rdf.Triple;
import org.debatescore.core.validation.Severity;
import org.debatescore.core.validation.ValidationException;
import org.debatescore.core.validation.ValidationOptions;
import org.debatescore.core.validation.ValidationReport;
import org.debatescore.core.validation.ValidationResult;
import org.debatescore.core.validation.Validator;
import org.debatescore.rdf4j.Rdf4jRdfReader;
import org.debatescore.rdf4j.Rdf4jTerms;
import org.debatescore.rdf4j.ReadOptions;
import org.eclipse.rdf4j.common.transaction.IsolationLevels;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.vocabulary.RDF4J;
import org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler;
import org.eclipse.rdf4j.sail.SailConnection;
import org.eclipse.rdf4j.sail.shacl.ShaclSail;
import org.eclipse.rdf4j.sail.shacl.ShaclSailValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validates Debatescore data with Eclipse RDF4J's {@link ShaclSail} against the bundled Debatescore
 * shapes (and any extra shapes), and turns RDF4J's report into the same engine-neutral {@link
 * ValidationReport} as the Jena binding's {@code JenaShaclValidator}: same focus nodes, paths,
 * constraint components (e.g. {@code sh:MinCountConstraintComponent}, {@code
 * sh:SPARQLConstraintComponent}), severities, messages, locations and links.
 *
 * <ul>
 *   <li><b>How.</b> The shapes are loaded once into the shapes graph ({@code
 *       rdf4j:SHACLShapeGraph}) of a ShaclSail over an empty {@link
 *       org.eclipse.rdf4j.sail.memory.MemoryStore}; sails are pooled, so the shapes are parsed once
 *       per sail, not per validation. The data is added in a transaction, which is {@linkplain
 *       SailConnection#prepare() prepared} (RDF4J validates there) and always rolled back: the sail
 *       stays empty. Validation is RDF4J's bulk validation: its incremental plans run a filter
 *       query per focus node, quadratic on a whole document. Bulk mode counts {@code sh:maxCount}
 *       by value ({@code "1"^^xsd:integer} and {@code "1.0"^^xsd:decimal} once), so the binding
 *       counts terms itself ({@link RangeShapes}) and adds what RDF4J misses. ShaclSail rejects a
 *       transaction for any result, even a warning or an info: here that rejection is simply the
 *       report; only a failure of the engine is a {@link ValidationException}.
 *   <li><b>Inputs.</b> All inputs go into one graph, so a reference from one file to a resource
 *       described in another is resolved; each file's {@link SourceIndex} is kept, and a result
 *       points at where its focus node is first described (line only for Turtle).
 *   <li><b>Limits.</b> RDF4J truncates reports (by default 1,000 results per constraint). Here its
 *       per-constraint limit is {@link ValidationOptions#maxResultsPerShape()} + 1 and its total
 *       limit is off; the total limit of the options is applied after sorting, so the most serious
 *       results are kept, and counts cover everything found. When RDF4J itself truncated, the
 *       report says so and the counts are lower bounds.
 *   <li><b>Ill-typed values.</b> RDF4J compares an ill-typed literal such as {@code
 *       "-1"^^xsd:nonNegativeInteger} by its lexical number; SHACL (and Jena) hold that it has no
 *       value and so breaks every range constraint ({@code sh:minInclusive}...). The binding finds
 *       such values itself and adds the results RDF4J leaves out.
 *   <li><b>What RDF4J cannot evaluate.</b> SHACL features outside what ShaclSail supports (e.g.
 *       {@code sh:xone}, sequence or {@code sh:zeroOrMorePath} paths, SHACL-SPARQL constraint
 *       components) would be skipped silently by RDF4J. They are listed in the report instead: the
 *       report is marked incomplete ({@link ValidationReport#truncated()}) with a reason naming
 *       each construct not evaluated. The bundled shapes use none.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Rdf4jShaclValidator implements Validator {

  private static final Logger LOG = LoggerFactory.getLogger(Rdf4jShaclValidator.class);

  /** The engine name written in reports, e.g. {@code rdf4j-shacl 5.2.2}. */
  public static final String ENGINE = "rdf4j-shacl " + rdf4jVersion();

  /** The short name a command line uses to choose this engine. */
  public static final String NAME = "rdf4j";

  private final ValidationOptions options;

  /** A validator with {@link ValidationOptions#defaults()}. */
  public Rdf4jShaclValidator() {
    this(ValidationOptions.defaults());
  }

  /** A validator whose calls without options use {@code options}. */
  public Rdf4jShaclValidator(ValidationOptions options) {
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
    for (Path file : inputs) {
      checkSize(file, options.maxInputBytes());
    }
    List<String> names = new ArrayList<>();
    List<SourceIndex> indexes = new ArrayList<>();
    return run(
        shapes,
        options,
        names,
        indexes,
        connection -> {
          for (Path file : inputs) {
            String name = file.toString();
            RdfFormat format = RdfFormat.fromPath(file);
            ReadOptions read =
                ReadOptions.builder()
                    .trackLocations(true)
                    .maxBytes(options.maxInputBytes())
                    .baseIri(file.toAbsolutePath().normalize().toUri().toString())
                    .build();
            try (InputStream in = Files.newInputStream(file)) {
              indexes.add(
                  Rdf4jRdfReader.parse(in, name, format, new AddingHandler(connection), read));
            } catch (IOException e) {
              throw new ParseException(
                  SourceLocation.unknown(name), "cannot read the file: " + e, e);
            }
            names.add(name);
          }
        });
  }

  @Override
  public ValidationReport validate(
      InputStream input, RdfFormat format, String name, ValidationOptions options) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(options, "options");
    String source = name == null || name.isBlank() ? "<input>" : name;
    ShapesBundle shapes = ShapesBundle.forOptions(options);
    List<SourceIndex> indexes = new ArrayList<>();
    ReadOptions read =
        ReadOptions.builder().trackLocations(true).maxBytes(options.maxInputBytes()).build();
    return run(
        shapes,
        options,
        List.of(source),
        indexes,
        connection ->
            indexes.add(
                Rdf4jRdfReader.parse(input, source, format, new AddingHandler(connection), read)));
  }

  /**
   * Validates statements already in memory, e.g. an RDF4J model or a converter's output.
   *
   * @param data the statements (graph names are ignored; not changed)
   * @param inputNames names of the inputs the data was read from, for the report
   * @param locations where subjects were read, one index per input, searched in order (may be
   *     empty: results then have no location)
   */
  public ValidationReport validate(
      Iterable<Statement> data,
      List<String> inputNames,
      List<SourceIndex> locations,
      ValidationOptions options) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(options, "options");
    return run(
        ShapesBundle.forOptions(options),
        options,
        inputNames == null ? List.of() : inputNames,
        locations == null ? List.of() : locations,
        connection -> {
          for (Statement st : data) {
            connection.addStatement(st.getSubject(), st.getPredicate(), st.getObject());
          }
        });
  }

  /** Validates Debatescore statements (for example {@code ModelWriter.toTriples(data)}). */
  public ValidationReport validateTriples(Iterable<Triple> data, ValidationOptions options) {
    Objects.requireNonNull(data, "data");
    List<Statement> statements = new ArrayList<>();
    for (Triple t : data) {
      statements.add(Rdf4jTerms.toStatement(t));
    }
    return validate(statements, List.of(), List.of(), options);
  }

  /**
   * Turns a SHACL report RDF4J produced elsewhere (for example the {@code
   * validationReportAsModel()} of a commit a ShaclSail refused, locally or on an RDF4J server) into
   * a {@link ValidationReport}, with messages, names and links from the bundled shapes (else the
   * report's own {@code sh:resultMessage}).
   *
   * @param locations where subjects were read, searched in order (may be empty)
   */
  public static ValidationReport fromShaclReport(
      Model shaclReport, ValidationOptions options, List<SourceIndex> locations) {
    Objects.requireNonNull(shaclReport, "shaclReport");
    Objects.requireNonNull(options, "options");
    boolean truncated =
        shaclReport.filter(null, RDF4J.TRUNCATED, null).objects().stream()
            .anyMatch(v -> v.isLiteral() && ((Literal) v).booleanValue());
    return report(
        shaclReport,
        truncated,
        List.of(),
        ShapesBundle.bundled(),
        options,
        List.of(),
        locations == null ? List.of() : locations);
  }

  /** Loads data into an open transaction. */
  @FunctionalInterface
  private interface Loader {
    void load(SailConnection connection);
  }

  private ValidationReport run(
      ShapesBundle shapes,
      ValidationOptions options,
      List<String> inputNames,
      List<SourceIndex> locations,
      Loader loader) {
    long start = System.nanoTime();
    ShaclSail sail = shapes.acquire();
    boolean healthy = false;
    Findings found;
    try {
      sail.setValidationResultsLimitPerConstraint(
          options.maxResultsPerShape() >= Integer.MAX_VALUE - 1
              ? -1
              : options.maxResultsPerShape() + 1L);
      sail.setValidationResultsLimitTotal(-1);
      try (SailConnection connection = sail.getConnection()) {
        connection.setTransactionSettings(ShaclSail.TransactionSettings.ValidationApproach.Bulk);
        connection.begin(IsolationLevels.SNAPSHOT);
        try {
          loader.load(connection);
          found = evaluate(connection, shapes, options, locations, null);
        } finally {
          connection.rollback();
        }
      }
      healthy = true;
    } catch (DebatescoreException e) {
      healthy = true;
      throw e;
    } catch (RuntimeException e) {
      throw new ValidationException("The SHACL engine failed: " + message(e), e);
    } finally {
      if (healthy) {
        shapes.release(sail);
      } else {
        shapes.discard(sail);
      }
    }
    ValidationReport report = found.report(shapes, options, inputNames, locations);
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "Validated {} input(s) in {} ms: {} result(s), {} kept",
          inputNames.size(),
          (System.nanoTime() - start) / 1_000_000,
          report.total(),
          report.results().size());
    }
    return report;
  }

  /**
   * Validates, in bulk, the open transaction of a connection to a store's ShaclSail configured as
   * {@link DebatescoreShapes#newShaclSail} does and holding {@link
   * DebatescoreShapes#violationsOnly()}: RDF4J validates the whole store as the transaction would
   * leave it, and the binding adds its term-level checks ({@code sh:maxCount} by term, ill-typed
   * range values). The transaction must have been begun with {@link
   * ShaclSail.TransactionSettings.ValidationApproach#Bulk}; it is prepared, and left open for the
   * caller to commit (when the report conforms) or roll back.
   *
   * @param locations where subjects were read, searched in order (may be empty)
   * @return the violations found, with messages in the options' language
   */
  public static ValidationReport validateBulkTransaction(
      SailConnection connection,
      ValidationOptions options,
      List<String> inputNames,
      List<SourceIndex> locations) {
    Objects.requireNonNull(connection, "connection");
    Objects.requireNonNull(options, "options");
    ShapesBundle shapes = ShapesBundle.bundledViolationsOnly();
    List<SourceIndex> where = locations == null ? List.of() : locations;
    return evaluate(connection, shapes, options, where, null)
        .report(shapes, options, inputNames == null ? List.of() : inputNames, where);
  }

  /**
   * Validates the open transaction of a connection to a store's ShaclSail (as {@link
   * #validateBulkTransaction}) incrementally: RDF4J checks what the change touches, and the
   * binding's term-level checks look at {@code touched}, the resources the change added statements
   * about or pointing to. The transaction is prepared and left open.
   */
  public static ValidationReport validateTransaction(
      SailConnection connection,
      ValidationOptions options,
      Collection<? extends org.eclipse.rdf4j.model.Resource> touched) {
    Objects.requireNonNull(connection, "connection");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(touched, "touched");
    ShapesBundle shapes = ShapesBundle.bundledViolationsOnly();
    return evaluate(connection, shapes, options, List.of(), touched)
        .report(shapes, options, List.of(), List.of());
  }

  /** What RDF4J reported for a prepared transaction, and what the term-level checks added. */
  private record Findings(
      Model reportModel, boolean engineTruncated, List<ValidationResult> extra) {

    ValidationReport report(
        ShapesBundle shapes,
        ValidationOptions options,
        List<String> inputNames,
        List<SourceIndex> locations) {
      return Rdf4jShaclValidator.report(
          reportModel, engineTruncated, extra, shapes, options, inputNames, locations);
    }
  }

  /**
   * Prepares the open transaction (RDF4J validates there; a refusal is its report) and runs the
   * term-level checks on what the transaction sees.
   */
  private static Findings evaluate(
      SailConnection connection,
      ShapesBundle shapes,
      ValidationOptions options,
      List<SourceIndex> locations,
      Collection<? extends org.eclipse.rdf4j.model.Resource> touched) {
    Model reportModel = null;
    boolean engineTruncated = false;
    try {
      connection.prepare();
    } catch (RuntimeException e) {
      ShaclSailValidationException v = find(e, ShaclSailValidationException.class);
      if (v == null) {
        throw e;
      }
      reportModel = v.validationReportAsModel();
      engineTruncated = v.getValidationReport().isTruncated();
    }
    List<ValidationResult> extra = List.of();
    if (!shapes.rangeShapes().isEmpty()) {
      ReportMapper mapper = new ReportMapper(shapes, options.language(), locations);
      extra =
          touched == null
              ? shapes.rangeShapes().results(connection, mapper)
              : shapes.rangeShapes().results(connection, mapper, touched);
    }
    return new Findings(reportModel, engineTruncated, extra);
  }

  private static ValidationReport report(
      Model reportModel,
      boolean engineTruncated,
      List<ValidationResult> extra,
      ShapesBundle shapes,
      ValidationOptions options,
      List<String> inputNames,
      List<SourceIndex> locations) {
    List<ValidationResult> all = new ArrayList<>();
    if (reportModel != null) {
      ReportMapper mapper = new ReportMapper(shapes, options.language(), locations);
      for (ValidationResult r : mapper.results(reportModel)) {
        if (options.profile() == ValidationOptions.Profile.MUST
            && r.severity() != Severity.VIOLATION) {
          continue;
        }
        all.add(r);
      }
    }
    if (!extra.isEmpty()) {
      Set<String> known = new HashSet<>();
      all.forEach(r -> known.add(key(r)));
      for (ValidationResult r : extra) {
        if ((options.profile() != ValidationOptions.Profile.MUST
                || r.severity() == Severity.VIOLATION)
            && known.add(key(r))) {
          all.add(r);
        }
      }
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
    String reason =
        truncationReason(
            droppedPerShape, droppedOverall, engineTruncated, shapes.notEvaluated(), options);
    if (reason != null) {
      report.truncated(reason);
    }
    return report.build();
  }

  private static String key(ValidationResult r) {
    return r.focusNode().toNTriples()
        + " "
        + r.path()
        + " "
        + r.constraintComponent().value()
        + " "
        // A maxCount result is about the focus node, whatever value an engine attaches to it.
        + (r.value() == null
                || r.constraintComponent().value().endsWith("#MaxCountConstraintComponent")
            ? ""
            : r.value().toNTriples());
  }

  private static String truncationReason(
      Map<Resource, Integer> droppedPerShape,
      int droppedOverall,
      boolean engineTruncated,
      List<String> notEvaluated,
      ValidationOptions options) {
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
    if (engineTruncated) {
      parts.add(
          "RDF4J stopped collecting results for some constraint after "
              + (options.maxResultsPerShape() + 1L)
              + ": counts are lower bounds");
    }
    if (!notEvaluated.isEmpty()) {
      parts.add("not evaluated by " + ENGINE + ": " + String.join("; ", notEvaluated));
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

  private static String rdf4jVersion() {
    String v = ShaclSail.class.getPackage().getImplementationVersion();
    return v == null ? "5" : v;
  }

  private static String message(Throwable e) {
    String best = null;
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    for (Throwable t = e; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        best = t.getMessage();
      }
    }
    return best != null ? best : e.getClass().getSimpleName();
  }

  static <T extends Throwable> T find(Throwable e, Class<T> type) {
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    for (Throwable t = e; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  /** Adds parsed statements to an open transaction, in the default graph. */
  private static final class AddingHandler extends AbstractRDFHandler {
    private final SailConnection connection;

    AddingHandler(SailConnection connection) {
      this.connection = connection;
    }

    @Override
    public void handleStatement(Statement st) {
      connection.addStatement(st.getSubject(), st.getPredicate(), st.getObject());
    }
  }
}
