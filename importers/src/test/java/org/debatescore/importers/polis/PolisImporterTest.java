package org.debatescore.importers.polis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.debatescore.core.DebatescoreException;
import org.debatescore.core.model.DebateData;
import org.debatescore.core.model.Proposal;
import org.debatescore.core.model.Tally;
import org.debatescore.core.model.Vote;
import org.debatescore.core.rdf.NTriplesWriter;
import org.debatescore.core.validation.Severity;
import org.debatescore.core.validation.ValidationReport;
import org.debatescore.importers.ImportException;
import org.debatescore.importers.ImportIssue;
import org.debatescore.importers.ImportReport;
import org.debatescore.importers.Importers;
import org.debatescore.importers.SourceCount;
import org.debatescore.importers.testing.ImportRun;
import org.debatescore.vocab.Codes;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.generators.Generate;

class PolisImporterTest {

  private static final String COMMENTS_HEADER =
      "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n";
  private static final String VOTES_HEADER = "timestamp,datetime,comment-id,voter-id,vote\n";

  static Path london() {
    for (String candidate :
        List.of(
            "../../shared/data/polis/london.youth.policing",
            "../shared/data/polis/london.youth.policing",
            "/work/shared/data/polis/london.youth.policing")) {
      Path p = Path.of(candidate);
      if (Files.isDirectory(p)) {
        return p;
      }
    }
    return null;
  }

