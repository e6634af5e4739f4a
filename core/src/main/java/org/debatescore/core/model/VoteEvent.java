package org.debatescore.core.model;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.debatescore.core.IncompleteModelException;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Resource;
import org.debatescore.vocab.DBS;

/**
 * A vote taken (ballot), with its options, tallies and outcome.
 *
 * <p>Required: id, debate. Build with {@link #builder()}; absent single values are {@code null},
 * absent texts and sets are empty.
 *
 * @param id its IRI or blank node
 * @param title title, by language.
 * @param description description, by language.
 * @param debate the debate it is part of.
 * @param voteOn what is voted on.
 * @param availableOptions options offered.
 * @param tallies counts per option.
 * @param outcome outcome.
 * @param startDate when it starts (date or date-time).
 * @param endDate when it ends (date or date-time).
 * @param provenance where the record comes from
 * @param extensions statements about it that no field holds, written back unchanged
 */
public record VoteEvent(
    Resource id,
    LangText title,
    LangText description,
    Resource debate,
    Resource voteOn,
    Set<Iri> availableOptions,
    Set<Resource> tallies,
    Iri outcome,
    TemporalValue startDate,
    TemporalValue endDate,
    Provenance provenance,
    Extensions extensions)
    implements Entity {

  /** The RDF class, {@code dbs:VoteEvent}. */
  public static final Iri RDF_TYPE = Iri.of(DBS.VoteEvent);

  /** Normalises absent values (empty texts and sets, never null) and freezes the sets. */
  public VoteEvent {
    Objects.requireNonNull(id, "id");
    title = LangText.orEmpty(title);
    description = LangText.orEmpty(description);
    availableOptions = ModelSupport.immutableSet(availableOptions, "availableOptions");
    tallies = ModelSupport.immutableSet(tallies, "tallies");
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

  /** Collects the fields of a {@link VoteEvent}; {@link #build()} checks the required ones. */
  public static final class Builder implements EntityBuilder<VoteEvent, Builder> {
    private Resource id;
    private LangText title = LangText.EMPTY;
    private LangText description = LangText.EMPTY;
    private Resource debate;
    private Resource voteOn;
    private final Set<Iri> availableOptions = new LinkedHashSet<>();
    private final Set<Resource> tallies = new LinkedHashSet<>();
    private Iri outcome;
    private TemporalValue startDate;
    private TemporalValue endDate;
    private Provenance provenance = Provenance.EMPTY;
    private Extensions extensions = Extensions.EMPTY;

    private Builder() {}

    private Builder(VoteEvent from) {
      id = from.id;
      title = from.title;
      description = from.description;
      debate = from.debate;
      voteOn = from.voteOn;
      availableOptions.addAll(from.availableOptions);
      tallies.addAll(from.tallies);
      outcome = from.outcome;
      startDate = from.startDate;
      endDate = from.endDate;
      provenance = from.provenance;
      extensions = from.extensions;
    }

    @Override
    public Builder id(Resource id) {
      this.id = id;
      return this;
    }

    /** Sets the title in all languages. */
    public Builder title(LangText title) {
      this.title = LangText.orEmpty(title);
      return this;
    }

    /** Sets the title in one language, keeping the others. */
    public Builder title(String language, String text) {
      this.title = this.title.with(language, text);
      return this;
    }

    /** Sets the description in all languages. */
    public Builder description(LangText description) {
      this.description = LangText.orEmpty(description);
      return this;
    }

    /** Sets the description in one language, keeping the others. */
    public Builder description(String language, String text) {
      this.description = this.description.with(language, text);
      return this;
    }

    /** Sets the debate: the debate it is part of; {@code null} clears it. */
    public Builder debate(Resource debate) {
      this.debate = debate;
      return this;
    }

    /** Sets the voteOn: what is voted on; {@code null} clears it. */
    public Builder voteOn(Resource voteOn) {
      this.voteOn = voteOn;
      return this;
    }

    /** Replaces the availableOptions: options offered. */
    public Builder availableOptions(Collection<? extends Iri> availableOptions) {
      this.availableOptions.clear();
      for (Iri value : availableOptions) {
        addAvailableOption(value);
      }
      return this;
    }

    /** Adds to the availableOptions: options offered. */
    public Builder addAvailableOption(Iri value) {
      this.availableOptions.add(Objects.requireNonNull(value, "availableOptions"));
      return this;
    }

    /** Replaces the tallies: counts per option. */
    public Builder tallies(Collection<? extends Resource> tallies) {
      this.tallies.clear();
      for (Resource value : tallies) {
        addTally(value);
      }
      return this;
    }

    /** Adds to the tallies: counts per option. */
    public Builder addTally(Resource value) {
      this.tallies.add(Objects.requireNonNull(value, "tallies"));
      return this;
    }

    /** Sets the outcome: outcome; {@code null} clears it. */
    public Builder outcome(Iri outcome) {
      this.outcome = outcome;
      return this;
    }

    /** Sets the startDate: when it starts (date or date-time); {@code null} clears it. */
    public Builder startDate(TemporalValue startDate) {
      this.startDate = startDate;
      return this;
    }

    /** Sets the endDate: when it ends (date or date-time); {@code null} clears it. */
    public Builder endDate(TemporalValue endDate) {
      this.endDate = endDate;
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
    public VoteEvent build() {
      if (id == null) {
        throw new IncompleteModelException("VoteEvent", null, "id");
      }
      if (debate == null) {
        throw new IncompleteModelException("VoteEvent", id.toString(), "debate");
      }
      return buildUnchecked();
    }

    @Override
    public VoteEvent build(IdMinter minter) {
      if (id == null) {
        id = minter.mint("VoteEvent", ModelSupport.label(title));
      }
      return build();
    }

    @Override
    public VoteEvent buildUnchecked() {
      if (id == null) {
        throw new IncompleteModelException("VoteEvent", null, "id");
      }
      return new VoteEvent(
          id,
          title,
          description,
          debate,
          voteOn,
          availableOptions,
          tallies,
          outcome,
          startDate,
          endDate,
          provenance,
          extensions);
    }
  }
}
