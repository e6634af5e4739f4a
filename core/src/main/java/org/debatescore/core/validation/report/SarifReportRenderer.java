package org.debatescore.core.validation.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.debatescore.core.SourceLocation;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Resource;
import org.debatescore.core.validation.Severity;
import org.debatescore.core.validation.ValidationReport;
import org.debatescore.core.validation.ValidationResult;

/**
 * The report as a SARIF 2.1.0 log, for code scanning (GitHub, GitLab, editors). One run, tool
 * driver {@code debatescore}; each shape that produced a result is a rule (id = the shape IRI, help
 * URI = its specification link); each result has a level ({@code error} for violations, {@code
 * warning}, {@code note} for infos), the message, and the file, line and column of its focus node.
 * The focus node, path, value and constraint component are kept in the result's {@code properties}
 * and as a logical location.
 *
 * <p>Report-level facts with no SARIF slot (conformance, counts, truncation, engine, shapes) are in
 * the run's {@code properties}.
 */
public final class SarifReportRenderer implements ReportRenderer {

  /** Value of {@code $schema}. */
  public static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";

  /** Name of the tool driver. */
  public static final String TOOL_NAME = "debatescore";

  /** Where the tool is documented. */
  public static final String INFORMATION_URI = "https://w3id.org/debatescore/ns";

  @Override
  public ReportFormat format() {
    return ReportFormat.SARIF;
  }

