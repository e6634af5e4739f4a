package org.debatescore.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.debatescore.core.rdf.CountingRdfSink;
import org.debatescore.core.rdf.RdfFormat;
import org.debatescore.core.rdf.RdfSink;
import org.debatescore.core.validation.Severity;
import org.debatescore.core.validation.ValidationOptions;
import org.debatescore.core.validation.ValidationReport;
import org.debatescore.core.validation.report.ReportFormat;
import org.debatescore.importers.ImportOptions;
import org.debatescore.importers.ImportReport;
import org.debatescore.importers.Importer;
import org.debatescore.importers.Importers;
import org.debatescore.jena.DebatescoreJena;
import org.debatescore.jena.JenaRdfWriters;
import org.debatescore.jena.ReadOptions;
import org.debatescore.jena.WriteStyle;
import org.debatescore.jena.validation.JenaShaclValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code debatescore import}: converts a platform export into Debatescore RDF, with a report. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Convert a platform export (Decidim, Pol.is, CONSUL, AIF, Popolo) to Debatescore RDF.",
      "Streams: the output is written as the input is read. Every source record is accounted for",
      "in the import report (mapped, flagged, or skipped with file, line and reason), printed on",
      "stdout (or written with --report). People are pseudonymised unless --keep-names is given."
    })
final class ImportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "SOURCE",
      description = "The export's platform: decidim, polis, consul, aif, popolo.")
  String from;

  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description = "Export files, folders or .zip archives.")
  List<Path> inputs;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "OUT",
      description = "Output file (replaced on success); its extension gives the syntax.")
  Path out;

  @Option(names = "--format", paramLabel = "FORMAT", description = "Output syntax name.")
  String format;

  @Option(
      names = "--base-iri",
      paramLabel = "IRI",
      defaultValue = ImportOptions.DEFAULT_BASE_IRI,
      description = "IRIs of imported resources start with it (default: ${DEFAULT-VALUE}).")
  String baseIri;

  @Option(
      names = "--salt",
      paramLabel = "SECRET",
      description =
          "Secret for the pseudonyms; give the same one to get the same pseudonyms again "
              + "(default: a random salt, printed in the report).")
  String salt;

  @Option(
      names = "--keep-names",
      description = "Write people's real display names instead of pseudonyms.")
  boolean keepNames;

  @Option(
      names = "--lang",
      paramLabel = "TAG",
      description =
          "BCP 47 language of source texts that do not say theirs (default: und, or the"
              + " platform's usual language, es for CONSUL); texts with a locale keep it.")
  String lang;

  @Option(
      names = "--max-input",
      paramLabel = "SIZE",
      defaultValue = "4g",
      description = "Refuse an input larger than this after decompression (default: 4g).")
  String maxInput;

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description = "Write the import report to FILE (.json gives JSON) instead of stdout.")
  Path reportFile;

  @Option(
      names = "--fail-on-skipped",
      description = "Exit with 1 when any source record was skipped.")
  boolean failOnSkipped;

  @Option(
      names = "--validate",
      description =
          "Validate the output against the Debatescore shapes; exit with 1 on a violation.")
  boolean validate;

  @Override
  public Integer call() {
    Importer importer = Importers.byName(from);
    RdfFormat outFormat = format != null ? RdfFormat.fromName(format) : RdfFormat.fromPath(out);
    ImportOptions options =
        ImportOptions.defaults()
            .withBaseIri(baseIri)
            .withSalt(salt)
            .withKeepNames(keepNames)
            .withMaxInputBytes(ValidateCommand.parseSize(maxInput));
    try {
      options = options.withLanguage(lang);
    } catch (IllegalArgumentException e) {
      throw new CliException(ExitCode.INPUT_ERROR, "invalid --lang: " + e.getMessage());
    }
    Path dir = out.toAbsolutePath().getParent();
    ImportReport report;
    try (Progress progress = Progress.start("import " + importer.name())) {
      report = write(importer, options, outFormat, dir, progress);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    PrintWriter stdout = spec.commandLine().getOut();
    writeReport(report, stdout);
    int code = ExitCode.OK;
    if (failOnSkipped && report.recordsSkipped() > 0) {
      code = ExitCode.INVALID;
    }
    if (validate) {
      ValidationReport validation =
          new JenaShaclValidator().validate(List.of(out), ValidationOptions.defaults());
      stdout.println();
      stdout.print(ReportFormat.TEXT.renderer().render(validation));
      if (!validation.conformsAt(Severity.VIOLATION)) {
        code = ExitCode.INVALID;
      }
    }
    return code;
  }

  private ImportReport write(
      Importer importer, ImportOptions options, RdfFormat outFormat, Path dir, Progress progress)
      throws IOException {
    Files.createDirectories(dir);
    // Plain Debatescore JSON is not a streaming syntax: stream N-Triples, then convert.
    boolean direct = outFormat != RdfFormat.JSON;
    Path tmp = Files.createTempFile(dir, ".import-", direct ? ".part" : ".nt");
    try {
      ImportReport report;
      try (OutputStream os = open(tmp)) {
        RdfSink writer =
            JenaRdfWriters.open(direct ? outFormat : RdfFormat.NTRIPLES, os, WriteStyle.BLOCKS);
        report =
            importer.run(
                inputs,
                options,
                new CountingRdfSink(writer, n -> progress.update(n, "statements")));
      }
      if (direct) {
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
      } else {
        DebatescoreJena.convert(
            tmp, RdfFormat.NTRIPLES, out, outFormat, ReadOptions.defaults(), WriteStyle.BLOCKS);
      }
      return report;
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private OutputStream open(Path tmp) throws IOException {
    OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
    return out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")
        ? new GZIPOutputStream(os, 1 << 16)
        : os;
  }

  private void writeReport(ImportReport report, PrintWriter stdout) {
    if (reportFile == null) {
      stdout.print(report.toText());
      return;
    }
    boolean json = reportFile.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    try {
      Files.writeString(
          reportFile, json ? report.toJson() : report.toText(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    stdout.println(
        "Imported "
            + report.recordsMapped()
            + " of "
            + report.recordsRead()
            + " records ("
            + report.recordsSkipped()
            + " skipped); report in "
            + reportFile);
  }
}
