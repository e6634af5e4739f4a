package org.debatescore.core.testing;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.debatescore.core.IncompleteModelException;
import org.debatescore.core.mapping.ClassMapping;
import org.debatescore.core.mapping.DebateMapping;
import org.debatescore.core.mapping.FieldMapping;
import org.debatescore.core.mapping.Prefixes;
import org.debatescore.core.mapping.ValueKind;
import org.debatescore.core.model.Contribution;
import org.debatescore.core.model.DebateData;
import org.debatescore.core.model.Entity;
import org.debatescore.core.model.EntityBuilder;
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
import org.debatescore.vocab.Codes;
import org.debatescore.vocab.DBS;
import org.debatescore.vocab.Terms;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of Debatescore data, shared with the other modules through the core
 * test-jar. Whole documents ({@link #debates()}) with every class, multilingual texts with odd
 * Unicode, long texts, deep reply threads, IRI and blank node ids, provenance, extensions and other
 * statements; arbitrary statement sets ({@link #tripleSets()}) that stress the fidelity rule.
 *
 * <p>Generated entities are <em>normalised</em>: no extension could be held by a field (see {@link
 * Extensions}), so model to RDF to model gives the same model. Generated texts avoid what no RDF
 * syntax can carry: lone surrogates, U+FFFE/U+FFFF and C0 controls other than tab, line feed and
 * carriage return. Replies point at earlier contributions only, so there is no reply cycle. The
 * data is not meant to be valid: some entities lack required fields, codes may be outside their
 * lists, references may dangle.
 */
public final class DebateGenerators {

  private DebateGenerators() {}

  static final String RDF_TYPE = Terms.RDF.type;
  static final String XSD = Terms.XSD.NS;
  static final String EX = "https://example.org/ext#";

  /** Code lists: namespace to codes, read from {@link Codes}. */
  static final Map<String, List<String>> CODES = codes();

  private static final String[] ODD = {
    "😀",
    "👩‍👩‍👧‍👦",
    "🇫🇷",
    "\u202E",
    "\u200F",
    "\u200B",
    "\uFEFF",
    "e\u0301",
    "a\u0308\u0304",
    "ﷺ",
    "مرحبا بالعالم",
    "שָׁלוֹם",
    "\"",
    "\\",
    "\\n",
    "\\u0041",
    "\n",
    "\r\n",
    "\r",
    "\t",
    "'",
    "`",
    "<b>",
    "&amp;",
    "{\"@id\": \"x\"}",
    "@value",
    "_:b1",
    "\"\"\"",
    "'''",
    "#",
    "%20",
    "${x}",
    "\u00A0",
    "ǅ",
    "ß",
    "İ",
    "ﬁ",
    "Ω",
    "∑",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    "中文",
    "日本語",
    "한국어",
    "…",
    "«",
    "»",
    "–",
    "—",
    " ",
    "  ",
    "\u0085",
    "\u2028",
    "\u2029",
    "</script>",
    "]]>",
    "\\\"",
    "^^",
    "@fr"
  };

  private static final String[] WORDS = {
    "débat",
    "vitesse",
    "place",
    "marché",
    "the",
    "open",
    "government",
    "proposal",
    "atelier",
    "citoyens",
    "rue",
    "30",
    "km/h",
    "Ville",
    "budget",
    "école",
    "Zürich",
    "naïve",
    "coöperate"
  };

  private static final int[][] RANGES = {
    {0x20, 0x7E},
    {0xA0, 0x24F},
    {0x300, 0x36F},
    {0x370, 0x3FF},
    {0x400, 0x4FF},
    {0x590, 0x5FF},
    {0x600, 0x6FF},
    {0x900, 0x97F},
    {0x3040, 0x30FF},
    {0x4E00, 0x9FFF},
    {0xAC00, 0xD7A3},
    {0x1F300, 0x1FAFF},
    {0x1D400, 0x1D7FF},
    {0x20000, 0x2A6DF}
  };

  static final String[] LANGUAGES = {
    "fr",
    "en",
    "de",
    "ar",
    "he",
    "zh-Hans",
    "fr-CA",
    "en-GB",
    "es-419",
    "sr-Latn-RS",
    "br",
    "x-test"
  };

  private static final String[] IRI_BASES = {
    "https://example.org/",
    "http://example.com/data/",
    "urn:example:",
    "https://exemple.fr/débat/",
    "https://example.org/a%20b/",
    "http://example.net/x?y=1&z=",
    "https://example.org/path#",
    "tag:example.org,2016:"
  };

  // ------------------------------------------------------------------ public generators

  /** Whole documents: up to about thirty entities, sometimes a few hundred. */
  public static Gen<DebateData> debates() {
    return in -> new DocumentGen(new Draw(in)).document();
  }

  /** Texts with odd Unicode, sometimes empty, sometimes thousands of characters. */
  public static Gen<String> texts() {
    return in -> text(new Draw(in));
  }

  /** Non-empty texts in one to three languages. */
  public static Gen<LangText> langTexts() {
    return in -> langText(new Draw(in));
  }

  /** Dates and date-times, with and without zones and fractions. */
  public static Gen<TemporalValue> temporalValues() {
    return in -> dateOrDateTime(new Draw(in));
  }

  /**
   * Arbitrary sets of statements about a few subjects: Debatescore types (several per subject,
   * abstract ones, none), mapped predicates with exact and inexact values (non-canonical numbers,
   * wrong datatypes, invalid dates, unknown language tags, blank nodes where IRIs are expected),
   * unknown predicates.
   */
  public static Gen<List<Triple>> tripleSets() {
    return in -> tripleSet(new Draw(in));
  }

  // ------------------------------------------------------------------ values

  public static String text(Draw d) {
    int mode = d.between(0, 99);
    int pieces = mode >= 99 ? d.between(500, 4000) : d.between(0, 12);
    if (pieces == 0) {
      return "";
    }
    // One draw for the content: a text is built from a seeded generator, so that long texts
    // cost no more draws than short ones. Shrinking goes to shorter texts and smaller seeds.
    SplittableRandom r = new SplittableRandom(d.betweenLong(0, Long.MAX_VALUE));
    StringBuilder b = new StringBuilder(pieces * 3);
    for (int i = 0; i < pieces; i++) {
      switch (r.nextInt(4)) {
        case 0 -> b.append(WORDS[r.nextInt(WORDS.length)]).append(' ');
        case 1 -> b.append(ODD[r.nextInt(ODD.length)]);
        default -> {
          int[] range = RANGES[r.nextInt(RANGES.length)];
          b.appendCodePoint(range[0] + r.nextInt(range[1] - range[0] + 1));
        }
      }
    }
    return b.toString();
  }

  static String shortText(Draw d) {
    StringBuilder b = new StringBuilder();
    int n = d.between(0, 4);
    for (int i = 0; i < n; i++) {
      b.append(d.chance(70) ? d.pick(WORDS) : d.pick(ODD));
    }
    return b.toString();
  }

  public static LangText langText(Draw d) {
    int n = d.between(1, 3);
    LangText t = LangText.EMPTY;
    for (int i = 0; i < n; i++) {
      t = t.with(d.pick(LANGUAGES), text(d));
    }
    return t;
  }

  public static TemporalValue dateTime(Draw d) {
    StringBuilder b = new StringBuilder(date(d));
    b.append('T')
        .append(two(d.between(0, 23)))
        .append(':')
        .append(two(d.between(0, 59)))
        .append(':')
        .append(two(d.between(0, 59)));
    if (d.chance(25)) {
      b.append('.');
      int digits = d.between(1, 9);
      for (int i = 0; i < digits; i++) {
        b.append((char) ('0' + d.between(0, 9)));
      }
    }
    b.append(zone(d, 80));
    return new TemporalValue(b.toString(), TemporalValue.Kind.DATE_TIME);
  }

  public static TemporalValue dateOrDateTime(Draw d) {
    if (d.chance(70)) {
      return dateTime(d);
    }
    return new TemporalValue(date(d) + zone(d, 10), TemporalValue.Kind.DATE);
  }

  private static String date(Draw d) {
    int year = d.chance(3) ? d.pick(1, 999, 9999) : d.between(1990, 2035);
    int month = d.between(1, 12);
    int day = d.between(1, java.time.YearMonth.of(year, month).lengthOfMonth());
    String y = Integer.toString(year);
    return "0000".substring(y.length()) + y + "-" + two(month) + "-" + two(day);
  }

  private static String zone(Draw d, int percent) {
    if (!d.chance(percent)) {
      return "";
    }
    return d.pick("Z", "+01:00", "+02:00", "-05:30", "+14:00", "-00:00", "+05:45", "-12:00");
  }

  private static String two(int v) {
    return v < 10 ? "0" + v : Integer.toString(v);
  }

  static BigDecimal decimal(Draw d) {
    BigInteger unscaled = BigInteger.valueOf(d.betweenLong(-100_000_000L, 100_000_000L));
    if (d.chance(5)) {
      unscaled = unscaled.multiply(BigInteger.TEN.pow(20)).add(BigInteger.ONE);
    }
    return new BigDecimal(unscaled, d.between(0, 4));
  }

  static long count(Draw d) {
    return d.chance(5) ? d.betweenLong(0, 999_999_999_999_999_999L) : d.between(0, 500);
  }

  static Iri externalIri(Draw d, String kind) {
    return Iri.of(d.pick(IRI_BASES) + kind + "/" + d.between(0, 50));
  }

  static Iri code(Draw d, String namespace) {
    int k = d.between(0, 99);
    List<String> codes = CODES.get(namespace);
    if (k < 85 && codes != null && !codes.isEmpty()) {
      return Iri.of(d.pick(codes));
    }
    if (k < 92) {
      return Iri.of(namespace + d.pick("custom-1", "x", "A_b.c", "title", "a:b", "é", "01"));
    }
    return externalIri(d, "concept");
  }

  // ------------------------------------------------------------------ documents

  /** Generates one document; holds the ids planned so far. */
  private static final class DocumentGen {
    Draw d;
    final List<Resource> debates = new ArrayList<>();
    final List<Resource> all = new ArrayList<>();
    final List<Resource> contributions = new ArrayList<>();
    final Set<Resource> used = new LinkedHashSet<>();
    int counter;

    DocumentGen(Draw d) {
      this.d = d;
    }

    Resource newId(String kind) {
      counter++;
      Resource id =
          d.chance(20)
              ? BlankNode.of(d.pick("b", "n", "x", "genid") + counter)
              : Iri.of(d.pick(IRI_BASES) + kind + "/" + counter);
      used.add(id);
      return id;
    }

    DebateData document() {
      // Plan the entities: classes in a random mix, debates first.
      List<ClassMapping<?, ?>> plan = new ArrayList<>();
      List<ClassMapping<?, ?>> classes = DebateMapping.all();
      int nDebates = d.between(1, 3);
      for (int i = 0; i < nDebates; i++) {
        plan.add(DebateMapping.DEBATE);
      }
      boolean big = d.chance(1);
      int others = big ? d.between(100, 200) : d.between(0, 25);
      boolean commentsOnly = big && d.chance(50); // one long thread
      for (int i = 0; i < others; i++) {
        plan.add(commentsOnly ? DebateMapping.COMMENT : d.pick(classes));
      }
      boolean deepThread = big || d.chance(5);
      List<Resource> ids = new ArrayList<>();
      for (ClassMapping<?, ?> m : plan) {
        Resource id = newId(IdSegments.of(m));
        ids.add(id);
        all.add(id);
        if (m == DebateMapping.DEBATE) {
          debates.add(id);
        }
      }
      DebateData.Builder data = DebateData.builder();
      for (int i = 0; i < plan.size(); i++) {
        Draw structure = d;
        d = structure.fork(); // the contents of an entity come from one seed
        Entity e = entity(plan.get(i), ids.get(i), deepThread);
        d = structure;
        data.add(e);
        if (e instanceof Contribution) {
          contributions.add(e.id());
        }
      }
      if (d.chance(25)) {
        for (Triple t : otherTriples()) {
          data.otherTriple(t);
        }
      }
      if (d.chance(50)) {
        for (Map.Entry<String, String> p : Prefixes.standard().entrySet()) {
          if (d.chance(60)) {
            data.prefix(p.getKey(), p.getValue());
          }
        }
        if (d.chance(30)) {
          data.prefix("ex", EX);
        }
      }
      return data.build();
    }

    List<Triple> otherTriples() {
      List<Triple> out = new ArrayList<>();
      int n = d.between(1, 4);
      for (int i = 0; i < n; i++) {
        Resource s = newId("concept");
        out.add(Triple.of(s, Iri.of(RDF_TYPE), Iri.of(Terms.SKOS.Concept)));
        if (d.chance(70)) {
          out.add(
              Triple.of(s, Iri.of(Terms.SKOS.prefLabel), Literal.lang(text(d), d.pick(LANGUAGES))));
        }
        if (d.chance(50)) {
          out.add(Triple.of(s, Iri.of(EX + "p"), randomTerm(d, all)));
        }
      }
      return out;
    }

    <E extends Entity, B extends EntityBuilder<E, B>> E entity(
        ClassMapping<E, B> m, Resource id, boolean deepThread) {
      B b = m.newBuilder();
      b.id(id);
      for (FieldMapping<E, B> f : m.fields()) {
        boolean thread = deepThread && f.predicate().value().equals(DBS.replyTo);
        if ((thread && !contributions.isEmpty()) || d.chance(45)) {
          f.set(b, value(f, deepThread));
        }
      }
      if (d.chance(30)) {
        b.provenance(provenance());
      }
      E e;
      if (d.chance(8)) {
        e = b.buildUnchecked(); // incomplete entities are data too
      } else {
        e = complete(m, b, deepThread);
      }
      if (d.chance(35)) {
        e = withExtensions(m, e);
      }
      return e;
    }

    private <E extends Entity, B extends EntityBuilder<E, B>> E complete(
        ClassMapping<E, B> m, B b, boolean deepThread) {
      for (int attempt = 0; attempt < 10; attempt++) {
        try {
          return b.build();
        } catch (IncompleteModelException missing) {
          String first = missing.field().split(" or ")[0];
          FieldMapping<E, B> f = m.field(Iri.of(REQUIRED.get(first)));
          f.set(b, value(f, deepThread));
        }
      }
      throw new IllegalStateException("cannot complete " + m);
    }

    Object value(FieldMapping<?, ?> f, boolean deepThread) {
      if (f.isMultiValued()) {
        Set<Object> values = new LinkedHashSet<>();
        int n = d.between(1, 4);
        for (int i = 0; i < n; i++) {
          values.add(single(f, deepThread));
        }
        return values;
      }
      return single(f, deepThread);
    }

    Object single(FieldMapping<?, ?> f, boolean deepThread) {
      return switch (f.kind()) {
        case LANG_TEXT -> langText(d);
        case STRING -> d.chance(80) ? shortText(d) : text(d);
        case DATE_TIME -> dateTime(d);
        case DATE_OR_DATE_TIME -> dateOrDateTime(d);
        case IRI -> externalIri(d, "resource");
        case CODE -> code(d, f.codeNamespace());
        case REFERENCE -> reference(f.predicate().value(), deepThread);
        case NON_NEGATIVE_INTEGER -> count(d);
        case DECIMAL -> decimal(d);
        case BOOLEAN -> d.chance(50);
      };
    }

    Resource reference(String predicate, boolean deepThread) {
      if (predicate.equals(DBS.debate) && d.chance(95)) {
        return d.pick(debates);
      }
      if (predicate.equals(DBS.replyTo)) {
        if (contributions.isEmpty()) {
          return externalIri(d, "elsewhere"); // replies go to earlier contributions: no cycles
        }
        if (deepThread || d.chance(50)) {
          return contributions.get(contributions.size() - 1); // chains into deep threads
        }
        return d.pick(contributions);
      }
      return d.chance(80) ? d.pick(all) : externalIri(d, "elsewhere");
    }

    Provenance provenance() {
      Provenance.Builder p = Provenance.builder();
      if (d.chance(50)) {
        p.identifier(d.chance(50) ? Integer.toString(d.between(0, 99999)) : shortText(d));
      }
      if (d.chance(50)) {
        p.source(externalIri(d, "record"));
      }
      if (d.chance(50)) {
        p.sourcePlatform(d.pick("Decidim", "CAP Collectif", "Consul", "Fluicity", shortText(d)));
      }
      if (d.chance(30)) {
        p.wasDerivedFrom(externalIri(d, "original"));
      }
      if (d.chance(40)) {
        p.generatedAtTime(dateTime(d));
      }
      if (d.chance(40)) {
        p.license(Iri.of("https://creativecommons.org/licenses/by/4.0/"));
      }
      return p.build();
    }

    /** Adds extensions that no field of {@code e} could hold. */
    <E extends Entity, B extends EntityBuilder<E, B>> E withExtensions(ClassMapping<E, B> m, E e) {
      Extensions.Builder x = Extensions.builder();
      for (Extensions.Entry old : e.extensions().entries()) {
        x.add(old.predicate(), old.object());
      }
      int n = d.between(1, 5);
      for (int i = 0; i < n; i++) {
        Iri p;
        Term o;
        int k = d.between(0, 99);
        if (k < 30) {
          p = Iri.of(EX + d.pick("note", "score", "tag", "weird%20p", "é"));
          o = randomTerm(d, all);
        } else if (k < 45) {
          p = Iri.of(RDF_TYPE);
          o = typeObject(m);
        } else {
          List<FieldMapping<E, B>> fields = m.fields();
          FieldMapping<?, ?> f = d.chance(80) ? d.pick(fields) : d.pick(DebateMapping.PROVENANCE);
          p = f.predicate();
          o = d.chance(50) ? oddLiteral(d) : randomTerm(d, all);
          if (d.chance(40)) {
            o = secondValue(f, e);
          }
        }
        if (o != null && staysExtension(m, e, p, o)) {
          x.add(p, o);
        }
      }
      @SuppressWarnings("unchecked")
      B b = (B) e.toBuilder();
      return b.extensions(x.build()).buildUnchecked();
    }

    /** A value of the same field that differs from the one the entity holds, if any. */
    Term secondValue(FieldMapping<?, ?> f, Entity e) {
      if (f.kind() == ValueKind.LANG_TEXT) {
        LangText held = (LangText) getter(f, e);
        if (held == null || held.isEmpty()) {
          return null;
        }
        return Literal.lang(held.text(0) + "²", held.language(0));
      }
      Object v = single(f, false);
      return f.kind().toTerm(v);
    }

    Term typeObject(ClassMapping<?, ?> own) {
      int k = d.between(0, 3);
      return switch (k) {
        case 0 -> Iri.of(d.pick(DBS.Contribution, DBS.Participant, Terms.PROV.Entity));
        case 1 -> d.pick(DebateMapping.all()).rdfType(); // kept only if of lower priority
        case 2 -> Iri.of(d.pick(Terms.FOAF.Person, Terms.SKOS.Concept, EX + "Thing"));
        default -> d.chance(50) ? BlankNode.of("t" + d.between(0, 9)) : Literal.string("Proposal");
      };
    }
  }

  /** The field's value in its owner (an entity, or the entity's provenance). */
  @SuppressWarnings("unchecked")
  static Object getter(FieldMapping<?, ?> f, Entity e) {
    if (DebateMapping.PROVENANCE.contains(f)) {
      return ((FieldMapping<Provenance, ?>) f).get(e.provenance());
    }
    return ((FieldMapping<Entity, ?>) f).get(e);
  }

  /**
   * Whether statement ({@code p}, {@code o}) about {@code e} would stay an extension when read
   * back, instead of filling a field.
   */
  static boolean staysExtension(ClassMapping<?, ?> m, Entity e, Iri p, Term o) {
    if (p.value().equals(RDF_TYPE)) {
      if (!(o instanceof Iri type)) {
        return true;
      }
      int priority = DebateMapping.priority(type);
      return priority < 0 || priority > DebateMapping.priority(m.rdfType());
    }
    FieldMapping<?, ?> f = m.field(p);
    if (f == null) {
      for (FieldMapping<Provenance, ?> pf : DebateMapping.PROVENANCE) {
        if (pf.predicate().equals(p)) {
          f = pf;
        }
      }
    }
    if (f == null) {
      return true;
    }
    Object v = f.kind().fromTerm(o);
    if (v == null) {
      return true;
    }
    if (f.isMultiValued()) {
      return false;
    }
    Object held = getter(f, e);
    if (f.kind() == ValueKind.LANG_TEXT) {
      Literal l = (Literal) v;
      String text = held == null ? null : ((LangText) held).getExact(l.language());
      return text != null && !text.equals(l.lexical());
    }
    return held != null && !held.equals(v);
  }

  private static final Map<String, String> REQUIRED = new HashMap<>();

  static {
    REQUIRED.put("debate", DBS.debate);
    REQUIRED.put("title", Terms.DCT.title);
    REQUIRED.put("text", DBS.text);
    REQUIRED.put("supports", DBS.supports);
    REQUIRED.put("respondsTo", DBS.respondsTo);
    REQUIRED.put("endorses", DBS.endorses);
    REQUIRED.put("voter", DBS.voter);
    REQUIRED.put("option", DBS.option);
    REQUIRED.put("voteEvent", DBS.voteEvent);
    REQUIRED.put("count", DBS.count);
    REQUIRED.put("date", Terms.DCT.date);
    REQUIRED.put("outcome", DBS.outcome);
    REQUIRED.put("assesses", DBS.assesses);
    REQUIRED.put("dimension", DBS.dimension);
    REQUIRED.put("score", DBS.score);
    REQUIRED.put("assessor", DBS.assessor);
  }

  // ------------------------------------------------------------------ arbitrary statements

  private static final String[][] ODD_LITERALS = {
    {
      XSD + "dateTime",
      "2016-12-09T09:45:00+01:00",
      "2016-12-09T09:45:00",
      "2016-12-09T24:00:00",
      "2016-02-30T00:00:00Z",
      "2016-12-09",
      " 2016-12-09T09:45:00Z",
      "2016-12-09T09:45:00.123456789Z",
      "2016-12-09T09:45:00.1234567891Z",
      "2016-12-09T09:45:00+14:30",
      "20161-12-09T09:45:00",
      ""
    },
    {
      XSD + "date",
      "2016-12-09",
      "2016-12-09Z",
      "2016-12-09+14:00",
      "2016-12-09+14:01",
      "2016-1-9",
      "2016-12-09T00:00:00"
    },
    {
      XSD + "nonNegativeInteger",
      "0",
      "007",
      "+1",
      "-1",
      "42",
      "99999999999999999999",
      "",
      " 1",
      "1.0",
      "١٢"
    },
    {
      XSD + "decimal",
      "42.5",
      "42.50",
      "+1.0",
      ".5",
      "1.",
      "-0",
      "-0.0",
      "1e3",
      "0",
      "-12.345",
      "00.1",
      "١.٥"
    },
    {XSD + "boolean", "true", "false", "1", "0", "TRUE", " true"},
    {XSD + "integer", "42", "007"},
    {XSD + "string", "plain", ""},
    {"https://example.org/dt#custom", "x", "\u00e9"}
  };

  /** A literal with a tricky lexical form or datatype. */
  public static Literal oddLiteral(Draw d) {
    int k = d.between(0, 9);
    if (k < 2) {
      return Literal.lang(
          shortText(d), d.pick("fr", "EN", "fr-ca", "x-klingon", "de-CH-1996", "en-US"));
    }
    String[] row = ODD_LITERALS[d.between(0, ODD_LITERALS.length - 1)];
    return Literal.typed(row[d.between(1, row.length - 1)], row[0]);
  }

  static Term randomTerm(Draw d, List<Resource> pool) {
    return switch (d.between(0, 5)) {
      case 0 -> pool.isEmpty() ? externalIri(d, "x") : d.pick(pool);
      case 1 -> externalIri(d, "x");
      case 2 -> BlankNode.of("z" + d.between(0, 20));
      case 3 -> oddLiteral(d);
      case 4 -> Literal.string(text(d));
      default -> Literal.lang(text(d), d.pick(LANGUAGES));
    };
  }

  private static final List<Iri> MAPPED_PREDICATES = mappedPredicates();

  private static List<Triple> tripleSet(Draw d) {
    List<Resource> subjects = new ArrayList<>();
    int nSubjects = d.between(1, 12);
    for (int i = 0; i < nSubjects; i++) {
      subjects.add(d.chance(25) ? BlankNode.of("s" + i) : Iri.of(d.pick(IRI_BASES) + "s/" + i));
    }
    List<Resource> objects = new ArrayList<>(subjects);
    LinkedHashSet<Triple> out = new LinkedHashSet<>();
    int n = d.between(0, 60);
    for (int i = 0; i < n; i++) {
      Resource s = d.pick(subjects);
      int k = d.between(0, 99);
      Iri p;
      Term o;
      if (k < 30) {
        p = Iri.of(RDF_TYPE);
        int t = d.between(0, 9);
        if (t < 6) {
          o = d.pick(DebateMapping.all()).rdfType();
        } else if (t < 7) {
          o = Iri.of(d.pick(DBS.Contribution, DBS.Participant, Terms.SKOS.Concept));
        } else if (t < 8) {
          o = BlankNode.of("t1");
        } else if (t < 9) {
          o = Literal.string("Proposal");
        } else {
          o = Iri.of(EX + "Class");
        }
      } else if (k < 85) {
        p = d.pick(MAPPED_PREDICATES);
        o = mappedObject(d, p, objects);
      } else {
        p = Iri.of(EX + d.pick("a", "b", "c"));
        o = randomTerm(d, objects);
      }
      out.add(Triple.of(s, p, o));
    }
    return new ArrayList<>(out);
  }

  /** An object for a mapped predicate: often exact for the field, often not. */
  private static Term mappedObject(Draw d, Iri p, List<Resource> objects) {
    FieldMapping<?, ?> f = anyField(p);
    int k = d.between(0, 9);
    if (k < 5 && f != null) {
      if (f.kind() == ValueKind.LANG_TEXT) {
        return Literal.lang(shortText(d), d.pick("fr", "en", "de"));
      }
      if (f.kind() == ValueKind.REFERENCE) {
        return d.pick(objects);
      }
      Object v =
          switch (f.kind()) {
            case STRING -> shortText(d);
            case DATE_TIME -> dateTime(d);
            case DATE_OR_DATE_TIME -> dateOrDateTime(d);
            case IRI -> externalIri(d, "r");
            case CODE -> code(d, f.codeNamespace() == null ? Codes.BASE : f.codeNamespace());
            case NON_NEGATIVE_INTEGER -> count(d);
            case DECIMAL -> decimal(d);
            case BOOLEAN -> d.chance(50);
            default -> shortText(d);
          };
      return f.kind() == ValueKind.STRING ? Literal.string((String) v) : f.kind().toTerm(v);
    }
    return randomTerm(d, objects);
  }

  private static FieldMapping<?, ?> anyField(Iri p) {
    for (ClassMapping<?, ?> m : DebateMapping.all()) {
      FieldMapping<?, ?> f = m.field(p);
      if (f != null) {
        return f;
      }
    }
    for (FieldMapping<Provenance, ?> f : DebateMapping.PROVENANCE) {
      if (f.predicate().equals(p)) {
        return f;
      }
    }
    return null;
  }

  private static List<Iri> mappedPredicates() {
    Set<Iri> ps = new LinkedHashSet<>();
    for (ClassMapping<?, ?> m : DebateMapping.all()) {
      for (FieldMapping<?, ?> f : m.fields()) {
        ps.add(f.predicate());
      }
    }
    for (FieldMapping<Provenance, ?> f : DebateMapping.PROVENANCE) {
      ps.add(f.predicate());
    }
    return List.copyOf(ps);
  }

  private static Map<String, List<String>> codes() {
    Map<String, List<String>> result = new HashMap<>();
    for (Class<?> scheme : Codes.class.getDeclaredClasses()) {
      try {
        String ns = (String) scheme.getField("NS").get(null);
        List<String> values = new ArrayList<>();
        for (Field f : scheme.getFields()) {
          if (Modifier.isStatic(f.getModifiers())
              && f.getType() == String.class
              && !List.of("SCHEME", "NS", "PREFIX").contains(f.getName())) {
            values.add((String) f.get(null));
          }
        }
        result.put(ns, List.copyOf(values));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    return Map.copyOf(result);
  }

  /** Path segments for generated ids. */
  private static final class IdSegments {
    static String of(ClassMapping<?, ?> m) {
      return m.localName().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