  @Override
  public void render(ValidationReport report, Writer out) throws IOException {
    Map<Resource, Integer> ruleIndex = new LinkedHashMap<>();
    List<ValidationResult> ruleFirst = new ArrayList<>();
    for (ValidationResult r : report.results()) {
      if (!ruleIndex.containsKey(r.sourceShape())) {
        ruleIndex.put(r.sourceShape(), ruleFirst.size());
        ruleFirst.add(r);
      }
    }
    try (JsonGenerator g = JsonSupport.generator(out)) {
      g.writeStartObject();
      g.writeStringField("$schema", SCHEMA_URI);
      g.writeStringField("version", "2.1.0");
      g.writeArrayFieldStart("runs");
      g.writeStartObject();

      g.writeObjectFieldStart("tool");
      g.writeObjectFieldStart("driver");
      g.writeStringField("name", TOOL_NAME);
      String version = SarifReportRenderer.class.getPackage().getImplementationVersion();
      if (version != null) {
        g.writeStringField("version", version);
      }
      g.writeStringField("informationUri", INFORMATION_URI);
      g.writeArrayFieldStart("rules");
      for (ValidationResult r : ruleFirst) {
        rule(g, r);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();

      g.writeArrayFieldStart("invocations");
      g.writeStartObject();
      g.writeBooleanField("executionSuccessful", true);
      g.writeEndObject();
      g.writeEndArray();

      g.writeStringField("language", report.language());
      g.writeArrayFieldStart("results");
      for (ValidationResult r : report.results()) {
        result(g, r, ruleIndex.get(r.sourceShape()));
      }
      g.writeEndArray();

      g.writeObjectFieldStart("properties");
      g.writeBooleanField("conforms", report.conforms());
      g.writeObjectFieldStart("counts");
      for (Severity s : Severity.values()) {
        g.writeNumberField(s.label(), report.count(s));
      }
      g.writeNumberField("total", report.total());
      g.writeEndObject();
      g.writeBooleanField("truncated", report.truncated());
      JsonSupport.stringOrNull(g, "truncationReason", report.truncationReason());
      g.writeStringField("engine", report.engine());
      stringArray(g, "shapes", report.shapes());
      stringArray(g, "inputs", report.inputs());
      g.writeEndObject();

      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
    out.flush();
  }

  /** The SARIF level of a severity: error, warning or note. */
  public static String level(Severity severity) {
    return switch (severity) {
      case VIOLATION -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  /** The rule id of a shape: its IRI, or {@code _:label} for a blank-node shape. */
  public static String ruleId(Resource shape) {
    return shape instanceof Iri iri ? iri.value() : shape.toNTriples();
  }

  private static void rule(JsonGenerator g, ValidationResult r) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", ruleId(r.sourceShape()));
    g.writeStringField(
        "name",
        r.sourceShape() instanceof Iri iri
            ? ValidationResult.shortName(iri.value())
            : r.sourceShape().toNTriples());
    g.writeObjectFieldStart("shortDescription");
    g.writeStringField("text", r.shapeLabel());
    g.writeEndObject();
    g.writeObjectFieldStart("fullDescription");
    g.writeStringField("text", r.message());
    g.writeEndObject();
    String help = absoluteUri(r.specLink());
    if (help != null && help.matches("(?i)https?:.*")) {
      g.writeStringField("helpUri", help);
    }
    g.writeObjectFieldStart("defaultConfiguration");
    g.writeStringField("level", level(r.severity()));
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void result(JsonGenerator g, ValidationResult r, int ruleIndex)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("ruleId", ruleId(r.sourceShape()));
    g.writeNumberField("ruleIndex", ruleIndex);
    g.writeStringField("level", level(r.severity()));
    g.writeObjectFieldStart("message");
    g.writeStringField("text", r.message());
    g.writeEndObject();

    g.writeArrayFieldStart("locations");
    g.writeStartObject();
    if (r.sourceLocation().isPresent()) {
      SourceLocation loc = r.sourceLocation().get();
      g.writeObjectFieldStart("physicalLocation");
      g.writeObjectFieldStart("artifactLocation");
      g.writeStringField("uri", artifactUri(loc.source()));
      g.writeEndObject();
      if (loc.line() > 0) {
        g.writeObjectFieldStart("region");
        g.writeNumberField("startLine", loc.line());
        if (loc.column() > 0) {
          g.writeNumberField("startColumn", loc.column());
        }
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeArrayFieldStart("logicalLocations");
    g.writeStartObject();
    g.writeStringField("fullyQualifiedName", r.focusNode().toNTriples());
    g.writeStringField("kind", "object");
    g.writeEndObject();
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndArray();

    g.writeObjectFieldStart("properties");
    g.writeStringField("severity", r.severity().label());
    g.writeStringField("focusNode", r.focusNode().toNTriples());
    JsonSupport.stringOrNull(g, "path", r.path());
    JsonSupport.stringOrNull(g, "value", r.value() == null ? null : r.value().toNTriples());
    g.writeStringField("constraintComponent", r.constraintComponent().value());
    JsonSupport.stringOrNull(g, "detail", r.detail());
    if (!r.messages().isEmpty()) {
      g.writeObjectFieldStart("messages");
      for (Map.Entry<String, String> m : r.messages().entrySet()) {
        g.writeStringField(m.getKey(), m.getValue());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void stringArray(JsonGenerator g, String field, List<String> values)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  /** {@code s} if it is an absolute URI, else {@code null}. */
  private static String absoluteUri(String s) {
    if (s == null) {
      return null;
    }
    try {
      URI u = new URI(s);
      return u.isAbsolute() ? u.toASCIIString() : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /**
   * A URI reference for an input name: kept if it already is an absolute URI (scheme of two or more
   * letters, so {@code C:\x} is a path), a {@code file:} URI for an absolute path, else a relative
   * reference with forward slashes and percent-encoding.
   */
  static String artifactUri(String source) {
    if (source.matches("[A-Za-z][A-Za-z0-9+.-]+:.*")) {
      String abs = absoluteUri(source);
      if (abs != null) {
        return abs;
      }
    }
    try {
      Path p = Path.of(source);
      if (p.isAbsolute()) {
        return p.toUri().toASCIIString();
      }
    } catch (InvalidPathException e) {
      // not a path on this system: encode it as a relative reference below
    }
    String path = source.replace('\\', '/');
    int slash = path.indexOf('/');
    int colon = path.indexOf(':');
    if (colon >= 0 && (slash < 0 || colon < slash)) {
      path = "./" + path; // a colon in the first segment would read as a scheme
    }
    try {
      return new URI(null, null, path, null).toASCIIString();
    } catch (URISyntaxException e) {
      return "unknown";
    }
  }
}
