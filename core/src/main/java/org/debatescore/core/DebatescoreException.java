package org.debatescore.core;

/**
 * Root of every exception Debatescore throws. Unchecked, so that callers catch what they can act on
 * and let the rest reach their own top-level handler.
 */
public class DebatescoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DebatescoreException(String message) {
    super(message);
  }

  public DebatescoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
