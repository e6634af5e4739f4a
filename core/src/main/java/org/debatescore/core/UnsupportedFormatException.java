package org.debatescore.core;

/** No syntax could be chosen for a file name, content type or name given by the user. */
public class UnsupportedFormatException extends DebatescoreException {
  private static final long serialVersionUID = 1L;

  public UnsupportedFormatException(String message) {
    super(message);
  }
}
