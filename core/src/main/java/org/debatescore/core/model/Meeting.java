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
 * An in-person or online meeting or workshop within a debate.
 *
 * <p>Required: id, debate. Build with {@link #builder()}; absent single values are {@code null},
 * absent texts and sets are empty.
 *
 * @param id its IRI or blank node
 * @param title title, by language.
 * @param description description, by language.
 * @param debate the debate it is part of.
 * @param startDate when it starts (date or date-time).
 * @param endDate when it ends (date or date-time).
 * @param location where it takes place.
 * @param channels channels of participation used.
 * @param documents documents produced.
 * @param participantCount number of participants.
 * @param provenance where the record comes from
 * @param extensions statements about it that no field holds, written back unchanged
 */
public record Meeting(
    Resource id,
    LangText title,
    LangText description,
    Resource debate,
    TemporalValue startDate,
    TemporalValue endDate,
    String location,
    Set<Iri> channels,
    Set<Resource> documents,
    Long participantCount,
    Provenance provenance,
    Extensions extensions)
    implements Entity {

  /** The RDF class, {@code dbs:Meeting}. */
  public static final Iri RDF_TYPE = Iri.of(DBS.Meeting);

  /** Normalises absent values (empty texts and sets, never null) and freezes the sets. */
  public Meeting {
    Objects.requireNonNull(id, "id");
    title = LangText.orEmpty(title);
    description = LangText.orEmpty(description);
    channels = ModelSupport.immutableSet(channels, "channels");
    documents = ModelSupport.immutableSet(documents, "documents");
    ModelSupport.requireNonNegative(participantCount, "participantCount");
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

  /** Collects the fields of a {@link Meeting}; {@link #build()} checks the required ones. */
  public static final class Builder implements EntityBuilder<Meeting, Builder> {
    private Resource id;
    private LangText title = LangText.EMPTY;
    private LangText description = LangText.EMPTY;
    private Resource debate;
    private TemporalValue startDate;
    private TemporalValue endDate;
    private String location;
    private final Set<Iri> channels = new LinkedHashSet<>();
    private final Set<Resource> documents = new LinkedHashSet<>();
    private Long participantCount;
    private Provenance provenance = Provenance.EMPTY;
    private Extensions extensions = Extensions.EMPTY;

    private Builder() {}

    private Builder(Meeting from) {
      id = from.id;
      title = from.title;
      description = from.description;
      debate = from.debate;
      startDate = from.startDate;
      endDate = from.endDate;
      location = from.location;
      channels.addAll(from.channels);
      documents.addAll(from.documents);
      participantCount = from.participantCount;
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

    /** Sets the location: where it takes place; {@code null} clears it. */
    public Builder location(String location) {
      this.location = location;
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

    /** Replaces the documents: documents produced. */
    public Builder documents(Collection<? extends Resource> documents) {
      this.documents.clear();
      for (Resource value : documents) {
        addDocument(value);
      }
      return this;
    }

    /** Adds to the documents: documents produced. */
    public Builder addDocument(Resource value) {
      this.documents.add(Objects.requireNonNull(value, "documents"));
      return this;
    }

    /** Sets the participantCount: number of participants; {@code null} clears it. */
    public Builder participantCount(Long participantCount) {
      this.participantCount = participantCount;
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
    public Meeting build() {
      if (id == null) {
        throw new IncompleteModelException("Meeting", null, "id");
      }
      if (debate == null) {
        throw new IncompleteModelException("Meeting", id.toString(), "debate");
      }
      return buildUnchecked();
    }

    @Override
    public Meeting build(IdMinter minter) {
      if (id == null) {
        id = minter.mint("Meeting", ModelSupport.label(title));
      }
      return build();
    }

    @Override
    public Meeting buildUnchecked() {
      if (id == null) {
        throw new IncompleteModelException("Meeting", null, "id");
      }
      return new Meeting(
          id,
          title,
          description,
          debate,
          startDate,
          endDate,
          location,
          channels,
          documents,
          participantCount,
          provenance,
          extensions);
    }
  }
}
