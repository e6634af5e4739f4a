package org.debatescore.core.model;

import java.util.Random;
import java.util.UUID;
import org.debatescore.core.rdf.Iri;

/**
 * Mints opaque IRIs {@code <base>proposal/<uuid>}, for data whose labels are private or change.
 * Random by default; with a seed, the same sequence of calls gives the same ids (for tests and
 * reproducible conversions). Thread-safe.
 */
public final class UuidMinter implements IdMinter {

  private final String base;
  private final Random seeded;

  /** Random (version 4) UUIDs under {@code baseIri}. */
  public UuidMinter(String baseIri) {
    this.base = IdMinter.normaliseBase(baseIri);
    this.seeded = null;
  }

  /** Reproducible version-4-shaped UUIDs drawn from {@code seed}. */
  public UuidMinter(String baseIri, long seed) {
    this.base = IdMinter.normaliseBase(baseIri);
    this.seeded = new Random(seed);
  }

  @Override
  public Iri mint(String type, String label) {
    return Iri.of(base + IdMinter.typeSegment(type) + "/" + next());
  }

  private UUID next() {
    if (seeded == null) {
      return UUID.randomUUID();
    }
    long hi;
    long lo;
    synchronized (seeded) {
      hi = seeded.nextLong();
      lo = seeded.nextLong();
    }
    hi = (hi & ~0xF000L) | 0x4000L; // version 4
    lo = (lo & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L; // IETF variant
    return new UUID(hi, lo);
  }
}
