package org.debatescore.importers.capcollectif;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.debatescore.core.model.Amendment;
import org.debatescore.core.model.Argument;
import org.debatescore.core.model.Debate;
import org.debatescore.core.model.Evidence;
import org.debatescore.core.model.Extensions;
import org.debatescore.core.model.Issue;
import org.debatescore.core.model.OfficialResponse;
import org.debatescore.core.model.Proposal;
import org.debatescore.core.model.Tally;
import org.debatescore.core.model.TemporalValue;
import org.debatescore.core.model.Vote;
import org.debatescore.core.model.VoteEvent;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Literal;
import org.debatescore.core.rdf.Triple;
import org.debatescore.importers.ImportSession;
import org.debatescore.importers.support.CsvRow;
import org.debatescore.importers.support.CsvTable;
import org.debatescore.importers.support.InputFile;
import org.debatescore.importers.support.Texts;
import org.debatescore.vocab.Codes;
import org.debatescore.vocab.DBS;
import org.debatescore.vocab.Terms;

/**
 * The second pass over one consultation export: every row mapped or skipped with its reason, then
 * the vote events, tallies and report counts of its opinions and versions, and the cross-checks of
 * the aggregates the export declares against the rows it holds. See {@link CapCollectifImporter}
 * for the mapping.
 */
final class ConsultationFile {

