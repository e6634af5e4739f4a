package org.debatescore.core.mapping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.debatescore.core.model.Entity;
import org.debatescore.core.model.EntityBuilder;
import org.debatescore.core.model.LangText;
import org.debatescore.core.model.TemporalValue;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Resource;

/**
 * The mapping table of one Debatescore class: its RDF type, its record and builder, and one {@link
 * FieldMapping} per field, in writing order. Lookups by predicate are precomputed.
 *
 * @param <E> the entity record
 * @param <B> its builder
 */
public final class ClassMapping<E extends Entity, B extends EntityBuilder<E, B>> {

  private final Class<E> type;
  private final Iri rdfType;
  private final Supplier<B> builders;
  private final List<FieldMapping<E, B>> fields;
  private final Map<Iri, Integer> indexByPredicate;
  private final Map<String, FieldMapping<E, B>> byJsonTerm;

  private ClassMapping(Builder<E, B> b) {
    this.type = b.type;
    this.rdfType = b.rdfType;
    this.builders = b.builders;
    this.fields = List.copyOf(b.fields);
    Map<Iri, Integer> index = new HashMap<>();
    Map<String, FieldMapping<E, B>> terms = new HashMap<>();
    for (int i = 0; i < fields.size(); i++) {
      FieldMapping<E, B> f = fields.get(i);
      if (index.put(f.predicate(), i) != null || terms.put(f.jsonTerm(), f) != null) {
        throw new IllegalStateException(type.getSimpleName() + ": two fields for " + f);
      }
    }
    this.indexByPredicate = index;
    this.byJsonTerm = terms;
  }

  /** Starts the table of a class. */
  public static <E extends Entity, B extends EntityBuilder<E, B>> Builder<E, B> builder(
      Class<E> type, String rdfType, Supplier<B> builders) {
    return new Builder<>(type, rdfType, builders);
  }

  /** The record class. */
  public Class<E> type() {
    return type;
  }

  /** The Debatescore class IRI. */
  public Iri rdfType() {
    return rdfType;
  }

  /** The class's local name, e.g. {@code Proposal}. */
  public String localName() {
    return type.getSimpleName();
  }

  /** A new empty builder. */
  public B newBuilder() {
    return builders.get();
  }

  /** The fields, in writing order. */
  public List<FieldMapping<E, B>> fields() {
    return fields;
  }

  /** The index in {@link #fields()} of the field for {@code predicate}, or -1. */
  public int indexOf(Iri predicate) {
    Integer i = indexByPredicate.get(predicate);
    return i == null ? -1 : i;
  }

  /** The field for {@code predicate}, or {@code null}. */
  public FieldMapping<E, B> field(Iri predicate) {
    int i = indexOf(predicate);
    return i < 0 ? null : fields.get(i);
  }

  /** The field with this JSON term, or {@code null}. */
  public FieldMapping<E, B> fieldForJsonTerm(String term) {
    return byJsonTerm.get(term);
  }

  /** Casts an entity known to be of this class. */
  public E cast(Entity entity) {
    return type.cast(entity);
  }

  @Override
  public String toString() {
    return "ClassMapping[" + localName() + "]";
  }

  /**
   * Collects the rows of a class table; one method per kind of value, the plural forms for
   * multi-valued fields.
   */
  public static final class Builder<E extends Entity, B extends EntityBuilder<E, B>> {
    private final Class<E> type;
    private final Iri rdfType;
    private final Supplier<B> builders;
    private final List<FieldMapping<E, B>> fields = new ArrayList<>();

    private Builder(Class<E> type, String rdfType, Supplier<B> builders) {
      this.type = type;
      this.rdfType = Iri.of(rdfType);
      this.builders = builders;
    }

    private Builder<E, B> add(
        String predicate,
        String json,
        ValueKind kind,
        boolean multi,
        String codeNs,
        Function<? super E, ?> getter,
        BiConsumer<B, ?> setter) {
      fields.add(new FieldMapping<>(predicate, json, kind, multi, codeNs, getter, setter));
      return this;
    }

    /** Applies a group of rows shared by several classes. */
    public Builder<E, B> apply(Function<Builder<E, B>, Builder<E, B>> rows) {
      return rows.apply(this);
    }

    public Builder<E, B> lang(
        String p, String json, Function<? super E, LangText> get, BiConsumer<B, LangText> set) {
      return add(p, json, ValueKind.LANG_TEXT, false, null, get, set);
    }

    public Builder<E, B> string(
        String p, String json, Function<? super E, String> get, BiConsumer<B, String> set) {
      return add(p, json, ValueKind.STRING, false, null, get, set);
    }

    public Builder<E, B> dateTime(
        String p,
        String json,
        Function<? super E, TemporalValue> get,
        BiConsumer<B, TemporalValue> set) {
      return add(p, json, ValueKind.DATE_TIME, false, null, get, set);
    }

    public Builder<E, B> temporal(
        String p,
        String json,
        Function<? super E, TemporalValue> get,
        BiConsumer<B, TemporalValue> set) {
      return add(p, json, ValueKind.DATE_OR_DATE_TIME, false, null, get, set);
    }

    public Builder<E, B> iri(
        String p, String json, Function<? super E, Iri> get, BiConsumer<B, Iri> set) {
      return add(p, json, ValueKind.IRI, false, null, get, set);
    }

    public Builder<E, B> iris(
        String p,
        String json,
        Function<? super E, Set<Iri>> get,
        BiConsumer<B, Collection<? extends Iri>> set) {
      return add(p, json, ValueKind.IRI, true, null, get, set);
    }

    public Builder<E, B> code(
        String p,
        String json,
        String codeNamespace,
        Function<? super E, Iri> get,
        BiConsumer<B, Iri> set) {
      return add(p, json, ValueKind.CODE, false, codeNamespace, get, set);
    }

    public Builder<E, B> codes(
        String p,
        String json,
        String codeNamespace,
        Function<? super E, Set<Iri>> get,
        BiConsumer<B, Collection<? extends Iri>> set) {
      return add(p, json, ValueKind.CODE, true, codeNamespace, get, set);
    }

    public Builder<E, B> ref(
        String p, String json, Function<? super E, Resource> get, BiConsumer<B, Resource> set) {
      return add(p, json, ValueKind.REFERENCE, false, null, get, set);
    }

    public Builder<E, B> refs(
        String p,
        String json,
        Function<? super E, Set<Resource>> get,
        BiConsumer<B, Collection<? extends Resource>> set) {
      return add(p, json, ValueKind.REFERENCE, true, null, get, set);
    }

    public Builder<E, B> count(
        String p, String json, Function<? super E, Long> get, BiConsumer<B, Long> set) {
      return add(p, json, ValueKind.NON_NEGATIVE_INTEGER, false, null, get, set);
    }

    public Builder<E, B> decimal(
        String p, String json, Function<? super E, BigDecimal> get, BiConsumer<B, BigDecimal> set) {
      return add(p, json, ValueKind.DECIMAL, false, null, get, set);
    }

    public Builder<E, B> bool(
        String p, String json, Function<? super E, Boolean> get, BiConsumer<B, Boolean> set) {
      return add(p, json, ValueKind.BOOLEAN, false, null, get, set);
    }

    public ClassMapping<E, B> build() {
      return new ClassMapping<>(this);
    }
  }
}
