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
 * An amendment to a proposal or a document.
 *
 * <p>Required: id, debate. Build with {@link #builder()}; absent single values are {@code null},
 * absent texts and sets are empty.
 *
 * @param id its IRI or blank node
 * @param title title, by language.
 * @param description description, by language.
 * @param debate the debate this contribution belongs to.
 * @param authors who wrote it.
 * @param created when it was made.
 * @param modified when it was last changed.
 * @param text body text, by language.
 * @param addresses the issue it addresses.
 * @param replyTo the contribution it replies to (threads).
 * @param stance stance towards what it replies to.
 * @param cites evidence it cites.
 * @param channel channel it came through.
 * @param contributionKind its original kind on the source platform.
 * @param endorsementCount number of endorsements when individual ones are unknown.
 * @param status where it stands.
 * @param amends the proposal or document it amends.
 * @param provenance where the record comes from
 * @param extensions statements about it that no field holds, written back unchanged
 */
public record Amendment(
    Resource id,
    LangText title,
    LangText description,
    Resource debate,
    Set<Resource> authors,
    TemporalValue created,
    TemporalValue modified,
    LangText text,
    Resource addresses,
    Resource replyTo,
    Iri stance,
    Set<Resource> cites,
    Iri channel,
    Iri contributionKind,
    Long endorsementCount,
    Iri status,
    Resource amends,
    Provenance provenance,
    Extensions extensions)
    implements Contribution {

  /** The RDF class, {@code dbs:Amendment}. */
  public static final Iri RDF_TYPE = Iri.of(DBS.Amendment);

  /** Normalises absent values (empty texts and sets, never null) and freezes the sets. */
  public Amendment {
    Objects.requireNonNull(id, "id");
    title = LangText.orEmpty(title);
    description = LangText.orEmpty(description);
    authors = ModelSupport.immutableSet(authors, "authors");
    ModelSupport.requireDateTime(created, "created");
    ModelSupport.requireDateTime(modified, "modified");
    text = LangText.orEmpty(text);
    cites = ModelSupport.immutableSet(cites, "cites");
    ModelSupport.requireNonNegative(endorsementCount, "endorsementCount");
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

  /** Collects the fields of a {@link Amendment}; {@link #build()} checks the required ones. */
  public static final class Builder implements Contribution.Builder<Amendment, Builder> {
    private Resource id;
    private LangText title = LangText.EMPTY;
    private LangText description = LangText.EMPTY;
    private Resource debate;
    private final Set<Resource> authors = new LinkedHashSet<>();
    private TemporalValue created;
    private TemporalValue modified;
    private LangText text = LangText.EMPTY;
    private Resource addresses;
    private Resource replyTo;
    private Iri stance;
    private final Set<Resource> cites = new LinkedHashSet<>();
    private Iri channel;
    private Iri contributionKind;
    private Long endorsementCount;
    private Iri status;
    private Resource amends;
    private Provenance provenance = Provenance.EMPTY;
    private Extensions extensions = Extensions.EMPTY;

    private Builder() {}

    private Builder(Amendment from) {
      id = from.id;
      title = from.title;
      description = from.description;
      debate = from.debate;
      authors.addAll(from.authors);
      created = from.created;
      modified = from.modified;
      text = from.text;
      addresses = from.addresses;
      replyTo = from.replyTo;
      stance = from.stance;
      cites.addAll(from.cites);
      channel = from.channel;
      contributionKind = from.contributionKind;
      endorsementCount = from.endorsementCount;
      status = from.status;
      amends = from.amends;
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

    /** Sets the debate: the debate this contribution belongs to; {@code null} clears it. */
    @Override
    public Builder debate(Resource debate) {
      this.debate = debate;
      return this;
    }

    /** Replaces the authors: who wrote it. */
    @Override
    public Builder authors(Collection<? extends Resource> authors) {
      this.authors.clear();
      for (Resource value : authors) {
        addAuthor(value);
      }
      return this;
    }

    /** Adds to the authors: who wrote it. */
    @Override
    public Builder addAuthor(Resource value) {
      this.authors.add(Objects.requireNonNull(value, "authors"));
      return this;
    }

    /** Sets the created: when it was made; {@code null} clears it. */
    @Override
    public Builder created(TemporalValue created) {
      this.created = created;
      return this;
    }

    /** Sets the modified: when it was last changed; {@code null} clears it. */
    @Override
    public Builder modified(TemporalValue modified) {
      this.modified = modified;
      return this;
    }

    /** Sets the text in all languages. */
    @Override
    public Builder text(LangText text) {
      this.text = LangText.orEmpty(text);
      return this;
    }

    /** Sets the text in one language, keeping the others. */
    @Override
    public Builder text(String language, String text) {
      this.text = this.text.with(language, text);
      return this;
    }

    /** Sets the addresses: the issue it addresses; {@code null} clears it. */
    @Override
    public Builder addresses(Resource addresses) {
      this.addresses = addresses;
      return this;
    }

    /** Sets the replyTo: the contribution it replies to (threads); {@code null} clears it. */
    @Override
    public Builder replyTo(Resource replyTo) {
      this.replyTo = replyTo;
      return this;
    }

    /** Sets the stance: stance towards what it replies to; {@code null} clears it. */
    @Override
    public Builder stance(Iri stance) {
      this.stance = stance;
      return this;
    }

    /** Replaces the cites: evidence it cites. */
    @Override
    public Builder cites(Collection<? extends Resource> cites) {
      this.cites.clear();
      for (Resource value : cites) {
        addCites(value);
      }
      return this;
    }

    /** Adds to the cites: evidence it cites. */
    @Override
    public Builder addCites(Resource value) {
      this.cites.add(Objects.requireNonNull(value, "cites"));
      return this;
    }

    /** Sets the channel: channel it came through; {@code null} clears it. */
    @Override
    public Builder channel(Iri channel) {
      this.channel = channel;
      return this;
    }

    /**
     * Sets the contributionKind: its original kind on the source platform; {@code null} clears it.
     */
    @Override
    public Builder contributionKind(Iri contributionKind) {
      this.contributionKind = contributionKind;
      return this;
    }

    /**
     * Sets the endorsementCount: number of endorsements when individual ones are unknown; {@code
     * null} clears it.
     */
    @Override
    public Builder endorsementCount(Long endorsementCount) {
      this.endorsementCount = endorsementCount;
      return this;
    }

    /** Sets the status: where it stands; {@code null} clears it. */
    public Builder status(Iri status) {
      this.status = status;
      return this;
    }

    /** Sets the amends: the proposal or document it amends; {@code null} clears it. */
    public Builder amends(Resource amends) {
      this.amends = amends;
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
    public Amendment build() {
      if (id == null) {
        throw new IncompleteModelException("Amendment", null, "id");
      }
      if (debate == null) {
        throw new IncompleteModelException("Amendment", id.toString(), "debate");
      }
      return buildUnchecked();
    }

    @Override
    public Amendment build(IdMinter minter) {
      if (id == null) {
        id = minter.mint("Amendment", ModelSupport.label(title, text));
      }
      return build();
    }

    @Override
    public Amendment buildUnchecked() {
      if (id == null) {
        throw new IncompleteModelException("Amendment", null, "id");
      }
      return new Amendment(
          id,
          title,
          description,
          debate,
          authors,
          created,
          modified,
          text,
          addresses,
          replyTo,
          stance,
          cites,
          channel,
          contributionKind,
          endorsementCount,
          status,
          amends,
          provenance,
          extensions);
    }
  }
}
