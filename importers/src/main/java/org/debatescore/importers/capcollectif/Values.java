package org.debatescore.importers.capcollectif;

import java.util.regex.Pattern;
import org.debatescore.vocab.Codes;

/**
 * The coded cells of a Cap Collectif export, in every spelling seen or plausible: row types ({@code
 * opinion}, {@code export_contribution_type_opinion}, French labels), booleans (PHP's {@code 1} and
 * empty string in the 2018 export, {@code 0}/{@code 1} in the RUA files, {@code Oui}/{@code Non} in
 * the current one), vote values ({@code YES}/{@code MITIGE}/{@code NO}, the database's {@code
 * 1}/{@code 0}/{@code -1}, French labels), argument types ({@code FOR}/{@code AGAINST}, {@code
 * argument.show.type.for}, {@code Pour}/{@code Contre}, 1/0) and author types.
 */
final class Values {

  private static final Pattern COUNT = Pattern.compile("\\d{1,15}");

  private Values() {}

  /** What a row of the export is. */
  enum Kind {
    OPINION,
    VERSION,
    VOTE,
    ARGUMENT,
    SOURCE,
    REPORTING,
    CONTEXT
  }

  /** The kind of a {@code type} cell, or {@code null} when unknown. */
  static Kind kind(String type) {
    if (type == null) {
      return null;
    }
    String t = Field.normalise(type);
    if (t.startsWith("exportcontributiontype")) {
      t = t.substring("exportcontributiontype".length());
    }
    return switch (t) {
      case "opinion", "proposition", "contribution", "article" -> Kind.OPINION;
      case "version", "amendement", "modification" -> Kind.VERSION;
      case "vote" -> Kind.VOTE;
      case "argument" -> Kind.ARGUMENT;
      case "source" -> Kind.SOURCE;
      case "reportings", "reporting", "signalement" -> Kind.REPORTING;
      case "contextelement", "elementdecontexte" -> Kind.CONTEXT;
      default -> null;
    };
  }

  /** A boolean cell: {@code null} when blank or unreadable. */
  static Boolean flag(String v) {
    if (v == null) {
      return null;
    }
    return switch (Field.normalise(v)) {
      case "1", "true", "oui", "yes", "vrai" -> Boolean.TRUE;
      case "0", "false", "non", "no", "faux" -> Boolean.FALSE;
      default -> null;
    };
  }

  /** Vote values by index: 0 YES (d'accord), 1 MITIGE, 2 NO (pas d'accord); -1 when unknown. */
  static int vote(String v) {
    if (v == null) {
      return -1;
    }
    String t = Field.normalise(v.replace("-1", "minusone"));
    int cut = t.lastIndexOf("value");
    if (cut >= 0 && t.startsWith("export")) {
      t = t.substring(cut + "value".length());
    }
    return switch (t) {
      case "yes", "ok", "1", "daccord", "pour", "oui" -> 0;
      case "mitige", "0", "mixed" -> 1;
      case "no", "nok", "minusone", "pasdaccord", "contre", "non" -> 2;
      default -> -1;
    };
  }

  /** Argument type: {@code TRUE} for, {@code FALSE} against, {@code null} unknown. */
  static Boolean argumentFor(String v) {
    if (v == null) {
      return null;
    }
    if (v.strip().equals("-1")) {
      return Boolean.FALSE;
    }
    String t = Field.normalise(v);
    if (t.startsWith("argumentshowtype")) {
      t = t.substring("argumentshowtype".length());
    }
    if (t.startsWith("exportcontributionargumentstype")) {
      t = t.substring("exportcontributionargumentstype".length());
    }
    return switch (t) {
      case "for", "pour", "yes", "1" -> Boolean.TRUE;
      case "against", "contre", "no", "0" -> Boolean.FALSE;
      default -> null;
    };
  }

  /**
   * The role code of an author type ({@code Citoyen / Citoyenne}, {@code Élu / élue et
   * Institution}, {@code Institution}, {@code Organisation à but (non) lucratif}), or {@code null}.
   * An institution (a ministry, an agency) speaks through someone representing it.
   */
  static String role(String authorType) {
    if (authorType == null) {
      return null;
    }
    String t = Field.normalise(authorType);
    if (t.contains("elu")) {
      return Codes.Role.ELECTED_OFFICIAL;
    }
    if (t.startsWith("citoyen")) {
      return Codes.Role.CITIZEN;
    }
    if (t.contains("organisation") || t.contains("association") || t.contains("institution")) {
      return Codes.Role.ORGANISATION_REPRESENTATIVE;
    }
    return null;
  }

  /** A non-negative count, or {@code null} when blank or not a count. */
  static Long count(String v) {
    if (v == null || !COUNT.matcher(v).matches()) {
      return null;
    }
    return Long.valueOf(v);
  }
}
