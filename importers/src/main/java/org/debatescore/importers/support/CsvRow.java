package org.debatescore.importers.support;

import java.util.List;
import java.util.Map;
import org.debatescore.core.model.LangText;

/** One CSV row: values by column name, and the line it starts on. */
public final class CsvRow {

  private final long line;
  private final List<String> values;
  private final Map<String, Integer> index;
  private final List<String> headers;

  CsvRow(long line, List<String> values, Map<String, Integer> index, List<String> headers) {
    this.line = line;
    this.values = values;
    this.index = index;
    this.headers = headers;
  }

  /** The line (1-based) where the row starts. */
  public long line() {
    return line;
  }

  /** Number of cells. */
  public int size() {
    return values.size();
  }

  /** The cell at {@code i}, or {@code null} beyond the row's end. */
  public String get(int i) {
    return i < values.size() ? values.get(i) : null;
  }

  /** The cell of {@code column} as written, or {@code null} when the column or cell is absent. */
  public String raw(String column) {
    Integer i = column == null ? null : index.get(column);
    return i == null ? null : get(i);
  }

  /** The cell of {@code column}, stripped; {@code null} when absent or blank. */
  public String get(String column) {
    String v = raw(column);
    if (v == null) {
      return null;
    }
    v = v.strip();
    return v.isEmpty() ? null : v;
  }

  /** The first non-blank cell among {@code columns} (renamed columns across versions). */
  public String first(String... columns) {
    for (String c : columns) {
      String v = get(c);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  /**
   * The texts of a multilingual field flattened as {@code base/<locale>} columns ({@code title/ca},
   * {@code body/pt-BR}); machine translations ({@code base/machine_translations/...}) are left out.
   * Each text goes through {@code clean}.
   */
  public LangText localized(String base, java.util.function.UnaryOperator<String> clean) {
    LangText text = LangText.EMPTY;
    String prefix = base + "/";
    for (int i = 0; i < headers.size() && i < values.size(); i++) {
      String h = headers.get(i);
      if (h.startsWith(prefix)) {
        String lang = h.substring(prefix.length());
        if (lang.contains("/") || !LangText.isValidTag(lang)) {
          continue;
        }
        String v = values.get(i);
        if (v != null && !v.isBlank()) {
          String cleaned = clean.apply(v);
          if (!cleaned.isEmpty() && !text.has(lang)) {
            text = text.with(lang, cleaned);
          }
        }
      }
    }
    return text;
  }
}
