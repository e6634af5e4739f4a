package org.debatescore.jena;

import static org.debatescore.core.testing.DataAssertions.assertSameData;
import static org.debatescore.jena.TestSupport.RDF_FORMATS;
import static org.debatescore.jena.TestSupport.assertIsomorphic;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.quicktheories.QuickTheory.qt;

import com.apicatalog.jsonld.lang.LanguageTag;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.impl.GraphMatcher;
import org.apache.jena.langtagx.LangTagX;
import org.debatescore.core.json.DebateJsonWriter;
import org.debatescore.core.mapping.ModelReader;
import org.debatescore.core.mapping.ModelWriter;
import org.debatescore.core.model.DebateData;
import org.debatescore.core.rdf.BlankNode;
import org.debatescore.core.rdf.Literal;
import org.debatescore.core.rdf.RdfFormat;
import org.debatescore.core.rdf.Resource;
import org.debatescore.core.rdf.Term;
import org.debatescore.core.rdf.Triple;
import org.debatescore.core.testing.DebateGenerators;
import org.junit.jupiter.api.Test;

/**
 * Generated Debatescore documents survive every syntax: model to RDF to model is equal (blank nodes
 * are matched by isomorphism, since parsers allocate their own labels; prefixes are ignored, since
 * each syntax declares its own; language tags are compared in the canonical case Jena 5 gives them;
 * for pretty layouts that reorder values see {@link #REORDERING}), and the JSON-LD and Turtle forms
 * are the same graph.
 */
class ModelRoundTripTest {

  private static final ReadOptions READ = ReadOptions.defaults().withBaseIri(TestSupport.BASE);

  private static byte[] write(DebateData data, RdfFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DebatescoreJena.writeData(data, out, format);
    return out.toByteArray();
  }

  private static DebateData read(byte[] bytes, RdfFormat format) {
    return DebatescoreJena.read(new ByteArrayInputStream(bytes), "generated", format, READ).data();
  }

  /**
   * Pretty layouts that reorder the values of a property: Jena's pretty Turtle and TriG writers put
   * nested blank nodes after the other values, the abbreviated RDF/XML writer nests them. The core
   * mapping puts the first value of a single-valued field in the field and the others in the
   * extensions, so for these the comparison is made after reading both sides' statements in one
   * canonical order: nothing is lost, but which value lands in the field may differ.
   */
  private static final java.util.Set<RdfFormat> REORDERING =
      java.util.EnumSet.of(RdfFormat.TURTLE, RdfFormat.TRIG, RdfFormat.RDFXML);

  /** The document read again from its statements sorted in N-Triples order. */
  static DebateData inCanonicalOrder(DebateData data) {
    List<Triple> triples = new ArrayList<>(ModelWriter.toTriples(data));
    triples.sort(java.util.Comparator.comparing(Triple::toNTriples));
    return ModelReader.read(triples).withPrefixes(data.prefixes());
  }

  /** {@code actual} with its blank nodes renamed to those of {@code expected} they match. */
  static DebateData relabel(DebateData expected, DebateData actual) {
    List<Triple> exp = ModelWriter.toTriples(expected);
    List<Triple> act = ModelWriter.toTriples(actual);
    if (exp.stream().noneMatch(ModelRoundTripTest::hasBlank)
        && act.stream().noneMatch(ModelRoundTripTest::hasBlank)) {
      return actual;
    }
    Node[][] pairs = GraphMatcher.match(TestSupport.graph(exp), TestSupport.graph(act));
    assertNotNull(pairs, "not isomorphic");
    Map<Term, Term> rename = new HashMap<>();
    for (Node[] pair : pairs) {
      rename.put(JenaTerms.toTerm(pair[1]), JenaTerms.toTerm(pair[0]));
    }
    List<Triple> renamed = new ArrayList<>();
    for (Triple t : act) {
      renamed.add(
          Triple.of(
              (Resource) rename.getOrDefault(t.subject(), t.subject()),
              t.predicate(),
              rename.getOrDefault(t.object(), t.object())));
    }
    return ModelReader.read(renamed);
  }

