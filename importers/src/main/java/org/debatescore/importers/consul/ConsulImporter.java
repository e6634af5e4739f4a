package org.debatescore.importers.consul;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.debatescore.core.model.Comment;
import org.debatescore.core.model.Debate;
import org.debatescore.core.model.Extensions;
import org.debatescore.core.model.Issue;
import org.debatescore.core.model.Proposal;
import org.debatescore.core.model.TemporalValue;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Literal;
import org.debatescore.core.rdf.RdfSink;
import org.debatescore.core.rdf.Resource;
import org.debatescore.core.rdf.Triple;
import org.debatescore.importers.ImportOptions;
import org.debatescore.importers.ImportReport;
import org.debatescore.importers.ImportSession;
import org.debatescore.importers.Importer;
import org.debatescore.importers.support.CsvRow;
import org.debatescore.importers.support.CsvTable;
import org.debatescore.importers.support.InputFile;
import org.debatescore.importers.support.Inputs;
import org.debatescore.importers.support.TextEncoding;
import org.debatescore.importers.support.Texts;
import org.debatescore.vocab.Codes;
import org.debatescore.vocab.Terms;

/**
 * Imports the CSV dump of a CONSUL Democracy instance ({@code lib/api/csv_exporter.rb}, as
 * published by Madrid's "Decide Madrid"): the folder {@code public/system/api/} or its files, each
 * {@code ;}-separated, every field quoted, ISO-8859-1 (a file that is valid UTF-8 with non-ASCII
 * characters is read as UTF-8, with a note: see {@link TextEncoding}).
 *
 * <p>Mapping:
 *
 * <ul>
 *   <li>the instance: one {@link Debate} ({@code <base>consul/debate/instance}); the dump names
 *       neither the instance nor its URL, so the title is {@code CONSUL <base IRI>}.
 *   <li>{@code proposals.csv}: {@link Proposal}; {@code title}; {@code description} (CKEditor HTML)
 *       to plain {@code dbs:text}; {@code summary} as {@code dct:description}; {@code
 *       cached_votes_up} as {@code dbs:endorsementCount}; {@code created_at}; a proposal with
 *       {@code retired_at} is {@code withdrawn} and flagged with its reason and explanation; {@code
 *       geozone_id} as {@code dct:spatial} pointing to the geozone.
 *   <li>{@code debates.csv}: {@link Issue}. A CONSUL "debate" is an open discussion thread on a
 *       question a citizen raises: it proposes nothing and is not supported like a proposal (it
 *       gets up and down votes), it is what its comments are about. So it is a {@code dbs:Issue}
 *       that comments address ({@code dbs:addresses}), not a {@code dbs:Proposal}; its vote counts
 *       ({@code cached_votes_up/down/total}) are kept as extension statements ({@code
 *       <base>consul/vocab/cachedVotesUp}...) because an issue has no endorsement count.
 *   <li>{@code comments.csv}: {@link Comment}, no stance (CONSUL comments have none). {@code
 *       dbs:replyTo} is the parent comment (the last id of {@code ancestry}, {@code "123/456"}) or,
 *       for a top-level comment, the proposal. A comment on a debate addresses its issue; a
 *       top-level one has no {@code dbs:replyTo} (an issue is not a contribution). A reply whose
 *       parent is not in the dump (hidden, moderated) is attached to the commentable, with a note.
 *       {@code cached_votes_up} is the endorsement count, {@code cached_votes_down} an extension.
 *   <li>{@code votes.csv}: the votes are anonymous (no voter, no vote id), so they are not written
 *       one by one: an authorless {@code dbs:Endorsement} per row would be valid but would have no
 *       stable IRI, would double the count already given by {@code dbs:endorsementCount}, and a
 *       down vote is not an endorsement. Each vote on a record of the output is counted as mapped
 *       (it is part of that record's counts); the supports ({@code vote_flag} true) of each
 *       proposal are tallied and a note is written when the tally differs from {@code
 *       cached_votes_up}, the figure written. Votes on records not in the output are skipped.
 *   <li>{@code geozones.csv}: each geozone a {@code skos:Concept} with its {@code skos:prefLabel},
 *       what proposals point to with {@code dct:spatial}.
 *   <li>{@code proposal_notifications.csv}: a {@link Comment} replying to its proposal ({@code
 *       title} and {@code body} as text) when the file has an {@code id} column; without one there
 *       is no stable IRI and the rows are skipped.
 *   <li>{@code tags.csv}, {@code taggings.csv}: read, counted and skipped (tags not mapped).
 * </ul>
 *
 * <p>The dump carries no locale: texts are tagged {@code @es} (Madrid's dump is in Spanish). Dates
 * are kept as written (see {@link ConsulDates}); an unreadable one is noted and left out. Memory
 * grows with the ids of proposals, debates and comments (to link records and drop dangling links)
 * and with the geozones, never with the texts. Files are read in dependency order whatever the
 * order given.
 */
