package org.debatescore.importers.capcollectif;

import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.debatescore.importers.ImportSession;
import org.debatescore.importers.support.CsvRow;
import org.debatescore.importers.support.CsvTable;
import org.debatescore.importers.support.InputFile;
import org.debatescore.importers.support.Texts;

/**
 * The first pass over a file: its opinions and versions, so that a vote, argument, source or report
 * can be linked to a contribution written anywhere in the file, and dropped with a reason when its
 * contribution is not there. The export writes each child right after its contribution and names it
 * in a {@code *_related_id} column, except versions (and votes in the 2018 export), which belong to
 * the row before them: {@link #context} follows that order, identically in both passes.
 */
final class ContributionIndex {

  private final ImportSession session;
  private final Header header;
  private final Map<String, Target> targets = new LinkedHashMap<>();
  private String consultationTitle;
  private boolean voteRows;
  private boolean argumentRows;

  /** The opinion and the opinion or version the following child rows belong to. */
  private Target opinion;

  private Target voteable;

  ContributionIndex(ImportSession session, Header header) {
    this.session = session;
    this.header = header;
  }

  /** Reads {@code file} once, keeping only its opinions and versions. */
  void read(InputFile file, char delimiter, Charset charset) {
    try (CsvTable t = CsvTable.open(file, delimiter, charset)) {
      for (CsvRow r : t) {
        Values.Kind kind = Values.kind(header.get(r, Field.TYPE));
        if (kind == Values.Kind.VOTE) {
          voteRows = true;
        } else if (kind == Values.Kind.ARGUMENT) {
          argumentRows = true;
        }
        if (kind == Values.Kind.OPINION && consultationTitle == null) {
          consultationTitle = Texts.clean(header.get(r, Field.CONSULTATION_TITLE));
        }
        advance(kind, r, true);
      }
    }
    opinion = null;
    voteable = null;
  }

  /**
   * Moves the context past row {@code r} of {@code kind}; on the first pass, records its opinion or
   * version. Returns the row's own target when it is an opinion or version to write, else {@code
   * null}.
   */
  Target advance(Values.Kind kind, CsvRow r, boolean record) {
    if (kind == Values.Kind.OPINION) {
      Target t = record ? recordOpinion(r) : own(header.get(r, Field.ID), r);
      opinion = t;
      voteable = t;
      return t;
    }
    if (kind == Values.Kind.VERSION) {
      Target t = record ? recordVersion(r) : own(header.get(r, Field.VER_ID), r);
      voteable = t;
      return t;
    }
    return null;
  }

  private Target own(String raw, CsvRow r) {
    Target t = raw == null ? null : targets.get(lookup(raw));
    return t != null && t.line == r.line() ? t : null;
  }

  private Target recordOpinion(CsvRow r) {
    String raw = header.get(r, Field.ID);
    if (opinionProblem(r) != null || targets.containsKey(lookup(raw))) {
      return null;
    }
    String key = iriKey(raw);
    Target t =
        new Target(Values.Kind.OPINION, raw, key, session.iri("proposal", key), r.line(), null);
    targets.put(lookup(raw), t);
    return t;
  }

  private Target recordVersion(CsvRow r) {
    String raw = header.get(r, Field.VER_ID);
    Target parent = versionParent(r);
    if (raw == null || parent == null || targets.containsKey(lookup(raw))) {
      return null;
    }
    String key = iriKey(raw);
    Target t =
        new Target(Values.Kind.VERSION, raw, key, session.iri("amendment", key), r.line(), parent);
    targets.put(lookup(raw), t);
    return t;
  }

  /** Why an opinion row cannot be written, or {@code null}. */
  String opinionProblem(CsvRow r) {
    if (header.get(r, Field.ID) == null) {
      return "opinion without id";
    }
    String title = Texts.clean(header.get(r, Field.TITLE));
    if (title == null || title.isEmpty()) {
      return "opinion without title";
    }
    return null;
  }

  /** The opinion a version amends: its related id when the file has one, else the row before. */
  Target versionParent(CsvRow r) {
    String related = header.get(r, Field.VER_RELATED_ID);
    if (related != null) {
      Target t = targets.get(lookup(related));
      return t != null && t.kind == Values.Kind.OPINION ? t : null;
    }
    return opinion;
  }

  /** The opinion or version named by {@code raw}, or {@code null}. */
  Target find(String raw) {
    return raw == null ? null : targets.get(lookup(raw));
  }

  /** The opinion or version the current child row belongs to when it names none. */
  Target context() {
    return voteable;
  }

  /** The current opinion (for rows that only attach to opinions). */
  Target opinion() {
    return opinion;
  }

  Iterable<Target> targets() {
    return targets.values();
  }

  String consultationTitle() {
    return consultationTitle;
  }

  boolean hasVoteRows() {
    return voteRows;
  }

  boolean hasArgumentRows() {
    return argumentRows;
  }

  /** How ids are matched: {@code Opinion:225} for a Relay id, the id as written otherwise. */
  static String lookup(String raw) {
    return RelayId.decode(raw).map(RelayId::decoded).orElse(raw.strip());
  }

  /**
   * The id in IRIs: the internal id of a Relay id ({@code 225} for {@code T3BpbmlvbjoyMjU=}, with
   * or without padding), the id as written otherwise.
   */
  static String iriKey(String raw) {
    return RelayId.decode(raw).map(RelayId::internalId).orElse(raw.strip());
  }
}