  /**
   * The document as Jena reads it back: language tags in their canonical case ({@code EN} becomes
   * {@code en}; RDF compares tags case-insensitively, and Jena 5 always normalises them).
   */
  static DebateData canonicalTags(DebateData data) {
    List<Triple> out = new ArrayList<>();
    for (Triple t : ModelWriter.toTriples(data)) {
      Term o = t.object();
      if (o instanceof Literal l && l.isLangString()) {
        o = Literal.lang(l.lexical(), LangTagX.formatLanguageTag(l.language()));
      }
      out.add(Triple.of(t.subject(), t.predicate(), o));
    }
    return ModelReader.read(out);
  }

  /**
   * Whether every language tag is one Titanium accepts: JSON-LD processors drop literals whose tag
   * they find ill-formed, such as the grandfathered {@code i-hak} (a documented limitation).
   */
  static boolean jsonLdCanCarry(Collection<Triple> triples) {
    return triples.stream()
        .map(Triple::object)
        .noneMatch(
            o ->
                o instanceof Literal l
                    && l.isLangString()
                    && !LanguageTag.isWellFormed(l.language()));
  }

  private static boolean hasBlank(Triple t) {
    return t.subject() instanceof BlankNode || t.object() instanceof BlankNode;
  }

  @Test
  void generatedDocumentsRoundTripThroughEverySyntaxAndJsonLdMatchesTurtle() {
    qt().forAll(DebateGenerators.debates())
        .checkAssert(
            data -> {
              DebateData expected = canonicalTags(data).withPrefixes(Map.of());
              List<Triple> triples = ModelWriter.toTriples(data);
              boolean jsonLd = jsonLdCanCarry(triples);
              List<Triple> turtle = null;
              List<Triple> jsonld = null;
              for (RdfFormat f : RDF_FORMATS) {
                if (f == RdfFormat.JSONLD && !jsonLd) {
                  continue;
                }
                byte[] bytes = write(data, f);
                DebateData back = relabel(expected, read(bytes, f).withPrefixes(Map.of()));
                try {
                  if (REORDERING.contains(f)) {
                    assertSameData(inCanonicalOrder(expected), inCanonicalOrder(back));
                  } else {
                    assertSameData(expected, back);
                  }
                } catch (AssertionError e) {
                  throw new AssertionError(f + ": " + e.getMessage(), e);
                }
                if (f == RdfFormat.TURTLE) {
                  turtle = TestSupport.read(bytes, f, READ);
                } else if (f == RdfFormat.JSONLD) {
                  jsonld = TestSupport.read(bytes, f, READ);
                }
              }
              if (jsonLd) {
                assertIsomorphic(turtle, jsonld, "JSON-LD vs Turtle");
              }
              assertIsomorphic(triples, turtle, "Turtle vs the mapping");
              DebateData json = read(write(data, RdfFormat.JSON), RdfFormat.JSON);
              assertSameData(data.withPrefixes(Map.of()), json.withPrefixes(Map.of()));
            });
  }

  /** The plain JSON, read as JSON-LD 1.1 with the bundled context, is the mapping's graph. */
  @Test
  void plainJsonExpandsToTheSameGraphAsTheRdfMapping() {
    qt().forAll(DebateGenerators.debates())
        .checkAssert(
            data -> {
              List<Triple> triples = ModelWriter.toTriples(data);
              if (!jsonLdCanCarry(triples)) {
                return;
              }
              for (boolean nested : new boolean[] {false, true}) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                new DebateJsonWriter().nested(nested).write(data, out);
                assertIsomorphic(
                    triples,
                    TestSupport.read(out.toByteArray(), RdfFormat.JSONLD, READ),
                    nested ? "nested JSON as JSON-LD" : "flat JSON as JSON-LD");
              }
            });
  }

  /** Arbitrary statement sets (odd literals, several types, unknown predicates) too. */
  @Test
  void arbitraryStatementSetsRoundTripThroughTheModelAndEverySyntax() {
    qt().forAll(DebateGenerators.tripleSets())
        .checkAssert(
            triples -> {
              DebateData data = ModelReader.read(triples);
              for (RdfFormat f : RDF_FORMATS) {
                if (f == RdfFormat.JSONLD && !jsonLdCanCarry(triples)) {
                  continue;
                }
                byte[] bytes = write(data, f);
                assertIsomorphic(triples, TestSupport.read(bytes, f, READ), f.name());
              }
            });
  }
}
