package org.debatescore.core.model;

import java.util.Collection;
import java.util.Set;
import org.debatescore.core.rdf.Iri;

/**
 * Anyone who takes part in a debate: a person, an organisation or a public body. Shares the fields
 * that display and role filters need.
 */
public sealed interface Participant extends Entity permits Person, Organisation, PublicBody {

  /** Display name ({@code foaf:name}, a pseudonym is allowed), or {@code null}. */
  String name();

  /** Roles (code list role). */
  Set<Iri> roles();

  /** Home page, or {@code null}. */
  Iri homepage();

  @Override
  Builder<?, ?> toBuilder();

  /**
   * The setters shared by every participant builder.
   *
   * @param <E> the participant built
   * @param <B> the builder itself
   */
  interface Builder<E extends Participant, B extends Builder<E, B>> extends EntityBuilder<E, B> {
    B name(String name);

    B roles(Collection<? extends Iri> roles);

    B addRole(Iri role);

    B homepage(Iri homepage);
  }
}
