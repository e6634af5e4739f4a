package org.debatescore.core.mapping;

import org.debatescore.core.model.Entity;
import org.debatescore.core.rdf.Triple;

/**
 * Receives what a streaming {@link ModelReader} builds, one resource at a time, so that inputs
 * larger than memory can be converted, counted or validated.
 */
@FunctionalInterface
public interface EntityHandler {

  /** A complete entity. */
  void entity(Entity entity);

  /** A statement whose subject is no Debatescore entity. */
  default void otherTriple(Triple triple) {}

  /** A namespace prefix seen in the input. */
  default void prefix(String prefix, String namespace) {}

  /** The input is finished. */
  default void finish() {}
}
