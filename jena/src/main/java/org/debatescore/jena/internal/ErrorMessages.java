package org.debatescore.jena.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns engine messages into one clean line for a user: no positions, class names or traces. */
final class ErrorMessages {

  private static final Pattern POSITION_PREFIX =
      Pattern.compile("^\\s*\\[line:\\s*(-?\\d+),\\s*col:\\s*(-?\\d+)\\s*\\]\\s*");
  private static final Pattern CLASS_PREFIX =
      Pattern.compile("^(?:[a-z_][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)\\s*:\\s*");
  private static final Pattern TRACE_LINE = Pattern.compile("\\R\\s*at\\s+[\\w$.<>]+\\(.*");
  private static final Pattern JACKSON_SOURCE =
      Pattern.compile("\\s*at \\[Source: [^;]*; line: (\\d+), column: (\\d+)\\]");

  private ErrorMessages() {}

  /** The line and column of a {@code [line: 3, col: 4 ]} prefix, or {@code null}. */
  static long[] position(String message) {
    if (message == null) {
      return null;
    }
    Matcher m = POSITION_PREFIX.matcher(message);
    if (m.find()) {
      return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))};
    }
    return null;
  }

  static String clean(String message) {
    if (message == null || message.isBlank()) {
      return "unreadable input";
    }
    String m = message;
    Matcher trace = TRACE_LINE.matcher(m);
    if (trace.find()) {
      m = m.substring(0, trace.start());
    }
    m = JACKSON_SOURCE.matcher(m).replaceAll(" at line $1, column $2");
    String before;
    do {
      before = m;
      m = POSITION_PREFIX.matcher(m).replaceFirst("");
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
