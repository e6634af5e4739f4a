package org.debatescore.importers.polis;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.debatescore.core.model.Debate;
import org.debatescore.core.model.Extensions;
import org.debatescore.core.model.Proposal;
import org.debatescore.core.model.Tally;
import org.debatescore.core.model.TemporalValue;
import org.debatescore.core.model.Vote;
import org.debatescore.core.model.VoteEvent;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Literal;
import org.debatescore.importers.ImportOptions;
import org.debatescore.importers.ImportReport;
import org.debatescore.importers.ImportSession;
import org.debatescore.importers.Importer;
import org.debatescore.importers.support.CsvRow;
import org.debatescore.importers.support.CsvTable;
import org.debatescore.importers.support.InputFile;
import org.debatescore.importers.support.Inputs;
import org.debatescore.importers.support.Texts;
import org.debatescore.vocab.Codes;
import org.debatescore.vocab.Terms;

/**
 * Pol.is conversation exports (the openData archive and the server's export): {@code summary.csv},
 * {@code comments.csv}, {@code votes.csv}, plus the derived {@code participants-votes.csv}, {@code
 * stats-history.csv} and {@code comment-groups.csv}, which are read, counted and reported as
 * recomputed from the votes.
 *
 * <ul>
 *   <li>the conversation is a {@code Debate} under CC BY 4.0 with the Computational Democracy
 *       Project's attribution ({@code dct:rights}), as the openData licence requires;
 *   <li>each statement is a {@code Proposal} (participants are asked to agree with it, which is
 *       what a proposal is; Pol.is has no replies), with its {@code VoteEvent} (agree, disagree,
 *       pass as for, against, abstain) and tallies recomputed from the votes kept, since the
 *       exported agree and disagree columns are known to disagree with the votes;
 *   <li>a moderated-out statement ({@code moderated = -1}) or an unmoderated one is written and
 *       flagged, with its moderation state kept as a statement;
 *   <li>only the latest vote of a participant on a statement counts (the file holds the vote
 *       history): earlier ones are reported as superseded. {@code votes.csv} is read twice, and
 *       between the passes memory holds 16 to 32 bytes per (voter, statement) pair;
 *   <li>timestamps in epoch milliseconds or seconds (told apart by magnitude); the {@code datetime}
 *       column, in the exporting server's zone, is ignored.
 * </ul>
 */
public final class PolisImporter implements Importer {

  static final String LICENCE = "https://creativecommons.org/licenses/by/4.0/";
  static final String ATTRIBUTION =
      "Pol.is data by The Computational Democracy Project (https://compdemocracy.org),"
          + " licensed under CC BY 4.0.";
  private static final Iri AGREE = Iri.of(Codes.VoteOption.FOR);
  private static final Iri DISAGREE = Iri.of(Codes.VoteOption.AGAINST);
  private static final Iri PASS = Iri.of(Codes.VoteOption.ABSTAIN);

  /** The option of a Pol.is vote, by vote + 1 (-1 disagree, 0 pass, 1 agree). */
  private static final Iri[] OPTION_BY_VOTE = {DISAGREE, PASS, AGREE};

  private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("\\d{1,9}");
  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("-?\\d{1,18}");
  private static final String LANG = "und"; // Pol.is does not say the language of a statement

  @Override
  public String name() {
    return "polis";
  }

  @Override
  public String description() {
    return "Pol.is conversation export (summary, comments, votes CSV)";
  }

  @Override
  public ImportReport run(
      List<Path> inputs, ImportOptions options, org.debatescore.core.rdf.RdfSink sink) {
    List<InputFile> files = Inputs.expand(inputs, options);
    Map<String, InputFile> byName = new LinkedHashMap<>();
    ImportSession session = new ImportSession(name(), "polis", options, sink);
    try {
      for (InputFile f : files) {
        String n = f.fileName();
        if (byName.containsKey(n)) {
          session.read(f.name());
          session.skipped(
              f.name(), -1, null, "a second " + n + "; import one conversation at a time");
        } else {
          byName.put(n, f);
        }
      }
      new Run(session, byName, inputs).run();
      return session.finish();
    } finally {
      session.close();
    }
  }

