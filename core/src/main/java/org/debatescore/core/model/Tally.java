package org.debatescore.core.model;

import java.util.Objects;
import org.debatescore.core.IncompleteModelException;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Resource;
import org.debatescore.vocab.DBS;

/**
 * The count of votes for one option, optionally for one group.
 *
 * <p>Required: id, option, count. Build with {@link #builder()}; absent single values are {@code
 * null}, absent texts and sets are empty.
 *
 * @param id its IRI or blank node
 * @param option the option counted.
 * @param count number of votes.
 * @param group the group counted (e.g. a parliamentary group), if any.
 * @param provenance where the record comes from
 * @param extensions statements about it that no field holds, written back unchanged
 */
public record Tally(
    Resource id,
    Iri option,
    Long count,
    Resource group,
    Provenance provenance,
    Extensions extensions)
    implements Entity {

  /** The RDF class, {@code dbs:Tally}. */
  public static final Iri RDF_TYPE = Iri.of(DBS.Tally);

  /** Normalises absent values (empty texts and sets, never null) and freezes the sets. */
  public Tally {
    Objects.requireNonNull(id, "id");
    ModelSupport.requireNonNegative(count, "count");
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

  /** Collects the fields of a {@link Tally}; {@link #build()} checks the required ones. */
  public static final class Builder implements EntityBuilder<Tally, Builder> {
    private Resource id;
    private Iri option;
    private Long count;
    private Resource group;
    private Provenance provenance = Provenance.EMPTY;
    private Extensions extensions = Extensions.EMPTY;

    private Builder() {}

    private Builder(Tally from) {
      id = from.id;
      option = from.option;
      count = from.count;
      group = from.group;
      provenance = from.provenance;
      extensions = from.extensions;
    }

    @Override
    public Builder id(Resource id) {
      this.id = id;
      return this;
    }

    /** Sets the option: the option counted; {@code null} clears it. */
    public Builder option(Iri option) {
      this.option = option;
      return this;
    }

    /** Sets the count: number of votes; {@code null} clears it. */
    public Builder count(Long count) {
      this.count = count;
      return this;
    }

    /**
     * Sets the group: the group counted (e.g. a parliamentary group), if any; {@code null} clears
     * it.
     */
    public Builder group(Resource group) {
      this.group = group;
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
    public Tally build() {
      if (id == null) {
        throw new IncompleteModelException("Tally", null, "id");
      }
      if (option == null) {
        throw new IncompleteModelException("Tally", id.toString(), "option");
      }
      if (count == null) {
        throw new IncompleteModelException("Tally", id.toString(), "count");
      }
      return buildUnchecked();
    }

    @Override
    public Tally build(IdMinter minter) {
      if (id == null) {
        id = minter.mint("Tally", null);
      }
      return build();
    }

    @Override
    public Tally buildUnchecked() {
      if (id == null) {
        throw new IncompleteModelException("Tally", null, "id");
      }
      return new Tally(id, option, count, group, provenance, extensions);
    }
  }
}
