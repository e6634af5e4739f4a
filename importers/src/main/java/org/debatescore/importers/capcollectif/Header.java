package org.debatescore.importers.capcollectif;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.debatescore.importers.support.CsvRow;

/**
 * A file's header bound to the {@link Field}s through the alias table: which column holds each
 * field, and which columns hold none (reported, never fatal). A column serves one field only; the
 * first column matching a field wins.
 */
final class Header {

  /** Fields whose absence is worth a note (the others vary between generations). */
  private static final List<Field> EXPECTED =
      List.of(
          Field.TYPE,
          Field.ID,
          Field.AUTHOR_ID,
          Field.SECTION_TITLE,
          Field.TITLE,
          Field.BODY,
          Field.VOTE_VALUE,
          Field.ARG_TYPE,
          Field.ARG_BODY);

  private final Map<Field, String> columns = new EnumMap<>(Field.class);
  private final List<String> unknown = new ArrayList<>();

  Header(List<String> headers) {
    Map<String, Field> byAlias = new HashMap<>();
    for (Field f : Field.values()) {
      for (String a : f.aliases()) {
        byAlias.putIfAbsent(a, f);
      }
    }
    for (String h : headers) {
      Field f = byAlias.get(Field.normalise(h));
      if (f != null && !columns.containsKey(f)) {
        columns.put(f, h);
      } else if (!h.isEmpty()) {
        unknown.add(h);
      }
    }
  }

  /** Whether the file has a column for {@code field}. */
  boolean has(Field field) {
    return columns.containsKey(field);
  }

  /** The stripped, non-blank cell of {@code field}, or {@code null}. */
  String get(CsvRow row, Field field) {
    return row.get(columns.get(field));
  }

  /** The cell as written (for texts whose spacing matters), or {@code null}. */
  String raw(CsvRow row, Field field) {
    return row.raw(columns.get(field));
  }

  /** Columns the importer does not read, in file order. */
  List<String> unknown() {
    return unknown;
  }

  /** Expected columns the file lacks. */
  List<Field> missing() {
    return EXPECTED.stream().filter(f -> !columns.containsKey(f)).toList();
  }
}
