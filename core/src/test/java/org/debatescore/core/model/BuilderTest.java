package org.debatescore.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.debatescore.core.IncompleteModelException;
import org.debatescore.core.mapping.ClassMapping;
import org.debatescore.core.mapping.DebateMapping;
import org.debatescore.core.rdf.BlankNode;
import org.debatescore.core.rdf.Iri;
import org.debatescore.vocab.Codes;
import org.junit.jupiter.api.Test;

class BuilderTest {

  private static final Iri D = Iri.of("https://ex.org/d");
  private static final Iri P = Iri.of("https://ex.org/p/1");

  @Test
  void missingRequiredFieldNamesFieldTypeAndId() {
    IncompleteModelException e =
        assertThrows(
            IncompleteModelException.class,
            () -> Proposal.builder().id(P).title("fr", "Réduire").build());
    assertEquals("Proposal", e.objectType());
    assertEquals("debate", e.field());
    assertEquals(
        "Proposal <https://ex.org/p/1>: required field 'debate' is missing", e.getMessage());
  }

  @Test
  void missingIdIsReportedFirst() {
    IncompleteModelException e =
        assertThrows(IncompleteModelException.class, () -> Comment.builder().debate(D).build());
    assertEquals("id", e.field());
    assertEquals("Comment: required field 'id' is missing", e.getMessage());
  }

  @Test
  void alternativesAreNamedTogether() {
    assertEquals(
        "supports or attacks",
        assertThrows(
                IncompleteModelException.class,
                () -> Argument.builder().id(P).debate(D).text("en", "x").build())
            .field());
    assertEquals(
        "voteEvent or voteOn",
        assertThrows(
                IncompleteModelException.class,
                () ->
                    Vote.builder()
                        .id(P)
                        .voter(BlankNode.of("v"))
                        .option(Iri.of(Codes.VoteOption.FOR))
                        .build())
            .field());
    assertEquals(
        "assessor or method",
        assertThrows(
                IncompleteModelException.class,
                () ->
                    Assessment.builder()
                        .id(P)
                        .assesses(D)
                        .dimension(Iri.of(Codes.AssessmentDimension.IMPACT))
                        .score(BigDecimal.ONE)
                        .build())
            .field());
    assertEquals(
        "title or text",
        assertThrows(IncompleteModelException.class, () -> Issue.builder().id(P).debate(D).build())
            .field());
  }

  /** The first missing field of each class built with an id only, per the rules of terms.md. */
  @Test
  void requiredFieldsOfEveryClass() {
    Map<String, String> expected = new TreeMap<>();
    expected.put("Debate", "title");
    expected.put("Phase", null);
    expected.put("Meeting", "debate");
    expected.put("Document", null);
    expected.put("Issue", "debate");
    expected.put("Proposal", "debate");
    expected.put("Amendment", "debate");
    expected.put("Argument", "debate");
    expected.put("Comment", "debate");
    expected.put("Question", "debate");
    expected.put("Answer", "debate");
    expected.put("Testimony", "debate");
    expected.put("OfficialResponse", "debate");
    expected.put("Evidence", null);
    expected.put("Person", null);
    expected.put("Organisation", null);
    expected.put("PublicBody", null);
    expected.put("Endorsement", "endorses");
    expected.put("Vote", "voter");
    expected.put("VoteEvent", "debate");
    expected.put("Tally", "option");
    expected.put("Decision", "debate");
    expected.put("FollowUpItem", "debate");
    expected.put("Milestone", null);
    expected.put("Assessment", "assesses");
    Map<String, String> actual = new TreeMap<>();
    for (ClassMapping<?, ?> m : DebateMapping.all()) {
      actual.put(m.localName(), firstMissing(m));
    }
    assertEquals(expected, actual);
  }

  private static String firstMissing(ClassMapping<?, ?> m) {
    try {
      m.newBuilder().id(P).build();
      return null;
    } catch (IncompleteModelException e) {
      assertEquals(m.localName(), e.objectType());
      return e.field();
    }
  }

  @Test
  void requiredChecksInOrder() {
    Decision.Builder b = Decision.builder().id(P).debate(D);
    assertEquals("title", assertThrows(IncompleteModelException.class, b::build).field());
    b.title("fr", "Délibération");
    assertEquals("date", assertThrows(IncompleteModelException.class, b::build).field());
    b.date(TemporalValue.parse("2017-01-30"));
    assertEquals("outcome", assertThrows(IncompleteModelException.class, b::build).field());
    b.outcome(Iri.of(Codes.Outcome.ADOPTED));
    assertEquals(P, b.build().id());
    OfficialResponse.Builder r = OfficialResponse.builder().id(P).debate(D).text("fr", "Merci");
    assertEquals("respondsTo", assertThrows(IncompleteModelException.class, r::build).field());
    Tally.Builder t = Tally.builder().id(P).option(Iri.of(Codes.VoteOption.FOR));
    assertEquals("count", assertThrows(IncompleteModelException.class, t::build).field());
  }

