package org.debatescore.importers;

import org.debatescore.core.DebatescoreException;

/**
 * An import could not run: a missing or unreadable input, or an input that is not the expected
 * export at all. Bad records inside a readable export are not exceptions: they are skipped and
 * listed in the {@link ImportReport}.
 */
public class ImportException extends DebatescoreException {
  private static final long serialVersionUID = 1L;

  public ImportException(String message) {
    super(message);
  }

  public ImportException(String message, Throwable cause) {
    super(message, cause);
  }
}
