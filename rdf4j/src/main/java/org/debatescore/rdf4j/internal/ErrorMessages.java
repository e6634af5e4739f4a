package org.debatescore.rdf4j.internal;

import java.util.regex.Pattern;

/** Turns engine messages into one clean line for a user: no positions, class names or traces. */
final class ErrorMessages {

  private static final Pattern RIO_POSITION =
      Pattern.compile("\\s*\\[line\\s+-?\\d+(?:,\\s*column\\s+-?\\d+)?\\]\\s*$");
  private static final Pattern CLASS_PREFIX =
      Pattern.compile("^(?:[a-z_][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)\\s*:\\s*");
  private static final Pattern TRACE_LINE = Pattern.compile("\\R\\s*at\\s+[\\w$.<>]+\\(.*");
  private static final Pattern JACKSON_SOURCE =
      Pattern.compile("\\s*at \\[Source: .*$", Pattern.DOTALL);

  private ErrorMessages() {}

  static String clean(String message) {
    if (message == null || message.isBlank()) {
      return "unreadable input";
    }
    String m = message;
    var trace = TRACE_LINE.matcher(m);
    if (trace.find()) {
      m = m.substring(0, trace.start());
    }
    m = JACKSON_SOURCE.matcher(m).replaceFirst("");
    String before;
    do {
      before = m;
      m = RIO_POSITION.matcher(m).replaceFirst("");
      m = CLASS_PREFIX.matcher(m).replaceFirst("");
    } while (!m.equals(before));
    m = m.replaceAll("\\s*\\R\\s*", " ").trim();
    if (m.isEmpty()) {
      return "unreadable input";
    }
    if (m.length() > 500) {
      m = m.substring(0, 497) + "...";
    }
    return m;
  }
}
