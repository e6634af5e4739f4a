package org.debatescore.importers.granddebat;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.debatescore.importers.capcollectif.RelayId;

/**
 * A question column header in one of the forms seen across snapshots of the same file: {@code
 * QUXVlc3Rpb246MTY5 - Que pensez-vous…} (a literal {@code Q} then the Relay id, as the generator
 * writes it), {@code Q169 - Que pensez-vous…} (the decoded number) or {@code Que pensez-vous…} (the
 * title alone, matched later against titles seen with an id).
 *
 * @param questionId the internal question id ({@code 169}), or {@code null} for a bare title
 * @param title the question's title as written (may be empty when only an id is given)
 */
record QuestionHeader(String questionId, String title) {

  private static final Pattern WITH_ID =
      Pattern.compile("Q([A-Za-z0-9+/]+={0,2})(?:\\s+-\\s*(.*))?");
  private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");

  /** Parses a header; a header that carries no recognisable question id gives a bare title. */
  static QuestionHeader parse(String header) {
    String h = header.strip();
    Matcher m = WITH_ID.matcher(h);
    if (m.matches()) {
      String token = m.group(1);
      String title = m.group(2) == null ? "" : m.group(2).strip();
      String id = questionId(token);
      if (id != null) {
        return new QuestionHeader(id, title);
      }
    }
    return new QuestionHeader(null, h);
  }

  /**
   * The internal id of a question id as found in headers and in the JSON {@code questionId}: {@code
   * 169} for {@code 169} or for the Relay id of {@code Question:169}; {@code null} otherwise.
   */
  static String questionId(String token) {
    if (token == null) {
      return null;
    }
    String t = token.strip();
    if (DIGITS.matcher(t).matches()) {
      return t.replaceFirst("^0+(?=\\d)", "");
    }
    Optional<RelayId> relay = RelayId.decode(t);
    if (relay.isPresent() && relay.get().type().endsWith("Question")) {
      return relay.get().internalId();
    }
    return null;
  }

  /** The form titles are compared in: whitespace collapsed, case ignored. */
  static String normalise(String title) {
    return title.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