public final class ConsulImporter implements Importer {

  /** Language of the texts: the dump has no locale; Madrid's is Spanish. */
  static final String LANGUAGE = "es";

  private static final String PROPOSALS = "proposals.csv";
  private static final String DEBATES = "debates.csv";
  private static final String COMMENTS = "comments.csv";
  private static final String VOTES = "votes.csv";
  private static final String TAGS = "tags.csv";
  private static final String TAGGINGS = "taggings.csv";
  private static final String GEOZONES = "geozones.csv";
  private static final String NOTIFICATIONS = "proposal_notifications.csv";

  /** Reading order: what is linked to comes first. */
  private static final List<String> ORDER =
      // tags before the proposals and debates they are the subjects of; taggings last, once
      // their records are known
      List.of(GEOZONES, TAGS, PROPOSALS, DEBATES, COMMENTS, NOTIFICATIONS, VOTES, TAGGINGS);

  private static final Map<String, Set<String>> KNOWN_COLUMNS =
      Map.of(
          PROPOSALS,
          Set.of(
              "id",
              "title",
              "description",
              "cached_votes_up",
              "created_at",
              "summary",
              "geozone_id",
              "retired_at",
              "retired_reason",
              "retired_explanation",
              "tag_list"),
          DEBATES,
          Set.of(
              "id",
              "title",
              "description",
              "created_at",
              "cached_votes_total",
              "cached_votes_up",
              "cached_votes_down",
              "tag_list"),
          COMMENTS,
          Set.of(
              "id",
              "commentable_id",
              "commentable_type",
              "body",
              "created_at",
              "cached_votes_up",
              "cached_votes_down",
              "ancestry"),
          VOTES,
          Set.of("votable_id", "votable_type", "vote_flag"),
          GEOZONES,
          Set.of("id", "name"),
          NOTIFICATIONS,
          Set.of("id", "title", "body", "proposal_id", "created_at"),
          TAGS,
          Set.of("id", "name", "taggings_count", "kind"),
          TAGGINGS,
          Set.of("tag_id", "taggable_id", "taggable_type"));

  @Override
  public String name() {
    return "consul";
  }

  @Override
  public String description() {
    return "CONSUL Democracy CSV dump (Decide Madrid open data): proposals, debates, comments,"
        + " votes; ';', ISO-8859-1";
  }

  @Override
  public ImportReport run(List<Path> inputs, ImportOptions options, RdfSink sink) {
    List<InputFile> files = Inputs.expand(inputs, options);
    try (ImportSession session = new ImportSession(name(), "consul", options, sink)) {
      new Run(session).run(files);
      return session.finish();
    }
  }

  /** The state of one import. */
  private static final class Run {
    private final ImportSession session;
    private final Iri debate;
    private final Set<String> geozones = new HashSet<>();
    private final Set<String> proposals = new HashSet<>();
    private final Set<String> debates = new HashSet<>();
    private final Set<String> comments = new HashSet<>();

    /** Proposal id to {@code cached_votes_up, supports counted in votes.csv}. */
    private final Map<String, long[]> supports = new java.util.LinkedHashMap<>();

    private final String lang;
    private final ConsulTags tags;

    Run(ImportSession session) {
      this.session = session;
      this.lang = session.options().languageOr(LANGUAGE);
      this.tags = new ConsulTags(session, lang);
      this.debate = session.iri("debate", "instance");
    }

