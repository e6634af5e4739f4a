package org.debatescore.importers.scdl;

import org.debatescore.core.rdf.Iri;
import org.debatescore.core.validation.Severity;

/**
 * The rules of the SCDL « Délibérations » schema 2.1 (Table Schema fields and its custom checks),
 * each with its messages in French and English, in the words of the national validator (Validata)
 * where it has some. Structure rules concern the header, content rules one cell or row.
 */
public enum ScdlRule {
  MISSING_REQUIRED_COLUMN(
      Kind.STRUCTURE,
      Severity.VIOLATION,
      "Colonne obligatoire manquante : la colonne obligatoire %s est manquante.",
      "Missing required column: the required column %s is missing."),
  MISSING_OPTIONAL_COLUMN(
      Kind.RECOMMENDATION,
      Severity.WARNING,
      "En-tête manquant : la colonne facultative %s est absente.",
      "Missing header: the optional column %s is absent."),
  EXTRA_COLUMN(
      Kind.RECOMMENDATION,
      Severity.WARNING,
      "Colonne supplémentaire : la colonne %s ne fait pas partie du schéma ; ses valeurs sont"
          + " conservées.",
      "Extra column: %s is not part of the schema; its values are kept."),
  DISORDERED_COLUMNS(
      Kind.RECOMMENDATION,
      Severity.WARNING,
      "Ordre des colonnes différent du schéma 2.1 (%s) : les colonnes sont lues par leur nom.",
      "Columns not in the order of schema 2.1 (%s): they are read by name."),
  REQUIRED(
      Kind.CONTENT,
      Severity.VIOLATION,
      "Cellule vide : une valeur doit être renseignée dans la colonne %s.",
      "Empty cell: column %s must have a value."),
  SIRET_FORMAT(
      Kind.CONTENT,
      Severity.VIOLATION,
      "Format incorrect : le SIRET « %s » doit comporter exactement 14 chiffres.",
      "Wrong format: SIRET \"%s\" must be exactly 14 digits."),
  SIRET_CHECK(
      Kind.CONTENT,
      Severity.VIOLATION,
      "SIRET invalide : « %s » ne respecte pas la clé de contrôle (algorithme de Luhn).",
      "Invalid SIRET: \"%s\" fails its check digit (Luhn algorithm)."),
  DATE_FORMAT(
      Kind.CONTENT,
      Severity.VIOLATION,
      "Format de date incorrect dans la colonne %s : « %s ».%s",
      "Wrong date format in column %s: \"%s\".%s"),
  MATIERE_CODE_FORMAT(
      Kind.CONTENT,
      Severity.VIOLATION,
      "Format incorrect : le code de matière « %s » doit être de la forme « 8.4 ».",
      "Wrong format: subject code \"%s\" must look like \"8.4\"."),
  MATIERE_CODE_UNKNOWN(
      Kind.CONTENT,
      Severity.VIOLATION,
      "Valeur incorrecte : « %s » n'est pas un code de matière de la nomenclature @ctes"
          + " (1.1 à 1.7, 2.1 à 2.3, 3.1 à 3.6, 4.1 à 4.5, 5.1 à 5.8, 6.1 à 6.5, 7.1 à 7.10,"
          + " 8.1 à 8.9, 9.1 à 9.4).",
      "Wrong value: \"%s\" is not an @ctes subject code (1.1-1.7, 2.1-2.3, 3.1-3.6, 4.1-4.5,"
          + " 5.1-5.8, 6.1-6.5, 7.1-7.10, 8.1-8.9, 9.1-9.4)."),
  NOMENCLATURE_SLASH_MISSING(
      Kind.CONTENT,
      Severity.VIOLATION,
      "Nomenclature Actes : le signe oblique « / » est manquant dans « %s ».",
      "Actes nomenclature: the slash \"/\" is missing in \"%s\"."),
  NOMENCLATURE_SLASH_SPACES(
      Kind.CONTENT,
      Severity.VIOLATION,
      "Nomenclature Actes : le signe oblique ne doit pas être précédé ni suivi d'espace dans"
          + " « %s ».",
      "Actes nomenclature: the slash must have no space before or after it in \"%s\"."),
  NOMENCLATURE_PREFIX_UNKNOWN(
      Kind.CONTENT,
      Severity.VIOLATION,
      "Nomenclature Actes : le préfixe de nomenclature Actes « %s » n'est pas reconnu.",
      "Actes nomenclature: the prefix \"%s\" is not an Actes level-1 subject."),
  BUDGET_YEAR_FORMAT(
      Kind.CONTENT,
      Severity.VIOLATION,
      "Format incorrect : l'année budgétaire « %s » doit être de la forme « 2017 » ou"
          + " « 2017/2018 ».",
      "Wrong format: budget year \"%s\" must look like \"2017\" or \"2017/2018\"."),
  BUDGET_YEAR_INTERVAL(
      Kind.CONTENT,
      Severity.VIOLATION,
      "Intervalle d'années incorrect : dans « %s » la seconde année doit suivre la première.",
      "Wrong year interval: in \"%s\" the second year must come after the first."),
  BUDGET_COHESIVE(
      Kind.CONTENT,
      Severity.VIOLATION,
      "Les colonnes BUDGET_ANNEE et BUDGET_NOM doivent être toutes deux renseignées ou toutes"
          + " deux vides (renseignée : %s).",
      "Columns BUDGET_ANNEE and BUDGET_NOM must both be filled or both be empty (filled: %s)."),
  INTEGER(
      Kind.CONTENT,
      Severity.VIOLATION,
      "Nombre entier attendu : la valeur « %2$s » de la colonne %1$s n'est pas un nombre entier.",
      "Integer expected: value \"%2$s\" of column %1$s is not an integer."),
  VOTES_COHESIVE(
      Kind.CONTENT,
      Severity.VIOLATION,
      "Les colonnes VOTE_EFFECTIF, VOTE_REEL, VOTE_POUR, VOTE_CONTRE et VOTE_ABSTENTION doivent"
          + " être toutes renseignées ou toutes vides (renseignées : %s).",
      "Columns VOTE_EFFECTIF, VOTE_REEL, VOTE_POUR, VOTE_CONTRE and VOTE_ABSTENTION must all be"
          + " filled or all be empty (filled: %s)."),
  COMPARE(
      Kind.CONTENT,
      Severity.VIOLATION,
      "La valeur de la colonne %s [%s] devrait être supérieure ou égale à la valeur de la colonne"
          + " %s [%s].",
      "The value of column %s [%s] should be greater than or equal to the value of column %s"
          + " [%s]."),
  VOTE_SUM(
      Kind.CONTENT,
      Severity.VIOLATION,
      "La valeur de la colonne VOTE_REEL [%s] devrait être égale à la somme des colonnes"
          + " VOTE_POUR, VOTE_CONTRE et VOTE_ABSTENTION [%s].",
      "The value of column VOTE_REEL [%s] should equal the sum of columns VOTE_POUR, VOTE_CONTRE"
          + " and VOTE_ABSTENTION [%s]."),
  URL(
      Kind.CONTENT,
      Severity.VIOLATION,
      "La valeur « %s » de la colonne DELIB_URL doit être une adresse de site ou de page internet"
          + " (URL).",
      "Value \"%s\" of column DELIB_URL must be the address of a web site or page (URL).");

  /** Validata's three blocks: header problems tolerated, header errors, cell/row errors. */
  public enum Kind {
    RECOMMENDATION,
    STRUCTURE,
    CONTENT
  }

  /** Namespace of the rule IRIs, used as constraint components in validation reports. */
  public static final String NS = "https://w3id.org/debatescore/scdl#";

  private final Kind kind;
  private final Severity severity;
  private final String french;
  private final String english;

  ScdlRule(Kind kind, Severity severity, String french, String english) {
    this.kind = kind;
    this.severity = severity;
    this.french = french;
    this.english = english;
  }

  public Kind kind() {
    return kind;
  }

  public Severity severity() {
    return severity;
  }

  /** The rule's IRI, e.g. {@code scdl:VOTE_SUM}. */
  public Iri iri() {
    return Iri.of(NS + name());
  }

  String french(Object... args) {
    return String.format(french, args);
  }

  String english(Object... args) {
    return String.format(english, args);
  }
}
