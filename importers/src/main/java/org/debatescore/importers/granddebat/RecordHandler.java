package org.debatescore.importers.granddebat;

import java.util.Collection;

/** Receives the records of one file from {@link CsvRecords} or {@link JsonRecords}. */
interface RecordHandler {

  /**
   * The file's column names (or first record's keys) are known.
   *
   * @return what the file holds, or {@code null} when it is not a Grand Débat file (not read)
   */
  FileKind start(Collection<String> names);

  /** The question catalog, to key the question columns. */
  QuestionCatalog questions();

  /** One record read. */
  void record(GdnRecord record);

  /** A record that cannot be read at all (not an object...): counted as read and skipped. */
  void unreadable(long line, String reason);

  /** A remark about the file that loses no record (an unknown column...). */
  void note(long line, String reason);
}
