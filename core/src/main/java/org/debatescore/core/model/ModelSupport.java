package org.debatescore.core.model;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/** Small checks and copies shared by the generated records. */
final class ModelSupport {

  private ModelSupport() {}

  /** An immutable copy that keeps insertion order; {@code null} gives the empty set. */
  static <T> Set<T> immutableSet(Collection<? extends T> values, String field) {
    if (values == null || values.isEmpty()) {
      return Set.of();
    }
    LinkedHashSet<T> copy = new LinkedHashSet<>(values.size() * 2);
    for (T value : values) {
      copy.add(Objects.requireNonNull(value, field));
    }
    return Collections.unmodifiableSet(copy);
  }

  static void requireDateTime(TemporalValue value, String field) {
    if (value != null && value.kind() != TemporalValue.Kind.DATE_TIME) {
      throw new IllegalArgumentException(
          field + " must be an xsd:dateTime, not the date " + value.lexical());
    }
  }

  static void requireNonNegative(Long value, String field) {
    if (value != null && value < 0) {
      throw new IllegalArgumentException(field + " cannot be negative: " + value);
    }
  }

  /** The text a minter derives a slug from: the first title, else text, else name. */
  static String label(Object... candidates) {
    for (Object candidate : candidates) {
      if (candidate instanceof LangText text && !text.isEmpty()) {
        return text.first();
      }
      if (candidate instanceof String s && !s.isBlank()) {
        return s;
      }
    }
    return null;
  }
}
