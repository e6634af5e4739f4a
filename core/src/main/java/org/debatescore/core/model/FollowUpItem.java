package org.debatescore.core.model;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.debatescore.core.IncompleteModelException;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Resource;
import org.debatescore.vocab.DBS;

/**
 * A commitment or implementation item following a decision.
 *
 * <p>Required: id, debate, title. Build with {@link #builder()}; absent single values are {@code
 * null}, absent texts and sets are empty.
 *
 * @param id its IRI or blank node
 * @param title title, by language.
 * @param description description, by language.
 * @param debate the debate it follows.
 * @param implements_ decisions or proposals it implements.
 * @param implementationStatus implementation status.
 * @param progress progress in percent (0 to 100).
 * @param milestones its milestones.
 * @param responsible who is responsible.
 * @param startDate when it starts (date or date-time).
 * @param endDate when it ends (date or date-time).
 * @param provenance where the record comes from
 * @param extensions statements about it that no field holds, written back unchanged
 */
public record FollowUpItem(
    Resource id,
    LangText title,
    LangText description,
    Resource debate,
    Set<Resource> implements_,
    Iri implementationStatus,
    BigDecimal progress,
    Set<Resource> milestones,
    Set<Resource> responsible,
    TemporalValue startDate,
    TemporalValue endDate,
    Provenance provenance,
    Extensions extensions)
    implements Entity {

  /** The RDF class, {@code dbs:FollowUpItem}. */
  public static final Iri RDF_TYPE = Iri.of(DBS.FollowUpItem);

  /** Normalises absent values (empty texts and sets, never null) and freezes the sets. */
  public FollowUpItem {
    Objects.requireNonNull(id, "id");
    title = LangText.orEmpty(title);
    description = LangText.orEmpty(description);
    implements_ = ModelSupport.immutableSet(implements_, "implements_");
    milestones = ModelSupport.immutableSet(milestones, "milestones");
    responsible = ModelSupport.immutableSet(responsible, "responsible");
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

  /** Collects the fields of a {@link FollowUpItem}; {@link #build()} checks the required ones. */
  public static final class Builder implements EntityBuilder<FollowUpItem, Builder> {
    private Resource id;
    private LangText title = LangText.EMPTY;
    private LangText description = LangText.EMPTY;
    private Resource debate;
    private final Set<Resource> implements_ = new LinkedHashSet<>();
    private Iri implementationStatus;
    private BigDecimal progress;
    private final Set<Resource> milestones = new LinkedHashSet<>();
    private final Set<Resource> responsible = new LinkedHashSet<>();
    private TemporalValue startDate;
    private TemporalValue endDate;
    private Provenance provenance = Provenance.EMPTY;
    private Extensions extensions = Extensions.EMPTY;

    private Builder() {}

    private Builder(FollowUpItem from) {
      id = from.id;
      title = from.title;
      description = from.description;
      debate = from.debate;
      implements_.addAll(from.implements_);
      implementationStatus = from.implementationStatus;
      progress = from.progress;
      milestones.addAll(from.milestones);
      responsible.addAll(from.responsible);
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

    /** Sets the debate: the debate it follows; {@code null} clears it. */
    public Builder debate(Resource debate) {
      this.debate = debate;
      return this;
    }

    /** Replaces the implements_: decisions or proposals it implements. */
    public Builder implements_(Collection<? extends Resource> implements_) {
      this.implements_.clear();
      for (Resource value : implements_) {
        addImplements(value);
      }
      return this;
    }

    /** Adds to the implements_: decisions or proposals it implements. */
    public Builder addImplements(Resource value) {
      this.implements_.add(Objects.requireNonNull(value, "implements_"));
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

    /** Replaces the milestones: its milestones. */
    public Builder milestones(Collection<? extends Resource> milestones) {
      this.milestones.clear();
      for (Resource value : milestones) {
        addMilestone(value);
      }
      return this;
    }

    /** Adds to the milestones: its milestones. */
    public Builder addMilestone(Resource value) {
      this.milestones.add(Objects.requireNonNull(value, "milestones"));
      return this;
    }

    /** Replaces the responsible: who is responsible. */
    public Builder responsible(Collection<? extends Resource> responsible) {
      this.responsible.clear();
      for (Resource value : responsible) {
        addResponsible(value);
      }
      return this;
    }

    /** Adds to the responsible: who is responsible. */
    public Builder addResponsible(Resource value) {
      this.responsible.add(Objects.requireNonNull(value, "responsible"));
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
    public FollowUpItem build() {
      if (id == null) {
        throw new IncompleteModelException("FollowUpItem", null, "id");
      }
      if (debate == null) {
        throw new IncompleteModelException("FollowUpItem", id.toString(), "debate");
      }
      if (title.isEmpty()) {
        throw new IncompleteModelException("FollowUpItem", id.toString(), "title");
      }
      return buildUnchecked();
    }

    @Override
    public FollowUpItem build(IdMinter minter) {
      if (id == null) {
        id = minter.mint("FollowUpItem", ModelSupport.label(title));
      }
      return build();
    }

    @Override
    public FollowUpItem buildUnchecked() {
      if (id == null) {
        throw new IncompleteModelException("FollowUpItem", null, "id");
      }
      return new FollowUpItem(
          id,
          title,
          description,
          debate,
          implements_,
          implementationStatus,
          progress,
          milestones,
          responsible,
          startDate,
          endDate,
          provenance,
          extensions);
    }
  }
}
