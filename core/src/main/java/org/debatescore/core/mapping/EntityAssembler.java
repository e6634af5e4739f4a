package org.debatescore.core.mapping;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.debatescore.core.model.Entity;
import org.debatescore.core.model.EntityBuilder;
import org.debatescore.core.model.Extensions;
import org.debatescore.core.model.LangText;
import org.debatescore.core.model.Provenance;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Literal;
import org.debatescore.core.rdf.Resource;
import org.debatescore.core.rdf.Term;

/**
 * Builds one entity from all the statements about one subject, applying the fidelity rule: a
 * statement fills a field only if writing the field back gives exactly that statement and the field
 * has room; everything else goes to the extensions.
 */
final class EntityAssembler {

  private static final Iri RDF_TYPE = ModelWriter.RDF_TYPE;
  private static final Map<Iri, Integer> PROVENANCE_INDEX = new HashMap<>();

  static {
    List<FieldMapping<Provenance, Provenance.Builder>> prov = DebateMapping.PROVENANCE;
    for (int i = 0; i < prov.size(); i++) {
      PROVENANCE_INDEX.put(prov.get(i).predicate(), i);
    }
  }

  private EntityAssembler() {}

  /** The statements about one subject, in input order. */
  static final class Buffer {
    Resource subject;
    Iri[] predicates = new Iri[16];
    Term[] objects = new Term[16];
    int size;

    void add(Iri p, Term o) {
      if (size == predicates.length) {
        predicates = Arrays.copyOf(predicates, size * 2);
        objects = Arrays.copyOf(objects, size * 2);
      }
      predicates[size] = p;
      objects[size] = o;
      size++;
    }

    void clear() {
      // Drop references so that a huge resource does not stay reachable.
      if (size > 64) {
        predicates = new Iri[16];
        objects = new Term[16];
      } else {
        Arrays.fill(predicates, 0, size, null);
        Arrays.fill(objects, 0, size, null);
      }
      size = 0;
      subject = null;
    }
  }

  /** The class mapping chosen for the buffered subject, or {@code null} if it is no entity. */
  static ClassMapping<?, ?> classOf(Buffer b) {
    int best = Integer.MAX_VALUE;
    for (int i = 0; i < b.size; i++) {
      if (b.objects[i] instanceof Iri type && b.predicates[i].equals(RDF_TYPE)) {
        int p = DebateMapping.priority(type);
        if (p >= 0 && p < best) {
          best = p;
        }
      }
    }
    return best == Integer.MAX_VALUE ? null : DebateMapping.all().get(best);
  }

  /** The entity for the buffered subject, or {@code null} if it has no Debatescore type. */
  static Entity assemble(Buffer b) {
    ClassMapping<?, ?> m = classOf(b);
    return m == null ? null : assemble(m, b);
  }

  private static <E extends Entity, B extends EntityBuilder<E, B>> E assemble(
      ClassMapping<E, B> m, Buffer buf) {
    List<FieldMapping<E, B>> fields = m.fields();
    Object[] slots = new Object[fields.size()];
    Object[] prov = null;
    Extensions.Builder ext = null;
    Iri type = m.rdfType();
    for (int i = 0; i < buf.size; i++) {
      Iri p = buf.predicates[i];
      Term o = buf.objects[i];
      int index = m.indexOf(p);
      if (index >= 0) {
        if (offer(fields.get(index), slots, index, o)) {
          continue;
        }
      } else if (p.equals(RDF_TYPE)) {
        if (o.equals(type)) {
          continue;
        }
      } else {
        Integer pi = PROVENANCE_INDEX.get(p);
        if (pi != null) {
          if (prov == null) {
            prov = new Object[DebateMapping.PROVENANCE.size()];
          }
          if (offer(DebateMapping.PROVENANCE.get(pi), prov, pi, o)) {
            continue;
          }
        }
      }
      if (ext == null) {
        ext = Extensions.builder();
      }
      ext.add(p, o);
    }
    B builder = m.newBuilder();
    builder.id(buf.subject);
    for (int i = 0; i < slots.length; i++) {
      if (slots[i] != null) {
        fields.get(i).set(builder, slots[i]);
      }
    }
    if (prov != null) {
      Provenance.Builder pb = Provenance.builder();
      for (int i = 0; i < prov.length; i++) {
        if (prov[i] != null) {
          DebateMapping.PROVENANCE.get(i).set(pb, prov[i]);
        }
      }
      builder.provenance(pb.build());
    }
    if (ext != null) {
      builder.extensions(ext.build());
    }
    return builder.buildUnchecked();
  }

  /**
   * Puts {@code object} into the field's slot if it is an exact value of the field and the field
   * has room. A statement identical to one already held counts as taken (it is the same statement).
   */
  @SuppressWarnings("unchecked")
  private static boolean offer(FieldMapping<?, ?> f, Object[] slots, int i, Term object) {
    ValueKind kind = f.kind();
    Object v = kind.fromTerm(object);
    if (v == null) {
      return false;
    }
    if (kind == ValueKind.LANG_TEXT) {
      Literal l = (Literal) v;
      LangText current = slots[i] == null ? LangText.EMPTY : (LangText) slots[i];
      String held = current.getExact(l.language());
      if (held != null) {
        return held.equals(l.lexical());
      }
      slots[i] = current.with(l.language(), l.lexical());
      return true;
    }
    if (f.isMultiValued()) {
      LinkedHashSet<Object> set = (LinkedHashSet<Object>) slots[i];
      if (set == null) {
        set = new LinkedHashSet<>(4);
        slots[i] = set;
      }
      set.add(v);
      return true;
    }
    if (slots[i] == null) {
      slots[i] = v;
      return true;
    }
    return slots[i].equals(v);
  }
}
