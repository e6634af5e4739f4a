package org.debatescore.core.model;

import java.util.Objects;
import org.debatescore.core.IncompleteModelException;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Resource;
import org.debatescore.vocab.DBS;

/**
 * A source cited by a contribution; the cited resource is its provenance {@code dct:source}.
 *
 * <p>Required: id. Build with {@link #builder()}; absent single values are {@code null}, absent
 * texts and sets are empty.
 *
 * @param id its IRI or blank node
 * @param title title, by language.
 * @param description description, by language.
 * @param provenance where the record comes from
 * @param extensions statements about it that no field holds, written back unchanged
 */
public record Evidence(
    Resource id, LangText title, LangText description, Provenance provenance, Extensions extensions)
    implements Entity {

  /** The RDF class, {@code dbs:Evidence}. */
  public static final Iri RDF_TYPE = Iri.of(DBS.Evidence);

  /** Normalises absent values (empty texts and sets, never null) and freezes the sets. */
  public Evidence {
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

  /** The cited resource: the provenance {@code dct:source}, or {@code null}. */
  public Iri source() {
    return provenance.source();
  }

  /** Collects the fields of a {@link Evidence}; {@link #build()} checks the required ones. */
  public static final class Builder implements EntityBuilder<Evidence, Builder> {
    private Resource id;
    private LangText title = LangText.EMPTY;
    private LangText description = LangText.EMPTY;
    private Provenance provenance = Provenance.EMPTY;
    private Extensions extensions = Extensions.EMPTY;

    private Builder() {}

    private Builder(Evidence from) {
      id = from.id;
      title = from.title;
      description = from.description;
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

    /** Sets the cited resource (the provenance {@code dct:source}). */
    public Builder source(Iri source) {
      this.provenance = provenance.toBuilder().source(source).build();
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
    public Evidence build() {
      if (id == null) {
        throw new IncompleteModelException("Evidence", null, "id");
      }
      return buildUnchecked();
    }

    @Override
    public Evidence build(IdMinter minter) {
      if (id == null) {
        id = minter.mint("Evidence", ModelSupport.label(title));
      }
      return build();
    }

    @Override
    public Evidence buildUnchecked() {
      if (id == null) {
        throw new IncompleteModelException("Evidence", null, "id");
      }
      return new Evidence(id, title, description, provenance, extensions);
    }
  }
}
