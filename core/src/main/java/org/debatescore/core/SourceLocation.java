package org.debatescore.core;

import java.util.Objects;

/**
 * Where something stands in an input: the source (a file name or IRI) and, when known, a 1-based
 * line and column. Unknown line or column is {@code -1}.
 */
public record SourceLocation(String source, long line, long column) {

  public SourceLocation {
    Objects.requireNonNull(source, "source");
  }

  public static SourceLocation of(String source, long line, long column) {
    return new SourceLocation(source, line, column);
  }

  public static SourceLocation unknown(String source) {
    return new SourceLocation(source, -1, -1);
  }

  public boolean hasLine() {
    return line > 0;
  }

  /** The conventional {@code file:line:column} form used by compilers and editors. */
  @Override
  public String toString() {
    if (line <= 0) {
      return source;
    }
    return column > 0 ? source + ":" + line + ":" + column : source + ":" + line;
  }
}
