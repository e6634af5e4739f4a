package org.debatescore.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.debatescore.core.validation.Severity;
import org.debatescore.core.validation.ValidationOptions;
import org.debatescore.core.validation.ValidationReport;
import org.debatescore.core.validation.Validator;
import org.debatescore.core.validation.report.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code debatescore validate}: checks debate files against the Debatescore shapes. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Validate debate files against the Debatescore SHACL shapes.",
      "Files are validated together, so references between them are resolved.",
      "Syntax is taken from each file's extension (.ttl .trig .nt .nq .rdf .jsonld .rj .json, .gz)."
    },
    footer = {
      "",
      "Exit codes: 0 no result at or above --fail-on; 1 results at or above --fail-on;",
      "2 usage or input error; 3 internal error."
    })
final class ValidateCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Debate files to validate.")
  List<Path> files = new ArrayList<>();

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Report format: text, json, ttl, sarif or html (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      defaultValue = "en",
      description = "Language of messages and labels: en or fr (default: ${DEFAULT-VALUE}).")
  String lang;

  @Option(
      names = "--fail-on",
      paramLabel = "SEVERITY",
      defaultValue = "violation",
      description =
          "Exit with 1 when a result is at or above this severity: violation, warning or info"
              + " (default: ${DEFAULT-VALUE}).")
  String failOn;

  @Option(
      names = "--shapes",
      paramLabel = "SHAPES.ttl",
      description = "Extra SHACL shapes (a profile) checked together with the Debatescore shapes.")
  List<Path> extraShapes = new ArrayList<>();

  @Option(
      names = "--profile",
      paramLabel = "PROFILE",
      defaultValue = "full",
      description =
          "Bundled shapes to use: full (MUST, SHOULD, MAY), must (violations only) or none"
              + " (only --shapes) (default: ${DEFAULT-VALUE}).")
  String profile;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report to FILE instead of standard output.")
  Path output;

  @Option(
      names = "--max-results",
      paramLabel = "N",
      description = "Stop reporting after N results; the report says it was truncated.")
  Integer maxResults;

  @Option(
      names = "--max-per-shape",
      paramLabel = "N",
      description = "Report at most N results per shape; the report says it was truncated.")
  Integer maxPerShape;

  @Option(
      names = "--max-input",
      paramLabel = "SIZE",
      defaultValue = "256m",
      description =
          "Refuse inputs larger than SIZE in all (bytes, or with k, m, g suffix; safety limit)"
              + " (default: ${DEFAULT-VALUE}).")
  String maxInput;

  @Option(
      names = "--engine",
      paramLabel = "ENGINE",
      defaultValue = "jena",
      description = "SHACL engine: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Engines.Engine engine;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    ReportFormat reportFormat = ReportFormat.fromName(format);
    Severity threshold = Severity.parse(failOn);
    if (!ValidationOptions.SUPPORTED_LANGUAGES.contains(lang)) {
      throw new CliException(
          ExitCode.INPUT_ERROR, "unsupported language '" + lang + "': expected en or fr");
    }
    for (Path shapes : extraShapes) {
      if (!Files.isReadable(shapes)) {
        throw new CliException(ExitCode.INPUT_ERROR, shapes + ": shapes file not found");
      }
    }
    ValidationOptions.Builder options =
        ValidationOptions.builder()
            .language(lang)
            .extraShapes(extraShapes)
            .profile(ValidationOptions.Profile.parse(profile));
    if (maxResults != null) {
      options.maxResults(maxResults);
    }
    if (maxPerShape != null) {
      options.maxResultsPerShape(maxPerShape);
    }
    options.maxInputBytes(parseSize(maxInput));
    ValidationReport report;
    try (Progress progress = Progress.start("validate")) {
      progress.status(files.size() == 1 ? files.get(0).toString() : files.size() + " files");
      Validator validator = Engines.validator(engine, options.build());
      report = validator.validate(files);
    }
    if (output == null) {
      reportFormat.renderer().render(report, spec.commandLine().getOut());
      spec.commandLine().getOut().flush();
    } else {
      try (OutputStream out = Files.newOutputStream(output)) {
        reportFormat.renderer().render(report, out);
      }
    }
    return report.conformsAt(threshold) ? ExitCode.OK : ExitCode.INVALID;
  }

  /** Parses 1024, 64k, 256m or 2g into bytes. */
  static long parseSize(String text) {
    String t = text.trim().toLowerCase(java.util.Locale.ROOT);
    long unit = 1;
    if (t.endsWith("k") || t.endsWith("m") || t.endsWith("g")) {
      unit =
          switch (t.charAt(t.length() - 1)) {
            case 'k' -> 1L << 10;
            case 'm' -> 1L << 20;
            default -> 1L << 30;
          };
      t = t.substring(0, t.length() - 1);
    }
    try {
      long n = Long.parseLong(t);
      if (n < 1) {
        throw new NumberFormatException();
      }
      return Math.multiplyExact(n, unit);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new CliException(
          ExitCode.INPUT_ERROR,
          "invalid --max-input '" + text + "': expected a positive size such as 512m or 2g");
    }
  }
}
