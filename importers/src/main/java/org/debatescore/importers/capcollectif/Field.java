package org.debatescore.importers.capcollectif;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The alias table: each column the importer reads, under the names the three generations of the Cap
 * Collectif consultation export give it. The 2018-2019 export ({@code
 * CreateCsvFromConsultationStepCommand}, also the RUA files) writes {@code contributions_*} in
 * camel case ({@code contributions_votesCountOk}) and {@code contribution_versions_*} for versions;
 * the current export ({@code ExportConsultationContributionsCommand}) writes translation keys in
 * snake case ({@code export_contribution_votes_count_ok}), derived here from the first name by rule
 * and listed where the rule fails ({@code export_contributions_created_at}). Production files of
 * the current export may carry the French translations of those keys instead: the French labels
 * listed are plausible renderings, <b>unverified</b> against a real file. Names compare without
 * case, accents, spaces or punctuation.
 */
enum Field {
  TYPE("type", "type de contribution", "type de contenu"),
  ID("contributions_id", "identifiant", "id"),
  AUTHOR_ID("contributions_author_id", "identifiant de l'auteur", "auteur"),
  AUTHOR_TYPE(
      "contributions_author_type_name",
      "contributions_author_userType",
      "type d'auteur",
      "type de profil",
      "type d'utilisateur"),
  CONSULTATION_TITLE(
      "contributions_consultation_title", "consultation", "titre de la consultation"),
  SECTION_TITLE("contributions_section_title", "section", "titre de la section", "categorie"),
  TITLE("contributions_title", "titre"),
  BODY("contributions_bodyText", "contenu", "corps"),
  CREATED(
      "contributions_createdAt",
      "export_contributions_created_at",
      "date de creation",
      "creation",
      "cree le"),
  UPDATED(
      "contributions_updatedAt",
      "export_contributions_updated_at",
      "date de modification",
      "date de mise a jour",
      "modification",
      "modifie le"),
  URL("contributions_url", "lien", "url"),
  PUBLISHED("contributions_published", "publie", "publiee"),
  TRASHED("contributions_trashed", "dans la corbeille", "corbeille"),
  TRASHED_STATUS("contributions_trashedStatus", "statut de la corbeille"),
  TRASHED_AT("contributions_trashedAt", "date de mise a la corbeille"),
  TRASHED_REASON("contributions_trashedReason", "raison de la mise a la corbeille"),
  VOTES_COUNT("contributions_votesCount", "nombre de votes"),
  VOTES_OK("contributions_votesCountOk", "votes d'accord", "votes pour"),
  VOTES_MITIGE("contributions_votesCountMitige", "votes mitiges"),
  VOTES_NOK("contributions_votesCountNok", "votes pas d'accord", "votes contre"),
  ARGUMENTS_COUNT("contributions_argumentsCount", "nombre d'arguments"),
  ARGUMENTS_FOR("contributions_argumentsCountFor", "arguments pour"),
  ARGUMENTS_AGAINST("contributions_argumentsCountAgainst", "arguments contre"),
  SOURCES_COUNT("contributions_sourcesCount", "nombre de sources"),
  VERSIONS_COUNT("contributions_versionsCount", "nombre d'amendements"),
  CONTEXT_TITLE("contributions_context_element_title", "titre de l'element de contexte"),
  CONTEXT_BODY("contributions_context_element_bodyText", "element de contexte"),
  // The official answer: no export code seen writes it; these names are guesses (unverified).
  ANSWER_TITLE("contributions_answer_title", "titre de la reponse officielle"),
  ANSWER_BODY(
      "contributions_answer_body",
      "contributions_answer_bodyText",
      "contributions_answer",
      "contributions_official_response",
      "reponse officielle",
      "reponse du gouvernement"),
  VOTE_ID("contributions_votes_id", "identifiant du vote"),
  VOTE_RELATED_ID("contributions_votes_related_id", "contribution votee"),
  VOTE_AUTHOR_ID("contributions_votes_author_id", "auteur du vote"),
  VOTE_VALUE("contributions_votes_value", "valeur du vote", "vote"),
  VOTE_CREATED("contributions_votes_createdAt", "date du vote"),
  ARG_RELATED_ID("contributions_arguments_related_id", "contribution de l'argument"),
  ARG_RELATED_KIND("contributions_arguments_related_kind"),
  ARG_ID("contributions_arguments_id", "identifiant de l'argument"),
  ARG_AUTHOR_ID("contributions_arguments_author_id", "auteur de l'argument"),
  ARG_TYPE("contributions_arguments_type", "type d'argument"),
  ARG_BODY("contributions_arguments_body", "argument"),
  ARG_CREATED("contributions_arguments_createdAt", "date de l'argument"),
  ARG_UPDATED("contributions_arguments_updatedAt"),
  ARG_URL("contributions_arguments_url"),
  ARG_PUBLISHED("contributions_arguments_published"),
  ARG_TRASHED("contributions_arguments_trashed"),
  ARG_TRASHED_STATUS("contributions_arguments_trashedStatus"),
  ARG_TRASHED_AT("contributions_arguments_trashedAt"),
  ARG_TRASHED_REASON("contributions_arguments_trashedReason"),
  ARG_VOTES_COUNT("contributions_arguments_votesCount"),
  REP_RELATED_ID("contributions_reportings_related_id"),
  REP_RELATED_KIND("contributions_reportings_related_kind"),
  REP_ID("contributions_reportings_id"),
  REP_AUTHOR_ID("contributions_reportings_author_id"),
  REP_TYPE("contributions_reportings_type", "type de signalement"),
  REP_BODY("contributions_reportings_body"),
  REP_CREATED("contributions_reportings_createdAt"),
  SRC_ID("contributions_sources_id"),
  SRC_RELATED_ID("contributions_sources_related_id"),
  SRC_RELATED_KIND("contributions_sources_related_kind"),
  SRC_AUTHOR_ID("contributions_sources_author_id"),
  SRC_TRASHED("contributions_sources_trashed"),
  SRC_TRASHED_STATUS("contributions_sources_trashedStatus"),
  SRC_TRASHED_AT("contributions_sources_trashedAt"),
  SRC_TRASHED_REASON("contributions_sources_trashedReason"),
  SRC_BODY("contributions_sources_body", "source"),
  SRC_CREATED("contributions_sources_createdAt"),
  SRC_UPDATED("contributions_sources_updatedAt"),
  SRC_PUBLISHED("contributions_sources_published"),
  SRC_VOTES_COUNT("contributions_sources_votesCount"),
  VER_ID("contribution_versions_id", "identifiant de l'amendement"),
  VER_RELATED_ID("contribution_versions_related_id"),
  VER_AUTHOR_ID("contribution_versions_author_id", "auteur de l'amendement"),
  VER_TITLE("contribution_versions_title", "titre de l'amendement"),
  VER_EXPLANATION("contribution_versions_explanation", "contribution_versions_comment"),
  VER_BODY("contribution_versions_bodyText", "contenu de l'amendement"),
  VER_CREATED("contribution_versions_createdAt"),
  VER_UPDATED("contribution_versions_updatedAt"),
  VER_VOTES_COUNT("contribution_versions_votes_count"),
  VER_VOTES_OK("contribution_versions_votes_count_ok"),
  VER_VOTES_MITIGE("contribution_versions_votes_count_mitige"),
  VER_VOTES_NOK("contribution_versions_votes_count_nok");

