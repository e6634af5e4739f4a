package org.debatescore.importers.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.debatescore.core.model.DebateData;
import org.debatescore.core.model.TemporalValue;
import org.debatescore.core.rdf.NTriplesWriter;
import org.debatescore.core.validation.Severity;
import org.debatescore.core.validation.ValidationOptions;
import org.debatescore.core.validation.ValidationReport;
import org.debatescore.importers.ImportOptions;
import org.debatescore.importers.ImportReport;
import org.debatescore.importers.Importer;
import org.debatescore.jena.DebatescoreJena;
import org.debatescore.jena.validation.JenaShaclValidator;

/**
 * Runs an importer in a test: N-Triples output kept in memory, then read back into the model and
 * validated against the Debatescore shapes with Jena SHACL.
 *
 * @param report the import report
 * @param ntriples the output
 */
public record ImportRun(ImportReport report, String ntriples) {

  /** Fixed salt and time, so outputs are reproducible. */
  public static ImportOptions testOptions() {
    return ImportOptions.defaults()
        .withSalt("test-salt")
        .withImportTime(TemporalValue.parse("2026-12-03T12:00:00Z"));
  }

  public static ImportRun run(Importer importer, List<Path> inputs) {
    return run(importer, inputs, testOptions());
  }

  public static ImportRun run(Importer importer, List<Path> inputs, ImportOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImportReport report = importer.run(inputs, options, new NTriplesWriter(out));
    return new ImportRun(report, out.toString(StandardCharsets.UTF_8));
  }

  /** The output read into the model. */
  public DebateData data(Path tmp) {
    return DebatescoreJena.readData(write(tmp));
  }

  /** The output validated against the shapes. */
  public ValidationReport validate(Path tmp) {
    return new JenaShaclValidator().validate(List.of(write(tmp)), ValidationOptions.defaults());
  }

  /** A one-line-per-violation summary, for assertion messages. */
  public static String violations(ValidationReport report) {
    return report.results(Severity.VIOLATION).stream()
        .limit(20)
        .map(Object::toString)
        .collect(Collectors.joining("\n"));
  }

  private Path write(Path tmp) {
    try {
      Path file = Files.createTempFile(tmp, "import", ".nt");
      Files.writeString(file, ntriples, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
