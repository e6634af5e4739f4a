package org.debatescore.core.validation.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.debatescore.core.validation.ValidationReport;

/**
 * Writes a {@link ValidationReport} in one format. Renderers are immutable and thread-safe; they
 * never change the report, and write text in UTF-8.
 */
public interface ReportRenderer {

  ReportFormat format();

  /** Writes the report; flushes but does not close {@code out}. */
  void render(ValidationReport report, Writer out) throws IOException;

  /** Writes the report as UTF-8; flushes but does not close {@code out}. */
  default void render(ValidationReport report, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    render(report, w);
    w.flush();
  }

  /** The report as a string. */
  default String render(ValidationReport report) {
    StringWriter w = new StringWriter();
    try {
      render(report, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /** A renderer for {@code format} with default settings. */
  static ReportRenderer of(ReportFormat format) {
    return format.renderer();
  }
}
