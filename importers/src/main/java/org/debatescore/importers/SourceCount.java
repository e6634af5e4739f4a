package org.debatescore.importers;

/**
 * What was done with the records of one source file: {@code read == mapped + skipped}.
 *
 * @param source the file or archive entry
 * @param read records read
 * @param mapped records written to the output (flagged ones included)
 * @param skipped records left out, each listed with its reason
 */
public record SourceCount(String source, long read, long mapped, long skipped) {

  /** Whether every record read is accounted for. */
  public boolean balanced() {
    return read == mapped + skipped;
  }
}