    void run(List<InputFile> files) {
      Map<String, InputFile> byName = new HashMap<>();
      List<InputFile> unknown = new ArrayList<>();
      for (InputFile f : files) {
        String n = f.fileName().toLowerCase(Locale.ROOT);
        if (ORDER.contains(n) && !byName.containsKey(n)) {
          byName.put(n, f);
        } else {
          unknown.add(f);
        }
      }
      writeInstance();
      for (String n : ORDER) {
        InputFile f = byName.get(n);
        if (n.equals(PROPOSALS) && byName.containsKey(TAGGINGS)) {
          InputFile t = byName.get(TAGGINGS);
          tags.collect(t, TextEncoding.detect(t, StandardCharsets.ISO_8859_1));
        }
        if (f != null) {
          read(n, f);
        }
      }
      reportSupports(byName.get(VOTES));
      for (InputFile f : unknown) {
        session.read(f.name());
        session.skipped(
            f.name(),
            -1,
            null,
            "not a file of a CONSUL dump (or given twice); expected one of " + ORDER);
      }
    }

    private void writeInstance() {
      String base = session.options().baseIri();
      session.write(
          Debate.builder()
              .id(debate)
              .title("en", "CONSUL " + base)
              .description(
                  "en",
                  "Proposals, debates and comments of a CONSUL Democracy instance, from its CSV"
                      + " dump.")
              .addChannel(Iri.of(Codes.Channel.ONLINE_PLATFORM))
              .provenance(session.provenance(null, null))
              .build());
    }

    private void read(String kind, InputFile file) {
      String source = file.name();
      session.source(source);
      Charset charset = TextEncoding.detect(file, StandardCharsets.ISO_8859_1);
      if (charset.equals(StandardCharsets.UTF_8)) {
        session.note(
            source,
            -1,
            null,
            "read as UTF-8: the bytes are valid UTF-8 with non-ASCII characters (a CONSUL dump is"
                + " ISO-8859-1; the file was probably re-encoded)");
      }
      if (kind.equals(COMMENTS)) {
        collectCommentIds(file, charset);
      }
      try (CsvTable table = CsvTable.open(file, ';', charset)) {
        noteColumns(kind, table);
        if (kind.equals(TAGS) && !table.has("id")) {
          session.note(
              source,
              1,
              null,
              "no id column (the CONSUL dump leaves it out): taggings cannot name their tags and"
                  + " link to tag-id concepts");
        }
        if (kind.equals(NOTIFICATIONS) && !table.has("id")) {
          for (CsvRow row : table) {
            session.read(source);
            session.skipped(
                source,
                row.line(),
                null,
                "proposal notification not mapped: the file has no id column, so no stable IRI");
          }
        } else {
          for (CsvRow row : table) {
            session.read(source);
            String reason = map(kind, source, row);
            if (reason == null) {
              session.mapped(source);
            } else {
              session.skipped(source, row.line(), record(kind, row), reason);
            }
          }
        }
        if (table.error() != null) {
          session.read(source);
          session.skipped(
              source,
              table.errorLine(),
              null,
              table.error() + "; the rest of the file is not read");
        }
      }
    }

    private void noteColumns(String kind, CsvTable table) {
      Set<String> known = KNOWN_COLUMNS.get(kind);
      if (known == null) {
        return;
      }
      Set<String> other = new LinkedHashSet<>(table.headers());
      other.removeAll(known);
      other.remove("");
      if (!other.isEmpty()) {
        session.note(table.file().name(), 1, null, "columns not mapped: " + other);
      }
    }

    private static String record(String kind, CsvRow row) {
      String id = row.get("id");
      if (kind.equals(VOTES)) {
        String type = row.get("votable_type");
        String votable = row.get("votable_id");
        return type == null || votable == null ? null : "vote on " + type + " " + votable;
      }
      return id;
    }

