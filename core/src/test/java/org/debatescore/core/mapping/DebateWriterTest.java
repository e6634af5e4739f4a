package org.debatescore.core.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.debatescore.core.model.Comment;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.RdfSink;
import org.debatescore.core.rdf.Triple;
import org.junit.jupiter.api.Test;

class DebateWriterTest {

  @Test
  void opensWritesAndFinishesOnce() {
    List<String> events = new ArrayList<>();
    RdfSink sink =
        new RdfSink() {
          @Override
          public void start() {
            events.add("start");
          }

          @Override
          public void prefix(String prefix, String namespace) {
            events.add("prefix " + prefix);
          }

          @Override
          public void triple(Triple triple) {
            events.add("triple");
          }

          @Override
          public void finish() {
            events.add("finish");
          }
        };
    DebateWriter w =
        new DebateWriter(sink, java.util.Map.of("dbs", "https://w3id.org/debatescore/ns#"));
    Comment c =
        Comment.builder()
            .id(Iri.of("https://ex.org/c"))
            .debate(Iri.of("https://ex.org/d"))
            .text("fr", "x")
            .build();
    w.write(c);
    assertEquals(1, w.entityCount());
    w.close();
    w.close();
    assertEquals(List.of("start", "prefix dbs", "triple", "triple", "triple", "finish"), events);
    assertThrows(IllegalStateException.class, () -> w.write(c));
  }

  @Test
  void standardPrefixesIncludeTheCodeLists() {
    assertEquals(
        "https://w3id.org/debatescore/code/proposal-status/", Prefixes.standard().get("pstatus"));
    assertEquals("https://w3id.org/debatescore/ns#", Prefixes.standard().get("dbs"));
  }
}
