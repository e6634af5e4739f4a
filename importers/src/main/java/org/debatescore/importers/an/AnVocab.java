package org.debatescore.importers.an;

import java.util.Map;
import java.util.regex.Pattern;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Literal;
import org.debatescore.importers.ImportSession;
import org.debatescore.vocab.Terms;

/**
 * The constants of the Assemblée nationale's open data: licence and attribution, the AN's web
 * addresses, the identifiers' form, the decoded non-voting causes, and the terms this importer
 * mints for what no Debatescore field holds ({@code <base>assemblee-nationale/vocab#...}).
 */
final class AnVocab {

  /**
   * The platform in IRIs and provenance: the AN as a whole rather than this one dataset, so that
   * deputies get the same IRIs (and pseudonyms, with the same salt) in imports of other AN data.
   */
  static final String PLATFORM = "assemblee-nationale";

  /** Licence Ouverte v1.0 (Etalab), under which data.assemblee-nationale.fr publishes. */
  static final Iri LICENCE =
      Iri.of("https://www.etalab.gouv.fr/wp-content/uploads/2014/05/Licence_Ouverte.pdf");

  /** The attribution the licence requires. */
  static final Literal ATTRIBUTION =
      Literal.lang(
          "Source : Assemblée nationale (data.assemblee-nationale.fr), Licence Ouverte v1.0.",
          "fr");

  static final Iri RIGHTS = Iri.of(Terms.DCT.NS + "rights");

  /** The AN's public site: scrutin pages {@code dyn/17/scrutins/5268}, {@code dyn/deputes/PA…}. */
  static final String SITE = "https://www.assemblee-nationale.fr/dyn/";

  /** The Assemblée's own organ id in législature 17 (others have their own). */
  static final String ASSEMBLY_NAME = "Assemblée nationale";

  /** A sane AN reference (PA…, PO…, PM…, VTANR5L17V…, RUANR5L17S…, DLR5L17N…). */
  static final Pattern REF = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  static final Pattern ACTOR = Pattern.compile("PA\\d{1,15}");

  static final Pattern DIGITS = Pattern.compile("\\d{1,9}");

  /** The dangling group reference of 14 scrutins of the XVIIe législature. */
  static final String NO_GROUP = "PO0";

  /**
   * {@code causePositionVote}, decoded from the deputies' mandates (not in an official list): why a
   * present deputy did not vote.
   */
  static final Map<String, String> CAUSES =
      Map.of(
          "MG", "membre du Gouvernement",
          "PAN", "président de l'Assemblée nationale",
          "PSE", "président de séance");

  private final String ns;

  AnVocab(ImportSession session) {
    this.ns = session.options().baseIri() + PLATFORM + "/vocab#";
  }

  /** A term of this importer's vocabulary. */
  Iri term(String local) {
    return Iri.of(ns + local);
  }

  static Literal integer(long n) {
    return Literal.typed(Long.toString(n), Terms.XSD.nonNegativeInteger);
  }

  static Literal bool(boolean b) {
    return Literal.typed(Boolean.toString(b), Terms.XSD.boolean_);
  }

  /** {@code text} if it is a sane AN reference, else {@code null}. */
  static String ref(String text) {
    return text != null && REF.matcher(text.strip()).matches() ? text.strip() : null;
  }
}
