package org.debatescore.importers.granddebat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.debatescore.core.model.Question;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Literal;
import org.debatescore.core.rdf.Triple;
import org.debatescore.importers.ImportSession;
import org.debatescore.importers.support.Texts;
import org.debatescore.vocab.Codes;
import org.debatescore.vocab.Terms;

/**
 * The questions of the import, keyed on the decoded Cap Collectif question id so that the three
 * header forms and the JSON {@code questionId} give the same {@code dbs:Question}. Each question is
 * written on first use, with its first title as text; every other title seen for it (titles were
 * edited between snapshots) is added as {@code dct:alternative}. This is the importer's only state
 * besides the session's: it grows with the number of questions, never with the rows, and is capped
 * against hostile inputs (beyond the caps, questions are written again rather than remembered).
 */
final class QuestionCatalog {

  static final int MAX_QUESTIONS = 10_000;
  static final int MAX_TITLES = 16;

  private static final Iri ALTERNATIVE = Iri.of(Terms.DCT.NS + "alternative");
  private static final String AMBIGUOUS = "";

  private final ImportSession s;
  private final Iri debate;
  private final java.util.function.Function<Topic, Iri> issues;
  private final Map<String, Set<String>> titles = new HashMap<>();
  private final Map<String, String> idByTitle = new HashMap<>();

  QuestionCatalog(ImportSession s, Iri debate, java.util.function.Function<Topic, Iri> issues) {
    this.s = s;
    this.debate = debate;
    this.issues = issues;
  }

  /** Learns the title of a header that carries an id, to match headers that give only a title. */
  void learn(QuestionHeader h) {
    if (h.questionId() == null || h.title().isEmpty() || idByTitle.size() >= MAX_QUESTIONS) {
      return;
    }
    idByTitle.merge(
        QuestionHeader.normalise(h.title()), h.questionId(), (a, b) -> a.equals(b) ? a : AMBIGUOUS);
  }

  /**
   * The key of a header's question: its id, else the id of the same title seen with an id, else
   * {@code t-} and a digest of the title (reported by the caller).
   */
  String key(QuestionHeader h) {
    if (h.questionId() != null) {
      return h.questionId();
    }
    String id = idByTitle.get(QuestionHeader.normalise(h.title()));
    if (id != null && !id.equals(AMBIGUOUS)) {
      return id;
    }
    return titleKey(h.title());
  }

  /** Whether a key was minted from a title (no id known for it). */
  static boolean isTitleKey(String key) {
    return key.startsWith("t-");
  }

  /** Whether a bare title is shared by several question ids (so it cannot be matched). */
  boolean ambiguous(String title) {
    return AMBIGUOUS.equals(idByTitle.get(QuestionHeader.normalise(title)));
  }

  /** The IRI of a question, written now if it is new, its title kept if it is a new variant. */
  Iri use(String key, String title, Topic topic) {
    Iri iri = s.iri("question", key);
    String t = title == null ? "" : Texts.clean(title).replaceAll("\\s+", " ");
    Set<String> seen = titles.get(key);
    if (seen == null) {
      if (titles.size() < MAX_QUESTIONS) {
        seen = new LinkedHashSet<>();
        seen.add(t);
        titles.put(key, seen);
      }
      write(iri, key, t, topic);
    } else if (!t.isEmpty() && !seen.contains(t)) {
      if (seen.size() < MAX_TITLES) {
        seen.add(t);
      }
      s.write(Triple.of(iri, ALTERNATIVE, Literal.lang(t, GrandDebatImporter.LANG)));
    }
    return iri;
  }

  private void write(Iri iri, String key, String title, Topic topic) {
    boolean titled = isTitleKey(key);
    String text = !title.isEmpty() ? title : "Question " + key;
    Question.Builder b =
        Question.builder()
            .id(iri)
            .debate(debate)
            .text(GrandDebatImporter.LANG, text)
            .contributionKind(Iri.of(Codes.ContributionKind.QUESTION))
            .channel(Iri.of(Codes.Channel.ONLINE_PLATFORM))
            .provenance(GrandDebatImporter.provenance(s, titled ? null : relayId(key), null));
    b.addresses(issues.apply(topic));
    s.write(b.build());
  }

  /** The Relay id of {@code Question:<id>}, as the platform writes it. */
  static String relayId(String id) {
    return Base64.getEncoder().encodeToString(("Question:" + id).getBytes(StandardCharsets.UTF_8));
  }

  /** {@code t-} and 16 hex digits of the SHA-256 of the normalised title. */
  static String titleKey(String title) {
    try {
      byte[] h =
          MessageDigest.getInstance("SHA-256")
              .digest(QuestionHeader.normalise(title).getBytes(StandardCharsets.UTF_8));
      return "t-" + HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