  /** One conversation's import. */
  private static final class Run {
    private final ImportSession s;
    private final Map<String, InputFile> files;
    private final String conversation;
    private Iri debate;
    private final LatestVotes latest = new LatestVotes();
    private final BitSet statements = new BitSet();
    // participant id -> latest votes {disagree, pass, agree}, kept for the participants-votes.csv
    // cross-check (only when that file is given)
    private Map<Integer, long[]> byParticipant;

    private final String lang;

    Run(ImportSession session, Map<String, InputFile> files, List<Path> inputs) {
      this.s = session;
      this.lang = session.options().languageOr(LANG);
      this.files = files;
      Path first = inputs.get(0).toAbsolutePath();
      this.conversation =
          (java.nio.file.Files.isDirectory(first) ? first : first.getParent())
              .getFileName()
              .toString();
    }

    void run() {
      InputFile comments = files.remove("comments.csv");
      InputFile votes = files.remove("votes.csv");
      InputFile summary = files.remove("summary.csv");
      if (comments == null) {
        throw new org.debatescore.importers.ImportException(
            "no comments.csv among the inputs: not a Pol.is conversation export");
      }
      summary(summary);
      if (votes != null) {
        votesFirstPass(votes);
      }
      comments(comments);
      if (votes != null) {
        votesSecondPass(votes);
      }
      for (InputFile other : files.values()) {
        derived(other);
      }
    }

    private Iri statementIri(int id) {
      return s.iri("statement", conversation + "/" + id);
    }

    private void summary(InputFile file) {
      Map<String, String> values = new LinkedHashMap<>();
      Map<String, Long> lines = new HashMap<>();
      if (file != null) {
        s.source(file.name());
        try (CsvTable t = CsvTable.open(file, ',', StandardCharsets.UTF_8, false)) {
          for (CsvRow r : t) {
            s.read(file.name());
            String key = r.get(0) == null ? "" : r.get(0).strip();
            values.put(key, r.get(1));
            lines.put(key, r.line());
          }
          malformed(t);
        }
      }
      String url = values.get("url");
      String topic = Texts.clean(values.get("topic"));
      Debate.Builder b =
          Debate.builder()
              .id(s.iri("debate", conversation))
              .title(
                  lang,
                  topic != null && !topic.isEmpty() ? topic : "Pol.is conversation " + conversation)
              .processKind(Iri.of(Codes.ProcessKind.PUBLIC_CONSULTATION))
              .addChannel(Iri.of(Codes.Channel.ONLINE_PLATFORM))
              .extensions(
                  Extensions.of(Iri.of(Terms.DCT.NS + "rights"), Literal.lang(ATTRIBUTION, "en")));
      String description = Texts.clean(values.get("conversation-description"));
      if (description != null && !description.isEmpty()) {
        b.description(lang, description);
      }
      Iri homepage = url != null && url.matches("https?://\\S+") ? Iri.of(url) : null;
      if (homepage != null) {
        b.homepage(homepage);
      }
      Long voters = number(values.get("voters"));
      if (voters != null && voters >= 0) {
        b.participantCount(voters);
      }
      b.provenance(
          s.provenance(conversation, homepage).toBuilder().license(Iri.of(LICENCE)).build());
      Debate d = b.build();
      debate = (Iri) d.id();
      s.write(d);
      if (file != null) {
        for (Map.Entry<String, String> e : values.entrySet()) {
          switch (e.getKey()) {
            case "topic", "url", "voters", "conversation-description" -> s.mapped(file.name());
            default ->
                s.skipped(
                    file.name(),
                    lines.get(e.getKey()),
                    e.getKey(),
                    "derived statistic, not mapped (recomputable from the data)");
          }
        }
      }
    }

    private void votesFirstPass(InputFile file) {
      try (CsvTable t = CsvTable.open(file, ',', StandardCharsets.UTF_8)) {
        for (CsvRow r : t) {
          Integer voter = id(r.get("voter-id"));
          Integer statement = id(r.get("comment-id"));
          Long time = number(r.get("timestamp"));
          Integer vote = vote(r.get("vote"));
          if (voter != null && statement != null && time != null && vote != null) {
            latest.offer(LatestVotes.pair(voter, statement), millis(time), vote);
          }
        }
      }
    }

