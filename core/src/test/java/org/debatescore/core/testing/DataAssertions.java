package org.debatescore.core.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.debatescore.core.model.DebateData;
import org.debatescore.core.model.Entity;
import org.debatescore.core.rdf.Triple;

/** Assertions that say which entity or statement differs, not just that two documents do. */
public final class DataAssertions {

  private DataAssertions() {}

  /** Same entities, other statements and prefixes. */
  public static void assertSameData(DebateData expected, DebateData actual) {
    if (expected.equals(actual)) {
      return;
    }
    StringBuilder b = new StringBuilder("documents differ\n");
    for (Entity e : expected.entities()) {
      Entity a = actual.get(e.id()).orElse(null);
      if (!e.equals(a)) {
        b.append("expected: ").append(e).append("\n  actual: ").append(a).append('\n');
        if (b.length() > 20_000) {
          break;
        }
      }
    }
    for (Entity a : actual.entities()) {
      if (expected.get(a.id()).isEmpty()) {
        b.append("unexpected: ").append(a).append('\n');
      }
    }
    diff(b, expected.otherTriples(), actual.otherTriples());
    if (!expected.prefixes().equals(actual.prefixes())) {
      b.append("prefixes: ").append(expected.prefixes()).append(" vs ").append(actual.prefixes());
    }
    fail(b.toString());
  }

  /** The same set of statements. */
  public static void assertSameTriples(Collection<Triple> expected, Collection<Triple> actual) {
    Set<Triple> e = new LinkedHashSet<>(expected);
    Set<Triple> a = new LinkedHashSet<>(actual);
    if (e.equals(a)) {
      return;
    }
    StringBuilder b = new StringBuilder("statements differ\n");
    diff(b, e, a);
    fail(b.toString());
  }

  private static void diff(
      StringBuilder b, Collection<Triple> expected, Collection<Triple> actual) {
    Set<Triple> missing = new LinkedHashSet<>(expected);
    missing.removeAll(new HashSet<>(actual));
    Set<Triple> extra = new LinkedHashSet<>(actual);
    extra.removeAll(new HashSet<>(expected));
    for (Triple t : missing) {
      b.append("missing: ").append(t).append('\n');
    }
    for (Triple t : extra) {
      b.append("extra:   ").append(t).append('\n');
    }
  }
}
