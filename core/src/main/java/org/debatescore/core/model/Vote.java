package org.debatescore.core.model;

import java.util.Objects;
import org.debatescore.core.IncompleteModelException;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Resource;
import org.debatescore.vocab.DBS;

/**
 * One participant's vote, in a vote event or directly on a resource.
 *
 * <p>Required: id, voter, option, voteEvent or voteOn. Build with {@link #builder()}; absent single
 * values are {@code null}, absent texts and sets are empty.
 *
 * @param id its IRI or blank node
 * @param voter who voted.
 * @param voteEvent the vote event it was cast in.
 * @param voteOn what was voted on.
 * @param option the option chosen (a code or an event-specific concept).
 * @param created when it was made.
 * @param debate the debate it belongs to.
 * @param provenance where the record comes from
 * @param extensions statements about it that no field holds, written back unchanged
 */
public record Vote(
    Resource id,
    Resource voter,
    Resource voteEvent,
    Resource voteOn,
    Iri option,
    TemporalValue created,
    Resource debate,
    Provenance provenance,
    Extensions extensions)
    implements Entity {

  /** The RDF class, {@code dbs:Vote}. */
  public static final Iri RDF_TYPE = Iri.of(DBS.Vote);

  /** Normalises absent values (empty texts and sets, never null) and freezes the sets. */
  public Vote {
    Objects.requireNonNull(id, "id");
    ModelSupport.requireDateTime(created, "created");
    provenance = provenance == null ? Provenance.EMPTY : provenance;
    extensions = extensions == null ? Extensions.EMPTY : extensions;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Iri rdfType() {
    return RDF_TYPE;
  }

  @Override
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Collects the fields of a {@link Vote}; {@link #build()} checks the required ones. */
  public static final class Builder implements EntityBuilder<Vote, Builder> {
    private Resource id;
    private Resource voter;
    private Resource voteEvent;
    private Resource voteOn;
    private Iri option;
    private TemporalValue created;
    private Resource debate;
    private Provenance provenance = Provenance.EMPTY;
    private Extensions extensions = Extensions.EMPTY;

    private Builder() {}

    private Builder(Vote from) {
      id = from.id;
      voter = from.voter;
      voteEvent = from.voteEvent;
      voteOn = from.voteOn;
      option = from.option;
      created = from.created;
      debate = from.debate;
      provenance = from.provenance;
      extensions = from.extensions;
    }

    @Override
    public Builder id(Resource id) {
      this.id = id;
      return this;
    }

    /** Sets the voter: who voted; {@code null} clears it. */
    public Builder voter(Resource voter) {
      this.voter = voter;
      return this;
    }

    /** Sets the voteEvent: the vote event it was cast in; {@code null} clears it. */
    public Builder voteEvent(Resource voteEvent) {
      this.voteEvent = voteEvent;
      return this;
    }

    /** Sets the voteOn: what was voted on; {@code null} clears it. */
    public Builder voteOn(Resource voteOn) {
      this.voteOn = voteOn;
      return this;
    }

    /**
     * Sets the option: the option chosen (a code or an event-specific concept); {@code null} clears
     * it.
     */
    public Builder option(Iri option) {
      this.option = option;
      return this;
    }

    /** Sets the created: when it was made; {@code null} clears it. */
    public Builder created(TemporalValue created) {
      this.created = created;
      return this;
    }

    /** Sets the debate: the debate it belongs to; {@code null} clears it. */
    public Builder debate(Resource debate) {
      this.debate = debate;
      return this;
    }

    @Override
    public Builder provenance(Provenance provenance) {
      this.provenance = provenance == null ? Provenance.EMPTY : provenance;
      return this;
    }

    @Override
    public Builder extensions(Extensions extensions) {
      this.extensions = extensions == null ? Extensions.EMPTY : extensions;
      return this;
    }

    @Override
    public Vote build() {
      if (id == null) {
        throw new IncompleteModelException("Vote", null, "id");
      }
      if (voter == null) {
        throw new IncompleteModelException("Vote", id.toString(), "voter");
      }
      if (option == null) {
        throw new IncompleteModelException("Vote", id.toString(), "option");
      }
      if (voteEvent == null && voteOn == null) {
        throw new IncompleteModelException("Vote", id.toString(), "voteEvent or voteOn");
      }
      return buildUnchecked();
    }

    @Override
    public Vote build(IdMinter minter) {
      if (id == null) {
        id = minter.mint("Vote", null);
      }
      return build();
    }

    @Override
    public Vote buildUnchecked() {
      if (id == null) {
        throw new IncompleteModelException("Vote", null, "id");
      }
      return new Vote(
          id, voter, voteEvent, voteOn, option, created, debate, provenance, extensions);
    }
  }
}
