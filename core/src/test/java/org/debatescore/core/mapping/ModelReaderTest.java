package org.debatescore.core.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.debatescore.core.model.Comment;
import org.debatescore.core.model.DebateData;
import org.debatescore.core.model.Entity;
import org.debatescore.core.model.Extensions;
import org.debatescore.core.model.FollowUpItem;
import org.debatescore.core.model.LangText;
import org.debatescore.core.model.Proposal;
import org.debatescore.core.model.PublicBody;
import org.debatescore.core.model.Tally;
import org.debatescore.core.rdf.BlankNode;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Literal;
import org.debatescore.core.rdf.Resource;
import org.debatescore.core.rdf.Term;
import org.debatescore.core.rdf.Triple;
import org.debatescore.vocab.Codes;
import org.debatescore.vocab.DBS;
import org.debatescore.vocab.Terms;
import org.junit.jupiter.api.Test;

/** The fidelity rule, case by case. */
class ModelReaderTest {

  private static final Iri S = Iri.of("https://ex.org/s");
  private static final Iri D = Iri.of("https://ex.org/d");
  private static final Iri TYPE = Iri.of(Terms.RDF.type);
  private static final String XSD = Terms.XSD.NS;

  private static Triple t(Resource s, String p, Term o) {
    return Triple.of(s, Iri.of(p), o);
  }

  private static Entity only(Triple... triples) {
    DebateData data = ModelReader.read(List.of(triples));
    assertEquals(1, data.size(), data.entities().toString());
    assertSameSet(List.of(triples), ModelWriter.toTriples(data));
    return data.entities().iterator().next();
  }

  private static void assertSameSet(List<Triple> expected, List<Triple> actual) {
    assertEquals(Set.copyOf(expected), Set.copyOf(actual));
  }

  @Test
  void exactValuesFillFields() {
    Tally tally =
        (Tally)
            only(
                t(S, Terms.RDF.type, Iri.of(DBS.Tally)),
                t(S, DBS.count, Literal.typed("7", XSD + "nonNegativeInteger")),
                t(S, DBS.option, Iri.of(Codes.VoteOption.FOR)));
    assertEquals(7L, tally.count());
    assertEquals(Iri.of(Codes.VoteOption.FOR), tally.option());
    assertTrue(tally.extensions().isEmpty());
  }

  @Test
  void nonCanonicalOrMistypedValuesStayInExtensions() {
    Tally tally =
        (Tally)
            only(
                t(S, Terms.RDF.type, Iri.of(DBS.Tally)),
                t(S, DBS.count, Literal.typed("007", XSD + "nonNegativeInteger")),
                t(S, DBS.count, Literal.typed("+1", XSD + "nonNegativeInteger")),
                t(S, DBS.count, Literal.typed("3", XSD + "integer")),
                t(S, DBS.option, Literal.string("for")));
    assertNull(tally.count());
    assertNull(tally.option());
    assertEquals(4, tally.extensions().size());
  }

  @Test
  void decimalsKeepTheirScaleAndRejectOtherForms() {
    FollowUpItem f =
        (FollowUpItem)
            only(
                t(S, Terms.RDF.type, Iri.of(DBS.FollowUpItem)),
                t(S, DBS.progress, Literal.typed("+1.0", XSD + "decimal")),
                t(S, DBS.progress, Literal.typed(".5", XSD + "decimal")),
                t(S, DBS.progress, Literal.typed("42.50", XSD + "decimal")),
                t(S, DBS.progress, Literal.typed("43", XSD + "decimal")));
    assertEquals(new BigDecimal("42.50"), f.progress());
    assertEquals(3, f.extensions().size(), "two non-canonical forms and a second value");
  }

  @Test
  void textsTakeOneValuePerLanguageAndOnlyLanguageStrings() {
    Proposal p =
        (Proposal)
            only(
                t(S, Terms.RDF.type, Iri.of(DBS.Proposal)),
                t(S, DBS.debate, D),
                t(S, Terms.DCT.title, Literal.lang("Un", "fr")),
                t(S, Terms.DCT.title, Literal.lang("Deux", "fr")),
                t(S, Terms.DCT.title, Literal.lang("One", "en")),
                t(S, Terms.DCT.title, Literal.string("plain")),
                t(S, Terms.DCT.title, Literal.lang("bad tag", "en_US")),
                t(S, DBS.debate, Iri.of("https://ex.org/other")));
    assertEquals(LangText.of("fr", "Un", "en", "One"), p.title());
    assertEquals(D, p.debate());
    assertEquals(
        List.of(
            new Extensions.Entry(Iri.of(Terms.DCT.title), Literal.lang("Deux", "fr")),
            new Extensions.Entry(Iri.of(Terms.DCT.title), Literal.string("plain")),
            new Extensions.Entry(Iri.of(Terms.DCT.title), Literal.lang("bad tag", "en_US")),
            new Extensions.Entry(Iri.of(DBS.debate), Iri.of("https://ex.org/other"))),
        p.extensions().entries());
  }