    /** Maps one row; the reason it is skipped, or {@code null} when written. */
    private String map(String kind, String source, CsvRow row) {
      return switch (kind) {
        case GEOZONES -> geozone(row);
        case PROPOSALS -> proposal(source, row);
        case DEBATES -> debateThread(source, row);
        case COMMENTS -> comment(source, row);
        case NOTIFICATIONS -> notification(source, row);
        case VOTES -> vote(row);
        case TAGS -> tags.tag(row);
        case TAGGINGS -> ConsulTags.tagging(row, proposals, debates);
        default -> "not mapped";
      };
    }

    private String geozone(CsvRow row) {
      String id = row.get("id");
      String name = Texts.clean(row.get("name"));
      if (id == null) {
        return "no id";
      }
      if (name == null || name.isEmpty()) {
        return "geozone without name";
      }
      Iri iri = session.iri("geozone", id);
      session.write(Triple.of(iri, Iri.of(Terms.RDF.type), Iri.of(Terms.SKOS.Concept)));
      session.write(Triple.of(iri, Iri.of(Terms.SKOS.prefLabel), Literal.lang(name, lang)));
      session.write(Triple.of(iri, Iri.of(Terms.DCT.identifier), Literal.string(id)));
      geozones.add(id);
      return null;
    }

    private String proposal(String source, CsvRow row) {
      String id = row.get("id");
      if (id == null) {
        return "no id";
      }
      if (proposals.contains(id)) {
        return "duplicate proposal id " + id;
      }
      String title = Texts.clean(row.get("title"));
      if (title == null || title.isEmpty()) {
        return "proposal without title";
      }
      Proposal.Builder b =
          Proposal.builder()
              .id(session.iri("proposal", id))
              .debate(debate)
              .title(lang, title)
              .contributionKind(Iri.of(Codes.ContributionKind.PROPOSAL))
              .channel(Iri.of(Codes.Channel.ONLINE_PLATFORM))
              .provenance(session.provenance(id, null));
      String text = Texts.fromHtml(row.get("description"));
      if (text != null && !text.isEmpty()) {
        b.text(lang, text);
      }
      Extensions.Builder ext = Extensions.builder();
      String html = row.get("description");
      if (Texts.looksLikeHtml(html)) {
        // the original CKEditor markup, kept (never interpreted) for a user who needs it
        ext.add(Iri.of(Terms.CONTENT.encoded), Literal.lang(Texts.clean(html), lang));
      }
      String summary = Texts.fromHtml(row.get("summary"));
      if (summary != null && !summary.isEmpty()) {
        b.description(lang, summary);
      }
      b.created(date(source, row, id, "created_at"));
      Long up = count(source, row, id, "cached_votes_up");
      b.endorsementCount(up);
      String retiredAt = row.get("retired_at");
      if (retiredAt != null) {
        b.status(Iri.of(Codes.ProposalStatus.WITHDRAWN));
        StringBuilder why = new StringBuilder("retired by its author on ").append(retiredAt);
        String reason = row.get("retired_reason");
        if (reason != null) {
          why.append(", reason '").append(Texts.clean(reason)).append('\'');
        }
        String explanation = Texts.clean(row.get("retired_explanation"));
        if (explanation != null && !explanation.isEmpty()) {
          why.append(": ").append(explanation);
        }
        session.flagged(source, row.line(), id, why + " (written with status withdrawn)");
      }
      String zone = row.get("geozone_id");
      if (zone != null) {
        if (geozones.contains(zone)) {
          ext.add(Iri.of(Terms.DCT.spatial), session.iri("geozone", zone));
        } else {
          session.note(
              source, row.line(), id, "geozone " + zone + " is not in geozones.csv: not linked");
        }
      }
      tags.subjects(ConsulTags.PROPOSAL, id, row.get("tag_list"), ext);
      b.extensions(ext.build());
      session.write(b.build());
      proposals.add(id);
      supports.put(id, new long[] {up == null ? -1 : up, 0});
      return null;
    }