  @Test
  void uncheckedBuildKeepsIncompleteDataButNeedsAnId() {
    Proposal p = Proposal.builder().id(P).buildUnchecked();
    assertTrue(p.title().isEmpty());
    assertEquals(null, p.debate());
    assertEquals(
        "id",
        assertThrows(IncompleteModelException.class, () -> Proposal.builder().buildUnchecked())
            .field());
  }

  @Test
  void absentValuesAreEmptyAndSetsAreFrozen() {
    Debate d = Debate.builder().id(D).title("en", "x").build();
    assertTrue(d.description().isEmpty());
    assertTrue(d.organisers().isEmpty());
    assertEquals(Provenance.EMPTY, d.provenance());
    assertEquals(Extensions.EMPTY, d.extensions());
    Debate direct =
        new Debate(
            D,
            LangText.of("en", "x"),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    assertEquals(d, direct);
    Debate withSets = d.toBuilder().addOrganiser(P).addOrganiser(D).build();
    assertThrows(UnsupportedOperationException.class, () -> withSets.organisers().add(P));
    Debate reversed = d.toBuilder().organisers(List.of(D, P)).build();
    assertEquals(withSets, reversed, "sets compare without order");
    assertEquals(List.of(P, D), List.copyOf(withSets.organisers()), "but keep insertion order");
  }

  @Test
  void toBuilderCopies() {
    Proposal p =
        Proposal.builder()
            .id(P)
            .debate(D)
            .title(LangText.of("fr", "a", "en", "b"))
            .cites(Set.of(Iri.of("https://ex.org/e")))
            .status(Iri.of(Codes.ProposalStatus.SUBMITTED))
            .build();
    assertEquals(p, p.toBuilder().build());
    Proposal changed = p.toBuilder().status(Iri.of(Codes.ProposalStatus.ACCEPTED)).build();
    assertNotEquals(p, changed);
    assertEquals(Iri.of(Codes.ProposalStatus.SUBMITTED), p.status());
  }

  @Test
  void valuesOutsideTheirDatatypeAreRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Comment.builder()
                .id(P)
                .debate(D)
                .text("fr", "x")
                .created(TemporalValue.parse("2016-12-09"))
                .build());
    assertThrows(
        IllegalArgumentException.class,
        () -> Tally.builder().id(P).option(Iri.of(Codes.VoteOption.FOR)).count(-1L).build());
    assertThrows(NullPointerException.class, () -> Debate.builder().addOrganiser(null));
  }

  @Test
  void buildWithMinterMintsOnlyWithoutId() {
    SlugMinter minter = new SlugMinter("https://ex.org/");
    Proposal p =
        Proposal.builder().debate(D).title("fr", "Réduire la vitesse à 30 km/h").build(minter);
    assertEquals(Iri.of("https://ex.org/proposal/reduire-la-vitesse-a-30-km-h"), p.id());
    Proposal q = Proposal.builder().id(P).debate(D).title("fr", "x").build(minter);
    assertEquals(P, q.id());
    Person u = Person.builder().name("Ana Müller").build(minter);
    assertEquals(Iri.of("https://ex.org/person/ana-muller"), u.id());
    Vote v =
        Vote.builder()
            .voter(u.id())
            .voteOn(p.id())
            .option(Iri.of(Codes.VoteOption.FOR))
            .build(minter);
    assertEquals(Iri.of("https://ex.org/vote/1"), v.id());
  }

  @Test
  void evidenceSourceIsItsProvenanceSource() {
    Evidence e =
        Evidence.builder()
            .id(P)
            .source(Iri.of("https://www.insee.fr/x"))
            .provenance(Provenance.builder().identifier("7").build())
            .build();
    assertEquals(null, e.source(), "provenance() replaces the whole provenance");
    Evidence f =
        Evidence.builder()
            .id(P)
            .provenance(Provenance.builder().identifier("7").build())
            .source(Iri.of("https://www.insee.fr/x"))
            .build();
    assertEquals(Iri.of("https://www.insee.fr/x"), f.source());
    assertEquals("7", f.provenance().identifier());
  }
}
