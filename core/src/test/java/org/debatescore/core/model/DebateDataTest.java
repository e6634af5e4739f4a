package org.debatescore.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Literal;
import org.debatescore.core.rdf.Triple;
import org.junit.jupiter.api.Test;

class DebateDataTest {

  private static final Iri D = Iri.of("https://ex.org/d");
  private final Debate debate = Debate.builder().id(D).title("fr", "Débat").build();
  private final Comment comment =
      Comment.builder().id(Iri.of("https://ex.org/c")).debate(D).text("fr", "Oui").build();
  private final Person person = Person.builder().id(Iri.of("https://ex.org/u")).name("Ana").build();

  @Test
  void lookupsByIdAndType() {
    DebateData data = DebateData.builder().add(debate).add(comment).add(person).build();
    assertEquals(3, data.size());
    assertEquals(List.of(comment), data.all(Comment.class));
    assertEquals(List.of(comment), data.all(Contribution.class));
    assertEquals(List.of(person), data.all(Participant.class));
    assertEquals(debate, data.get("https://ex.org/d").orElseThrow());
    assertTrue(data.get(D, Comment.class).isEmpty());
    assertEquals(List.of(debate, comment, person), List.copyOf(data.entities()));
  }

  @Test
  void equalityIgnoresOrder() {
    Triple t =
        Triple.of(Iri.of("https://ex.org/x"), Iri.of("https://ex.org/p"), Literal.string("v"));
    DebateData a = DebateData.builder().add(debate).add(comment).otherTriple(t).build();
    DebateData b = DebateData.builder().otherTriple(t).add(comment).add(debate).build();
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
  }

  @Test
  void rejectsClashes() {
    Debate other = debate.toBuilder().title("en", "Debate").build();
    assertThrows(IllegalArgumentException.class, () -> DebateData.builder().add(debate).add(other));
    DebateData.Builder b =
        DebateData.builder()
            .add(debate)
            .otherTriple(Triple.of(D, Iri.of("https://ex.org/p"), Literal.string("v")));
    assertThrows(IllegalArgumentException.class, b::build);
  }
}
