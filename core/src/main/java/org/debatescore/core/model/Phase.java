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
 * A dated phase of a debate (information, contribution, deliberation...).
 *
 * <p>Required: id. Build with {@link #builder()}; absent single values are {@code null}, absent
 * texts and sets are empty.
 *
 * @param id its IRI or blank node
 * @param title title, by language.
 * @param description description, by language.
 * @param phaseKind kind of phase.
 * @param channels channels of participation used.
 * @param startDate when it starts (date or date-time).
 * @param endDate when it ends (date or date-time).
 * @param provenance where the record comes from
 * @param extensions statements about it that no field holds, written back unchanged
 */
public record Phase(
    Resource id,
    LangText title,
    LangText description,
    Iri phaseKind,
    Set<Iri> channels,
    TemporalValue startDate,
    TemporalValue endDate,
    Provenance provenance,
    Extensions extensions)
    implements Entity {

  /** The RDF class, {@code dbs:Phase}. */
  public static final Iri RDF_TYPE = Iri.of(DBS.Phase);

  /** Normalises absent values (empty texts and sets, never null) and freezes the sets. */
  public Phase {
    Objects.requireNonNull(id, "id");
    title = LangText.orEmpty(title);
    description = LangText.orEmpty(description);
    channels = ModelSupport.immutableSet(channels, "channels");
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

  /** Collects the fields of a {@link Phase}; {@link #build()} checks the required ones. */
  public static final class Builder implements EntityBuilder<Phase, Builder> {
    private Resource id;
    private LangText title = LangText.EMPTY;
    private LangText description = LangText.EMPTY;
    private Iri phaseKind;
    private final Set<Iri> channels = new LinkedHashSet<>();
    private TemporalValue startDate;
    private TemporalValue endDate;
    private Provenance provenance = Provenance.EMPTY;
    private Extensions extensions = Extensions.EMPTY;

    private Builder() {}

    private Builder(Phase from) {
      id = from.id;
      title = from.title;
      description = from.description;
      phaseKind = from.phaseKind;
      channels.addAll(from.channels);
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

    /** Sets the phaseKind: kind of phase; {@code null} clears it. */
    public Builder phaseKind(Iri phaseKind) {
      this.phaseKind = phaseKind;
      return this;
    }

    /** Replaces the channels: channels of participation used. */
    public Builder channels(Collection<? extends Iri> channels) {
      this.channels.clear();
      for (Iri value : channels) {
        addChannel(value);
      }
      return this;
    }

    /** Adds to the channels: channels of participation used. */
    public Builder addChannel(Iri value) {
      this.channels.add(Objects.requireNonNull(value, "channels"));
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
    public Phase build() {
      if (id == null) {
        throw new IncompleteModelException("Phase", null, "id");
      }
      return buildUnchecked();
    }

    @Override
    public Phase build(IdMinter minter) {
      if (id == null) {
        id = minter.mint("Phase", ModelSupport.label(title));
      }
      return build();
    }

    @Override
    public Phase buildUnchecked() {
      if (id == null) {
        throw new IncompleteModelException("Phase", null, "id");
      }
      return new Phase(
          id, title, description, phaseKind, channels, startDate, endDate, provenance, extensions);
    }
  }
}
