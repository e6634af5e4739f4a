package org.debatescore.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.debatescore.vocab.DebatescoreVocabulary;

/**
 * The subset of a JSON-LD 1.1 active context that Debatescore JSON uses: terms (with {@code @id},
 * {@code @reverse}, {@code @type}, {@code @container: @language}, a property-scoped {@code
 * @vocab}), prefixes, {@code @vocab}, {@code @base} and {@code @language}. The bundled Debatescore
 * context is read once from the vocabulary jar; remote contexts are never fetched. Immutable.
 */
final class JsonContext {

  static final String GEN_DELIMS = ":/?#[]@";
  private static final Set<String> KEYWORDS =
      Set.of(
          "@base",
          "@container",
          "@context",
          "@direction",
          "@graph",
          "@id",
          "@import",
          "@included",
          "@index",
          "@json",
          "@language",
          "@list",
          "@nest",
          "@none",
          "@prefix",
          "@propagate",
          "@protected",
          "@reverse",
          "@set",
          "@type",
          "@value",
          "@version",
          "@vocab");

  /** One term definition, already expanded. */
  static final class Term {
    final String name;
    final String iri; // an absolute IRI, a blank node id or a keyword
    final boolean reverse;
    final String typeMapping; // null, "@id", "@vocab" or a datatype IRI
    final String container; // null or "@language", "@set", "@list", "@index"
    final String scopedVocab; // the @vocab of a property-scoped context, or null
    final boolean prefix;
    final boolean hasLanguage;
    final String language;

    Term(
        String name,
        String iri,
        boolean reverse,
        String typeMapping,
        String container,
        String scopedVocab,
        boolean prefix,
        boolean hasLanguage,
        String language) {
      this.name = name;
      this.iri = iri;
      this.reverse = reverse;
      this.typeMapping = typeMapping;
      this.container = container;
      this.scopedVocab = scopedVocab;
      this.prefix = prefix;
      this.hasLanguage = hasLanguage;
      this.language = language;
    }

    boolean isLanguageMap() {
      return "@language".equals(container);
    }
  }

