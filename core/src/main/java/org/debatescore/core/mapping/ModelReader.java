package org.debatescore.core.mapping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.debatescore.core.model.DebateData;
import org.debatescore.core.model.Entity;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.RdfSink;
import org.debatescore.core.rdf.Resource;
import org.debatescore.core.rdf.Term;
import org.debatescore.core.rdf.Triple;

/**
 * Turns RDF statements into entities, driven by {@link DebateMapping}. Lossless for any input: a
 * statement fills a field only if writing the field back gives exactly that statement (same lexical
 * form, datatype, language tag and term kind) and the field has room; single-valued fields take the
 * first such value. Everything else (unknown predicates, second values, non-canonical lexical forms
 * like {@code "007"^^xsd:nonNegativeInteger}, wrong datatypes, extra types) goes to the entity's
 * {@link org.debatescore.core.model.Extensions}. A subject with a Debatescore type is an entity of
 * the highest-priority one ({@link DebateMapping#all()}); a subject with none gives other
 * statements. Blank nodes keep their labels.
 *
 * <p>Two modes:
 *
 * <ul>
 *   <li>{@link #collecting()}: builds a {@link DebateData} at {@link #finish()}. Statements about a
 *       subject may be scattered; a subject is assembled whenever the input moves to another one,
 *       and re-assembled if it comes back, so grouped input never holds raw statements.
 *   <li>{@link #grouped(EntityHandler)}: for input grouped by subject (sorted N-Triples, the output
 *       of {@link DebateWriter}), hands each resource to the handler as soon as the input moves on,
 *       holding one resource at a time. A subject that comes back later is handed over again, as a
 *       second entity with the same id.
 * </ul>
 *
 * <p>Single use; not thread-safe.
 */
public final class ModelReader implements RdfSink {

  private final EntityHandler handler; // null when collecting
  private final EntityAssembler.Buffer buffer = new EntityAssembler.Buffer();
  private final LinkedHashMap<Resource, Entity> entities;
  private final LinkedHashMap<Resource, List<Triple>> others;
  private final LinkedHashMap<String, String> prefixes;
  private DebateData result;
  private boolean finished;
  private long statements;

  private ModelReader(EntityHandler handler) {
    this.handler = handler;
    boolean collect = handler == null;
    this.entities = collect ? new LinkedHashMap<>() : null;
    this.others = collect ? new LinkedHashMap<>() : null;
    this.prefixes = collect ? new LinkedHashMap<>() : null;
  }

  /** A reader that collects everything into a {@link DebateData}. */
  public static ModelReader collecting() {
    return new ModelReader(null);
  }

  /** A streaming reader for input grouped by subject. */
  public static ModelReader grouped(EntityHandler handler) {
    return new ModelReader(Objects.requireNonNull(handler, "handler"));
  }

  /** Reads statements into a {@link DebateData}. */
  public static DebateData read(Iterable<Triple> triples) {
    ModelReader r = collecting();
    r.start();
    for (Triple t : triples) {
      r.triple(t);
    }
    r.finish();
    return r.result();
  }

  /**
   * Merges documents into one, as if their statements had been read from a single graph: an entity
   * described in several parts (a decision in one file, the link to what it took into account in
   * another) becomes one entity.
   */
  public static DebateData merge(java.util.Collection<DebateData> parts) {
    ModelReader r = collecting();
    r.start();
    for (DebateData part : parts) {
      for (Map.Entry<String, String> p : part.prefixes().entrySet()) {
        r.prefix(p.getKey(), p.getValue());
      }
      ModelWriter.write(part, r::triple);
    }
    r.finish();
    return r.result();
  }

  @Override
  public void prefix(String prefix, String namespace) {
    if (handler == null) {
      prefixes.put(prefix, namespace);
    } else {
      handler.prefix(prefix, namespace);
    }
  }

  @Override
  public void triple(Triple triple) {
    if (finished) {
      throw new IllegalStateException("this ModelReader is finished");
    }
    Resource s = triple.subject();
    Resource current = buffer.subject;
    if (current != s && !s.equals(current)) {
      if (current != null) {
        flush();
      }
      buffer.subject = s;
    }
    buffer.add(triple.predicate(), triple.object());
    statements++;
  }

  @Override
  public void finish() {
    if (finished) {
      return;
    }
    if (buffer.subject != null) {
      flush();
    }
    finished = true;
    if (handler != null) {
      handler.finish();
      return;
    }
    DebateData.Builder b = DebateData.builder();
    for (Entity e : entities.values()) {
      b.add(e);
    }
    for (List<Triple> ts : others.values()) {
      for (Triple t : ts) {
        b.otherTriple(t);
      }
    }
    for (Map.Entry<String, String> p : prefixes.entrySet()) {
      b.prefix(p.getKey(), p.getValue());
    }
    entities.clear();
    others.clear();
    result = b.build();
  }

  /**
   * The document read, in collecting mode.
   *
   * @throws IllegalStateException before {@link #finish()} or in grouped mode
   */
  public DebateData result() {
    if (handler != null) {
      throw new IllegalStateException("a grouped ModelReader hands entities to its handler");
    }
    if (!finished) {
      throw new IllegalStateException("finish() has not been called");
    }
    return result;
  }

  /** Number of statements received. */
  public long statementCount() {
    return statements;
  }

  private void flush() {
    Resource s = buffer.subject;
    if (handler == null) {
      mergeEarlier(s);
    }
    Entity e = EntityAssembler.assemble(buffer);
    if (handler != null) {
      if (e != null) {
        handler.entity(e);
      } else {
        for (int i = 0; i < buffer.size; i++) {
          handler.otherTriple(new Triple(s, buffer.predicates[i], buffer.objects[i]));
        }
      }
    } else if (e != null) {
      others.remove(s);
      entities.put(s, e);
    } else {
      List<Triple> ts = new ArrayList<>(buffer.size);
      for (int i = 0; i < buffer.size; i++) {
        ts.add(new Triple(s, buffer.predicates[i], buffer.objects[i]));
      }
      others.put(s, ts);
    }
    buffer.clear();
  }

  /** If the subject was seen before, puts its earlier statements in front of the buffer. */
  private void mergeEarlier(Resource s) {
    List<Triple> earlier;
    Entity e = entities.get(s);
    if (e != null) {
      earlier = ModelWriter.toTriples(e);
    } else {
      earlier = others.get(s);
      if (earlier == null) {
        return;
      }
    }
    int n = buffer.size;
    Iri[] preds = Arrays.copyOf(buffer.predicates, n);
    Term[] objs = Arrays.copyOf(buffer.objects, n);
    buffer.clear();
    buffer.subject = s;
    for (Triple t : earlier) {
      buffer.add(t.predicate(), t.object());
    }
    for (int i = 0; i < n; i++) {
      buffer.add(preds[i], objs[i]);
    }
  }
}
