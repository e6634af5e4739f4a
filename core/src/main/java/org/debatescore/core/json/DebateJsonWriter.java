package org.debatescore.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.debatescore.core.mapping.ClassMapping;
import org.debatescore.core.mapping.DebateMapping;
import org.debatescore.core.mapping.FieldMapping;
import org.debatescore.core.model.Debate;
import org.debatescore.core.model.DebateData;
import org.debatescore.core.model.Entity;
import org.debatescore.core.model.Extensions;
import org.debatescore.core.model.LangText;
import org.debatescore.core.model.Provenance;
import org.debatescore.core.model.TemporalValue;
import org.debatescore.core.rdf.BlankNode;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Literal;
import org.debatescore.core.rdf.Resource;
import org.debatescore.core.rdf.Term;
import org.debatescore.core.rdf.Triple;
import org.debatescore.vocab.DBS;
import org.debatescore.vocab.DebatescoreVocabulary;

/**
 * Writes Debatescore JSON: JSON-LD in compact form under the Debatescore context, the form web
 * developers read without knowing RDF. Terms of the context for fields ({@code "type": "Proposal"},
 * {@code "title": {"fr": "…"}}, {@code "status": "accepted"}, decimals as strings, dates as plain
 * strings when they match the term's datatype), full IRIs as keys for extensions ({@code {"@id":
 * …}} and {@code {"@value", "@type", "@language"}} objects), so that nothing is lost: reading the
 * output with {@link DebateJsonReader} gives the same model.
 *
 * <p>Flat by default ({@code {"@context": …, "@graph": [node, …]}}, one node per entity and per
 * other subject, streamable with {@link #open}); {@link #nested(boolean)} puts what belongs to a
 * debate under its {@code "contains"}. Immutable and thread-safe.
 */
public final class DebateJsonWriter {

  private static final JsonFactory FACTORY = new ObjectMapper().getFactory();
  private static final Iri RDF_TYPE = JsonToRdf.RDF_TYPE;
  private static final Iri DEBATE = Iri.of(DBS.debate);
  private static final String XSD_PREFIXED = "xsd:";
  private static final Set<String> CLASS_NAMES = classNames();

  private final boolean pretty;
  private final boolean nested;

  /** A writer of pretty-printed, flat JSON. */
  public DebateJsonWriter() {
    this(true, false);
  }

  private DebateJsonWriter(boolean pretty, boolean nested) {
    this.pretty = pretty;
    this.nested = nested;
  }

  /** Indented output (the default) or one line. */
  public DebateJsonWriter pretty(boolean pretty) {
    return new DebateJsonWriter(pretty, nested);
  }

  /** Entities of a debate under its {@code "contains"}, or flat (the default). */
  public DebateJsonWriter nested(boolean nested) {
    return new DebateJsonWriter(pretty, nested);
  }

  /** Writes a document; the stream is flushed, not closed. */
  public void write(DebateData data, OutputStream out) {
    try (Stream s = new Stream(generator(out))) {
      if (nested) {
        s.nested(data);
      } else {
        for (Entity e : data.entities()) {
          s.write(e);
        }
      }
      for (Triple t : data.otherTriples()) {
        s.write(t);
      }
    }
  }

