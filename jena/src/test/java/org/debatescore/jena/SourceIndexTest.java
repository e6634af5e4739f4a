package org.debatescore.jena;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.debatescore.core.SourceLocation;
import org.debatescore.core.rdf.BlankNode;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.SourceIndex;
import org.junit.jupiter.api.Test;

class SourceIndexTest {

  private static final Iri A = Iri.of("http://example.org/a");
  private static final Iri B = Iri.of("http://example.org/b");

  @Test
  void firstLocationWinsAndOrderIsFirstSeen() {
    SourceIndex.Builder b = SourceIndex.builder();
    assertTrue(b.add(B, SourceLocation.of("f.ttl", 3, 1)));
    assertTrue(b.add(A, "f.ttl", 5, 2));
    assertFalse(b.add(B, SourceLocation.of("f.ttl", 9, 1)));
    assertFalse(b.add(A, "f.ttl", 10, 1));
    SourceIndex index = b.build();
    assertEquals(SourceLocation.of("f.ttl", 3, 1), index.get(B));
    assertEquals(SourceLocation.of("f.ttl", 5, 2), index.locate(A).orElseThrow());
    assertEquals(List.of(B, A), List.copyOf(index.resources()));
    assertEquals(2, index.size());
  }

  @Test
  void snapshotIsImmutableAndBuilderStaysUsable() {
    SourceIndex.Builder b = SourceIndex.builder();
    b.add(A, "f", 1, 1);
    SourceIndex first = b.build();
    b.add(BlankNode.of("x"), "f", 2, 1);
    SourceIndex second = b.build();
    assertEquals(1, first.size());
    assertEquals(2, second.size());
    assertThrows(UnsupportedOperationException.class, () -> first.asMap().clear());
    assertNull(first.get(BlankNode.of("x")));
    assertEquals(
        SourceLocation.unknown("f"),
        first.getOrDefault(BlankNode.of("x"), SourceLocation.unknown("f")));
  }

  @Test
  void emptyIndexKnowsNothing() {
    assertTrue(SourceIndex.empty().isEmpty());
    assertSame(SourceIndex.empty(), SourceIndex.builder().build());
    assertTrue(SourceIndex.empty().locate(A).isEmpty());
    assertFalse(SourceIndex.empty().contains(A));
  }

  @Test
  void addAllKeepsExistingEntries() {
    SourceIndex other = SourceIndex.builder().addAll(SourceIndex.empty()).build();
    assertTrue(other.isEmpty());
    SourceIndex.Builder b = SourceIndex.builder();
    b.add(A, "one", 1, 1);
    SourceIndex.Builder c = SourceIndex.builder();
    c.add(A, "two", 7, 7);
    c.add(B, "two", 8, 1);
    SourceIndex merged = b.addAll(c.build()).build();
    assertEquals("one", merged.get(A).source());
    assertEquals("two", merged.get(B).source());
    assertEquals(merged, b.build());
  }
}
