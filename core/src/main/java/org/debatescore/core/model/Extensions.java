package org.debatescore.core.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Term;

/**
 * The statements about an entity that no field of its record holds: unknown predicates, second
 * values of single-valued fields, values of the wrong datatype or in a non-canonical form, extra
 * types. Readers put them here and writers write them back, so that no input is ever lost.
 *
 * <p>Kept in input order for display; equality ignores order, as RDF does. An extension that a
 * field of the entity could hold is moved into that field when the entity is read back, so build
 * entities with fields rather than extensions wherever a field exists.
 */
public final class Extensions {

  /** No extension. */
  public static final Extensions EMPTY = new Extensions(List.of());

  /**
   * One statement about the entity, without its subject.
   *
   * @param predicate the property
   * @param object the value: an IRI, a blank node or a literal
   */
  public record Entry(Iri predicate, Term object) {
    public Entry {
      Objects.requireNonNull(predicate, "predicate");
      Objects.requireNonNull(object, "object");
    }
  }

  private final List<Entry> entries;
  private Set<Entry> set; // lazily, for equals
  private int hash;

  private Extensions(List<Entry> entries) {
    this.entries = entries;
  }

  /** The given entries without duplicates, in order. */
  public static Extensions of(Collection<Entry> entries) {
    if (entries.isEmpty()) {
      return EMPTY;
    }
    LinkedHashSet<Entry> unique = new LinkedHashSet<>(entries);
    for (Entry e : unique) {
      Objects.requireNonNull(e, "entry");
    }
    return new Extensions(List.copyOf(unique));
  }

  /** One extension. */
  public static Extensions of(Iri predicate, Term object) {
    return new Extensions(List.of(new Entry(predicate, object)));
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** These extensions plus one more (no change if already there). */
  public Extensions with(Iri predicate, Term object) {
    Entry e = new Entry(predicate, object);
    if (entries.contains(e)) {
      return this;
    }
    List<Entry> list = new ArrayList<>(entries.size() + 1);
    list.addAll(entries);
    list.add(e);
    return new Extensions(Collections.unmodifiableList(list));
  }

  /** All entries, in input order. */
  public List<Entry> entries() {
    return entries;
  }

  /** The objects of {@code predicate}, in input order. */
  public List<Term> get(Iri predicate) {
    List<Term> result = new ArrayList<>();
    for (Entry e : entries) {
      if (e.predicate().equals(predicate)) {
        result.add(e.object());
      }
    }
    return result;
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  public int size() {
    return entries.size();
  }

  private Set<Entry> asSet() {
    Set<Entry> s = set;
    if (s == null) {
      s = new HashSet<>(entries);
      set = s;
    }
    return s;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Extensions other) || other.entries.size() != entries.size()) {
      return false;
    }
    return entries.equals(other.entries) || asSet().equals(other.asSet());
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0 && !entries.isEmpty()) {
      for (Entry e : entries) {
        h += e.hashCode();
      }
      hash = h;
    }
    return h;
  }

  @Override
  public String toString() {
    return entries.toString();
  }

  /** Collects extensions in order, dropping duplicates. */
  public static final class Builder {
    private final LinkedHashSet<Entry> entries = new LinkedHashSet<>();

    private Builder() {}

    public Builder add(Iri predicate, Term object) {
      entries.add(new Entry(predicate, object));
      return this;
    }

    public boolean isEmpty() {
      return entries.isEmpty();
    }

    public Extensions build() {
      return entries.isEmpty() ? EMPTY : new Extensions(List.copyOf(entries));
    }
  }
}
