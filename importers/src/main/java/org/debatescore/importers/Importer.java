package org.debatescore.importers;

import java.nio.file.Path;
import java.util.List;
import org.debatescore.core.rdf.RdfSink;

/**
 * Converts one platform's export into Debatescore statements. Implementations stream: memory does
 * not grow with the number of contributions (only with what must be remembered to link records,
 * such as the set of participants already written). Registered through {@link
 * java.util.ServiceLoader}; see {@link Importers}.
 */
public interface Importer {

  /** The name used on the command line, e.g. {@code decidim}. */
  String name();

  /** One line saying what it reads. */
  String description();

  /**
   * Reads {@code inputs} (files, folders or archives, as the importer documents) and writes the
   * Debatescore statements to {@code sink}, which it starts and finishes.
   *
   * @return what was read, mapped, flagged and skipped
   * @throws ImportException when the inputs cannot be read at all (missing file, not this format)
   * @throws org.debatescore.core.LimitExceededException when an input exceeds a limit of {@code
   *     options}
   */
  ImportReport run(List<Path> inputs, ImportOptions options, RdfSink sink);
}