    private void comments(InputFile file) {
      s.source(file.name());
      Map<Integer, long[]> tallies = new HashMap<>();
      boolean matrix = files.containsKey("participants-votes.csv");
      byParticipant = matrix ? new HashMap<>() : null;
      latest.forEach(
          (pair, packed) -> {
            long[] c = tallies.computeIfAbsent(LatestVotes.statement(pair), k -> new long[3]);
            c[LatestVotes.vote(packed) + 1]++;
            if (matrix) {
              byParticipant
                  .computeIfAbsent(LatestVotes.voter(pair), k -> new long[3])[
                  LatestVotes.vote(packed) + 1]++;
            }
          });
      try (CsvTable t = CsvTable.open(file, ',', StandardCharsets.UTF_8)) {
        int bodyColumn = t.headers().indexOf("comment-body");
        boolean bodyLast = bodyColumn >= 0 && bodyColumn == t.headers().size() - 1;
        for (CsvRow r : t) {
          s.read(file.name());
          String rawId = r.get("comment-id");
          Integer id = id(rawId);
          String body = Texts.clean(body(r, bodyColumn, bodyLast, file.name(), rawId));
          if (id == null) {
            s.skipped(file.name(), r.line(), rawId, "comment-id is not a non-negative integer");
            continue;
          }
          if (body == null || body.isEmpty()) {
            s.skipped(file.name(), r.line(), rawId, "empty statement");
            continue;
          }
          if (statements.get(id)) {
            s.skipped(file.name(), r.line(), rawId, "duplicate comment-id");
            continue;
          }
          statements.set(id);
          Iri iri = statementIri(id);
          Proposal.Builder p =
              Proposal.builder()
                  .id(iri)
                  .debate(debate)
                  .title(lang, body)
                  .contributionKind(Iri.of(Codes.ContributionKind.PROPOSAL))
                  .status(Iri.of(Codes.ProposalStatus.SUBMITTED))
                  .channel(Iri.of(Codes.Channel.ONLINE_PLATFORM))
                  .provenance(s.provenance(rawId, null));
          Long time = number(r.get("timestamp"));
          if (time != null) {
            p.created(instant(millis(time)));
          } else if (r.get("timestamp") != null) {
            s.note(
                file.name(), r.line(), rawId, "unreadable timestamp '" + r.get("timestamp") + "'");
          }
          Integer author = id(r.get("author-id"));
          if (author != null) {
            p.addAuthor(s.participant(person(author), null, null));
          }
          String moderated = r.get("moderated");
          Extensions.Builder ext = Extensions.builder();
          if (moderated != null) {
            ext.add(vocab("moderated"), Literal.typed(moderated, Terms.XSD.NS + "integer"));
            if (moderated.equals("-1")) {
              s.flagged(file.name(), r.line(), rawId, "rejected by the moderator (moderated = -1)");
            } else if (moderated.equals("0")) {
              s.flagged(file.name(), r.line(), rawId, "not moderated (moderated = 0)");
            }
          }
          if ("true".equalsIgnoreCase(r.get("is-seed"))) {
            ext.add(vocab("isSeed"), Literal.typed("true", Terms.XSD.boolean_));
          }
          if ("true".equalsIgnoreCase(r.get("is-meta"))) {
            ext.add(vocab("isMeta"), Literal.typed("true", Terms.XSD.boolean_));
          }
          p.extensions(ext.build());
          s.write(p.build());
          voteEvent(id, iri, tallies.getOrDefault(id, new long[3]), r, file.name(), rawId);
          s.mapped(file.name());
        }
        malformed(t);
      }
    }

    /**
     * The statement body. The 2024 TypeScript report export writes it last and unquoted, so a comma
     * in it splits the row into more cells than the header has: when the body is the last column,
     * the extra cells are joined back with the commas they were split at (and noted).
     */
    private String body(CsvRow r, int bodyColumn, boolean bodyLast, String file, String rawId) {
      if (bodyColumn < 0) {
        return null;
      }
      int columns = r.size();
      if (!bodyLast || columns <= bodyColumn + 1) {
        return r.raw("comment-body");
      }
      StringBuilder joined = new StringBuilder(Objects.toString(r.get(bodyColumn), ""));
      for (int i = bodyColumn + 1; i < columns; i++) {
        joined.append(',').append(Objects.toString(r.get(i), ""));
      }
      s.note(
          file,
          r.line(),
          rawId,
          "unquoted body split at its commas into "
              + (columns - bodyColumn)
              + " cells (TypeScript report export): joined back together");
      return joined.toString();
    }

