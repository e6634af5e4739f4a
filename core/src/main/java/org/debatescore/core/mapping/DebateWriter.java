package org.debatescore.core.mapping;

import java.util.Map;
import org.debatescore.core.model.Entity;
import org.debatescore.core.rdf.RdfSink;
import org.debatescore.core.rdf.Triple;

/**
 * Streams entities into an {@link RdfSink}: each {@link #write(Entity)} emits that entity's
 * statements at once and keeps nothing, so a million contributions take no more memory than one.
 * Opens the sink (start, prefixes) on construction and finishes it on {@link #close()}. Not
 * thread-safe.
 */
public final class DebateWriter implements AutoCloseable {

  private final RdfSink sink;
  private long entities;
  private boolean closed;

  /** Opens {@code sink} without prefixes. */
  public DebateWriter(RdfSink sink) {
    this(sink, Map.of());
  }

  /** Opens {@code sink} and declares {@code prefixes} (e.g. {@link Prefixes#standard()}). */
  public DebateWriter(RdfSink sink, Map<String, String> prefixes) {
    this.sink = sink;
    sink.start();
    for (Map.Entry<String, String> p : prefixes.entrySet()) {
      sink.prefix(p.getKey(), p.getValue());
    }
  }

  /** Writes one entity's statements. */
  public DebateWriter write(Entity entity) {
    checkOpen();
    ModelWriter.write(entity, sink);
    entities++;
    return this;
  }

  /** Writes a statement about something that is not an entity. */
  public DebateWriter write(Triple triple) {
    checkOpen();
    sink.triple(triple);
    return this;
  }

  /** Number of entities written so far. */
  public long entityCount() {
    return entities;
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("this DebateWriter is closed");
    }
  }

  /** Finishes the sink; later calls do nothing. */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      sink.finish();
    }
  }
}
