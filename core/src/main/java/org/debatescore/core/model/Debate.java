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
 * A debate or participatory process: the root that everything else belongs to.
 *
 * <p>Required: id, title. Build with {@link #builder()}; absent single values are {@code null},
 * absent texts and sets are empty.
 *
 * @param id its IRI or blank node
 * @param title title, by language.
 * @param description description, by language.
 * @param processKind kind of process.
 * @param organisers who organises it.
 * @param participants who takes part.
 * @param phases its phases.
 * @param documents documents produced.
 * @param channels channels of participation used.
 * @param participantCount number of participants.
 * @param startDate when it starts (date or date-time).
 * @param endDate when it ends (date or date-time).
 * @param spatial territorial scope.
 * @param subjects topics.
 * @param homepage home page.
 * @param provenance where the record comes from
 * @param extensions statements about it that no field holds, written back unchanged
 */
public record Debate(
    Resource id,
    LangText title,
    LangText description,
    Iri processKind,
    Set<Resource> organisers,
    Set<Resource> participants,
    Set<Resource> phases,
    Set<Resource> documents,
    Set<Iri> channels,
    Long participantCount,
    TemporalValue startDate,
    TemporalValue endDate,
    Set<Iri> spatial,
    Set<Iri> subjects,
    Iri homepage,
    Provenance provenance,
    Extensions extensions)
    implements Entity {

  /** The RDF class, {@code dbs:Debate}. */
  public static final Iri RDF_TYPE = Iri.of(DBS.Debate);

  /** Normalises absent values (empty texts and sets, never null) and freezes the sets. */
  public Debate {
    Objects.requireNonNull(id, "id");
    title = LangText.orEmpty(title);
    description = LangText.orEmpty(description);
    organisers = ModelSupport.immutableSet(organisers, "organisers");
    participants = ModelSupport.immutableSet(participants, "participants");
    phases = ModelSupport.immutableSet(phases, "phases");
    documents = ModelSupport.immutableSet(documents, "documents");
    channels = ModelSupport.immutableSet(channels, "channels");
    ModelSupport.requireNonNegative(participantCount, "participantCount");
    spatial = ModelSupport.immutableSet(spatial, "spatial");
    subjects = ModelSupport.immutableSet(subjects, "subjects");
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

  /** Collects the fields of a {@link Debate}; {@link #build()} checks the required ones. */
  public static final class Builder implements EntityBuilder<Debate, Builder> {
    private Resource id;
    private LangText title = LangText.EMPTY;
    private LangText description = LangText.EMPTY;
    private Iri processKind;
    private final Set<Resource> organisers = new LinkedHashSet<>();
    private final Set<Resource> participants = new LinkedHashSet<>();
    private final Set<Resource> phases = new LinkedHashSet<>();
    private final Set<Resource> documents = new LinkedHashSet<>();
    private final Set<Iri> channels = new LinkedHashSet<>();
    private Long participantCount;
    private TemporalValue startDate;
    private TemporalValue endDate;
    private final Set<Iri> spatial = new LinkedHashSet<>();
    private final Set<Iri> subjects = new LinkedHashSet<>();
    private Iri homepage;
    private Provenance provenance = Provenance.EMPTY;
    private Extensions extensions = Extensions.EMPTY;

    private Builder() {}

    private Builder(Debate from) {
      id = from.id;
      title = from.title;
      description = from.description;
      processKind = from.processKind;
      organisers.addAll(from.organisers);
      participants.addAll(from.participants);
      phases.addAll(from.phases);
      documents.addAll(from.documents);
      channels.addAll(from.channels);
      participantCount = from.participantCount;
      startDate = from.startDate;
      endDate = from.endDate;
      spatial.addAll(from.spatial);
      subjects.addAll(from.subjects);
      homepage = from.homepage;
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

    /** Sets the processKind: kind of process; {@code null} clears it. */
    public Builder processKind(Iri processKind) {
      this.processKind = processKind;
      return this;
    }

    /** Replaces the organisers: who organises it. */
    public Builder organisers(Collection<? extends Resource> organisers) {
      this.organisers.clear();
      for (Resource value : organisers) {
        addOrganiser(value);
      }
      return this;
    }

    /** Adds to the organisers: who organises it. */
    public Builder addOrganiser(Resource value) {
      this.organisers.add(Objects.requireNonNull(value, "organisers"));
      return this;
    }

    /** Replaces the participants: who takes part. */
    public Builder participants(Collection<? extends Resource> participants) {
      this.participants.clear();
      for (Resource value : participants) {
        addParticipant(value);
      }
      return this;
    }

    /** Adds to the participants: who takes part. */
    public Builder addParticipant(Resource value) {
      this.participants.add(Objects.requireNonNull(value, "participants"));
      return this;
    }

    /** Replaces the phases: its phases. */
    public Builder phases(Collection<? extends Resource> phases) {
      this.phases.clear();
      for (Resource value : phases) {
        addPhase(value);
      }
      return this;
    }

    /** Adds to the phases: its phases. */
    public Builder addPhase(Resource value) {
      this.phases.add(Objects.requireNonNull(value, "phases"));
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

    /** Sets the participantCount: number of participants; {@code null} clears it. */
    public Builder participantCount(Long participantCount) {
      this.participantCount = participantCount;
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

    /** Replaces the spatial: territorial scope. */
    public Builder spatial(Collection<? extends Iri> spatial) {
      this.spatial.clear();
      for (Iri value : spatial) {
        addSpatial(value);
      }
      return this;
    }

    /** Adds to the spatial: territorial scope. */
    public Builder addSpatial(Iri value) {
      this.spatial.add(Objects.requireNonNull(value, "spatial"));
      return this;
    }

    /** Replaces the subjects: topics. */
    public Builder subjects(Collection<? extends Iri> subjects) {
      this.subjects.clear();
      for (Iri value : subjects) {
        addSubject(value);
      }
      return this;
    }

    /** Adds to the subjects: topics. */
    public Builder addSubject(Iri value) {
      this.subjects.add(Objects.requireNonNull(value, "subjects"));
      return this;
    }

    /** Sets the homepage: home page; {@code null} clears it. */
    public Builder homepage(Iri homepage) {
      this.homepage = homepage;
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
    public Debate build() {
      if (id == null) {
        throw new IncompleteModelException("Debate", null, "id");
      }
      if (title.isEmpty()) {
        throw new IncompleteModelException("Debate", id.toString(), "title");
      }
      return buildUnchecked();
    }

    @Override
    public Debate build(IdMinter minter) {
      if (id == null) {
        id = minter.mint("Debate", ModelSupport.label(title));
      }
      return build();
    }

    @Override
    public Debate buildUnchecked() {
      if (id == null) {
        throw new IncompleteModelException("Debate", null, "id");
      }
      return new Debate(
          id,
          title,
          description,
          processKind,
          organisers,
          participants,
          phases,
          documents,
          channels,
          participantCount,
          startDate,
          endDate,
          spatial,
          subjects,
          homepage,
          provenance,
          extensions);
    }
  }
}