    private void voteEvent(
        int id, Iri statement, long[] counts, CsvRow r, String file, String rawId) {
      Iri event = s.iri("vote-event", conversation + "/" + id);
      VoteEvent.Builder e =
          VoteEvent.builder()
              .id(event)
              .debate(debate)
              .voteOn(statement)
              .addAvailableOption(AGREE)
              .addAvailableOption(DISAGREE)
              .addAvailableOption(PASS)
              .provenance(s.provenance(rawId, null));
      String[] names = {"disagree", "pass", "agree"};
      for (int i = 0; i < 3; i++) {
        Iri tally = s.iri("tally", conversation + "/" + id + "/" + names[i]);
        e.addTally(tally);
        s.write(Tally.builder().id(tally).option(OPTION_BY_VOTE[i]).count(counts[i]).build());
      }
      s.write(e.build());
      Long agrees = number(r.get("agrees"));
      Long disagrees = number(r.get("disagrees"));
      if ((agrees != null && agrees != counts[2])
          || (disagrees != null && disagrees != counts[0])) {
        s.note(
            file,
            r.line(),
            rawId,
            "the export says "
                + agrees
                + " agree / "
                + disagrees
                + " disagree; the latest votes in votes.csv give "
                + counts[2]
                + " / "
                + counts[0]
                + " (the tallies written)");
      }
    }

    private void votesSecondPass(InputFile file) {
      s.source(file.name());
      long superseded = 0;
      try (CsvTable t = CsvTable.open(file, ',', StandardCharsets.UTF_8)) {
        for (CsvRow r : t) {
          s.read(file.name());
          String rawVoter = r.get("voter-id");
          String rawStatement = r.get("comment-id");
          Integer voter = id(rawVoter);
          Integer statement = id(rawStatement);
          Long time = number(r.get("timestamp"));
          Integer vote = vote(r.get("vote"));
          String record = rawVoter + "/" + rawStatement;
          if (voter == null || statement == null || time == null || vote == null) {
            s.skipped(
                file.name(),
                r.line(),
                record,
                "expected integer voter-id, comment-id and timestamp and a vote of 1, 0 or -1");
            continue;
          }
          if (!statements.get(statement)) {
            s.skipped(
                file.name(),
                r.line(),
                record,
                "vote on statement " + statement + ", which is not in comments.csv");
            continue;
          }
          long pair = LatestVotes.pair(voter, statement);
          long ms = millis(time);
          if (latest.get(pair) != LatestVotes.pack(ms, vote)) {
            superseded++;
            s.skipped(
                file.name(),
                r.line(),
                record,
                "superseded by a later vote of the same participant on the same statement");
            continue;
          }
          latest.consume(pair);
          s.write(
              Vote.builder()
                  .id(
                      s.iri(
                          "vote",
                          conversation + "/" + statement + "/" + s.pseudonym(person(voter))))
                  .debate(debate)
                  .voter(s.participant(person(voter), null, null))
                  .voteEvent(s.iri("vote-event", conversation + "/" + statement))
                  .voteOn(statementIri(statement))
                  .option(OPTION_BY_VOTE[vote + 1])
                  .created(instant(ms))
                  .build());
          s.mapped(file.name());
        }
        malformed(t);
      }
      if (superseded > 0) {
        s.note(file.name(), -1, null, superseded + " votes superseded by a later vote (re-votes)");
      }
    }

