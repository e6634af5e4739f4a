package org.debatescore.importers.capcollectif;

import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Literal;
import org.debatescore.core.rdf.Triple;
import org.debatescore.importers.ImportSession;
import org.debatescore.vocab.Codes;
import org.debatescore.vocab.Terms;

/**
 * The three options of a Cap Collectif vote: d'accord (YES) is the code {@code vote:for}, pas
 * d'accord (NO) the code {@code vote:against}, and mitigé (MITIGE), which is neither for, against
 * nor an abstention (the voter takes part and is undecided on the merits), a platform concept
 * {@code <base>capcollectif/vote-option/mitige} labelled in French and English, written once per
 * import. A vote event lists the three, so the shapes accept the mix of codes and concept.
 */
final class VoteOptions {

  private final ImportSession session;
  private final Iri mitige;
  private boolean written;

  VoteOptions(ImportSession session) {
    this.session = session;
    this.mitige = session.iri("vote-option", "mitige");
  }

  /** The option of vote index 0 (YES), 1 (MITIGE) or 2 (NO). */
  Iri option(int index) {
    return switch (index) {
      case 0 -> Iri.of(Codes.VoteOption.FOR);
      case 1 -> mitige();
      default -> Iri.of(Codes.VoteOption.AGAINST);
    };
  }

  private Iri mitige() {
    if (!written) {
      written = true;
      session.write(Triple.of(mitige, Iri.of(Terms.RDF.type), Iri.of(Terms.SKOS.Concept)));
      session.write(Triple.of(mitige, Iri.of(Terms.SKOS.prefLabel), Literal.lang("mitigé", "fr")));
      session.write(Triple.of(mitige, Iri.of(Terms.SKOS.prefLabel), Literal.lang("mixed", "en")));
      session.write(
          Triple.of(
              mitige,
              Iri.of(Terms.SKOS.definition),
              Literal.lang(
                  "Vote « mitigé » de Cap Collectif, entre « d'accord » et « pas d'accord » :"
                      + " ni pour, ni contre, ni abstention.",
                  "fr")));
      session.write(
          Triple.of(
              mitige,
              Iri.of(Terms.SKOS.definition),
              Literal.lang(
                  "Cap Collectif's \"mixed\" vote, between agree (d'accord) and disagree (pas"
                      + " d'accord): neither for, against nor an abstention.",
                  "en")));
    }
    return mitige;
  }
}
