package org.debatescore.core.mapping;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.debatescore.core.rdf.Iri;

/**
 * One row of a mapping table: a predicate, the field that holds its values (through a getter and a
 * builder setter, resolved once, never by reflection), the kind of value and the JSON term.
 *
 * @param <T> the record holding the field (an entity, or the provenance)
 * @param <B> its builder
 */
public final class FieldMapping<T, B> {

  private final Iri predicate;
  private final String jsonTerm;
  private final ValueKind kind;
  private final boolean multiValued;
  private final String codeNamespace;
  private final Function<? super T, ?> getter;
  private final BiConsumer<B, Object> setter;

  @SuppressWarnings("unchecked")
  FieldMapping(
      String predicate,
      String jsonTerm,
      ValueKind kind,
      boolean multiValued,
      String codeNamespace,
      Function<? super T, ?> getter,
      BiConsumer<B, ?> setter) {
    this.predicate = Iri.of(predicate);
    this.jsonTerm = Objects.requireNonNull(jsonTerm);
    this.kind = Objects.requireNonNull(kind);
    this.multiValued = multiValued;
    this.codeNamespace = codeNamespace;
    this.getter = Objects.requireNonNull(getter);
    this.setter = (BiConsumer<B, Object>) Objects.requireNonNull(setter);
  }

  /** A single-valued row, for tables outside {@link ClassMapping} (the provenance). */
  static <T, B, V> FieldMapping<T, B> single(
      String predicate,
      String jsonTerm,
      ValueKind kind,
      Function<? super T, V> getter,
      BiConsumer<B, V> setter) {
    return new FieldMapping<>(predicate, jsonTerm, kind, false, null, getter, setter);
  }

  /** The RDF property. */
  public Iri predicate() {
    return predicate;
  }

  /** The term of the JSON-LD context for this property, e.g. {@code author}. */
  public String jsonTerm() {
    return jsonTerm;
  }

  /** The kind of value. */
  public ValueKind kind() {
    return kind;
  }

  /** Whether the field is a set (any number of values) rather than a single value. */
  public boolean isMultiValued() {
    return multiValued;
  }

  /** For {@link ValueKind#CODE}: the namespace of the code list's concepts; else {@code null}. */
  public String codeNamespace() {
    return codeNamespace;
  }

  /**
   * The field's value in {@code owner}: a {@code LangText}, a {@code Set} for multi-valued fields,
   * else the single value or {@code null}.
   */
  public Object get(T owner) {
    return getter.apply(owner);
  }

  /** Sets the field in a builder: a {@code LangText}, a collection, or a single value. */
  public void set(B builder, Object value) {
    setter.accept(builder, value);
  }

  @Override
  public String toString() {
    return jsonTerm + " <" + predicate + "> " + kind + (multiValued ? "*" : "");
  }
}