    private String debateThread(String source, CsvRow row) {
      String id = row.get("id");
      if (id == null) {
        return "no id";
      }
      if (debates.contains(id)) {
        return "duplicate debate id " + id;
      }
      String title = Texts.clean(row.get("title"));
      String text = Texts.fromHtml(row.get("description"));
      boolean hasTitle = title != null && !title.isEmpty();
      boolean hasText = text != null && !text.isEmpty();
      if (!hasTitle && !hasText) {
        return "debate without title or description";
      }
      Issue.Builder b =
          Issue.builder()
              .id(session.iri("issue", id))
              .debate(debate)
              .created(date(source, row, id, "created_at"))
              .provenance(session.provenance(id, null));
      if (hasTitle) {
        b.title(lang, title);
      }
      if (hasText) {
        b.text(lang, text);
      }
      Extensions.Builder ext = Extensions.builder();
      for (String c : List.of("cached_votes_up", "cached_votes_down", "cached_votes_total")) {
        Long n = count(source, row, id, c);
        if (n != null) {
          ext.add(vocab(c), integer(n));
        }
      }
      tags.subjects(ConsulTags.DEBATE, id, row.get("tag_list"), ext);
      b.extensions(ext.build());
      session.write(b.build());
      debates.add(id);
      return null;
    }

    /** First pass over comments.csv: the ids of the comments that will be written. */
    private void collectCommentIds(InputFile file, Charset charset) {
      try (CsvTable table = CsvTable.open(file, ';', charset)) {
        for (CsvRow row : table) {
          if (commentProblem(row) == null) {
            comments.add(row.get("id"));
          }
        }
      }
    }

    /** Why a comment cannot be written, or {@code null}. */
    private String commentProblem(CsvRow row) {
      String id = row.get("id");
      if (id == null) {
        return "no id";
      }
      String body = Texts.clean(row.get("body"));
      if (body == null || body.isEmpty()) {
        return "comment without text";
      }
      String type = row.get("commentable_type");
      String on = row.get("commentable_id");
      if (type == null || on == null) {
        return "comment without commentable_type or commentable_id";
      }
      if (type.equals("Proposal")) {
        return proposals.contains(on) ? null : "comment on Proposal " + on + ", not in the output";
      }
      if (type.equals("Debate")) {
        return debates.contains(on) ? null : "comment on Debate " + on + ", not in the output";
      }
      return "comments on " + type + " not mapped (only Proposal and Debate)";
    }

    private final Set<String> commentsWritten = new HashSet<>();

    private String comment(String source, CsvRow row) {
      String problem = commentProblem(row);
      if (problem != null) {
        return problem;
      }
      String id = row.get("id");
      if (!commentsWritten.add(id)) {
        return "duplicate comment id " + id;
      }
      String type = row.get("commentable_type");
      String on = row.get("commentable_id");
      Comment.Builder b =
          Comment.builder()
              .id(session.iri("comment", id))
              .debate(debate)
              .text(lang, Texts.clean(row.get("body")))
              .created(date(source, row, id, "created_at"))
              .contributionKind(Iri.of(Codes.ContributionKind.COMMENT))
              .channel(Iri.of(Codes.Channel.ONLINE_PLATFORM))
              .endorsementCount(count(source, row, id, "cached_votes_up"))
              .provenance(session.provenance(id, null));
      Resource top = type.equals("Proposal") ? session.iri("proposal", on) : null;
      if (type.equals("Debate")) {
        b.addresses(session.iri("issue", on));
      }
      String parent = parent(row.get("ancestry"));
      if (parent != null && parent.equals(id)) {
        session.note(source, row.line(), id, "ancestry names the comment itself: ignored");
        parent = null;
      }
      if (parent != null && comments.contains(parent)) {
        b.replyTo(session.iri("comment", parent));
      } else {
        if (parent != null) {
          session.note(
              source,
              row.line(),
              id,
              "parent comment " + parent + " is not in the output: attached to " + type + " " + on);
        }
        b.replyTo(top);
      }
      Long down = count(source, row, id, "cached_votes_down");
      if (down != null) {
        b.extensions(Extensions.of(vocab("cached_votes_down"), integer(down)));
      }
      session.write(b.build());
      return null;
    }

    /** The last id of an ancestry path {@code 123/456}, or {@code null}. */
    private static String parent(String ancestry) {
      if (ancestry == null) {
        return null;
      }
      String a = ancestry.strip();
      while (a.endsWith("/")) {
        a = a.substring(0, a.length() - 1);
      }
      String last = a.substring(a.lastIndexOf('/') + 1).strip();
      return last.isEmpty() ? null : last;
    }

