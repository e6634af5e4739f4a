package org.debatescore.core.model;

import java.util.concurrent.atomic.AtomicLong;
import org.debatescore.core.rdf.BlankNode;
import org.debatescore.core.rdf.Resource;

/**
 * Makes ids for new entities, so that importers and builders need not invent IRIs themselves.
 * Pluggable: {@link SlugMinter} for readable, stable IRIs, {@link UuidMinter} for opaque ones,
 * {@link #blankNodes()} for data that needs no global ids.
 */
@FunctionalInterface
public interface IdMinter {

  /**
   * A new id.
   *
   * @param type the local name of the Debatescore class, e.g. {@code Proposal}
   * @param label a human label (a title, text or name), or {@code null}
   */
  Resource mint(String type, String label);

  /** Blank nodes labelled {@code b1}, {@code b2}... */
  static IdMinter blankNodes() {
    AtomicLong next = new AtomicLong();
    return (type, label) -> BlankNode.of("b" + next.incrementAndGet());
  }

  /** The path segment for a class: {@code OfficialResponse} gives {@code official-response}. */
  static String typeSegment(String type) {
    StringBuilder b = new StringBuilder(type.length() + 4);
    for (int i = 0; i < type.length(); i++) {
      char c = type.charAt(i);
      if (Character.isUpperCase(c)) {
        if (i > 0) {
          b.append('-');
        }
        b.append(Character.toLowerCase(c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** {@code base}, ending with {@code /} or {@code #} so that segments can be appended. */
  static String normaliseBase(String base) {
    if (base.isEmpty()) {
      throw new IllegalArgumentException("the base IRI cannot be empty");
    }
    return base.endsWith("/") || base.endsWith("#") ? base : base + "/";
  }
}
