package org.debatescore.importers.scdl;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads délibérations CSV as producers really write it. Commons CSV (used for the other platforms)
 * stops at the first quote that is not escaped, and the best-known SCDL publisher wraps every value
 * in quotes without doubling the quotes inside ({@code "Motion "climat" adoptée"}); a whole
 * council's year would then be lost. Here a quoted cell ends only at a quote followed by the
 * delimiter or the end of the line, so an inner quote stays text; a doubled quote is one quote, as
 * in RFC 4180; a line that ends inside a quoted cell continues on the next one (at most {@link
 * #MAX_LINES_PER_ROW} lines, so one stray quote cannot swallow the file). A doubled quote just
 * before the delimiter or the line's end is read as a text quote then the closing quote, the one
 * reading that fits {@code "Motion "vélo""}.
 */
final class LenientCsv implements Closeable {

  static final int MAX_LINES_PER_ROW = 50;

  /** One row and the line it starts on. */
  record Row(long line, List<String> cells, boolean repaired) {}

  private final BufferedReader reader;
  private final char delimiter;
  private long lineNumber;
  private final java.util.ArrayDeque<String> pending = new java.util.ArrayDeque<>();

  LenientCsv(BufferedReader reader, char delimiter) {
    this.reader = reader;
    this.delimiter = delimiter;
  }

  /** The next non-empty row, or {@code null} at the end. */
  Row next() throws IOException {
    String line;
    do {
      line = readLine();
      if (line == null) {
        return null;
      }
    } while (line.isBlank());
    long start = lineNumber;
    StringBuilder text = new StringBuilder(line);
    List<String> continuation = new ArrayList<>();
    Parse p = parse(text);
    while (p.open && continuation.size() < MAX_LINES_PER_ROW - 1) {
      String more = readLine();
      if (more == null) {
        break;
      }
      continuation.add(more);
      text.append('\n').append(more);
      p = parse(text);
    }
    if (p.open) {
      // Unbalanced: read the first line alone, its quote as text, and give the lines tried as its
      // continuation back, so that no row is lost to one stray quote.
      for (int i = continuation.size() - 1; i >= 0; i--) {
        pending.push(continuation.get(i));
      }
      lineNumber = start;
      return new Row(start, parse(new StringBuilder(line + '"')).cells, true);
    }
    return new Row(start, p.cells, p.repaired);
  }

  private String readLine() throws IOException {
    String line = pending.isEmpty() ? reader.readLine() : pending.pop();
    if (line != null) {
      lineNumber++;
    }
    return line;
  }

  private record Parse(List<String> cells, boolean open, boolean repaired) {}

  private Parse parse(CharSequence s) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean repaired = false;
    int i = 0;
    int n = s.length();
    while (true) {
      cell.setLength(0);
      if (i < n && s.charAt(i) == '"') {
        i++;
        boolean closed = false;
        while (i < n) {
          char c = s.charAt(i);
          if (c == '"') {
            if (i + 1 < n && s.charAt(i + 1) == '"') {
              cell.append('"');
              i += 2;
              if (i == n || s.charAt(i) == delimiter) {
                // "Motion "vélo"" : an unescaped inner quote, then the closing one.
                closed = true;
                repaired = true;
                break;
              }
            } else if (i + 1 == n || s.charAt(i + 1) == delimiter) {
              i++;
              closed = true;
              break;
            } else {
              cell.append('"'); // an unescaped inner quote: text
              repaired = true;
              i++;
            }
          } else {
            cell.append(c);
            i++;
          }
        }
        if (!closed) {
          return new Parse(cells, true, repaired);
        }
      } else {
        while (i < n && s.charAt(i) != delimiter) {
          cell.append(s.charAt(i));
          i++;
        }
      }
      cells.add(cell.toString());
      if (i < n && s.charAt(i) == delimiter) {
        i++;
        continue;
      }
      return new Parse(cells, false, repaired);
    }
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
