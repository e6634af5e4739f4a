package org.debatescore.core.model;

import java.util.Objects;
import org.debatescore.core.IncompleteModelException;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Resource;
import org.debatescore.vocab.DBS;

/**
 * A report, minutes, bilan or compte rendu produced by a debate.
 *
 * <p>Required: id. Build with {@link #builder()}; absent single values are {@code null}, absent
 * texts and sets are empty.
 *
 * @param id its IRI or blank node
 * @param title title, by language.
 * @param description description, by language.
 * @param debate the debate that produced it.
 * @param documentKind kind of document.
 * @param date its date (date or date-time).
 * @param provenance where the record comes from
 * @param extensions statements about it that no field holds, written back unchanged
 */
public record Document(
    Resource id,
    LangText title,
    LangText description,
    Resource debate,
    Iri documentKind,
    TemporalValue date,
    Provenance provenance,
    Extensions extensions)
    implements Entity {

  /** The RDF class, {@code dbs:Document}. */
  public static final Iri RDF_TYPE = Iri.of(DBS.Document);

  /** Normalises absent values (empty texts and sets, never null) and freezes the sets. */
  public Document {
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

  /** Collects the fields of a {@link Document}; {@link #build()} checks the required ones. */
  public static final class Builder implements EntityBuilder<Document, Builder> {
    private Resource id;
    private LangText title = LangText.EMPTY;
    private LangText description = LangText.EMPTY;
    private Resource debate;
    private Iri documentKind;
    private TemporalValue date;
    private Provenance provenance = Provenance.EMPTY;
    private Extensions extensions = Extensions.EMPTY;

    private Builder() {}

    private Builder(Document from) {
      id = from.id;
      title = from.title;
      description = from.description;
      debate = from.debate;
      documentKind = from.documentKind;
      date = from.date;
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

    /** Sets the debate: the debate that produced it; {@code null} clears it. */
    public Builder debate(Resource debate) {
      this.debate = debate;
      return this;
    }

    /** Sets the documentKind: kind of document; {@code null} clears it. */
    public Builder documentKind(Iri documentKind) {
      this.documentKind = documentKind;
      return this;
    }

    /** Sets the date: its date (date or date-time); {@code null} clears it. */
    public Builder date(TemporalValue date) {
      this.date = date;
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
    public Document build() {
      if (id == null) {
        throw new IncompleteModelException("Document", null, "id");
      }
      return buildUnchecked();
    }

    @Override
    public Document build(IdMinter minter) {
      if (id == null) {
        id = minter.mint("Document", ModelSupport.label(title));
      }
      return build();
    }

    @Override
    public Document buildUnchecked() {
      if (id == null) {
        throw new IncompleteModelException("Document", null, "id");
      }
      return new Document(
          id, title, description, debate, documentKind, date, provenance, extensions);
    }
  }
}
