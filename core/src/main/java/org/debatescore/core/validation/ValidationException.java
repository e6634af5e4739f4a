package org.debatescore.core.validation;

import org.debatescore.core.DebatescoreException;

/**
 * Validation could not run: the shapes could not be loaded, an input could not be read, the engine
 * failed. Findings about the data are never exceptions; they are {@link ValidationResult}s in the
 * {@link ValidationReport}. Syntax errors in an input are reported as {@link
 * org.debatescore.core.ParseException}, which carries the file, line and column.
 */
public class ValidationException extends DebatescoreException {
  private static final long serialVersionUID = 1L;

  public ValidationException(String message) {
    super(message);
  }

  public ValidationException(String message, Throwable cause) {
    super(message, cause);
  }
}
