package org.debatescore.core;

/**
 * The input could not be read: a syntax error, an unexpected value, a limit exceeded. Always
 * carries the location and says what was expected, so a user can fix the input.
 */
public class ParseException extends DebatescoreException {
  private static final long serialVersionUID = 1L;
  private final transient SourceLocation location;

  public ParseException(SourceLocation location, String message) {
    super(location + ": " + message);
    this.location = location;
  }

  public ParseException(SourceLocation location, String message, Throwable cause) {
    super(location + ": " + message, cause);
    this.location = location;
  }

  public SourceLocation location() {
    return location;
  }
}
