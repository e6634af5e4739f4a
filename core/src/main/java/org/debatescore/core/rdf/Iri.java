package org.debatescore.core.rdf;

import java.util.Objects;

/** An absolute IRI. Not checked beyond non-emptiness: parsers have already checked syntax. */
public record Iri(String value) implements Resource, Comparable<Iri> {

  public Iri {
    Objects.requireNonNull(value, "value");
    if (value.isEmpty()) {
      throw new IllegalArgumentException("an IRI cannot be empty");
    }
  }

  public static Iri of(String value) {
    return new Iri(value);
  }

  @Override
  public String toNTriples() {
    return "<" + value + ">";
  }

  @Override
  public int compareTo(Iri other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
