package org.debatescore.core.model;

import java.util.Collection;
import java.util.Set;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Resource;

/**
 * What a participant contributes to a debate: the fields shared by proposals, arguments, comments,
 * questions, answers, testimonies, amendments and official responses, so that threads, counts and
 * authorship can be handled without knowing the exact kind.
 */
public sealed interface Contribution extends Entity
    permits Proposal, Amendment, Argument, Comment, Question, Answer, Testimony, OfficialResponse {

  /** The debate it belongs to (required). */
  Resource debate();

  /** Its authors; empty when unknown. */
  Set<Resource> authors();

  /** When it was made ({@code xsd:dateTime}), or {@code null}. */
  TemporalValue created();

  /** When it was last changed, or {@code null}. */
  TemporalValue modified();

  /** Its body text by language; empty when absent. */
  LangText text();

  /** The issue it addresses, or {@code null}. */
  Resource addresses();

  /** The contribution it replies to, or {@code null}. */
  Resource replyTo();

  /** Its stance towards what it replies to (code list stance), or {@code null}. */
  Iri stance();

  /** The evidence it cites. */
  Set<Resource> cites();

  /** The channel it came through (code list channel), or {@code null}. */
  Iri channel();

  /** Its original kind on the source platform (code list contribution-kind), or {@code null}. */
  Iri contributionKind();

  /** Aggregate number of endorsements when individual ones are unknown, or {@code null}. */
  Long endorsementCount();

  @Override
  Builder<?, ?> toBuilder();

  /**
   * The setters shared by every contribution builder.
   *
   * @param <E> the contribution built
   * @param <B> the builder itself
   */
  interface Builder<E extends Contribution, B extends Builder<E, B>> extends EntityBuilder<E, B> {
    B debate(Resource debate);

    B authors(Collection<? extends Resource> authors);

    B addAuthor(Resource author);

    B created(TemporalValue created);

    B modified(TemporalValue modified);

    B text(LangText text);

    B text(String language, String text);

    B addresses(Resource issue);

    B replyTo(Resource contribution);

    B stance(Iri stance);

    B cites(Collection<? extends Resource> evidence);

    B addCites(Resource evidence);

    B channel(Iri channel);

    B contributionKind(Iri kind);

    B endorsementCount(Long count);
  }
}