    private String notification(String source, CsvRow row) {
      String id = row.get("id");
      if (id == null) {
        return "no id";
      }
      String proposal = row.get("proposal_id");
      if (proposal == null || !proposals.contains(proposal)) {
        return "notification of proposal " + proposal + ", not in the output";
      }
      String title = Texts.clean(row.get("title"));
      String body = Texts.fromHtml(row.get("body"));
      String text =
          String.join(
              "\n\n",
              java.util.stream.Stream.of(title, body)
                  .filter(s -> s != null && !s.isEmpty())
                  .toList());
      if (text.isEmpty()) {
        return "notification without text";
      }
      session.write(
          Comment.builder()
              .id(session.iri("proposal-notification", id))
              .debate(debate)
              .text(lang, text)
              .replyTo(session.iri("proposal", proposal))
              .created(date(source, row, id, "created_at"))
              .contributionKind(Iri.of(Codes.ContributionKind.COMMENT))
              .channel(Iri.of(Codes.Channel.ONLINE_PLATFORM))
              .provenance(session.provenance(id, null))
              .build());
      return null;
    }

    private String vote(CsvRow row) {
      String type = row.get("votable_type");
      String on = row.get("votable_id");
      String flag = row.get("vote_flag");
      if (type == null || on == null) {
        return "vote without votable_type or votable_id";
      }
      Boolean up = flag(flag);
      if (up == null) {
        return "vote_flag '" + flag + "' is neither true nor false";
      }
      Set<String> known =
          switch (type) {
            case "Proposal" -> proposals;
            case "Debate" -> debates;
            case "Comment" -> comments;
            default -> null;
          };
      if (known == null) {
        return "votes on " + type + " not mapped";
      }
      if (!known.contains(on)) {
        return "vote on " + type + " " + on + ", not in the output";
      }
      if (type.equals("Proposal") && up) {
        supports.get(on)[1]++;
      }
      return null; // counted in the record's vote counts: individual votes are anonymous
    }

    private static Boolean flag(String v) {
      if (v == null) {
        return null;
      }
      return switch (v.toLowerCase(Locale.ROOT)) {
        case "true", "t", "1" -> Boolean.TRUE;
        case "false", "f", "0" -> Boolean.FALSE;
        default -> null;
      };
    }

    private void reportSupports(InputFile votes) {
      if (votes == null) {
        return;
      }
      for (Map.Entry<String, long[]> e : supports.entrySet()) {
        long cached = e.getValue()[0];
        long counted = e.getValue()[1];
        if (cached >= 0 && cached != counted) {
          session.note(
              votes.name(),
              -1,
              "Proposal " + e.getKey(),
              "votes.csv has "
                  + counted
                  + " supports of proposal "
                  + e.getKey()
                  + ", cached_votes_up says "
                  + cached
                  + " (the figure written; hidden users' and withdrawn votes are not exported)");
        }
      }
    }

    private TemporalValue date(String source, CsvRow row, String id, String column) {
      String v = row.get(column);
      if (v == null) {
        return null;
      }
      TemporalValue t = ConsulDates.parse(v);
      if (t == null) {
        session.note(source, row.line(), id, column + " '" + v + "' is not a date-time: left out");
      }
      return t;
    }

    private Long count(String source, CsvRow row, String id, String column) {
      String v = row.get(column);
      if (v == null) {
        return null;
      }
      try {
        long n = Long.parseLong(v);
        if (n >= 0) {
          return n;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      session.note(source, row.line(), id, column + " '" + v + "' is not a count: left out");
      return null;
    }

    private Iri vocab(String column) {
      StringBuilder b = new StringBuilder();
      boolean upper = false;
      for (char c : column.toCharArray()) {
        if (c == '_') {
          upper = true;
        } else {
          b.append(upper ? Character.toUpperCase(c) : c);
          upper = false;
        }
      }
      return session.iri("vocab", b.toString());
    }

    private static Literal integer(long n) {
      return Literal.typed(Long.toString(n), Terms.XSD.nonNegativeInteger);
    }
  }
}
