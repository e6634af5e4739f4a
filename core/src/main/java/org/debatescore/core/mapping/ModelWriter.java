package org.debatescore.core.mapping;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.debatescore.core.model.DebateData;
import org.debatescore.core.model.Entity;
import org.debatescore.core.model.Extensions;
import org.debatescore.core.model.LangText;
import org.debatescore.core.model.Provenance;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Literal;
import org.debatescore.core.rdf.RdfSink;
import org.debatescore.core.rdf.Resource;
import org.debatescore.core.rdf.Triple;

/**
 * Turns entities into RDF statements, driven by {@link DebateMapping}. An entity's statements are
 * emitted together: its type, its fields in table order, its provenance, then its extensions
 * unchanged. Stateless and thread-safe; for a stream of entities use {@link DebateWriter}.
 */
public final class ModelWriter {

  /** {@code rdf:type}. */
  public static final Iri RDF_TYPE = Iri.of("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");

  private ModelWriter() {}

  /** Emits the statements of one entity (no {@code start} or {@code finish}). */
  public static void write(Entity entity, RdfSink sink) {
    emit(entity, sink);
  }

  /**
   * Writes a whole document: {@code start}, its prefixes, every entity, the other statements,
   * {@code finish}.
   */
  public static void write(DebateData data, RdfSink sink) {
    sink.start();
    for (Map.Entry<String, String> p : data.prefixes().entrySet()) {
      sink.prefix(p.getKey(), p.getValue());
    }
    for (Entity e : data.entities()) {
      emit(e, sink);
    }
    for (Triple t : data.otherTriples()) {
      sink.triple(t);
    }
    sink.finish();
  }

  /** The statements of one entity, in writing order. */
  public static List<Triple> toTriples(Entity entity) {
    List<Triple> out = new ArrayList<>();
    emit(entity, out::add);
    return out;
  }

  /** The statements of a document: entities, then other statements. */
  public static List<Triple> toTriples(DebateData data) {
    List<Triple> out = new ArrayList<>();
    for (Entity e : data.entities()) {
      emit(e, out::add);
    }
    out.addAll(data.otherTriples());
    return out;
  }

  private static <E extends Entity> void emit(E entity, RdfSink sink) {
    ClassMapping<E, ?> mapping = DebateMapping.of(entity);
    Resource s = entity.id();
    sink.triple(new Triple(s, RDF_TYPE, mapping.rdfType()));
    for (FieldMapping<E, ?> f : mapping.fields()) {
      emitField(s, f, f.get(entity), sink);
    }
    Provenance p = entity.provenance();
    if (p != Provenance.EMPTY && !p.isEmpty()) {
      for (FieldMapping<Provenance, ?> f : DebateMapping.PROVENANCE) {
        emitField(s, f, f.get(p), sink);
      }
    }
    Extensions x = entity.extensions();
    for (Extensions.Entry e : x.entries()) {
      sink.triple(new Triple(s, e.predicate(), e.object()));
    }
  }

  private static void emitField(Resource s, FieldMapping<?, ?> f, Object value, RdfSink sink) {
    if (value == null) {
      return;
    }
    Iri p = f.predicate();
    if (value instanceof LangText text) {
      for (int i = 0; i < text.size(); i++) {
        sink.triple(new Triple(s, p, Literal.lang(text.text(i), text.language(i))));
      }
    } else if (value instanceof Collection<?> values) {
      for (Object v : values) {
        sink.triple(new Triple(s, p, f.kind().toTerm(v)));
      }
    } else {
      sink.triple(new Triple(s, p, f.kind().toTerm(value)));
    }
  }
}
