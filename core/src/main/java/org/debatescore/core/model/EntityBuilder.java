package org.debatescore.core.model;

import org.debatescore.core.IncompleteModelException;
import org.debatescore.core.rdf.Resource;

/**
 * What every entity builder offers, so that readers and tools can fill any entity generically.
 *
 * @param <E> the entity built
 * @param <B> the builder itself, for chaining
 */
public interface EntityBuilder<E extends Entity, B extends EntityBuilder<E, B>> {

  /** Sets the id; without one, {@link #build(IdMinter)} mints it. */
  B id(Resource id);

  /** Sets the provenance; {@code null} means none. */
  B provenance(Provenance provenance);

  /** Sets the extensions (statements no field holds); {@code null} means none. */
  B extensions(Extensions extensions);

  /**
   * Builds the entity.
   *
   * @throws IncompleteModelException naming the type, id and field, if a required field is missing
   */
  E build();

  /** Mints the id with {@code minter} when none was set, then {@link #build()}. */
  E build(IdMinter minter);

  /**
   * Builds the entity without checking required fields (only the id is needed). For readers of
   * external data, which must keep what they read; validation then reports what is missing.
   */
  E buildUnchecked();
}