  private static List<CSVRecord> csv(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(r)
          .getRecords();
    }
  }

  private static Path conversation(Path dir, String comments, String votes) {
    try {
      Path c = Files.createDirectories(dir.resolve("conv"));
      Files.writeString(c.resolve("comments.csv"), comments, StandardCharsets.UTF_8);
      if (votes != null) {
        Files.writeString(c.resolve("votes.csv"), votes, StandardCharsets.UTF_8);
      }
      return c;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void assertBalanced(ImportReport report) {
    for (SourceCount s : report.sources()) {
      assertTrue(s.balanced(), s.toString());
    }
  }

  @Test
  void isRegisteredAsPolis() {
    assertEquals("polis", Importers.byName("polis").name());
  }

  @Test
  void londonSampleKeepsTheLatestVoteOfEachParticipantAndEveryStatement(@TempDir Path tmp)
      throws IOException {
    Path dir = london();
    Assumptions.assumeTrue(dir != null, "shared Pol.is sample not found");
    // Independent reading: statements, and the distinct (voter, statement) pairs on them.
    List<CSVRecord> comments = csv(dir.resolve("comments.csv"));
    Set<String> ids = new HashSet<>();
    comments.forEach(r -> ids.add(r.get("comment-id")));
    Map<String, String[]> latest = new HashMap<>();
    List<CSVRecord> votes = csv(dir.resolve("votes.csv"));
    for (CSVRecord r : votes) {
      if (ids.contains(r.get("comment-id"))) {
        String key = r.get("voter-id") + "/" + r.get("comment-id");
        String[] prev = latest.get(key);
        if (prev == null || Long.parseLong(r.get("timestamp")) >= Long.parseLong(prev[0])) {
          latest.put(key, new String[] {r.get("timestamp"), r.get("vote")});
        }
      }
    }
    long rejected = comments.stream().filter(r -> r.get("moderated").equals("-1")).count();

    ImportRun run = ImportRun.run(new PolisImporter(), List.of(dir));
    ImportReport report = run.report();
    assertBalanced(report);
    assertEquals(comments.size(), report.entityCount("Proposal"));
    assertEquals(latest.size(), report.entityCount("Vote"));
    assertEquals(votes.size(), report.source(dir.resolve("votes.csv").toString()).read());
    assertEquals(rejected, report.count(ImportIssue.Kind.FLAGGED));
    assertEquals(3, rejected);
    SourceCount history = report.source(dir.resolve("stats-history.csv").toString());
    assertEquals(history.read(), history.skipped(), "derived rows all counted as skipped");
    assertTrue(report.issues().size() < 20, "derived rows are summarised, not listed one by one");
    // participants-votes.csv cross-check: as many notes as participants whose counts differ
    Map<String, long[]> perVoter = new HashMap<>();
    latest.forEach(
        (key, v) -> {
          long[] c = perVoter.computeIfAbsent(key.substring(0, key.indexOf('/')), k -> new long[3]);
          c[Integer.parseInt(v[1]) + 1]++;
        });
    long differing = 0;
    List<CSVRecord> matrix = csv(dir.resolve("participants-votes.csv"));
    for (CSVRecord r : matrix) {
      long[] c = perVoter.getOrDefault(r.get("participant"), new long[3]);
      if (Long.parseLong(r.get("n-votes")) != c[0] + c[1] + c[2]
          || Long.parseLong(r.get("n-agree")) != c[2]
          || Long.parseLong(r.get("n-disagree")) != c[0]) {
        differing++;
      }
    }
    long noted =
        report.issues().stream()
            .filter(i -> i.source().endsWith("participants-votes.csv"))
            .filter(i -> i.record() != null && i.record().startsWith("participant "))
            .count();
    assertEquals(differing, noted, report::toText);
    String summary =
        differing == 0
            ? "the per-participant counts of all " + matrix.size() + " participants match"
            : differing + " of " + matrix.size() + " participants' counts differ";
    assertTrue(
        report.issues().stream().anyMatch(i -> i.reason().startsWith(summary)), report::toText);

    DebateData data = run.data(tmp);
    assertEquals(comments.size(), data.all(Proposal.class).size());
    List<Vote> written = data.all(Vote.class);
    assertEquals(latest.size(), written.size());
    long agree = latest.values().stream().filter(v -> v[1].equals("1")).count();
    assertEquals(
        agree,
        written.stream().filter(v -> v.option().value().equals(Codes.VoteOption.FOR)).count());
    long tallied = data.all(Tally.class).stream().mapToLong(Tally::count).sum();
    assertEquals(latest.size(), tallied, "tallies count exactly the votes written");
    assertTrue(run.ntriples().contains("Computational Democracy Project"), "attribution kept");
    assertTrue(run.ntriples().contains("<https://creativecommons.org/licenses/by/4.0/>"));

    ValidationReport validation = run.validate(tmp);
    assertEquals(0, validation.count(Severity.VIOLATION), ImportRun.violations(validation));
  }

  @Test
  void aReVoteReplacesTheEarlierVoteAndOnATieTheLaterRowWins(@TempDir Path tmp) {
    Path c =
        conversation(
            tmp,
            COMMENTS_HEADER + "1658934589213,x,1,0,0,0,1,First\n",
            VOTES_HEADER
                + "1658934600000,x,1,5,1\n"
                + "1658934700000,x,1,5,-1\n"
                + "1658934650000,x,1,5,0\n"
                + "1658934800000,x,1,6,1\n"
                + "1658934800000,x,1,6,0\n");
    ImportRun run = ImportRun.run(new PolisImporter(), List.of(c));
    assertBalanced(run.report());
    DebateData data = run.data(tmp);
    List<Vote> votes = data.all(Vote.class);
    assertEquals(2, votes.size());
    Set<String> options = new HashSet<>();
    votes.forEach(v -> options.add(v.option().value()));
    assertEquals(Set.of(Codes.VoteOption.AGAINST, Codes.VoteOption.ABSTAIN), options);
    assertEquals(3, run.report().recordsSkipped());
    assertTrue(run.report().issues().stream().anyMatch(i -> i.reason().startsWith("superseded")));
  }

  @Test
  void languageOptionTagsStatements(@TempDir Path tmp) {
    Path c = conversation(tmp, COMMENTS_HEADER + "1658934589213,x,1,0,0,0,1,Primera\n", null);
    ImportRun und = ImportRun.run(new PolisImporter(), List.of(c));
    assertTrue(und.ntriples().contains("\"Primera\"@und"), und::ntriples);
    ImportRun es =
        ImportRun.run(new PolisImporter(), List.of(c), ImportRun.testOptions().withLanguage("es"));
    assertBalanced(es.report());
    assertTrue(es.ntriples().contains("\"Primera\"@es"), es::ntriples);
    assertFalse(es.ntriples().contains("@und"), es::ntriples);
  }

  @Test
  void unquotedBodiesOfTheTypeScriptExportAreJoinedBackAtTheirCommas(@TempDir Path tmp) {
    Path c =
        conversation(
            tmp,
            COMMENTS_HEADER
                + "1658934589213,x,1,0,0,0,1,Police should, frankly,  listen\n"
                + "1658934589214,x,2,0,0,0,1,\"Quoted, as it should be\"\n"
                + "1658934589215,x,3,0,0,0,1,No comma\n",
            null);
    ImportRun run = ImportRun.run(new PolisImporter(), List.of(c));
    assertBalanced(run.report());
    assertEquals(3, run.report().recordsMapped());
    String nt = run.ntriples();
    // the cells are joined with the commas they were split at: the text comes back exactly
    assertTrue(nt.contains("\"Police should, frankly,  listen\"@und"), nt);
    assertTrue(nt.contains("\"Quoted, as it should be\"@und"), nt);
    List<String> notes =
        run.report().issues().stream()
            .filter(i -> i.reason().startsWith("unquoted body split"))
            .map(i -> i.record())
            .toList();
    assertEquals(List.of("1"), notes, "only the split row is noted");
  }

  private static void participantsVotes(Path conv, String rows) throws IOException {
    Files.writeString(
        conv.resolve("participants-votes.csv"),
        "participant,xid,group-id,n-comments,n-votes,n-agree,n-disagree,1,2\n" + rows,
        StandardCharsets.UTF_8);
  }

  @Test
  void participantsVotesCountsAreCheckedAgainstTheLatestVotes(@TempDir Path tmp)
      throws IOException {
    Path c =
        conversation(
            tmp,
            COMMENTS_HEADER + "1658934589213,x,1,0,0,0,1,First\n1658934589213,x,2,0,0,0,1,Second\n",
            VOTES_HEADER
                + "1658934600000,x,1,5,1\n"
                + "1658934600000,x,2,5,-1\n"
                + "1658934600000,x,1,6,1\n"
                + "1658934700000,x,1,6,-1\n"); // 6 changed their mind
    participantsVotes(c, "5,,0,0,2,1,1,1,-1\n6,,0,0,2,1,1,-1,\n"); // 6: both votes counted
    ImportRun run = ImportRun.run(new PolisImporter(), List.of(c));
    assertBalanced(run.report());
    List<ImportIssue> notes =
        run.report().issues().stream()
            .filter(i -> i.source().endsWith("participants-votes.csv"))
            .toList();
    assertEquals(3, notes.size(), notes::toString); // participant 6, the summary, derived rows
    ImportIssue six =
        notes.stream().filter(i -> "participant 6".equals(i.record())).findFirst().orElseThrow();
    assertEquals(3, six.line());
    assertTrue(six.reason().contains("2 votes (1 agree, 1 disagree)"), six.reason());
    assertTrue(six.reason().contains("give 1 (0 agree, 1 disagree)"), six.reason());
    assertTrue(
        notes.stream().anyMatch(i -> i.reason().startsWith("1 of 2 participants' counts differ")),
        notes::toString);
    assertFalse(notes.stream().anyMatch(i -> i.reason().contains("swapped")));
  }

  @Test
  void swappedSignsInEveryDifferingParticipantAreCalledOut(@TempDir Path tmp) throws IOException {
    Path c =
        conversation(
            tmp,
            COMMENTS_HEADER + "1658934589213,x,1,0,0,0,1,First\n1658934589213,x,2,0,0,0,1,Second\n",
            VOTES_HEADER + "1658934600000,x,1,5,1\n1658934600000,x,2,5,1\n");
    participantsVotes(c, "5,,0,0,2,0,2,-1,-1\n");
    ImportRun run = ImportRun.run(new PolisImporter(), List.of(c));
    assertTrue(
        run.report().issues().stream()
            .anyMatch(i -> i.reason().contains("always agree and disagree swapped")),
        run.report()::toText);
  }

  @Test
  void epochSecondsAndMillisecondsGiveTheSameInstant(@TempDir Path tmp) {
    Path c =
        conversation(
            tmp,
            "timestamp,comment-id,author-id,agrees,disagrees,moderated,is-meta,is-seed,"
                + "group-informed-consensus,comment-body\n"
                + "1658934589,1,0,0,0,1,false,true,0.5,\"Seconds, with a comma\"\n"
                + "1658934589000,2,0,0,0,1,false,false,0.5,Milliseconds\n",
            null);
    ImportRun run = ImportRun.run(new PolisImporter(), List.of(c));
    List<Proposal> proposals = run.data(tmp).all(Proposal.class);
    assertEquals(2, proposals.size());
    assertEquals(proposals.get(0).created(), proposals.get(1).created());
    assertEquals("2022-07-27T15:09:49Z", proposals.get(0).created().toString());
    assertTrue(run.ntriples().contains("isSeed"), "newer layout's is-seed kept");
  }

  @Test
  void aVoteOnAnUnknownStatementOrWithJunkIsSkippedWithItsLine(@TempDir Path tmp) {
    Path c =
        conversation(
            tmp,
            COMMENTS_HEADER + "1658934589213,x,1,0,0,0,1,Only one\n",
            VOTES_HEADER
                + "1658934600000,x,99,5,1\n"
                + "1658934600000,x,1,<script>,1\n"
                + "1658934600000,x,1,5,7\n");
    ImportReport report = ImportRun.run(new PolisImporter(), List.of(c)).report();
    assertBalanced(report);
    assertEquals(3, report.recordsSkipped());
    assertTrue(
        report.issues().stream()
            .anyMatch(i -> i.line() == 2 && i.reason().contains("not in comments.csv")),
        report.toText());
  }

  @Test
  void brokenQuotingIsReportedAndWhatCameBeforeIsKept(@TempDir Path tmp) {
    Path c =
        conversation(
            tmp,
            COMMENTS_HEADER
                + "1658934589213,x,1,0,0,0,1,Fine\n"
                + "1658934589213,x,2,0,0,0,1,\"broken\"quote, here\n"
                + "1658934589213,x,3,0,0,0,1,After\n",
            null);
    ImportRun run = ImportRun.run(new PolisImporter(), List.of(c));
    assertBalanced(run.report());
    assertEquals(1, run.report().entityCount("Proposal"));
    assertTrue(
        run.report().issues().stream()
            .anyMatch(
                i -> i.kind() == ImportIssue.Kind.SKIPPED && i.reason().contains("malformed")),
        run.report().toText());
    assertEquals(0, run.validate(tmp).count(Severity.VIOLATION));
  }

  @Test
  void moderatedOutStatementsAreWrittenFlaggedAndMarked(@TempDir Path tmp) {
    Path c = conversation(tmp, COMMENTS_HEADER + "1658934589213,x,1,0,0,0,-1,Spam\n", null);
    ImportRun run = ImportRun.run(new PolisImporter(), List.of(c));
    assertEquals(1, run.report().count(ImportIssue.Kind.FLAGGED));
    assertTrue(run.ntriples().contains("polis/vocab#moderated"), run.ntriples());
    assertEquals(1, run.data(tmp).all(Proposal.class).size());
  }

  @Test
  void withoutCommentsCsvItIsNotAPolisExport(@TempDir Path tmp) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("empty"));
    Files.writeString(dir.resolve("votes.csv"), VOTES_HEADER);
    assertThrows(ImportException.class, () -> ImportRun.run(new PolisImporter(), List.of(dir)));
  }

  @Test
  void participantsArePseudonymsUnlessNamesAreKept(@TempDir Path tmp) {
    Path c = conversation(tmp, COMMENTS_HEADER + "1658934589213,x,1,42,0,0,1,Hello\n", null);
    String nt = ImportRun.run(new PolisImporter(), List.of(c)).ntriples();
    assertFalse(nt.contains("participant/42>"), nt);
    String kept =
        ImportRun.run(new PolisImporter(), List.of(c), ImportRun.testOptions().withKeepNames(true))
            .ntriples();
    assertTrue(kept.contains("participant/conv%3A42>"), kept);
  }

  @Test
  void arbitraryCsvTextNeverEscapesAsAnUncheckedException(@TempDir Path tmp) {
    String alphabet = "0123456789,-\"\n\r;ab<>é\u0000";
    org.quicktheories.core.Gen<Integer> pick = Generate.range(0, alphabet.length() - 1);
    qt().forAll(
            Generate.range(0, 200)
                .flatMap(
                    n ->
                        in -> {
                          StringBuilder b = new StringBuilder();
                          for (int i = 0; i < n; i++) {
                            b.append(alphabet.charAt(pick.generate(in)));
                          }
                          return b.toString();
                        }))
        .checkAssert(
            junk -> {
              Path c = conversation(tmp, COMMENTS_HEADER + junk, VOTES_HEADER + junk);
              try {
                ImportReport report =
                    new PolisImporter()
                        .run(
                            List.of(c),
                            ImportRun.testOptions(),
                            new NTriplesWriter(new ByteArrayOutputStream()));
                assertBalanced(report);
              } catch (DebatescoreException expected) {
                // the library's own error: fine
              }
            });
  }

  @Test
  void theLatestVotesMapKeepsOneEntryPerPairThroughGrowth() {
    LatestVotes map = new LatestVotes();
    for (int voter = 0; voter < 3000; voter++) {
      for (int s = 0; s < 10; s++) {
        map.offer(LatestVotes.pair(voter, s), 1000 + s, 1);
        map.offer(LatestVotes.pair(voter, s), 999, -1); // older: ignored
      }
    }
    assertEquals(30_000, map.size());
    long packed = map.get(LatestVotes.pair(2999, 9));
    assertEquals(1, LatestVotes.vote(packed));
    assertEquals(LatestVotes.pack(1009, 1), packed);
    assertEquals(-2, map.get(LatestVotes.pair(3000, 0)));
  }
}
