package org.debatescore.core.validation.report;

import java.util.Locale;
import org.debatescore.core.UnsupportedFormatException;

/** The formats a {@link org.debatescore.core.validation.ValidationReport} can be written in. */
public enum ReportFormat {
  /** Plain text for a terminal: summary first, then results grouped by shape. */
  TEXT("text", "txt", "text/plain"),
  /** JSON following {@code report.schema.json} (bundled next to the validation classes). */
  JSON("json", "json", "application/json"),
  /** The W3C SHACL validation report ({@code sh:ValidationReport}) in Turtle. */
  TURTLE("turtle", "ttl", "text/turtle"),
  /** SARIF 2.1.0, for code-scanning tools (GitHub, GitLab, IDEs). */
  SARIF("sarif", "sarif", "application/sarif+json"),
  /** A self-contained HTML page (no external assets). */
  HTML("html", "html", "text/html");

  private final String formatName;
  private final String extension;
  private final String mediaType;

  ReportFormat(String formatName, String extension, String mediaType) {
    this.formatName = formatName;
    this.extension = extension;
    this.mediaType = mediaType;
  }

  /** The name used on the command line: text, json, turtle, sarif, html. */
  public String formatName() {
    return formatName;
  }

  /** The usual file extension, without the dot. */
  public String extension() {
    return extension;
  }

  public String mediaType() {
    return mediaType;
  }

  /** A renderer for this format, with default settings. */
  public ReportRenderer renderer() {
    return switch (this) {
      case TEXT -> new TextReportRenderer();
      case JSON -> new JsonReportRenderer();
      case TURTLE -> new TurtleReportRenderer();
      case SARIF -> new SarifReportRenderer();
      case HTML -> new HtmlReportRenderer();
    };
  }

  /**
   * The format for a name ({@code text}, {@code json}, {@code turtle} or {@code ttl}, {@code
   * sarif}, {@code html}), any case.
   *
   * @throws UnsupportedFormatException listing the names accepted
   */
  public static ReportFormat fromName(String name) {
    String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    for (ReportFormat f : values()) {
      if (f.formatName.equals(n) || f.extension.equals(n)) {
        return f;
      }
    }
    if (n.equals("txt") || n.equals("human")) {
      return TEXT;
    }
    throw new UnsupportedFormatException(
        "Unknown report format '" + name + "': expected one of text, json, turtle, sarif, html");
  }

  /**
   * The format for an output file name, from its extension ({@code .txt}, {@code .json}, {@code
   * .ttl}, {@code .sarif} or {@code .sarif.json}, {@code .html} or {@code .htm}).
   *
   * @throws UnsupportedFormatException if the extension is none of these
   */
  public static ReportFormat fromFileName(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    if (n.endsWith(".sarif") || n.endsWith(".sarif.json")) {
      return SARIF;
    }
    if (n.endsWith(".htm")) {
      return HTML;
    }
    for (ReportFormat f : values()) {
      if (n.endsWith("." + f.extension)) {
        return f;
      }
    }
    throw new UnsupportedFormatException(
        "Cannot tell the report format from the file name '"
            + fileName
            + "': use .txt, .json, .ttl, .sarif or .html, or name the format");
  }
}
