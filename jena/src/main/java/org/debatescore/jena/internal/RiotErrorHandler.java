package org.debatescore.jena.internal;

import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs warnings (ill-typed literals, unusual IRIs...) with their position and stops at the first
 * error, remembering where it was.
 */
final class RiotErrorHandler implements ErrorHandler {

  private static final Logger LOG = LoggerFactory.getLogger("org.debatescore.jena.parse");

  private final String source;
  private String message;
  private long line = -1;
  private long column = -1;

  RiotErrorHandler(String source) {
    this.source = source;
  }

  @Override
  public void warning(String msg, long line, long col) {
    if (LOG.isWarnEnabled()) {
      LOG.warn("{}: {}", position(line, col), ErrorMessages.clean(msg));
    }
  }

  @Override
  public void error(String msg, long line, long col) {
    fail(msg, line, col);
  }

  @Override
  public void fatal(String msg, long line, long col) {
    fail(msg, line, col);
  }

  private void fail(String msg, long line, long col) {
    if (message == null) {
      this.message = msg;
      this.line = line;
      this.column = col;
    }
    throw new RiotParseException(msg == null ? "parse error" : msg, line, col);
  }

  private String position(long line, long col) {
    if (line <= 0) {
      return source;
    }
    return col > 0 ? source + ":" + line + ":" + col : source + ":" + line;
  }

  /** The first error reported, or {@code null}. */
  String message() {
    return message;
  }

  long line() {
    return line;
  }

  long column() {
    return column;
  }
}
