package org.debatescore.jena.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * An in-memory graph that lists statements in the order they were added (Jena's own graphs list
 * them in hash order). The collecting writers use it so that output follows the order the model
 * writer emits (entities in document order, each with its type first and its fields in table
 * order), which also keeps a document's statements in the same relative order through a round trip.
 * Indexed by subject, predicate and object; not thread-safe.
 */
public final class InsertionOrderGraph extends GraphBase {

  private final Set<Triple> all = new LinkedHashSet<>();
  private final Map<Node, Set<Triple>> bySubject = new HashMap<>();
  private final Map<Node, Set<Triple>> byPredicate = new HashMap<>();
  private final Map<Node, Set<Triple>> byObject = new HashMap<>();

  @Override
  public void performAdd(Triple t) {
    if (all.add(t)) {
      bySubject.computeIfAbsent(t.getSubject(), k -> new LinkedHashSet<>()).add(t);
      byPredicate.computeIfAbsent(t.getPredicate(), k -> new LinkedHashSet<>()).add(t);
      byObject.computeIfAbsent(t.getObject(), k -> new LinkedHashSet<>()).add(t);
    }
  }

  @Override
  public void performDelete(Triple t) {
    if (all.remove(t)) {
      remove(bySubject, t.getSubject(), t);
      remove(byPredicate, t.getPredicate(), t);
      remove(byObject, t.getObject(), t);
    }
  }

  private static void remove(Map<Node, Set<Triple>> index, Node key, Triple t) {
    Set<Triple> set = index.get(key);
    if (set != null) {
      set.remove(t);
      if (set.isEmpty()) {
        index.remove(key);
      }
    }
  }

  @Override
  protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
    Node s = pattern.getSubject();
    Node p = pattern.getPredicate();
    Node o = pattern.getObject();
    Collection<Triple> candidates;
    if (s.isConcrete()) {
      candidates = bySubject.getOrDefault(s, Set.of());
    } else if (o.isConcrete()) {
      candidates = byObject.getOrDefault(o, Set.of());
    } else if (p.isConcrete()) {
      candidates = byPredicate.getOrDefault(p, Set.of());
    } else {
      candidates = all;
    }
    List<Triple> out = new ArrayList<>(candidates.size());
    for (Triple t : candidates) {
      if (pattern.matches(t)) {
        out.add(t);
      }
    }
    return WrappedIterator.create(out.iterator());
  }

  @Override
  protected int graphBaseSize() {
    return all.size();
  }

  @Override
  public void clear() {
    all.clear();
    bySubject.clear();
    byPredicate.clear();
    byObject.clear();
    getEventManager().notifyEvent(this, org.apache.jena.graph.GraphEvents.removeAll);
  }
}
