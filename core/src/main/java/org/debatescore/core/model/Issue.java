package org.debatescore.core.model;

import java.util.Objects;
import org.debatescore.core.IncompleteModelException;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Resource;
import org.debatescore.vocab.DBS;

/**
 * The question put to debate, that contributions address.
 *
 * <p>Required: id, debate, title or text. Build with {@link #builder()}; absent single values are
 * {@code null}, absent texts and sets are empty.
 *
 * @param id its IRI or blank node
 * @param title title, by language.
 * @param description description, by language.
 * @param text body text, by language.
 * @param debate the debate it is put to.
 * @param created when it was made.
 * @param provenance where the record comes from
 * @param extensions statements about it that no field holds, written back unchanged
 */
public record Issue(
    Resource id,
    LangText title,
    LangText description,
    LangText text,
    Resource debate,
    TemporalValue created,
    Provenance provenance,
    Extensions extensions)
    implements Entity {

  /** The RDF class, {@code dbs:Issue}. */
  public static final Iri RDF_TYPE = Iri.of(DBS.Issue);

  /** Normalises absent values (empty texts and sets, never null) and freezes the sets. */
  public Issue {
    Objects.requireNonNull(id, "id");
    title = LangText.orEmpty(title);
    description = LangText.orEmpty(description);
    text = LangText.orEmpty(text);
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

  /** Collects the fields of a {@link Issue}; {@link #build()} checks the required ones. */
  public static final class Builder implements EntityBuilder<Issue, Builder> {
    private Resource id;
    private LangText title = LangText.EMPTY;
    private LangText description = LangText.EMPTY;
    private LangText text = LangText.EMPTY;
    private Resource debate;
    private TemporalValue created;
    private Provenance provenance = Provenance.EMPTY;
    private Extensions extensions = Extensions.EMPTY;

    private Builder() {}

    private Builder(Issue from) {
      id = from.id;
      title = from.title;
      description = from.description;
      text = from.text;
      debate = from.debate;
      created = from.created;
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

    /** Sets the text in all languages. */
    public Builder text(LangText text) {
      this.text = LangText.orEmpty(text);
      return this;
    }

    /** Sets the text in one language, keeping the others. */
    public Builder text(String language, String text) {
      this.text = this.text.with(language, text);
      return this;
    }

    /** Sets the debate: the debate it is put to; {@code null} clears it. */
    public Builder debate(Resource debate) {
      this.debate = debate;
      return this;
    }

    /** Sets the created: when it was made; {@code null} clears it. */
    public Builder created(TemporalValue created) {
      this.created = created;
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
    public Issue build() {
      if (id == null) {
        throw new IncompleteModelException("Issue", null, "id");
      }
      if (debate == null) {
        throw new IncompleteModelException("Issue", id.toString(), "debate");
      }
      if (title.isEmpty() && text.isEmpty()) {
        throw new IncompleteModelException("Issue", id.toString(), "title or text");
      }
      return buildUnchecked();
    }

    @Override
    public Issue build(IdMinter minter) {
      if (id == null) {
        id = minter.mint("Issue", ModelSupport.label(title, text));
      }
      return build();
    }

    @Override
    public Issue buildUnchecked() {
      if (id == null) {
        throw new IncompleteModelException("Issue", null, "id");
      }
      return new Issue(id, title, description, text, debate, created, provenance, extensions);
    }
  }
}
