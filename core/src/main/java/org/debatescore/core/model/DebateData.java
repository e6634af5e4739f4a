package org.debatescore.core.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Resource;
import org.debatescore.core.rdf.Triple;

/**
 * A whole document about one or more debates: its entities, the statements about other things (code
 * lists, FOAF profiles... included in the same file) and the namespace prefixes it used. What a
 * reader returns and a writer takes when the data fits in memory; for larger data, stream entities
 * instead.
 *
 * <p>Entities are kept in insertion order and looked up by id. Equality ignores order: two
 * documents are equal when they hold the same entities, the same other statements and the same
 * prefixes.
 */
public final class DebateData {

  private static final DebateData EMPTY = new Builder().build();

  private final Map<Resource, Entity> entities;
  private final Set<Triple> otherTriples;
  private final Map<String, String> prefixes;

  private DebateData(Builder b) {
    this.entities = Collections.unmodifiableMap(new LinkedHashMap<>(b.entities));
    this.otherTriples = Collections.unmodifiableSet(new LinkedHashSet<>(b.otherTriples));
    this.prefixes = Collections.unmodifiableMap(new LinkedHashMap<>(b.prefixes));
  }

  /** No entity, no statement, no prefix. */
  public static DebateData empty() {
    return EMPTY;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this document's content. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.entities.putAll(entities);
    b.otherTriples.addAll(otherTriples);
    b.prefixes.putAll(prefixes);
    return b;
  }

  /** All entities, in insertion order. */
  public Collection<Entity> entities() {
    return entities.values();
  }

  /** The entities of one type (a record class or {@link Contribution}, {@link Participant}...). */
  public <T extends Entity> List<T> all(Class<T> type) {
    List<T> result = new ArrayList<>();
    for (Entity e : entities.values()) {
      if (type.isInstance(e)) {
        result.add(type.cast(e));
      }
    }
    return result;
  }

  /** The entity with this id. */
  public Optional<Entity> get(Resource id) {
    return Optional.ofNullable(entities.get(id));
  }

  /** The entity with this id, if it is of {@code type}. */
  public <T extends Entity> Optional<T> get(Resource id, Class<T> type) {
    Entity e = entities.get(id);
    return type.isInstance(e) ? Optional.of(type.cast(e)) : Optional.empty();
  }

  /** The entity with this IRI. */
  public Optional<Entity> get(String iri) {
    return get(Iri.of(iri));
  }

  /** Number of entities. */
  public int size() {
    return entities.size();
  }

  /** Statements whose subject is no Debatescore entity, in input order. */
  public Set<Triple> otherTriples() {
    return otherTriples;
  }

  /** Namespace prefixes (prefix to namespace IRI), in input order. */
  public Map<String, String> prefixes() {
    return prefixes;
  }

  /** This document with other prefixes. */
  public DebateData withPrefixes(Map<String, String> prefixes) {
    Builder b = toBuilder();
    b.prefixes.clear();
    b.prefixes.putAll(prefixes);
    return b.build();
  }

  /**
   * Two documents are equal when they say the same things: same entities and same other statements.
   * Prefixes are presentation (a writer's choice), so they do not count.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof DebateData other
        && entities.equals(other.entities)
        && otherTriples.equals(other.otherTriples);
  }

  @Override
  public int hashCode() {
    return Objects.hash(entities, otherTriples);
  }

  @Override
  public String toString() {
    return "DebateData["
        + entities.size()
        + " entities, "
        + otherTriples.size()
        + " other statements]";
  }

  /** Collects the content of a document. */
  public static final class Builder {
    private final LinkedHashMap<Resource, Entity> entities = new LinkedHashMap<>();
    private final LinkedHashSet<Triple> otherTriples = new LinkedHashSet<>();
    private final LinkedHashMap<String, String> prefixes = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds an entity.
     *
     * @throws IllegalArgumentException if another entity has the same id
     */
    public Builder add(Entity entity) {
      Entity previous = entities.putIfAbsent(entity.id(), entity);
      if (previous != null && !previous.equals(entity)) {
        throw new IllegalArgumentException("two entities have the id " + entity.id());
      }
      return this;
    }

    /** Adds entities. */
    public Builder addAll(Collection<? extends Entity> entities) {
      for (Entity e : entities) {
        add(e);
      }
      return this;
    }

    /** Adds a statement about something that is not an entity. */
    public Builder otherTriple(Triple triple) {
      otherTriples.add(Objects.requireNonNull(triple, "triple"));
      return this;
    }

    /** Declares a namespace prefix. */
    public Builder prefix(String prefix, String namespace) {
      prefixes.put(Objects.requireNonNull(prefix, "prefix"), Objects.requireNonNull(namespace));
      return this;
    }

    /** Whether an entity with this id was added. */
    public boolean contains(Resource id) {
      return entities.containsKey(id);
    }

    /**
     * The document.
     *
     * @throws IllegalArgumentException if an other statement is about an entity: it belongs in the
     *     entity's extensions
     */
    public DebateData build() {
      for (Triple t : otherTriples) {
        if (entities.containsKey(t.subject())) {
          throw new IllegalArgumentException(
              "statement about entity " + t.subject() + " belongs in its extensions: " + t);
        }
      }
      return new DebateData(this);
    }
  }
}
