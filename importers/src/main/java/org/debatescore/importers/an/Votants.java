package org.debatescore.importers.an;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The "one or many" adapter for lists of voters. The XML-to-JSON transcription gives a block of
 * voters as {@code null} (nobody), {@code {"votant": {...}}} (one voter, 27 % of the blocks),
 * {@code {"votant": [{...}, ...]}} (several), and in {@code miseAuPoint} arrays with {@code null}
 * elements ({@code [null, null]}). Every shape gives the same flat list of entries, each with its
 * JSON path.
 */
final class Votants {

  /** Wrapping deeper than this is not a transcription of the AN's XML: the value is an entry. */
  private static final int MAX_WRAPPING = 4;

  /**
   * One voter as found (an object when well formed; anything else is reported by the caller).
   *
   * @param path where it is, e.g. {@code ...decompteNominatif.pours.votant[3]}
   * @param node the value
   */
  record Entry(String path, JsonNode node) {}

  private Votants() {}

  /** The voters of {@code block}; {@code null} elements are not voters and are left out. */
  static List<Entry> of(JsonNode block, String path) {
    List<Entry> entries = new ArrayList<>();
    collect(block, path, entries, 0);
    return entries;
  }

  private static void collect(JsonNode v, String path, List<Entry> out, int depth) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return;
    }
    if (depth > MAX_WRAPPING) {
      out.add(new Entry(path, v));
    } else if (v.isArray()) {
      for (int i = 0; i < v.size(); i++) {
        collect(v.get(i), path + "[" + i + "]", out, depth + 1);
      }
    } else if (v.isObject() && v.has("votant")) {
      collect(v.get("votant"), path + ".votant", out, depth + 1);
    } else {
      out.add(new Entry(path, v));
    }
  }
}