  @Test
  void temporalValuesKeepTheirLexicalForm() {
    Comment c =
        (Comment)
            only(
                t(S, Terms.RDF.type, Iri.of(DBS.Comment)),
                t(
                    S,
                    Terms.DCT.created,
                    Literal.typed("2016-12-09T09:45:00+01:00", XSD + "dateTime")),
                t(S, Terms.DCT.modified, Literal.typed("2016-12-09", XSD + "date")),
                t(S, Terms.DCT.modified, Literal.typed("2016-12-32T00:00:00", XSD + "dateTime")));
    assertEquals("2016-12-09T09:45:00+01:00", c.created().lexical());
    assertNull(c.modified(), "a date is no xsd:dateTime; the invalid date-time is no value");
    assertEquals(2, c.extensions().size());
  }

  @Test
  void severalTypesGoByPriority() {
    Entity e =
        only(
            t(S, Terms.RDF.type, Iri.of(DBS.Comment)),
            t(S, Terms.RDF.type, Iri.of(DBS.Proposal)),
            t(S, Terms.RDF.type, Iri.of(DBS.Contribution)),
            t(S, Terms.RDF.type, Iri.of(Terms.PROV.Entity)));
    assertInstanceOf(Proposal.class, e);
    assertEquals(3, e.extensions().size());
    assertInstanceOf(
        PublicBody.class,
        only(
            t(S, Terms.RDF.type, Iri.of(DBS.Organisation)),
            t(S, Terms.RDF.type, Iri.of(DBS.PublicBody))));
  }

  @Test
  void subjectsWithoutConcreteTypeAreOtherStatements() {
    List<Triple> in =
        List.of(
            t(S, Terms.RDF.type, Iri.of(DBS.Participant)),
            t(S, Terms.FOAF.name, Literal.string("Group")),
            t(BlankNode.of("c"), Terms.SKOS.prefLabel, Literal.lang("Urbanisme", "fr")));
    DebateData data = ModelReader.read(in);
    assertEquals(0, data.size());
    assertEquals(Set.copyOf(in), data.otherTriples());
  }

  @Test
  void blankNodesKeepTheirLabels() {
    Comment c =
        (Comment)
            only(
                t(BlankNode.of("c1"), Terms.RDF.type, Iri.of(DBS.Comment)),
                t(BlankNode.of("c1"), DBS.replyTo, BlankNode.of("p9")),
                t(BlankNode.of("c1"), DBS.author, BlankNode.of("u")));
    assertEquals(BlankNode.of("c1"), c.id());
    assertEquals(BlankNode.of("p9"), c.replyTo());
    assertEquals(Set.of(BlankNode.of("u")), c.authors());
  }

  @Test
  void theTypeIsWrittenFirst() {
    Comment c = Comment.builder().id(S).debate(D).text("fr", "x").build();
    List<Triple> out = ModelWriter.toTriples(c);
    assertEquals(t(S, Terms.RDF.type, Iri.of(DBS.Comment)), out.get(0));
    assertEquals(3, out.size());
  }

  @Test
  void groupedModeHandsOverEachResourceAndCollectingModeMerges() {
    List<Triple> scattered =
        List.of(
            t(S, Terms.RDF.type, Iri.of(DBS.Comment)),
            t(D, Terms.RDF.type, Iri.of(DBS.Debate)),
            t(S, DBS.debate, D),
            t(S, DBS.text, Literal.lang("x", "fr")));
    List<Entity> handed = new ArrayList<>();
    List<Triple> others = new ArrayList<>();
    ModelReader grouped =
        ModelReader.grouped(
            new EntityHandler() {
              @Override
              public void entity(Entity entity) {
                handed.add(entity);
              }

              @Override
              public void otherTriple(Triple triple) {
                others.add(triple);
              }
            });
    scattered.forEach(grouped::triple);
    grouped.finish();
    assertEquals(2, handed.size());
    assertEquals(
        scattered.subList(2, 4), others, "the comment's later statements come back untyped");
    assertThrows(IllegalStateException.class, grouped::result);

    DebateData collected = ModelReader.read(scattered);
    assertEquals(2, collected.size());
    Comment c = collected.get(S, Comment.class).orElseThrow();
    assertEquals(D, c.debate());
    assertEquals(LangText.of("fr", "x"), c.text());
  }

  @Test
  void prefixesArePassedOn() {
    ModelReader r = ModelReader.collecting();
    r.start();
    r.prefix("dbs", DBS.NS);
    r.triple(t(S, Terms.RDF.type, Iri.of(DBS.Person)));
    r.finish();
    assertEquals(java.util.Map.of("dbs", DBS.NS), r.result().prefixes());
    assertEquals(1, r.statementCount());
    assertThrows(
        IllegalStateException.class, () -> r.triple(t(S, Terms.FOAF.name, Literal.string("x"))));
    assertEquals(TYPE, ModelWriter.RDF_TYPE);
  }
}