  private final List<String> aliases;

  Field(String first, String... more) {
    List<String> a = new ArrayList<>();
    a.add(normalise(first));
    String current = currentKey(first);
    if (current != null) {
      a.add(normalise(current));
    }
    for (String m : more) {
      a.add(normalise(m));
    }
    this.aliases = Collections.unmodifiableList(a);
  }

  /** The names this column goes by, normalised. */
  List<String> aliases() {
    return aliases;
  }

  /**
   * The current export's key for a 2018 name: {@code contributions_votesCountOk} gives {@code
   * export_contribution_votes_count_ok}; {@code type} gives {@code export_contribution_type}.
   */
  static String currentKey(String legacy) {
    String rest;
    if (legacy.equals("type")) {
      rest = "type";
    } else if (legacy.startsWith("contributions_")) {
      rest = legacy.substring("contributions_".length());
    } else if (legacy.startsWith("contribution_")) {
      rest = legacy.substring("contribution_".length());
    } else {
      return null;
    }
    StringBuilder b = new StringBuilder("export_contribution_");
    for (char c : rest.toCharArray()) {
      if (Character.isUpperCase(c)) {
        b.append('_').append(Character.toLowerCase(c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Lower case, accents, spaces and punctuation removed: {@code Réponse officielle}. */
  static String normalise(String name) {
    String n = Normalizer.normalize(name, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (c < 0x80 && Character.isLetterOrDigit(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }
}
