package org.debatescore.importers.an;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * The AN's counts: every number is a string ({@code "35"}), the JSON being a mechanical
 * transcription of XML. A count is read only when it is a whole number from 0 to {@link #MAX};
 * anything else (text, a sign, a decimal, a huge number) is reported and not used, never guessed.
 */
final class AnCounts {

  /** Far above the 577 deputies; a larger count is an error in the file, not a vote. */
  static final long MAX = 999_999L;

  private static final Pattern DIGITS = Pattern.compile("\\d+");

  private AnCounts() {}

  /**
   * The count in {@code v}, or {@code null} when it is absent or JSON null (nothing to report) or
   * unreadable (then {@code problem} receives what is wrong).
   */
  static Long parse(JsonNode v, String path, BiConsumer<String, String> problem) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return null;
    }
    String text;
    if (v.isIntegralNumber() && v.canConvertToLong()) {
      text = Long.toString(v.asLong());
    } else if (v.isTextual()) {
      text = v.asText().strip();
    } else {
      problem.accept(path, "expected a count, found " + describe(v) + ": not used");
      return null;
    }
    if (!DIGITS.matcher(text).matches()) {
      problem.accept(path, "'" + shorten(text) + "' is not a whole number: not used");
      return null;
    }
    String digits = text.replaceFirst("^0+(?=\\d)", "");
    if (digits.length() > 7 || Long.parseLong(digits) > MAX) {
      problem.accept(
          path, shorten(text) + " is beyond any assembly (more than " + MAX + "): not used");
      return null;
    }
    return Long.parseLong(digits);
  }

  /**
   * The four counts of a {@code decompte} or {@code decompteVoix} block, by {@link Position}
   * ordinal; an entry is {@code null} when absent or unreadable.
   */
  static Long[] decompte(JsonNode block, String path, BiConsumer<String, String> problem) {
    Long[] counts = new Long[Position.values().length];
    if (block == null || !block.isObject()) {
      if (block != null && !block.isNull()) {
        problem.accept(path, "expected an object of counts, found " + describe(block));
      }
      return counts;
    }
    for (Position p : Position.values()) {
      counts[p.ordinal()] = parse(block.get(p.count), path + "." + p.count, problem);
    }
    return counts;
  }

  static String describe(JsonNode v) {
    return v.isArray() ? "an array" : v.isObject() ? "an object" : "'" + shorten(v.asText()) + "'";
  }

  static String shorten(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "..." : text;
  }
}
