package org.debatescore.core.model;

import java.math.BigDecimal;
import java.util.Objects;
import org.debatescore.core.IncompleteModelException;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Resource;
import org.debatescore.vocab.DBS;

/**
 * A dated step of a follow-up item.
 *
 * <p>Required: id. Build with {@link #builder()}; absent single values are {@code null}, absent
 * texts and sets are empty.
 *
 * @param id its IRI or blank node
 * @param title title, by language.
 * @param description description, by language.
 * @param date its date (date or date-time).
 * @param implementationStatus implementation status.
 * @param progress progress in percent (0 to 100).
 * @param provenance where the record comes from
 * @param extensions statements about it that no field holds, written back unchanged
 */
public record Milestone(
    Resource id,
    LangText title,
    LangText description,
    TemporalValue date,
    Iri implementationStatus,
    BigDecimal progress,
    Provenance provenance,
    Extensions extensions)
    implements Entity {

  /** The RDF class, {@code dbs:Milestone}. */
  public static final Iri RDF_TYPE = Iri.of(DBS.Milestone);

  /** Normalises absent values (empty texts and sets, never null) and freezes the sets. */
  public Milestone {
    Objects.requireNonNull(id, "id");
    title = LangText.orEmpty(title);
    description = LangText.orEmpty(description);
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

  /** Collects the fields of a {@link Milestone}; {@link #build()} checks the required ones. */
  public static final class Builder implements EntityBuilder<Milestone, Builder> {
    private Resource id;
    private LangText title = LangText.EMPTY;
    private LangText description = LangText.EMPTY;
    private TemporalValue date;
    private Iri implementationStatus;
    private BigDecimal progress;
    private Provenance provenance = Provenance.EMPTY;
    private Extensions extensions = Extensions.EMPTY;

    private Builder() {}

    private Builder(Milestone from) {
      id = from.id;
      title = from.title;
      description = from.description;
      date = from.date;
      implementationStatus = from.implementationStatus;
      progress = from.progress;
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

    /** Sets the date: its date (date or date-time); {@code null} clears it. */
    public Builder date(TemporalValue date) {
      this.date = date;
      return this;
    }

    /** Sets the implementationStatus: implementation status; {@code null} clears it. */
    public Builder implementationStatus(Iri implementationStatus) {
      this.implementationStatus = implementationStatus;
      return this;
    }

    /** Sets the progress: progress in percent (0 to 100); {@code null} clears it. */
    public Builder progress(BigDecimal progress) {
      this.progress = progress;
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
    public Milestone build() {
      if (id == null) {
        throw new IncompleteModelException("Milestone", null, "id");
      }
      return buildUnchecked();
    }

    @Override
    public Milestone build(IdMinter minter) {
      if (id == null) {
        id = minter.mint("Milestone", ModelSupport.label(title));
      }
      return build();
    }

    @Override
    public Milestone buildUnchecked() {
      if (id == null) {
        throw new IncompleteModelException("Milestone", null, "id");
      }
      return new Milestone(
          id, title, description, date, implementationStatus, progress, provenance, extensions);
    }
  }
}