  /** The document as a string. */
  public String writeToString(DebateData data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(data, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Starts a flat document on {@code out} for streaming: write entities and other statements one by
   * one, then close (which does not close {@code out}).
   */
  public Stream open(OutputStream out) {
    return new Stream(generator(out));
  }

  private JsonGenerator generator(OutputStream out) {
    try {
      JsonGenerator g = FACTORY.createGenerator(out);
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      if (pretty) {
        DefaultPrettyPrinter pp =
            new DefaultPrettyPrinter()
                .withSeparators(
                    Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        pp.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        pp.indentObjectsWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        g.setPrettyPrinter(pp);
      }
      return g;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A document being written: one node per {@link #write(Entity)}, consecutive statements about the
   * same other subject grouped in one node. Not thread-safe.
   */
  public static final class Stream implements AutoCloseable {
    private final JsonGenerator g;
    private final JsonContext context = JsonContext.debatescore(null);
    private Resource otherSubject;
    private final List<Triple> otherTriples = new ArrayList<>();
    private boolean closed;

    private Stream(JsonGenerator g) {
      this.g = g;
      try {
        g.writeStartObject();
        g.writeStringField("@context", DebatescoreVocabulary.CONTEXT_IRI);
        g.writeArrayFieldStart("@graph");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Writes one entity as a node. */
    public Stream write(Entity entity) {
      try {
        flushOthers();
        entity(entity, null, false);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return this;
    }

    /** Writes a statement about something that is not an entity. */
    public Stream write(Triple triple) {
      try {
        if (otherSubject != null && !otherSubject.equals(triple.subject())) {
          flushOthers();
        }
        otherSubject = triple.subject();
        otherTriples.add(triple);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return this;
    }

    /** Ends the document and flushes; does not close the output stream. */
    @Override
    public void close() {
      if (closed) {
        return;
      }
      closed = true;
      try {
        flushOthers();
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
        g.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private void nested(DebateData data) {
      Map<Resource, List<Entity>> children = new LinkedHashMap<>();
      for (Entity e : data.entities()) {
        if (e instanceof Debate) {
          children.put(e.id(), new ArrayList<>());
        }
      }
      List<Entity> top = new ArrayList<>();
      for (Entity e : data.entities()) {
        Resource debate = debateOf(e);
        List<Entity> siblings = debate == null ? null : children.get(debate);
        if (siblings != null) {
          siblings.add(e);
        } else {
          top.add(e);
        }
      }
      try {
        for (Entity e : top) {
          entity(e, children.get(e.id()), false);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static Resource debateOf(Entity e) {
      FieldMapping<Entity, ?> f = field(e, DEBATE);
      return f == null ? null : (Resource) f.get(e);
    }

    @SuppressWarnings("unchecked")
    private static FieldMapping<Entity, ?> field(Entity e, Iri predicate) {
      ClassMapping<Entity, ?> m = (ClassMapping<Entity, ?>) DebateMapping.of(e);
      return (FieldMapping<Entity, ?>) m.field(predicate);
    }

    private <E extends Entity> void entity(E e, List<Entity> children, boolean inDebate)
        throws IOException {
      ClassMapping<E, ?> m = DebateMapping.of(e);
      g.writeStartObject();
      g.writeStringField("id", id(e.id()));
      List<Iri> extraTypes = new ArrayList<>();
      Map<Iri, List<Term>> rest = new LinkedHashMap<>();
      for (Extensions.Entry x : e.extensions().entries()) {
        if (x.predicate().equals(RDF_TYPE) && x.object() instanceof Iri type) {
          extraTypes.add(type);
        } else {
          rest.computeIfAbsent(x.predicate(), k -> new ArrayList<>()).add(x.object());
        }
      }
      if (extraTypes.isEmpty()) {
        g.writeStringField("type", m.localName());
      } else {
        g.writeArrayFieldStart("type");
        g.writeString(m.localName());
        for (Iri t : extraTypes) {
          g.writeString(typeName(t));
        }
        g.writeEndArray();
      }
      for (FieldMapping<E, ?> f : m.fields()) {
        if (inDebate && f.predicate().equals(DEBATE)) {
          continue;
        }
        field(f, f.get(e));
      }
      Provenance p = e.provenance();
      if (!p.isEmpty()) {
        for (FieldMapping<Provenance, ?> f : DebateMapping.PROVENANCE) {
          field(f, f.get(p));
        }
      }
      for (Map.Entry<Iri, List<Term>> x : rest.entrySet()) {
        g.writeArrayFieldStart(x.getKey().value());
        for (Term t : x.getValue()) {
          term(t);
        }
        g.writeEndArray();
      }
      if (children != null && !children.isEmpty()) {
        g.writeArrayFieldStart("contains");
        for (Entity child : children) {
          entity(child, null, true);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }

    private void flushOthers() throws IOException {
      if (otherTriples.isEmpty()) {
        return;
      }
      g.writeStartObject();
      g.writeStringField("id", id(otherSubject));
      List<Iri> types = new ArrayList<>();
      Map<Iri, List<Term>> rest = new LinkedHashMap<>();
      for (Triple t : otherTriples) {
        if (t.predicate().equals(RDF_TYPE) && t.object() instanceof Iri type) {
          types.add(type);
        } else {
          rest.computeIfAbsent(t.predicate(), k -> new ArrayList<>()).add(t.object());
        }
      }
      if (!types.isEmpty()) {
        g.writeArrayFieldStart("type");
        for (Iri t : types) {
          g.writeString(typeName(t));
        }
        g.writeEndArray();
      }
      for (Map.Entry<Iri, List<Term>> x : rest.entrySet()) {
        g.writeArrayFieldStart(x.getKey().value());
        for (Term t : x.getValue()) {
          term(t);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
      otherTriples.clear();
      otherSubject = null;
    }

    private void field(FieldMapping<?, ?> f, Object value) throws IOException {
      if (value == null) {
        return;
      }
      if (value instanceof LangText text) {
        if (text.isEmpty()) {
          return;
        }
        g.writeObjectFieldStart(f.jsonTerm());
        for (int i = 0; i < text.size(); i++) {
          g.writeStringField(text.language(i), text.text(i));
        }
        g.writeEndObject();
      } else if (value instanceof Set<?> values) {
        if (values.isEmpty()) {
          return;
        }
        g.writeArrayFieldStart(f.jsonTerm());
        for (Object v : values) {
          scalar(f, v);
        }
        g.writeEndArray();
      } else {
        g.writeFieldName(f.jsonTerm());
        scalar(f, value);
      }
    }

    private void scalar(FieldMapping<?, ?> f, Object v) throws IOException {
      switch (f.kind()) {
        case STRING -> g.writeString((String) v);
        case DATE_TIME, DATE_OR_DATE_TIME -> {
          TemporalValue t = (TemporalValue) v;
          JsonContext.Term term = context.term(f.jsonTerm());
          if (term != null && t.datatype().equals(term.typeMapping)) {
            g.writeString(t.lexical());
          } else {
            g.writeStartObject();
            g.writeStringField("@value", t.lexical());
            g.writeStringField(
                "@type", XSD_PREFIXED + t.kind().datatype().substring(Literal.XSD.length()));
            g.writeEndObject();
          }
        }
        case IRI, REFERENCE -> g.writeString(id((Resource) v));
        case CODE -> g.writeString(code((Iri) v, f.codeNamespace()));
        case NON_NEGATIVE_INTEGER -> g.writeNumber((Long) v);
        case DECIMAL -> g.writeString(((BigDecimal) v).toPlainString());
        case BOOLEAN -> g.writeBoolean((Boolean) v);
        default -> throw new IllegalStateException("no JSON form for " + f);
      }
    }

    /** A statement object with full IRIs: what JSON-LD expands without any context. */
    private void term(Term t) throws IOException {
      g.writeStartObject();
      if (t instanceof Resource r) {
        g.writeStringField("@id", id(r));
      } else {
        Literal l = (Literal) t;
        g.writeStringField("@value", l.lexical());
        if (l.language() != null) {
          g.writeStringField("@language", l.language());
        } else if (!l.datatype().equals(Literal.XSD_STRING)) {
          g.writeStringField("@type", l.datatype());
        }
      }
      g.writeEndObject();
    }

    /** A code as its bare notation when the term's scoped vocabulary gives it back exactly. */
    private String code(Iri iri, String namespace) {
      String v = iri.value();
      if (namespace != null && v.length() > namespace.length() && v.startsWith(namespace)) {
        String code = v.substring(namespace.length());
        if (isPlainCode(code) && context.term(code) == null) {
          return code;
        }
      }
      return v;
    }
  }

  static boolean isPlainCode(String s) {
    if (s.isEmpty() || !Character.isLetterOrDigit(s.charAt(0)) || s.charAt(0) > 127) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '_'
              || c == '.';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static String id(Resource r) {
    return r instanceof BlankNode b ? "_:" + b.label() : ((Iri) r).value();
  }

  /** A type as its bare class name when it is a Debatescore class, else its full IRI. */
  private static String typeName(Iri type) {
    String v = type.value();
    if (v.startsWith(DBS.NS)) {
      String local = v.substring(DBS.NS.length());
      if (CLASS_NAMES.contains(local)) {
        return local;
      }
    }
    return v;
  }

  private static Set<String> classNames() {
    HashSet<String> names = new HashSet<>();
    for (ClassMapping<?, ?> m : DebateMapping.all()) {
      names.add(m.localName());
    }
    names.add("Contribution");
    names.add("Participant");
    return Set.copyOf(names);
  }
}
