package org.debatescore.importers.granddebat;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The subjects of the Grand Débat files, each an issue of the debate: the four themes (open
 * questions and quick questionnaires) and the two questionnaires about local meetings (RIL). A
 * theme has the digit that starts the {@code reference} of its contributions ({@code 2-1234}).
 */
enum Topic {
  DEMOCRATIE("DEMOCRATIE_ET_CITOYENNETE", '1', "La démocratie et la citoyenneté"),
  TRANSITION("LA_TRANSITION_ECOLOGIQUE", '2', "La transition écologique"),
  FISCALITE(
      "LA_FISCALITE_ET_LES_DEPENSES_PUBLIQUES", '3', "La fiscalité et les dépenses publiques"),
  ORGANISATION(
      "ORGANISATION_DE_LETAT_ET_DES_SERVICES_PUBLICS",
      '4',
      "L'organisation de l'État et des services publics"),
  ORGANISER_RIL("ORGANISER_UNE_RIL", ' ', "Organiser une réunion d'initiative locale"),
  RESTITUER_RIL("RESTITUER_UNE_RIL", ' ', "Restituer une réunion d'initiative locale");

  /** The key of the generator's file names, e.g. {@code LA_TRANSITION_ECOLOGIQUE}. */
  final String key;

  final char digit;

  /** The title, in French. */
  final String title;

  Topic(String key, char digit, String title) {
    this.key = key;
    this.digit = digit;
    this.title = title;
  }

  /** The slug of the IRI, e.g. {@code la-transition-ecologique}. */
  String slug() {
    return key.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The theme of a contribution reference {@code <digit>-<n>}, or {@code null}. */
  static Topic ofReference(String reference) {
    if (reference == null || reference.length() < 2 || reference.charAt(1) != '-') {
      return null;
    }
    for (Topic t : values()) {
      if (t.digit == reference.charAt(0)) {
        return t;
      }
    }
    return null;
  }

  /**
   * The topic a file name tells, whatever its case and separators ({@code
   * LA_TRANSITION_ECOLOGIQUE.csv}, data.gouv.fr's {@code la-transition-ecologique.csv}), or {@code
   * null}.
   */
  static Topic ofFileName(String fileName) {
    String squashed = squash(fileName);
    for (Topic t : values()) {
      if (squashed.contains(squash(t.key))) {
        return t;
      }
    }
    return null;
  }

  /** Upper-case letters and digits only, accents removed: {@code l'État} gives {@code LETAT}. */
  static String squash(String text) {
    String n = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (c < 128 && Character.isLetterOrDigit(c)) {
        b.append(Character.toUpperCase(c));
      }
    }
    return b.toString();
  }
}
