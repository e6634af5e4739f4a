package org.debatescore.core.model;

import java.util.Objects;
import org.debatescore.core.IncompleteModelException;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Resource;
import org.debatescore.vocab.DBS;

/**
 * One participant's support of a contribution (a like, a signature).
 *
 * <p>Required: id, endorses. Build with {@link #builder()}; absent single values are {@code null},
 * absent texts and sets are empty.
 *
 * @param id its IRI or blank node
 * @param endorses the contribution endorsed.
 * @param author who endorses it.
 * @param created when it was made.
 * @param debate the debate it belongs to.
 * @param provenance where the record comes from
 * @param extensions statements about it that no field holds, written back unchanged
 */
public record Endorsement(
    Resource id,
    Resource endorses,
    Resource author,
    TemporalValue created,
    Resource debate,
    Provenance provenance,
    Extensions extensions)
    implements Entity {

  /** The RDF class, {@code dbs:Endorsement}. */
  public static final Iri RDF_TYPE = Iri.of(DBS.Endorsement);

  /** Normalises absent values (empty texts and sets, never null) and freezes the sets. */
  public Endorsement {
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

  /** Collects the fields of a {@link Endorsement}; {@link #build()} checks the required ones. */
  public static final class Builder implements EntityBuilder<Endorsement, Builder> {
    private Resource id;
    private Resource endorses;
    private Resource author;
    private TemporalValue created;
    private Resource debate;
    private Provenance provenance = Provenance.EMPTY;
    private Extensions extensions = Extensions.EMPTY;

    private Builder() {}

    private Builder(Endorsement from) {
      id = from.id;
      endorses = from.endorses;
      author = from.author;
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

    /** Sets the endorses: the contribution endorsed; {@code null} clears it. */
    public Builder endorses(Resource endorses) {
      this.endorses = endorses;
      return this;
    }

    /** Sets the author: who endorses it; {@code null} clears it. */
    public Builder author(Resource author) {
      this.author = author;
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
    public Endorsement build() {
      if (id == null) {
        throw new IncompleteModelException("Endorsement", null, "id");
      }
      if (endorses == null) {
        throw new IncompleteModelException("Endorsement", id.toString(), "endorses");
      }
      return buildUnchecked();
    }

    @Override
    public Endorsement build(IdMinter minter) {
      if (id == null) {
        id = minter.mint("Endorsement", null);
      }
      return build();
    }

    @Override
    public Endorsement buildUnchecked() {
      if (id == null) {
        throw new IncompleteModelException("Endorsement", null, "id");
      }
      return new Endorsement(id, endorses, author, created, debate, provenance, extensions);
    }
  }
}
