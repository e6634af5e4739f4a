package org.debatescore.core.rdf;

import java.util.Objects;

/** A blank node, identified by a label that is only meaningful within one document. */
public record BlankNode(String label) implements Resource {

  public BlankNode {
    Objects.requireNonNull(label, "label");
  }

  public static BlankNode of(String label) {
    return new BlankNode(label);
  }

  @Override
  public String toNTriples() {
    return "_:" + label;
  }

  @Override
  public String toString() {
    return toNTriples();
  }
}
