package org.debatescore.core.testing;

import java.util.List;
import java.util.SplittableRandom;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Imperative draws, so that whole documents can be generated with plain loops. Backed either by a
 * QuickTheories randomness source (every draw shrinks towards its lower bound, so {@link #chance}
 * shrinks towards {@code false}: fewer optional parts) or, after {@link #fork()}, by a seeded
 * generator: one QuickTheories draw for many values, much faster, shrinking by seed.
 */
public final class Draw {

  private final RandomnessSource in;
  private final SplittableRandom random;

  public Draw(RandomnessSource in) {
    this.in = in;
    this.random = null;
  }

  private Draw(SplittableRandom random) {
    this.in = null;
    this.random = random;
  }

  /** A fast draw seeded from this one. */
  public Draw fork() {
    return new Draw(new SplittableRandom(betweenLong(0, Long.MAX_VALUE)));
  }

  /** An int in {@code [lo, hi]}. */
  public int between(int lo, int hi) {
    if (random != null) {
      return lo == hi ? lo : lo + random.nextInt(hi - lo + 1);
    }
    return Generate.range(lo, hi).generate(in);
  }

  /** A long in {@code [lo, hi]}. */
  public long betweenLong(long lo, long hi) {
    if (random != null) {
      return hi == Long.MAX_VALUE && lo == 0
          ? random.nextLong() & Long.MAX_VALUE
          : lo + random.nextLong(hi - lo + 1);
    }
    return Generate.longRange(lo, hi).generate(in);
  }

  /** True with the given percentage. */
  public boolean chance(int percent) {
    return between(0, 99) >= 100 - percent;
  }

  public <T> T pick(List<T> values) {
    return values.get(between(0, values.size() - 1));
  }

  @SafeVarargs
  public final <T> T pick(T... values) {
    return values[between(0, values.length - 1)];
  }
}