    private void derived(InputFile file) {
      String n = file.fileName();
      boolean known =
          n.equals("participants-votes.csv")
              || n.equals("participant-votes.csv")
              || n.equals("stats-history.csv")
              || n.equals("comment-groups.csv");
      s.source(file.name());
      if (!known) {
        s.read(file.name());
        s.skipped(file.name(), -1, null, "not a file of a Pol.is export this importer maps");
        return;
      }
      boolean matrix = n.equals("participants-votes.csv") && byParticipant != null;
      try (CsvTable t = CsvTable.open(file, ',', StandardCharsets.UTF_8)) {
        long rows = 0;
        ParticipantCheck check = matrix ? new ParticipantCheck() : null;
        for (CsvRow r : t) {
          s.read(file.name());
          s.skippedUnlisted(file.name());
          rows++;
          if (check != null) {
            check.row(r, file.name());
          }
        }
        if (check != null) {
          check.summary(file.name());
        }
        s.note(
            file.name(),
            -1,
            null,
            rows
                + " rows skipped: derived data (clusters, running totals or the final vote matrix),"
                + " recomputed from votes.csv");
        malformed(t);
      }
    }

    /**
     * Compares each participant's counts in participants-votes.csv ({@code n-votes}, {@code
     * n-agree}, {@code n-disagree}) with their latest votes in votes.csv; each difference is a
     * note, and a difference that is always agree and disagree swapped is called out (an export
     * with raw database signs).
     */
    private final class ParticipantCheck {
      private long compared;
      private long differing;
      private long swapped;

      void row(CsvRow r, String file) {
        Integer pid = id(r.get("participant"));
        Long votes = number(r.get("n-votes"));
        Long agree = number(r.get("n-agree"));
        Long disagree = number(r.get("n-disagree"));
        if (pid == null || votes == null || agree == null || disagree == null) {
          return;
        }
        compared++;
        long[] ours = byParticipant.getOrDefault(pid, new long[3]);
        long total = ours[0] + ours[1] + ours[2];
        if (votes == total && agree == ours[2] && disagree == ours[0]) {
          return;
        }
        differing++;
        if (votes == total && agree == ours[0] && disagree == ours[2]) {
          swapped++;
        }
        s.note(
            file,
            r.line(),
            "participant " + pid,
            "the export counts "
                + votes
                + " votes ("
                + agree
                + " agree, "
                + disagree
                + " disagree); the latest votes in votes.csv give "
                + total
                + " ("
                + ours[2]
                + " agree, "
                + ours[0]
                + " disagree)");
      }

      void summary(String file) {
        if (compared == 0) {
          return;
        }
        String what =
            differing == 0
                ? "the per-participant counts of all " + compared + " participants match votes.csv"
                : differing
                    + " of "
                    + compared
                    + " participants' counts differ from votes.csv"
                    + (swapped == differing
                        ? ", always agree and disagree swapped: votes.csv may carry the raw"
                            + " database signs (check the export's origin)"
                        : "");
        s.note(file, -1, null, what);
      }
    }

    private void malformed(CsvTable t) {
      if (t.error() != null) {
        s.read(t.file().name());
        s.skipped(
            t.file().name(),
            t.errorLine(),
            null,
            t.error() + "; the rest of the file was not read");
      }
    }

    /** Pol.is participant ids count within one conversation only: qualify them with it. */
    private String person(int pid) {
      return conversation + ":" + pid;
    }

    private Iri vocab(String local) {
      return Iri.of(s.options().baseIri() + "polis/vocab#" + local);
    }
  }

  private static Integer id(String text) {
    if (text == null || !ID.matcher(text).matches()) {
      return null;
    }
    return Integer.valueOf(text);
  }

  private static Long number(String text) {
    if (text == null || !NUMBER.matcher(text.strip()).matches()) {
      return null;
    }
    return Long.valueOf(text.strip());
  }

  private static Integer vote(String text) {
    if (text == null) {
      return null;
    }
    return switch (text.strip()) {
      case "1" -> 1;
      case "0" -> 0;
      case "-1" -> -1;
      default -> null;
    };
  }

  /** Epoch milliseconds, from milliseconds or seconds (anything below 10^11 is seconds: 1973). */
  static long millis(long time) {
    return Math.abs(time) < 100_000_000_000L ? time * 1000 : time;
  }

  private static TemporalValue instant(long ms) {
    return TemporalValue.of(OffsetDateTime.ofInstant(Instant.ofEpochMilli(ms), ZoneOffset.UTC));
  }
}
