package org.debatescore.importers.support;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file read row by row with its header, as platform exports write them: any delimiter and
 * charset, a UTF-8 byte-order mark ignored, multi-line quoted cells, duplicate or missing header
 * names tolerated, short rows padded. Each row knows the line it starts on. Malformed CSV (a broken
 * quote) ends the iteration and is available from {@link #error()}, with its line, so the importer
 * can report the rest of the file as not read instead of crashing.
 */
public final class CsvTable implements Closeable, Iterable<CsvRow> {

  private final InputFile file;
  private final Reader reader;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final List<String> headers;
  private final Map<String, Integer> index;
  private String error;
  private long errorLine;

  private CsvTable(InputFile file, Reader reader, CSVParser parser, boolean header) {
    this.file = file;
    this.reader = reader;
    this.parser = parser;
    this.records = parser.iterator();
    List<String> h = new ArrayList<>();
    if (header) {
      CSVRecord first = nextRecord();
      if (first != null) {
        for (String name : first) {
          h.add(name.strip());
        }
      }
    }
    this.headers = Collections.unmodifiableList(h);
    Map<String, Integer> map = new HashMap<>();
    for (int i = 0; i < h.size(); i++) {
      map.putIfAbsent(h.get(i), i);
    }
    this.index = map;
  }

  /**
   * Opens {@code file} as CSV with a header line.
   *
   * @param delimiter {@code ;} for Decidim and CONSUL, {@code ,} for Pol.is
   * @param charset UTF-8, or ISO-8859-1 for CONSUL
   */
  public static CsvTable open(InputFile file, char delimiter, Charset charset) {
    return open(file, delimiter, charset, true);
  }

  /** Opens {@code file} as CSV; {@code header} says whether its first line names the columns. */
  public static CsvTable open(InputFile file, char delimiter, Charset charset, boolean header) {
    InputStream in = Inputs.open(file);
    try {
      BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
      skipBom(buffered);
      CharsetDecoder decoder =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPLACE)
              .onUnmappableCharacter(CodingErrorAction.REPLACE);
      Reader reader = new InputStreamReader(buffered, decoder);
      CSVFormat format =
          CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
      CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get();
      return new CsvTable(file, reader, parser, header);
    } catch (IOException e) {
      try {
        in.close();
      } catch (IOException ignored) {
        // already failing
      }
      throw Inputs.failure(file, e);
    }
  }

  /**
   * Guesses the delimiter of {@code file} from its header line: of {@code candidates}, the one that
   * occurs most often outside quotes (the first candidate on a tie or an empty file). Exports that
   * follow a spec's comma often arrive re-saved with {@code ;} by spreadsheet software.
   */
  public static char sniffDelimiter(InputFile file, Charset charset, char... candidates) {
    if (candidates.length == 0) {
      throw new IllegalArgumentException("no candidate delimiter");
    }
    int[] counts = new int[candidates.length];
    try (InputStream in = Inputs.open(file)) {
      BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
      skipBom(buffered);
      Reader reader = new InputStreamReader(buffered, charset);
      boolean quoted = false;
      // A header line longer than this is not a header; stop there.
      for (int read = 0, c; read < (1 << 20) && (c = reader.read()) >= 0; read++) {
        if (c == '"') {
          quoted = !quoted;
        } else if (!quoted && (c == '\n' || c == '\r')) {
          break;
        } else if (!quoted) {
          for (int i = 0; i < candidates.length; i++) {
            if (c == candidates[i]) {
              counts[i]++;
            }
          }
        }
      }
    } catch (IOException e) {
      throw Inputs.failure(file, e);
    }
    int best = 0;
    for (int i = 1; i < candidates.length; i++) {
      if (counts[i] > counts[best]) {
        best = i;
      }
    }
    return candidates[best];
  }

  private static void skipBom(BufferedInputStream in) throws IOException {
    in.mark(3);
    if (!(in.read() == 0xEF && in.read() == 0xBB && in.read() == 0xBF)) {
      in.reset();
    }
  }

  /** The file's label. */
  public InputFile file() {
    return file;
  }

  /** The header names, stripped, in file order. */
  public List<String> headers() {
    return headers;
  }

  /** Whether a column of that name exists. */
  public boolean has(String column) {
    return index.containsKey(column);
  }

  /** The first of {@code variants} that is a column, or {@code null}: for renamed columns. */
  public String firstColumn(String... variants) {
    for (String v : variants) {
      if (index.containsKey(v)) {
        return v;
      }
    }
    return null;
  }

  /** The malformed-CSV message that ended reading, or {@code null}. */
  public String error() {
    return error;
  }

  /** The line where reading stopped on malformed CSV, or 0. */
  public long errorLine() {
    return errorLine;
  }

  private CSVRecord nextRecord() {
    long before = parser.getCurrentLineNumber();
    try {
      if (records.hasNext()) {
        return records.next();
      }
      return null;
    } catch (UncheckedIOException | IllegalStateException e) {
      errorLine = before + 1;
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      if (cause instanceof org.debatescore.core.DebatescoreException d) {
        throw d; // a limit of ours, not malformed CSV
      }
      error = "malformed CSV after line " + before + ": " + cause.getMessage();
      return null;
    }
  }

  @Override
  public Iterator<CsvRow> iterator() {
    return new Iterator<>() {
      private CsvRow next;
      private boolean done;

      @Override
      public boolean hasNext() {
        if (next == null && !done) {
          long start = parser.getCurrentLineNumber() + 1;
          CSVRecord r = nextRecord();
          if (r == null) {
            done = true;
          } else {
            List<String> values = new ArrayList<>(r.size());
            r.forEach(values::add);
            next = new CsvRow(start, values, index, headers);
          }
        }
        return next != null;
      }

      @Override
      public CsvRow next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        CsvRow r = next;
        next = null;
        return r;
      }
    };
  }

  @Override
  public void close() {
    try {
      parser.close();
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
