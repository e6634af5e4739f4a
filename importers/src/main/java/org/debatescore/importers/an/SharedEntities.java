package org.debatescore.importers.an;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.debatescore.core.model.Debate;
import org.debatescore.core.model.Extensions;
import org.debatescore.core.model.Organisation;
import org.debatescore.core.model.PublicBody;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Literal;
import org.debatescore.core.rdf.Triple;
import org.debatescore.importers.ImportSession;
import org.debatescore.vocab.Codes;
import org.debatescore.vocab.Terms;

/**
 * What several scrutins share, written once per import: the sittings (one {@code Debate} each), the
 * Assemblée and the political groups, the non-voting option, and the scrutins already read (to
 * refuse a second copy). Memory grows with the number of scrutins (one id each) and of sittings,
 * never with the ballots.
 */
final class SharedEntities {

  private final ImportSession s;
  private final AnVocab vocab;
  private final Map<String, String> scrutins = new HashMap<>();
  private final Set<String> written = new HashSet<>();
  private Iri nonVoting;

  SharedEntities(ImportSession session, AnVocab vocab) {
    this.s = session;
    this.vocab = vocab;
  }

  AnVocab vocab() {
    return vocab;
  }

  /** The file that already gave scrutin {@code uid}, or {@code null} after recording this one. */
  String firstCopy(String uid, String source) {
    return scrutins.putIfAbsent(uid, source);
  }

  /**
   * The debate of a sitting ({@code seanceRef}); without one, a debate per législature. The sitting
   * is where the Assemblée debates and votes; the legislative dossier, often absent, is kept on the
   * vote event.
   */
  Iri sitting(String seance, String legislature, Iri assembly) {
    String key =
        seance != null ? seance : "legislature-" + (legislature != null ? legislature : "?");
    Iri iri = s.iri("debate", key);
    if (written.add("debate:" + key)) {
      String title =
          seance != null
              ? "Assemblée nationale, séance " + seance
              : "Assemblée nationale, scrutins sans séance indiquée (législature "
                  + (legislature != null ? legislature : "inconnue")
                  + ")";
      Debate.Builder b =
          Debate.builder()
              .id(iri)
              .title("fr", title)
              .processKind(Iri.of(Codes.ProcessKind.COUNCIL_DELIBERATION))
              .addChannel(Iri.of(Codes.Channel.IN_PERSON_MEETING))
              .addOrganiser(assembly)
              .provenance(s.provenance(seance, null).toBuilder().license(AnVocab.LICENCE).build())
              .extensions(Extensions.of(AnVocab.RIGHTS, AnVocab.ATTRIBUTION));
      s.write(b.build());
    }
    return iri;
  }

  /** The Assemblée ({@code organeRef} of the scrutin, e.g. PO838901), as a public body. */
  Iri assembly(String organeRef) {
    String key = organeRef != null ? organeRef : "assemblee-nationale";
    Iri iri = s.iri("organe", key);
    if (written.add("organe:" + key)) {
      s.write(
          PublicBody.builder()
              .id(iri)
              .name(AnVocab.ASSEMBLY_NAME)
              .homepage(Iri.of("https://www.assemblee-nationale.fr/"))
              .provenance(s.provenance(organeRef, null))
              .build());
    }
    return iri;
  }

  /**
   * A political group by its organ id. Its name is in the AN's separate actors and organs dataset
   * (AMO), not in the scrutins: only the id is written, as provenance.
   */
  Iri group(String organeRef) {
    Iri iri = s.iri("organe", organeRef);
    if (written.add("organe:" + organeRef)) {
      s.write(Organisation.builder().id(iri).provenance(s.provenance(organeRef, null)).build());
    }
    return iri;
  }

  /**
   * The option of a present deputy who did not vote: not a vote option of the code list (it is not
   * a vote), so a concept of this import, described once (SKOS) so that readers can tell what it
   * is.
   */
  Iri nonVoting() {
    if (nonVoting == null) {
      nonVoting = s.iri("vote-option", Position.NON_VOTANT.slug);
      s.write(Triple.of(nonVoting, Iri.of(Terms.RDF.type), Iri.of(Terms.SKOS.Concept)));
      s.write(Triple.of(nonVoting, Iri.of(Terms.SKOS.prefLabel), Literal.lang("non-votant", "fr")));
      s.write(
          Triple.of(nonVoting, Iri.of(Terms.SKOS.prefLabel), Literal.lang("did not vote", "en")));
      s.write(
          Triple.of(
              nonVoting,
              Iri.of(Terms.SKOS.definition),
              Literal.lang(
                  "Député présent qui n'a pas pris part au vote (membre du Gouvernement,"
                      + " président de séance...), décompté à part des suffrages.",
                  "fr")));
    }
    return nonVoting;
  }

  /** The option IRI of a position. */
  Iri option(Position p) {
    return p.code != null ? Iri.of(p.code) : nonVoting();
  }
}
