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
 * What was decided, by whom, through which act, and on which contributions.
 *
 * <p>Required: id, debate, title, date, outcome. Build with {@link #builder()}; absent single
 * values are {@code null}, absent texts and sets are empty.
 *
 * @param id its IRI or blank node
 * @param title title, by language.
 * @param description description, by language.
 * @param debate the debate it concludes.
 * @param date when it was taken.
 * @param outcome outcome.
 * @param rationale why, by language.
 * @param decidedBy who decided.
 * @param legalAct the legal act through which it was taken.
 * @param adopts proposals adopted.
 * @param rejects proposals rejected.
 * @param modifies proposals adopted with changes.
 * @param tookIntoAccount contributions taken into account.
 * @param basedOnVote vote events it is based on.
 * @param documents documents produced.
 * @param provenance where the record comes from
 * @param extensions statements about it that no field holds, written back unchanged
 */
public record Decision(
    Resource id,
    LangText title,
    LangText description,
    Resource debate,
    TemporalValue date,
    Iri outcome,
    LangText rationale,
    Set<Resource> decidedBy,
    Iri legalAct,
    Set<Resource> adopts,
    Set<Resource> rejects,
    Set<Resource> modifies,
    Set<Resource> tookIntoAccount,
    Set<Resource> basedOnVote,
    Set<Resource> documents,
    Provenance provenance,
    Extensions extensions)
    implements Entity {

  /** The RDF class, {@code dbs:Decision}. */
  public static final Iri RDF_TYPE = Iri.of(DBS.Decision);

  /** Normalises absent values (empty texts and sets, never null) and freezes the sets. */
  public Decision {
    Objects.requireNonNull(id, "id");
    title = LangText.orEmpty(title);
    description = LangText.orEmpty(description);
    rationale = LangText.orEmpty(rationale);
    decidedBy = ModelSupport.immutableSet(decidedBy, "decidedBy");
    adopts = ModelSupport.immutableSet(adopts, "adopts");
    rejects = ModelSupport.immutableSet(rejects, "rejects");
    modifies = ModelSupport.immutableSet(modifies, "modifies");
    tookIntoAccount = ModelSupport.immutableSet(tookIntoAccount, "tookIntoAccount");
    basedOnVote = ModelSupport.immutableSet(basedOnVote, "basedOnVote");
    documents = ModelSupport.immutableSet(documents, "documents");
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

  /** Collects the fields of a {@link Decision}; {@link #build()} checks the required ones. */
  public static final class Builder implements EntityBuilder<Decision, Builder> {
    private Resource id;
    private LangText title = LangText.EMPTY;
    private LangText description = LangText.EMPTY;
    private Resource debate;
    private TemporalValue date;
    private Iri outcome;
    private LangText rationale = LangText.EMPTY;
    private final Set<Resource> decidedBy = new LinkedHashSet<>();
    private Iri legalAct;
    private final Set<Resource> adopts = new LinkedHashSet<>();
    private final Set<Resource> rejects = new LinkedHashSet<>();
    private final Set<Resource> modifies = new LinkedHashSet<>();
    private final Set<Resource> tookIntoAccount = new LinkedHashSet<>();
    private final Set<Resource> basedOnVote = new LinkedHashSet<>();
    private final Set<Resource> documents = new LinkedHashSet<>();
    private Provenance provenance = Provenance.EMPTY;
    private Extensions extensions = Extensions.EMPTY;

    private Builder() {}

    private Builder(Decision from) {
      id = from.id;
      title = from.title;
      description = from.description;
      debate = from.debate;
      date = from.date;
      outcome = from.outcome;
      rationale = from.rationale;
      decidedBy.addAll(from.decidedBy);
      legalAct = from.legalAct;
      adopts.addAll(from.adopts);
      rejects.addAll(from.rejects);
      modifies.addAll(from.modifies);
      tookIntoAccount.addAll(from.tookIntoAccount);
      basedOnVote.addAll(from.basedOnVote);
      documents.addAll(from.documents);
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

    /** Sets the debate: the debate it concludes; {@code null} clears it. */
    public Builder debate(Resource debate) {
      this.debate = debate;
      return this;
    }

    /** Sets the date: when it was taken; {@code null} clears it. */
    public Builder date(TemporalValue date) {
      this.date = date;
      return this;
    }

    /** Sets the outcome: outcome; {@code null} clears it. */
    public Builder outcome(Iri outcome) {
      this.outcome = outcome;
      return this;
    }

    /** Sets the rationale in all languages. */
    public Builder rationale(LangText rationale) {
      this.rationale = LangText.orEmpty(rationale);
      return this;
    }

    /** Sets the rationale in one language, keeping the others. */
    public Builder rationale(String language, String text) {
      this.rationale = this.rationale.with(language, text);
      return this;
    }

    /** Replaces the decidedBy: who decided. */
    public Builder decidedBy(Collection<? extends Resource> decidedBy) {
      this.decidedBy.clear();
      for (Resource value : decidedBy) {
        addDecidedBy(value);
      }
      return this;
    }

    /** Adds to the decidedBy: who decided. */
    public Builder addDecidedBy(Resource value) {
      this.decidedBy.add(Objects.requireNonNull(value, "decidedBy"));
      return this;
    }

    /** Sets the legalAct: the legal act through which it was taken; {@code null} clears it. */
    public Builder legalAct(Iri legalAct) {
      this.legalAct = legalAct;
      return this;
    }

    /** Replaces the adopts: proposals adopted. */
    public Builder adopts(Collection<? extends Resource> adopts) {
      this.adopts.clear();
      for (Resource value : adopts) {
        addAdopts(value);
      }
      return this;
    }

    /** Adds to the adopts: proposals adopted. */
    public Builder addAdopts(Resource value) {
      this.adopts.add(Objects.requireNonNull(value, "adopts"));
      return this;
    }

    /** Replaces the rejects: proposals rejected. */
    public Builder rejects(Collection<? extends Resource> rejects) {
      this.rejects.clear();
      for (Resource value : rejects) {
        addRejects(value);
      }
      return this;
    }

    /** Adds to the rejects: proposals rejected. */
    public Builder addRejects(Resource value) {
      this.rejects.add(Objects.requireNonNull(value, "rejects"));
      return this;
    }

    /** Replaces the modifies: proposals adopted with changes. */
    public Builder modifies(Collection<? extends Resource> modifies) {
      this.modifies.clear();
      for (Resource value : modifies) {
        addModifies(value);
      }
      return this;
    }

    /** Adds to the modifies: proposals adopted with changes. */
    public Builder addModifies(Resource value) {
      this.modifies.add(Objects.requireNonNull(value, "modifies"));
      return this;
    }

    /** Replaces the tookIntoAccount: contributions taken into account. */
    public Builder tookIntoAccount(Collection<? extends Resource> tookIntoAccount) {
      this.tookIntoAccount.clear();
      for (Resource value : tookIntoAccount) {
        addTookIntoAccount(value);
      }
      return this;
    }

    /** Adds to the tookIntoAccount: contributions taken into account. */
    public Builder addTookIntoAccount(Resource value) {
      this.tookIntoAccount.add(Objects.requireNonNull(value, "tookIntoAccount"));
      return this;
    }

    /** Replaces the basedOnVote: vote events it is based on. */
    public Builder basedOnVote(Collection<? extends Resource> basedOnVote) {
      this.basedOnVote.clear();
      for (Resource value : basedOnVote) {
        addBasedOnVote(value);
      }
      return this;
    }

    /** Adds to the basedOnVote: vote events it is based on. */
    public Builder addBasedOnVote(Resource value) {
      this.basedOnVote.add(Objects.requireNonNull(value, "basedOnVote"));
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
    public Decision build() {
      if (id == null) {
        throw new IncompleteModelException("Decision", null, "id");
      }
      if (debate == null) {
        throw new IncompleteModelException("Decision", id.toString(), "debate");
      }
      if (title.isEmpty()) {
        throw new IncompleteModelException("Decision", id.toString(), "title");
      }
      if (date == null) {
        throw new IncompleteModelException("Decision", id.toString(), "date");
      }
      if (outcome == null) {
        throw new IncompleteModelException("Decision", id.toString(), "outcome");
      }
      return buildUnchecked();
    }

    @Override
    public Decision build(IdMinter minter) {
      if (id == null) {
        id = minter.mint("Decision", ModelSupport.label(title));
      }
      return build();
    }

    @Override
    public Decision buildUnchecked() {
      if (id == null) {
        throw new IncompleteModelException("Decision", null, "id");
      }
      return new Decision(
          id,
          title,
          description,
          debate,
          date,
          outcome,
          rationale,
          decidedBy,
          legalAct,
          adopts,
          rejects,
          modifies,
          tookIntoAccount,
          basedOnVote,
          documents,
          provenance,
          extensions);
    }
  }
}