  /** A context problem, turned into a ParseException with a location by the reader. */
  static final class ContextException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ContextException(String message) {
      super(message);
    }
  }

  private static volatile JsonContext debatescore;

  final Map<String, Term> terms;
  final String vocab;
  final String base;
  final String language;

  private JsonContext(Map<String, Term> terms, String vocab, String base, String language) {
    this.terms = terms;
    this.vocab = vocab;
    this.base = base;
    this.language = language;
  }

  /** No term, no vocabulary, the given base (may be null). */
  static JsonContext empty(String base) {
    return new JsonContext(Map.of(), null, base, null);
  }

  /** The bundled Debatescore context, with the given base. */
  static JsonContext debatescore(String base) {
    JsonContext c = debatescore;
    if (c == null) {
      c = loadBundled();
      debatescore = c;
    }
    return c.withBase(base);
  }

  private static JsonContext loadBundled() {
    try (InputStream in = DebatescoreVocabulary.context()) {
      JsonNode doc = new ObjectMapper().readTree(in);
      JsonNode ctx = doc.get("@context");
      if (ctx == null) {
        throw new IllegalStateException("the bundled Debatescore context has no @context");
      }
      return empty(null).process(ctx);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled Debatescore JSON-LD context", e);
    }
  }

  JsonContext withBase(String newBase) {
    return new JsonContext(terms, vocab, newBase, language);
  }

  Term term(String name) {
    return terms.get(name);
  }

  /** The keyword {@code name} stands for (itself, or through an alias such as {@code id}). */
  String keyword(String name) {
    if (name.startsWith("@")) {
      return name;
    }
    Term t = terms.get(name);
    return t != null && !t.reverse && t.iri.startsWith("@") ? t.iri : null;
  }

  static boolean isKeyword(String s) {
    return KEYWORDS.contains(s);
  }

  // ---------------------------------------------------------------- context processing

  /**
   * The context resulting from processing {@code local} (a string, object, array or null) on top of
   * this one.
   */
  JsonContext process(JsonNode local) {
    if (local == null || local.isNull()) {
      return empty(base);
    }
    if (local.isArray()) {
      JsonContext result = this;
      for (JsonNode item : local) {
        result = result.process(item);
      }
      return result;
    }
    if (local.isTextual()) {
      String iri = local.asText();
      if (DebatescoreVocabulary.CONTEXT_IRI.equals(iri)) {
        JsonContext bundled = debatescore(base);
        Map<String, Term> merged = new HashMap<>(terms);
        merged.putAll(bundled.terms);
        return new JsonContext(
            Map.copyOf(merged),
            bundled.vocab != null ? bundled.vocab : vocab,
            base,
            bundled.language != null ? bundled.language : language);
      }
      throw new ContextException(
          "remote context <"
              + iri
              + "> is not fetched: only the Debatescore context <"
              + DebatescoreVocabulary.CONTEXT_IRI
              + "> and inline contexts are supported");
    }
    if (!local.isObject()) {
      throw new ContextException("a context must be an object, a string, an array or null");
    }
    return new Processor(this, local).run();
  }

  private static final class Processor {
    final JsonNode local;
    final Map<String, Term> terms;
    final Map<String, Boolean> defined = new HashMap<>();
    String vocab;
    String base;
    String language;

    Processor(JsonContext active, JsonNode local) {
      this.local = local;
      this.terms = new HashMap<>(active.terms);
      this.vocab = active.vocab;
      this.base = active.base;
      this.language = active.language;
    }

    JsonContext run() {
      if (local.has("@import")) {
        throw new ContextException("@import is not supported in contexts");
      }
      JsonNode b = local.get("@base");
      if (b != null) {
        if (b.isNull()) {
          base = null;
        } else if (b.isTextual()) {
          base = Iris.isAbsolute(b.asText()) ? b.asText() : Iris.resolve(base, b.asText());
        } else {
          throw new ContextException("@base must be a string or null");
        }
      }
      JsonNode v = local.get("@vocab");
      if (v != null) {
        if (v.isNull()) {
          vocab = null;
        } else if (v.isTextual()) {
          vocab = expand(v.asText(), true, true);
        } else {
          throw new ContextException("@vocab must be a string or null");
        }
      }
      JsonNode l = local.get("@language");
      if (l != null) {
        language = l.isNull() ? null : l.asText();
      }
      Iterator<String> names = local.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        switch (name) {
          case "@base", "@vocab", "@language", "@version", "@protected", "@propagate" -> {}
          default -> {
            if (name.startsWith("@")) {
              throw new ContextException("unsupported context keyword " + name);
            }
            define(name);
          }
        }
      }
      return new JsonContext(Map.copyOf(terms), vocab, base, language);
    }

    void define(String name) {
      Boolean state = defined.get(name);
      if (Boolean.TRUE.equals(state)) {
        return;
      }
      if (Boolean.FALSE.equals(state)) {
        throw new ContextException("cyclic term definition: " + name);
      }
      defined.put(name, false);
      JsonNode value = local.get(name);
      if (value == null || value.isNull()) {
        terms.remove(name);
        defined.put(name, true);
        return;
      }
      boolean simple = value.isTextual();
      String idValue = simple ? value.asText() : null;
      if (!simple && !value.isObject()) {
        throw new ContextException(
            "the definition of term '" + name + "' must be a string or an object");
      }
      boolean reverse = false;
      String iri;
      String typeMapping = null;
      String container = null;
      String scopedVocab = null;
      boolean prefixFlag = false;
      boolean hasLanguage = false;
      String termLanguage = null;
      if (!simple) {
        JsonNode rev = value.get("@reverse");
        JsonNode id = value.get("@id");
        if (rev != null) {
          reverse = true;
          idValue = rev.asText();
        } else if (id != null && !id.isNull()) {
          idValue = id.asText();
        }
        JsonNode type = value.get("@type");
        if (type != null) {
          String t = type.asText();
          typeMapping =
              t.equals("@id") || t.equals("@vocab") || t.equals("@none")
                  ? t
                  : expand(t, true, false);
          if ("@none".equals(typeMapping)) {
            typeMapping = null;
          }
        }
        JsonNode cont = value.get("@container");
        if (cont != null) {
          if (cont.isArray()) {
            for (JsonNode c : cont) {
              if (!"@set".equals(c.asText())) {
                container = c.asText();
              }
            }
          } else {
            container = cont.asText();
          }
          if ("@set".equals(container)) {
            container = null;
          }
          if (container != null && !container.equals("@language")) {
            throw new ContextException(
                "term '" + name + "': container " + container + " is not supported");
          }
        }
        JsonNode scoped = value.get("@context");
        if (scoped != null) {
          if (!scoped.isObject() || scoped.size() != 1 || !scoped.has("@vocab")) {
            throw new ContextException(
                "term '" + name + "': only a scoped context holding @vocab is supported");
          }
          scopedVocab = expand(scoped.get("@vocab").asText(), true, true);
        }
        JsonNode p = value.get("@prefix");
        if (p != null) {
          prefixFlag = p.asBoolean();
        }
        JsonNode lang = value.get("@language");
        if (lang != null) {
          hasLanguage = true;
          termLanguage = lang.isNull() ? null : lang.asText();
        }
      }
      if (idValue != null && !idValue.equals(name)) {
        iri = isKeyword(idValue) ? idValue : expand(idValue, true, false);
      } else if (name.indexOf(':') > 0) {
        iri = expand(name, true, false);
      } else if (vocab != null) {
        iri = vocab + name;
      } else {
        throw new ContextException("term '" + name + "' has no IRI and there is no @vocab");
      }
      if (iri == null) {
        throw new ContextException("term '" + name + "' does not expand to an IRI");
      }
      if (simple && !iri.isEmpty() && GEN_DELIMS.indexOf(iri.charAt(iri.length() - 1)) >= 0) {
        prefixFlag = true;
      }
      terms.put(
          name,
          new Term(
              name,
              iri,
              reverse,
              typeMapping,
              container,
              scopedVocab,
              prefixFlag,
              hasLanguage,
              termLanguage));
      defined.put(name, true);
    }

    /** IRI expansion while processing, defining terms of the local context on demand. */
    String expand(String value, boolean vocabRelative, boolean documentRelative) {
      if (isKeyword(value)) {
        return value;
      }
      if (local.has(value) && !defined.containsKey(value) && !value.startsWith("@")) {
        define(value);
      }
      if (vocabRelative && terms.containsKey(value)) {
        return terms.get(value).iri;
      }
      int colon = value.indexOf(':');
      if (colon > 0) {
        String prefix = value.substring(0, colon);
        String suffix = value.substring(colon + 1);
        if (prefix.equals("_") || suffix.startsWith("//")) {
          return value;
        }
        if (local.has(prefix) && !defined.containsKey(prefix)) {
          define(prefix);
        }
        Term t = terms.get(prefix);
        if (t != null && t.prefix) {
          return t.iri + suffix;
        }
        if (Iris.isAbsolute(value)) {
          return value;
        }
      }
      if (vocabRelative && vocab != null) {
        return vocab + value;
      }
      if (documentRelative) {
        return Iris.resolve(base, value);
      }
      return value;
    }
  }

  // ---------------------------------------------------------------- IRI expansion

  /**
   * JSON-LD IRI expansion. Returns a keyword, an absolute IRI, a blank node id ({@code _:x}), or a
   * relative IRI when there is no base; {@code null} for a keyword-like string that is no keyword.
   *
   * @param vocabOverride the {@code @vocab} to use instead of this context's, or null
   */
  String expandIri(
      String value, boolean vocabRelative, boolean documentRelative, String vocabOverride) {
    if (isKeyword(value)) {
      return value;
    }
    if (value.startsWith("@")) {
      return null;
    }
    if (vocabRelative) {
      Term t = terms.get(value);
      if (t != null) {
        return t.reverse ? null : t.iri;
      }
    }
    int colon = value.indexOf(':');
    if (colon > 0) {
      String prefix = value.substring(0, colon);
      String suffix = value.substring(colon + 1);
      if (prefix.equals("_") || suffix.startsWith("//")) {
        return value;
      }
      Term t = terms.get(prefix);
      if (t != null && t.prefix) {
        return t.iri + suffix;
      }
      if (Iris.isAbsolute(value)) {
        return value;
      }
    }
    String v = vocabOverride != null ? vocabOverride : vocab;
    if (vocabRelative && v != null) {
      return v + value;
    }
    if (documentRelative && base != null) {
      return Iris.resolve(base, value);
    }
    return value;
  }
}
