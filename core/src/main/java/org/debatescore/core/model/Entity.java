package org.debatescore.core.model;

import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Resource;

/**
 * Anything described by a Debatescore class: one record per concrete class of the vocabulary.
 * Entities refer to each other by id, never by object, so a debate of a million contributions can
 * be streamed one entity at a time.
 */
public sealed interface Entity
    permits Debate,
        Phase,
        Meeting,
        Document,
        Issue,
        Contribution,
        Evidence,
        Participant,
        Endorsement,
        Vote,
        VoteEvent,
        Tally,
        Decision,
        FollowUpItem,
        Milestone,
        Assessment {

  /** Its IRI or blank node; never {@code null}. */
  Resource id();

  /** Where the record comes from; {@link Provenance#EMPTY} when unknown. */
  Provenance provenance();

  /** The statements about it that no field holds, kept so that nothing read is lost. */
  Extensions extensions();

  /** Its Debatescore class, e.g. {@code dbs:Proposal}. */
  Iri rdfType();

  /** A builder holding a copy of this entity's values, to derive a changed copy. */
  EntityBuilder<?, ?> toBuilder();
}
