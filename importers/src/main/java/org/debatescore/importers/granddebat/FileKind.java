package org.debatescore.importers.granddebat;

import java.util.Collection;

/**
 * What a Grand Débat file holds, told by its name ({@code QUESTIONNAIRE_*}, {@code EVENTS}, {@code
 * USERS}, a theme key) or else by its columns.
 */
enum FileKind {
  /** Open questions of a theme: one contribution (reference, title, answers) a row. */
  THEME,
  /** Quick questionnaires and RIL forms: one filled questionnaire (closed answers) a row. */
  QUESTIONNAIRE,
  /** Local meetings announced on the platform. */
  EVENTS,
  /** User accounts. */
  USERS;

  /** The kind a file name tells, or {@code null}. */
  static FileKind ofFileName(String fileName) {
    String s = Topic.squash(fileName);
    if (s.contains("QUESTIONNAIRE")) {
      return QUESTIONNAIRE;
    }
    if (s.startsWith("EVENTS") || s.endsWith("EVENTSCSV") || s.endsWith("EVENTSJSON")) {
      return EVENTS;
    }
    if (s.startsWith("USERS") || s.endsWith("USERSCSV") || s.endsWith("USERSJSON")) {
      return USERS;
    }
    Topic t = Topic.ofFileName(fileName);
    return t == null ? null : t.digit == ' ' ? QUESTIONNAIRE : THEME;
  }

  /** The kind told by the names of a file's columns or first record's keys, or {@code null}. */
  static FileKind ofFields(Collection<String> names) {
    if (names.contains("startAt") && names.contains("endAt")) {
      return EVENTS;
    }
    if (names.contains("username") || names.contains("deletedAccountAt")) {
      return USERS;
    }
    if (names.contains("id") && names.contains("reference")) {
      return THEME;
    }
    if (names.contains("id") && names.contains("authorId") && names.contains("createdAt")) {
      return QUESTIONNAIRE;
    }
    return null;
  }
}