  static final String LANG = "fr";
  private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]{1,2000}");
  private static final String[] OPTION_NAMES = {"yes", "mitige", "no"};

  /** Published, trashed, trashed status, date and reason columns of each kind of row. */
  private static final Field[] OPINION_MODERATION = {
    Field.PUBLISHED, Field.TRASHED, Field.TRASHED_STATUS, Field.TRASHED_AT, Field.TRASHED_REASON
  };

  private static final Field[] ARGUMENT_MODERATION = {
    Field.ARG_PUBLISHED,
    Field.ARG_TRASHED,
    Field.ARG_TRASHED_STATUS,
    Field.ARG_TRASHED_AT,
    Field.ARG_TRASHED_REASON
  };

  private static final Field[] SOURCE_MODERATION = {
    Field.SRC_PUBLISHED,
    Field.SRC_TRASHED,
    Field.SRC_TRASHED_STATUS,
    Field.SRC_TRASHED_AT,
    Field.SRC_TRASHED_REASON
  };

  private final ImportSession s;
  private final InputFile file;
  private final String source;
  private final String stem;
  private final Header header;
  private final ContributionIndex index;
  private final Iri debate;
  private final Set<String> sections = new HashSet<>();
  private final Set<Long> seen = new HashSet<>(); // 64-bit hashes of child IRIs written
  private final VoteOptions options;

  ConsultationFile(
      ImportSession session,
      InputFile file,
      Header header,
      ContributionIndex index,
      VoteOptions options) {
    this.s = session;
    this.file = file;
    this.source = file.name();
    String name = file.fileName();
    int dot = name.lastIndexOf('.');
    this.stem = dot > 0 ? name.substring(0, dot) : name;
    this.header = header;
    this.index = index;
    this.debate = s.iri("debate", stem);
    this.options = options;
  }

  void run(char delimiter, Charset charset) {
    writeDebate();
    try (CsvTable t = CsvTable.open(file, delimiter, charset)) {
      for (CsvRow r : t) {
        s.read(source);
        String type = header.get(r, Field.TYPE);
        Values.Kind kind = Values.kind(type);
        Target own = index.advance(kind, r, false);
        String reason;
        if (!header.has(Field.TYPE)) {
          reason = "the file has no type column: not a Cap Collectif consultation export";
        } else if (kind == null) {
          reason =
              type == null
                  ? "row without type"
                  : "unknown row type '" + Texts.clean(shorten(type)) + "'";
        } else {
          reason = map(kind, r, own);
        }
        if (reason == null) {
          s.mapped(source);
        } else {
          s.skipped(source, r.line(), record(kind, r), reason);
        }
      }
      if (t.error() != null) {
        s.read(source);
        s.skipped(source, t.errorLine(), null, t.error() + "; the rest of the file was not read");
      }
    }
    finish();
  }

  private void writeDebate() {
    String title = index.consultationTitle();
    Debate.Builder b =
        Debate.builder()
            .id(debate)
            .title(LANG, title != null && !title.isEmpty() ? title : stem)
            .processKind(Iri.of(Codes.ProcessKind.PUBLIC_CONSULTATION))
            .addChannel(Iri.of(Codes.Channel.ONLINE_PLATFORM))
            .provenance(s.provenance(stem, null));
    s.write(b.build());
  }

  private String map(Values.Kind kind, CsvRow r, Target own) {
    return switch (kind) {
      case OPINION -> opinion(r, own);
      case VERSION -> version(r, own);
      case VOTE -> vote(r);
      case ARGUMENT -> argument(r);
      case SOURCE -> evidence(r);
      case REPORTING -> reporting(r);
      case CONTEXT -> context(r);
    };
  }

  private static String record(Values.Kind kind, CsvRow r) {
    for (int i = 1; i < r.size() && i < 80; i++) {
      String v = r.get(i);
      if (v != null && !v.isBlank()) {
        return shorten(v.strip());
      }
    }
    return null;
  }

  private static String shorten(String v) {
    return v.length() > 80 ? v.substring(0, 80) + "…" : v;
  }

  // ---------------------------------------------------------------- opinions and versions

  private String opinion(CsvRow r, Target own) {
    String problem = index.opinionProblem(r);
    if (problem != null) {
      return problem;
    }
    if (own == null) {
      return "duplicate opinion id " + header.get(r, Field.ID);
    }
    String raw = own.raw;
    Proposal.Builder p =
        Proposal.builder()
            .id(own.iri)
            .debate(debate)
            .title(LANG, Texts.clean(header.get(r, Field.TITLE)))
            .contributionKind(Iri.of(Codes.ContributionKind.PROPOSAL))
            .channel(Iri.of(Codes.Channel.ONLINE_PLATFORM))
            .created(date(r, raw, Field.CREATED))
            .modified(date(r, raw, Field.UPDATED))
            .provenance(s.provenance(raw, url(r, Field.URL)));
    String body = Texts.fromHtml(header.raw(r, Field.BODY));
    if (body != null && !body.isEmpty()) {
      p.text(LANG, body);
    }
    Iri author = author(header.get(r, Field.AUTHOR_ID), header.get(r, Field.AUTHOR_TYPE));
    if (author != null) {
      p.addAuthor(author);
    }
    Iri section = section(r);
    if (section != null) {
      p.addresses(section);
    }
    Extensions.Builder ext = marks(r, raw, OPINION_MODERATION);
    p.extensions(ext.build());
    s.write(p.build());
    own.declaredVotes = counts(r, raw, Field.VOTES_OK, Field.VOTES_MITIGE, Field.VOTES_NOK);
    own.declaredArguments = counts(r, raw, Field.ARGUMENTS_FOR, Field.ARGUMENTS_AGAINST);
    officialAnswer(r, own);
    return null;
  }

  private Iri section(CsvRow r) {
    String title = Texts.clean(header.get(r, Field.SECTION_TITLE));
    if (title == null || title.isEmpty()) {
      return null;
    }
    Iri iri = s.iri("issue", stem + "/" + title);
    if (sections.add(title)) {
      s.write(
          Issue.builder()
              .id(iri)
              .debate(debate)
              .title(LANG, title)
              .provenance(s.provenance(title, null))
              .build());
    }
    return iri;
  }

  /** The official answer, when the file has a column for it (none of the known exports has). */
  private void officialAnswer(CsvRow r, Target own) {
    String body = Texts.fromHtml(header.raw(r, Field.ANSWER_BODY));
    if (body == null || body.isEmpty()) {
      return;
    }
    String title = Texts.clean(header.get(r, Field.ANSWER_TITLE));
    String text = title == null || title.isEmpty() ? body : title + "\n\n" + body;
    s.write(
        OfficialResponse.builder()
            .id(s.iri("official-response", own.key))
            .debate(debate)
            .text(LANG, text)
            .addRespondsTo(own.iri)
            .replyTo(own.iri)
            .contributionKind(Iri.of(Codes.ContributionKind.OFFICIAL_RESPONSE))
            .channel(Iri.of(Codes.Channel.ONLINE_PLATFORM))
            .provenance(s.provenance(own.raw, null))
            .build());
  }

  private String version(CsvRow r, Target own) {
    String raw = header.get(r, Field.VER_ID);
    if (raw == null) {
      return "version without id";
    }
    if (own == null) {
      return index.versionParent(r) == null
          ? "version " + raw + " follows no opinion of the file (or names one not in it)"
          : "duplicate version id " + raw;
    }
    Amendment.Builder a =
        Amendment.builder()
            .id(own.iri)
            .debate(debate)
            .amends(own.parent.iri)
            .contributionKind(Iri.of(Codes.ContributionKind.AMENDMENT))
            .channel(Iri.of(Codes.Channel.ONLINE_PLATFORM))
            .created(date(r, raw, Field.VER_CREATED))
            .modified(date(r, raw, Field.VER_UPDATED))
            .provenance(s.provenance(raw, null));
    String title = Texts.clean(header.get(r, Field.VER_TITLE));
    if (title != null && !title.isEmpty()) {
      a.title(LANG, title);
    }
    String body = Texts.fromHtml(header.raw(r, Field.VER_BODY));
    if (body != null && !body.isEmpty()) {
      a.text(LANG, body);
    }
    String explanation = Texts.fromHtml(header.raw(r, Field.VER_EXPLANATION));
    if (explanation != null && !explanation.isEmpty()) {
      a.description(LANG, explanation);
    }
    Iri author = author(header.get(r, Field.VER_AUTHOR_ID), null);
    if (author != null) {
      a.addAuthor(author);
    }
    a.extensions(marks(r, raw, null).build());
    s.write(a.build());
    own.declaredVotes =
        counts(r, raw, Field.VER_VOTES_OK, Field.VER_VOTES_MITIGE, Field.VER_VOTES_NOK);
    return null;
  }

  // ---------------------------------------------------------------- children

  /** The contribution a child row belongs to, or the reason it has none. */
  private Object parent(CsvRow r, Field related, String what) {
    String id = header.get(r, related);
    if (id != null) {
      Target t = index.find(id);
      return t != null ? t : what + " on " + shorten(id) + ", which is not in the file";
    }
    Target t = index.context();
    return t != null ? t : what + " with no opinion or version before it";
  }

  private String vote(CsvRow r) {
    Object p = parent(r, Field.VOTE_RELATED_ID, "vote");
    if (p instanceof String reason) {
      return reason;
    }
    Target t = (Target) p;
    String value = header.get(r, Field.VOTE_VALUE);
    int option = Values.vote(value);
    if (option < 0) {
      return value == null
          ? "vote without value"
          : "vote value '" + shorten(value) + "' is none of YES, MITIGE, NO";
    }
    String voter = header.get(r, Field.VOTE_AUTHOR_ID);
    if (voter == null) {
      return "vote without author";
    }
    String rawId = header.get(r, Field.VOTE_ID);
    Iri id =
        rawId != null
            ? s.iri("vote", ContributionIndex.iriKey(rawId))
            : s.iri("vote", t.path() + "/" + s.pseudonym(ContributionIndex.lookup(voter)));
    if (!firstTime(id)) {
      return "duplicate vote " + (rawId != null ? rawId : "of the same author on " + t.label());
    }
    s.write(
        Vote.builder()
            .id(id)
            .debate(debate)
            .voter(author(voter, null))
            .voteEvent(s.iri("vote-event", t.path()))
            .voteOn(t.iri)
            .option(options.option(option))
            .created(date(r, rawId, Field.VOTE_CREATED))
            .provenance(rawId != null ? s.provenance(rawId, null) : null)
            .build());
    t.votes[option]++;
    return null;
  }

  private String argument(CsvRow r) {
    Object p = parent(r, Field.ARG_RELATED_ID, "argument");
    if (p instanceof String reason) {
      return reason;
    }
    Target t = (Target) p;
    String rawId = header.get(r, Field.ARG_ID);
    if (rawId == null) {
      return "argument without id";
    }
    String type = header.get(r, Field.ARG_TYPE);
    Boolean pro = Values.argumentFor(type);
    if (pro == null) {
      return type == null
          ? "argument without type"
          : "argument type '" + shorten(type) + "' is neither FOR nor AGAINST";
    }
    String body = Texts.fromHtml(header.raw(r, Field.ARG_BODY));
    if (body == null || body.isEmpty()) {
      return "argument without text";
    }
    Iri id = s.iri("argument", ContributionIndex.iriKey(rawId));
    if (!firstTime(id)) {
      return "duplicate argument id " + rawId;
    }
    Argument.Builder a =
        Argument.builder()
            .id(id)
            .debate(debate)
            .text(LANG, body)
            .replyTo(t.iri)
            .stance(Iri.of(pro ? Codes.Stance.FOR : Codes.Stance.AGAINST))
            .contributionKind(Iri.of(Codes.ContributionKind.ARGUMENT))
            .channel(Iri.of(Codes.Channel.ONLINE_PLATFORM))
            .created(date(r, rawId, Field.ARG_CREATED))
            .modified(date(r, rawId, Field.ARG_UPDATED))
            .endorsementCount(count(r, rawId, Field.ARG_VOTES_COUNT))
            .provenance(s.provenance(rawId, url(r, Field.ARG_URL)));
    if (pro) {
      a.addSupports(t.iri);
    } else {
      a.addAttacks(t.iri);
    }
    Iri author = author(header.get(r, Field.ARG_AUTHOR_ID), null);
    if (author != null) {
      a.addAuthor(author);
    }
    Extensions.Builder ext = marks(r, rawId, ARGUMENT_MODERATION);
    a.extensions(ext.build());
    s.write(a.build());
    t.arguments[pro ? 0 : 1]++;
    return null;
  }

  private String evidence(CsvRow r) {
    Object p = parent(r, Field.SRC_RELATED_ID, "source");
    if (p instanceof String reason) {
      return reason;
    }
    Target t = (Target) p;
    String rawId = header.get(r, Field.SRC_ID);
    if (rawId == null) {
      return "source without id";
    }
    String body = Texts.fromHtml(header.raw(r, Field.SRC_BODY));
    Iri id = s.iri("evidence", ContributionIndex.iriKey(rawId));
    if (!firstTime(id)) {
      return "duplicate source id " + rawId;
    }
    Evidence.Builder e = Evidence.builder().id(id).provenance(s.provenance(rawId, null));
    if (body != null && !body.isEmpty()) {
      e.description(LANG, body);
      Iri link = link(body);
      if (link != null) {
        e.source(link);
      }
    }
    Extensions.Builder ext = marks(r, rawId, SOURCE_MODERATION);
    Long votes = count(r, rawId, Field.SRC_VOTES_COUNT);
    if (votes != null) {
      ext.add(vocab("votesCount"), integer(votes));
    }
    e.extensions(ext.build());
    s.write(e.build());
    s.write(Triple.of(t.iri, Iri.of(DBS.cites), id));
    return null;
  }

  private String reporting(CsvRow r) {
    Object p = parent(r, Field.REP_RELATED_ID, "report");
    if (p instanceof String reason) {
      return reason;
    }
    Target t = (Target) p;
    String rawId = header.get(r, Field.REP_ID);
    String type = Texts.clean(header.get(r, Field.REP_TYPE));
    t.reports++;
    s.flagged(
        source,
        r.line(),
        rawId,
        "report"
            + (type == null || type.isEmpty() ? "" : " of type '" + shorten(type) + "'")
            + " on "
            + t.label()
            + " (counted in its vocab reportCount)");
    return null;
  }

  private String context(CsvRow r) {
    String id = header.get(r, Field.ID);
    Target t = id != null ? index.find(id) : index.opinion();
    if (t == null || t.kind != Values.Kind.OPINION) {
      return "context element of an opinion not in the file";
    }
    String title = Texts.clean(header.get(r, Field.CONTEXT_TITLE));
    String body = Texts.fromHtml(header.raw(r, Field.CONTEXT_BODY));
    if (body == null || body.isEmpty()) {
      return "context element without text";
    }
    String text = title == null || title.isEmpty() ? body : title + "\n\n" + body;
    s.write(Triple.of(t.iri, vocab("contextElement"), Literal.lang(text, LANG)));
    return null;
  }

  // ---------------------------------------------------------------- end of file

  private void finish() {
    boolean fromAggregates = false;
    for (Target t : index.targets()) {
      long[] tally = t.votes;
      if (!index.hasVoteRows()) {
        tally = t.declaredVotes;
        fromAggregates = tally != null && Arrays.stream(tally).sum() > 0;
      } else if (t.declaredVotes != null && !Arrays.equals(t.declaredVotes, t.votes)) {
        s.note(
            source,
            t.line,
            t.raw,
            "the "
                + t.label()
                + " declares "
                + figures(t.declaredVotes)
                + " votes (d'accord / mitigé / pas d'accord); the file holds "
                + figures(t.votes)
                + " (the tallies written)");
      }
      if (index.hasArgumentRows()
          && t.declaredArguments != null
          && !Arrays.equals(t.declaredArguments, t.arguments)) {
        s.note(
            source,
            t.line,
            t.raw,
            "the "
                + t.label()
                + " declares "
                + figures(t.declaredArguments)
                + " arguments (pour / contre); the file holds "
                + figures(t.arguments));
      }
      if (tally != null && Arrays.stream(tally).sum() > 0) {
        voteEvent(t, tally);
      }
      if (t.reports > 0) {
        s.write(Triple.of(t.iri, vocab("reportCount"), integer(t.reports)));
      }
    }
    if (fromAggregates) {
      s.note(
          source,
          -1,
          null,
          "the file has no vote rows: the tallies written are the counts its opinion and version"
              + " rows declare");
    }
  }

  private void voteEvent(Target t, long[] tally) {
    VoteEvent.Builder e =
        VoteEvent.builder()
            .id(s.iri("vote-event", t.path()))
            .debate(debate)
            .voteOn(t.iri)
            .provenance(s.provenance(t.raw, null));
    for (int i = 0; i < 3; i++) {
      e.addAvailableOption(options.option(i));
      Iri id = s.iri("tally", t.path() + "/" + OPTION_NAMES[i]);
      e.addTally(id);
      s.write(Tally.builder().id(id).option(options.option(i)).count(tally[i]).build());
    }
    s.write(e.build());
  }

  private static String figures(long[] values) {
    StringBuilder b = new StringBuilder();
    for (long v : values) {
      b.append(b.length() == 0 ? "" : " / ").append(v);
    }
    return b.toString();
  }

  // ---------------------------------------------------------------- values

  /** The participant of a user id, with the role of its author type when known. */
  private Iri author(String userId, String authorType) {
    if (userId == null) {
      return null;
    }
    String role = Values.role(authorType);
    return s.participant(
        ContributionIndex.lookup(userId), null, role == null ? null : b -> b.addRole(Iri.of(role)));
  }

  /**
   * The extensions every contribution may carry: its decoded Relay id, and the moderation marks of
   * {@code moderation} (published, trashed, status, date, reason columns; {@code null} for none).
   * Unpublished or trashed contributions are written, flagged and marked, never dropped.
   */
  private Extensions.Builder marks(CsvRow r, String raw, Field[] moderation) {
    Extensions.Builder ext = Extensions.builder();
    RelayId.decode(raw).ifPresent(id -> ext.add(vocab("relayId"), Literal.string(id.decoded())));
    if (moderation != null) {
      moderation(ext, r, raw, moderation);
    }
    return ext;
  }

  private void moderation(Extensions.Builder ext, CsvRow r, String raw, Field[] m) {
    Field published = m[0];
    Field trashed = m[1];
    Field status = m[2];
    Field at = m[3];
    Field reason = m[4];
    // PHP writes false as an empty string: a blank published cell (the column present) is false.
    Boolean isPublished = header.has(published) ? Values.flag(header.get(r, published)) : null;
    if (Boolean.FALSE.equals(isPublished)
        || (header.has(published) && header.get(r, published) == null)) {
      ext.add(vocab("published"), Literal.typed("false", Terms.XSD.boolean_));
      s.flagged(source, r.line(), raw, "not published: written with vocab published false");
    }
    if (Boolean.TRUE.equals(Values.flag(header.get(r, trashed)))) {
      ext.add(vocab("trashed"), Literal.typed("true", Terms.XSD.boolean_));
      StringBuilder why = new StringBuilder("in the trash");
      String st = Texts.clean(header.get(r, status));
      if (st != null && !st.isEmpty()) {
        ext.add(vocab("trashedStatus"), Literal.string(st));
        why.append(" (").append(shorten(st)).append(')');
      }
      TemporalValue when = date(r, raw, at);
      if (when != null) {
        ext.add(vocab("trashedAt"), Literal.typed(when.lexical(), when.datatype()));
        why.append(" since ").append(when.lexical());
      }
      String because = Texts.clean(header.get(r, reason));
      if (because != null && !because.isEmpty()) {
        ext.add(vocab("trashedReason"), Literal.lang(because, LANG));
        why.append(", reason '").append(shorten(because)).append('\'');
      }
      s.flagged(source, r.line(), raw, why + ": written with vocab trashed true");
    }
  }

  private TemporalValue date(CsvRow r, String raw, Field field) {
    String v = header.get(r, field);
    if (v == null) {
      return null;
    }
    TemporalValue t = CapCollectifDates.parse(v);
    if (t == null) {
      s.note(source, r.line(), raw, "'" + shorten(v) + "' is not a date-time: left out");
    }
    return t;
  }

  private Long count(CsvRow r, String raw, Field field) {
    String v = header.get(r, field);
    Long n = Values.count(v);
    if (v != null && n == null) {
      s.note(source, r.line(), raw, "'" + shorten(v) + "' is not a count: left out");
    }
    return n;
  }

  /** The counts of {@code fields}, or {@code null} unless every one is there. */
  private long[] counts(CsvRow r, String raw, Field... fields) {
    long[] c = new long[fields.length];
    for (int i = 0; i < fields.length; i++) {
      Long n = count(r, raw, fields[i]);
      if (n == null) {
        return null;
      }
      c[i] = n;
    }
    return c;
  }

  private Iri url(CsvRow r, Field field) {
    String v = header.get(r, field);
    return v != null && URL.matcher(v).matches() ? safeIri(v) : null;
  }

  /** The link of a source whose text is only a URL. */
  private static Iri link(String body) {
    return URL.matcher(body).matches() ? safeIri(body) : null;
  }

  private static Iri safeIri(String v) {
    try {
      URI u = new URI(v);
      return u.getHost() == null ? null : Iri.of(u.toASCIIString());
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  private boolean firstTime(Iri id) {
    return seen.add(fnv64(id.value()));
  }

  /** FNV-1a, 64 bits: child ids remembered in 8 bytes each, collisions negligible. */
  static long fnv64(String text) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < text.length(); i++) {
      h ^= text.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  private Iri vocab(String local) {
    return s.iri("vocab", local);
  }

  private static Literal integer(long n) {
    return Literal.typed(Long.toString(n), Terms.XSD.nonNegativeInteger);
  }
}
