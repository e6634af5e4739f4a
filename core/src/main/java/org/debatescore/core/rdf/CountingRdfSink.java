package org.debatescore.core.rdf;

import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * Passes every call on to another sink and counts the statements, optionally telling a listener the
 * running count after each one (for a progress line).
 */
public final class CountingRdfSink implements RdfSink {

  private final RdfSink next;
  private final LongConsumer afterEach;
  private long count;

  /** Counts what goes to {@code next}. */
  public CountingRdfSink(RdfSink next) {
    this(next, null);
  }

  /** Counts what goes to {@code next} and calls {@code afterEach} with the count so far. */
  public CountingRdfSink(RdfSink next, LongConsumer afterEach) {
    this.next = Objects.requireNonNull(next, "next");
    this.afterEach = afterEach;
  }

  /** Statements passed on so far. */
  public long count() {
    return count;
  }

  @Override
  public void start() {
    next.start();
  }

  @Override
  public void prefix(String prefix, String namespace) {
    next.prefix(prefix, namespace);
  }

  @Override
  public void triple(Triple triple) {
    next.triple(triple);
    count++;
    if (afterEach != null) {
      afterEach.accept(count);
    }
  }

  @Override
  public void finish() {
    next.finish();
  }
}
