package org.debatescore.core.validation.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import org.debatescore.core.SourceLocation;
import org.debatescore.core.validation.Severity;
import org.debatescore.core.validation.ValidationReport;
import org.debatescore.core.validation.ValidationResult;

/**
 * The report as JSON, for programs. The format is stable and documented by the JSON Schema {@value
 * #SCHEMA_RESOURCE} (on the class path). Every key is always present; absent values are {@code
 * null}. Terms are objects {@code {"type": "iri"|"bnode"|"literal", "value", "datatype",
 * "language"}} as in the SPARQL JSON results format.
 */
public final class JsonReportRenderer implements ReportRenderer {

  /** Class-path location of the JSON Schema of this format. */
  public static final String SCHEMA_RESOURCE = "org/debatescore/core/validation/report.schema.json";

  /** Value of the {@code "format"} key. */
  public static final String FORMAT_ID = "debatescore-validation-report";

  /** Value of the {@code "formatVersion"} key; bumped on any incompatible change. */
  public static final String FORMAT_VERSION = "1.0";

  @Override
  public ReportFormat format() {
    return ReportFormat.JSON;
  }

  @Override
  public void render(ValidationReport report, Writer out) throws IOException {
    try (JsonGenerator g = JsonSupport.generator(out)) {
      g.writeStartObject();
      g.writeStringField("format", FORMAT_ID);
      g.writeStringField("formatVersion", FORMAT_VERSION);
      g.writeBooleanField("conforms", report.conforms());
      g.writeObjectFieldStart("counts");
      for (Severity s : Severity.values()) {
        g.writeNumberField(s.label(), report.count(s));
      }
      g.writeNumberField("total", report.total());
      g.writeEndObject();
      g.writeBooleanField("truncated", report.truncated());
      JsonSupport.stringOrNull(g, "truncationReason", report.truncationReason());
      g.writeNumberField("reported", report.results().size());
      g.writeArrayFieldStart("inputs");
      for (String i : report.inputs()) {
        g.writeString(i);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("shapes");
      for (String s : report.shapes()) {
        g.writeString(s);
      }
      g.writeEndArray();
      g.writeStringField("engine", report.engine());
      g.writeStringField("language", report.language());
      g.writeArrayFieldStart("results");
      for (ValidationResult r : report.results()) {
        result(g, r);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
    out.flush();
  }

  private static void result(JsonGenerator g, ValidationResult r) throws IOException {
    g.writeStartObject();
    g.writeStringField("severity", r.severity().label());
    g.writeFieldName("focusNode");
    JsonSupport.term(g, r.focusNode());
    JsonSupport.stringOrNull(g, "path", r.path());
    g.writeFieldName("value");
    JsonSupport.term(g, r.value());
    g.writeStringField("constraintComponent", r.constraintComponent().value());
    g.writeFieldName("sourceShape");
    JsonSupport.term(g, r.sourceShape());
    JsonSupport.stringOrNull(g, "shapeName", r.shapeName());
    g.writeStringField("message", r.message());
    g.writeObjectFieldStart("messages");
    for (Map.Entry<String, String> m : r.messages().entrySet()) {
      g.writeStringField(m.getKey(), m.getValue());
    }
    g.writeEndObject();
    JsonSupport.stringOrNull(g, "detail", r.detail());
    g.writeFieldName("location");
    if (r.sourceLocation().isPresent()) {
      SourceLocation loc = r.sourceLocation().get();
      g.writeStartObject();
      g.writeStringField("source", loc.source());
      if (loc.line() > 0) {
        g.writeNumberField("line", loc.line());
      } else {
        g.writeNullField("line");
      }
      if (loc.line() > 0 && loc.column() > 0) {
        g.writeNumberField("column", loc.column());
      } else {
        g.writeNullField("column");
      }
      g.writeEndObject();
    } else {
      g.writeNull();
    }
    JsonSupport.stringOrNull(g, "specLink", r.specLink());
    g.writeEndObject();
  }
}
