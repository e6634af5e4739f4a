package org.debatescore.importers;

import java.util.Objects;

/**
 * One thing the report must say about a source record.
 *
 * @param kind skipped (not in the output), flagged (in the output, marked: moderated, hidden,
 *     withdrawn...) or note (mapped, with a remark: an unknown column, a repaired value)
 * @param source the file (or archive entry) it comes from
 * @param line its first line in that file, or -1 when the format has no lines (JSON)
 * @param record the record's own identifier or JSON path, or {@code null}
 * @param reason what happened and why, for a person
 */
public record ImportIssue(Kind kind, String source, long line, String record, String reason) {

  /** What happened to the record. */
  public enum Kind {
    SKIPPED,
    FLAGGED,
    NOTE
  }

  public ImportIssue {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
  }

  /** {@code file:line [record]: reason}. */
  public String where() {
    StringBuilder b = new StringBuilder(source);
    if (line > 0) {
      b.append(':').append(line);
    }
    if (record != null) {
      b.append(" [").append(record).append(']');
    }
    return b.toString();
  }
}
