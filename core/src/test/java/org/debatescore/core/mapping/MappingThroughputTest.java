package org.debatescore.core.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.atomic.AtomicLong;
import org.debatescore.core.json.DebateJsonReader;
import org.debatescore.core.json.DebateJsonWriter;
import org.debatescore.core.model.Comment;
import org.debatescore.core.model.DebateData;
import org.debatescore.core.model.Entity;
import org.debatescore.core.model.LangText;
import org.debatescore.core.model.TemporalValue;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.RdfSink;
import org.debatescore.core.rdf.Triple;
import org.debatescore.vocab.Codes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Throughput of the mapping on a million contributions, to compare with the engines' parse time
 * (Jena RIOT parses about 370,000 N-Triples statements per second on the reference machine, see
 * shared/notes/stack.md): at a million statements per second or more, mapping adds at most a third
 * to parsing, within the 2x budget. Run with {@code -Ddebatescore.perf=true}.
 */
@EnabledIfSystemProperty(named = "debatescore.perf", matches = "true")
class MappingThroughputTest {

  private static final int N = Integer.getInteger("debatescore.perf.n", 1_000_000);
  private static final Iri DEBATE = Iri.of("https://ex.org/debate/1");

  private static Comment comment(int i) {
    return Comment.builder()
        .id(Iri.of("https://ex.org/comment/" + i))
        .debate(DEBATE)
        .addAuthor(Iri.of("https://ex.org/user/" + (i % 5000)))
        .created(TemporalValue.parse("2016-12-09T09:45:00+01:00"))
        .text(LangText.of("fr", "Commentaire numéro " + i + " sur la place du marché"))
        .replyTo(i > 0 ? Iri.of("https://ex.org/comment/" + (i - 1)) : null)
        .stance(Iri.of(Codes.Stance.FOR))
        .channel(Iri.of(Codes.Channel.ONLINE_PLATFORM))
        .endorsementCount((long) (i % 100))
        .build();
  }

  /** The statements of N comments, made on the fly and pushed into {@code sink}. */
  private static long push(RdfSink sink) {
    long count = 0;
    java.util.List<Triple> batch = new java.util.ArrayList<>();
    for (int i = 0; i < N; i++) {
      batch.clear();
      ModelWriter.write(comment(i), batch::add);
      for (Triple t : batch) {
        sink.triple(t);
      }
      count += batch.size();
    }
    sink.finish();
    return count;
  }

  @Test
  void readingAMillionContributions() {
    // Warm up, then measure making the statements alone, then making and mapping them.
    push(t -> {});
    long t0 = System.nanoTime();
    long statements = push(t -> {});
    long make = System.nanoTime() - t0;

    AtomicLong entities = new AtomicLong();
    t0 = System.nanoTime();
    push(ModelReader.grouped(e -> entities.incrementAndGet()));
    long makeAndMap = System.nanoTime() - t0;
    assertEquals(N, entities.get());

    double mapSeconds = Math.max(1e-9, (makeAndMap - make) / 1e9);
    double perSecond = statements / mapSeconds;
    System.out.printf(
        "%d comments, %d statements: make %.2f s, make+map (grouped) %.2f s, mapping %.0f"
            + " statements/s%n",
        N, statements, make / 1e9, makeAndMap / 1e9, perSecond);

    t0 = System.nanoTime();
    ModelReader collecting = ModelReader.collecting();
    push(collecting);
    DebateData data = collecting.result();
    long collect = System.nanoTime() - t0;
    assertEquals(N, data.size());
    System.out.printf("make+map (collecting into DebateData) %.2f s%n", collect / 1e9);
    assertTrue(perSecond > 1_000_000, "mapping throughput " + perSecond);
  }

  @Test
  void jsonOfAMillionContributions() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long t0 = System.nanoTime();
    try (DebateJsonWriter.Stream s = new DebateJsonWriter().pretty(false).open(out)) {
      for (int i = 0; i < N; i++) {
        s.write(comment(i));
      }
    }
    long write = System.nanoTime() - t0;
    AtomicLong entities = new AtomicLong();
    t0 = System.nanoTime();
    new DebateJsonReader()
        .read(
            new ByteArrayInputStream(out.toByteArray()),
            "million.json",
            (Entity e) -> entities.incrementAndGet());
    long read = System.nanoTime() - t0;
    assertEquals(N, entities.get());
    System.out.printf(
        "JSON: %d MB, stream-write %.2f s, stream-read %.2f s%n",
        out.size() / 1_000_000, write / 1e9, read / 1e9);
  }
}
