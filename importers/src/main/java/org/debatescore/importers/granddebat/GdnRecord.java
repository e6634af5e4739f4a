package org.debatescore.importers.granddebat;

import java.util.List;
import java.util.Map;

/**
 * One row of a Grand Débat file, CSV or JSON alike: its fixed fields by name and its answers keyed
 * by question. Built, mapped and dropped one at a time.
 *
 * @param line the line it starts on (-1 when unknown)
 * @param fields the fixed fields ({@code id}, {@code reference}, {@code authorType}...), as text
 * @param responses its answers, at most one per question, in file order
 */
record GdnRecord(long line, Map<String, String> fields, List<Response> responses) {

  /**
   * One answer.
   *
   * @param questionKey the question's key in the {@link QuestionCatalog}
   * @param questionTitle the question's title as this file gives it
   * @param text the answer as shown to people ({@code formattedValue}, or the CSV cell)
   * @param choices the option labels chosen, when the file tells them apart (else empty)
   * @param other the free text of an "other" option, or {@code null}
   */
  record Response(
      String questionKey, String questionTitle, String text, List<String> choices, String other) {}

  /** The field stripped, or {@code null} when absent or blank. */
  String get(String name) {
    String v = fields.get(name);
    if (v == null) {
      return null;
    }
    v = v.strip();
    return v.isEmpty() ? null : v;
  }
}
