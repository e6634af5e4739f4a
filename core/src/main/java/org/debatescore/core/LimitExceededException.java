package org.debatescore.core;

/** An input went over a configured safety limit (size, nesting, number of statements). */
public class LimitExceededException extends ParseException {
  private static final long serialVersionUID = 1L;

  public LimitExceededException(SourceLocation location, String message) {
    super(location, message);
  }
}
