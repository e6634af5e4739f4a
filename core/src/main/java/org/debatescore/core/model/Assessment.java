package org.debatescore.core.model;

import java.math.BigDecimal;
import java.util.Objects;
import org.debatescore.core.IncompleteModelException;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Resource;
import org.debatescore.vocab.DBS;

/**
 * A score along a named dimension of a contribution or a debate (also aggregated indicators).
 *
 * <p>Required: id, assesses, dimension, score, assessor or method. Build with {@link #builder()};
 * absent single values are {@code null}, absent texts and sets are empty.
 *
 * @param id its IRI or blank node
 * @param assesses the contribution or debate assessed.
 * @param dimension dimension scored.
 * @param score the score.
 * @param assessor who assessed.
 * @param method how the score was computed, by language.
 * @param date when it was made.
 * @param debate the debate it belongs to.
 * @param provenance where the record comes from
 * @param extensions statements about it that no field holds, written back unchanged
 */
public record Assessment(
    Resource id,
    Resource assesses,
    Iri dimension,
    BigDecimal score,
    Resource assessor,
    LangText method,
    TemporalValue date,
    Resource debate,
    Provenance provenance,
    Extensions extensions)
    implements Entity {

  /** The RDF class, {@code dbs:Assessment}. */
  public static final Iri RDF_TYPE = Iri.of(DBS.Assessment);

  /** Normalises absent values (empty texts and sets, never null) and freezes the sets. */
  public Assessment {
    Objects.requireNonNull(id, "id");
    method = LangText.orEmpty(method);
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

  /** Collects the fields of a {@link Assessment}; {@link #build()} checks the required ones. */
  public static final class Builder implements EntityBuilder<Assessment, Builder> {
    private Resource id;
    private Resource assesses;
    private Iri dimension;
    private BigDecimal score;
    private Resource assessor;
    private LangText method = LangText.EMPTY;
    private TemporalValue date;
    private Resource debate;
    private Provenance provenance = Provenance.EMPTY;
    private Extensions extensions = Extensions.EMPTY;

    private Builder() {}

    private Builder(Assessment from) {
      id = from.id;
      assesses = from.assesses;
      dimension = from.dimension;
      score = from.score;
      assessor = from.assessor;
      method = from.method;
      date = from.date;
      debate = from.debate;
      provenance = from.provenance;
      extensions = from.extensions;
    }

    @Override
    public Builder id(Resource id) {
      this.id = id;
      return this;
    }

    /** Sets the assesses: the contribution or debate assessed; {@code null} clears it. */
    public Builder assesses(Resource assesses) {
      this.assesses = assesses;
      return this;
    }

    /** Sets the dimension: dimension scored; {@code null} clears it. */
    public Builder dimension(Iri dimension) {
      this.dimension = dimension;
      return this;
    }

    /** Sets the score: the score; {@code null} clears it. */
    public Builder score(BigDecimal score) {
      this.score = score;
      return this;
    }

    /** Sets the assessor: who assessed; {@code null} clears it. */
    public Builder assessor(Resource assessor) {
      this.assessor = assessor;
      return this;
    }

    /** Sets the method in all languages. */
    public Builder method(LangText method) {
      this.method = LangText.orEmpty(method);
      return this;
    }

    /** Sets the method in one language, keeping the others. */
    public Builder method(String language, String text) {
      this.method = this.method.with(language, text);
      return this;
    }

    /** Sets the date: when it was made; {@code null} clears it. */
    public Builder date(TemporalValue date) {
      this.date = date;
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
    public Assessment build() {
      if (id == null) {
        throw new IncompleteModelException("Assessment", null, "id");
      }
      if (assesses == null) {
        throw new IncompleteModelException("Assessment", id.toString(), "assesses");
      }
      if (dimension == null) {
        throw new IncompleteModelException("Assessment", id.toString(), "dimension");
      }
      if (score == null) {
        throw new IncompleteModelException("Assessment", id.toString(), "score");
      }
      if (assessor == null && method.isEmpty()) {
        throw new IncompleteModelException("Assessment", id.toString(), "assessor or method");
      }
      return buildUnchecked();
    }

    @Override
    public Assessment build(IdMinter minter) {
      if (id == null) {
        id = minter.mint("Assessment", null);
      }
      return build();
    }

    @Override
    public Assessment buildUnchecked() {
      if (id == null) {
        throw new IncompleteModelException("Assessment", null, "id");
      }
      return new Assessment(
          id, assesses, dimension, score, assessor, method, date, debate, provenance, extensions);
    }
  }
}
