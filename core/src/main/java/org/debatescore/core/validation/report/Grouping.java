package org.debatescore.core.validation.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.debatescore.core.validation.Severity;
import org.debatescore.core.validation.ValidationResult;

/** How the human-readable reports gather similar results under one heading. */
public enum Grouping {
  /** One group per source shape (and severity): "this rule failed N times". */
  BY_SHAPE,
  /** One group per severity, message and path: results that say the same thing. */
  BY_MESSAGE;

  /** A group of results, all of the same severity. */
  record Group(Severity severity, List<ValidationResult> results) {
    ValidationResult first() {
      return results.get(0);
    }
  }

  /**
   * Groups results, most serious first, then largest group first, then in order of first
   * appearance; results keep their order within a group.
   */
  List<Group> group(List<ValidationResult> results) {
    Map<List<Object>, List<ValidationResult>> groups = new LinkedHashMap<>();
    for (ValidationResult r : results) {
      List<Object> key =
          this == BY_SHAPE
              ? List.of(r.severity(), r.sourceShape())
              : List.of(r.severity(), r.message(), r.path() == null ? "" : r.path());
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
    }
    List<Group> out = new ArrayList<>();
    groups.values().forEach(list -> out.add(new Group(list.get(0).severity(), List.copyOf(list))));
    out.sort(
        Comparator.comparingInt((Group g) -> -g.severity().rank())
            .thenComparingInt(g -> -g.results().size()));
    return out;
  }
}
