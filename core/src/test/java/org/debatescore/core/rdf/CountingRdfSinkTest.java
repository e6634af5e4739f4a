package org.debatescore.core.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountingRdfSinkTest {

  @Test
  void passesEveryCallOnAndCountsTheStatementsForTheListener() {
    List<String> calls = new ArrayList<>();
    RdfSink next =
        new RdfSink() {
          @Override
          public void start() {
            calls.add("start");
          }

          @Override
          public void prefix(String prefix, String namespace) {
            calls.add("prefix " + prefix);
          }

          @Override
          public void triple(Triple triple) {
            calls.add("triple");
          }

          @Override
          public void finish() {
            calls.add("finish");
          }
        };
    List<Long> seen = new ArrayList<>();
    CountingRdfSink sink = new CountingRdfSink(next, seen::add);
    Triple t =
        Triple.of(Iri.of("https://ex.org/s"), Iri.of("https://ex.org/p"), Literal.string("o"));
    sink.start();
    sink.prefix("ex", "https://ex.org/");
    sink.triple(t);
    sink.triple(t);
    sink.finish();
    assertEquals(List.of("start", "prefix ex", "triple", "triple", "finish"), calls);
    assertEquals(List.of(1L, 2L), seen);
    assertEquals(2, sink.count());
  }
}
