package org.debatescore.importers.popolo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.debatescore.core.validation.Severity;
import org.debatescore.core.validation.ValidationReport;
import org.debatescore.importers.ImportIssue;
import org.debatescore.importers.ImportReport;
import org.debatescore.importers.Importers;
import org.debatescore.importers.SourceCount;
import org.debatescore.importers.testing.ImportRun;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PopoloImporterTest {

  @TempDir Path tmp;

  private final PopoloImporter importer = new PopoloImporter();

  static Path samples() {
    for (Path p :
        List.of(Path.of("../../shared/data/popolo"), Path.of("/work/shared/data/popolo"))) {
      if (Files.isDirectory(p)) {
        return p;
      }
    }
    return null;
  }

  static Path fixture(String name) throws URISyntaxException {
    return Path.of(PopoloImporterTest.class.getResource(name).toURI());
  }

  private void assertValidAndBalanced(ImportRun run) {
    ValidationReport v = run.validate(tmp);
    assertEquals(
        0, v.count(Severity.VIOLATION), () -> ImportRun.violations(v) + "\n" + run.ntriples());
    for (SourceCount s : run.report().sources()) {
      assertTrue(s.balanced(), () -> "unbalanced: " + s);
    }
  }

  @Test
  void registeredUnderItsName() {
    assertEquals(PopoloImporter.class, Importers.byName("popolo").getClass());
  }

  @Test
  void realSamplesCountsMatchAnIndependentReading() throws IOException {
    Path dir = samples();
    Assumptions.assumeTrue(dir != null, "the shared Popolo samples are not on this machine");
    ObjectMapper json = new ObjectMapper();
    long records = 0;
    long embeddedVotes = 0;
    long topVotes = 0;
    long counts = 0;
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    for (Path f : files) {
      JsonNode n = json.readTree(f.toFile());
      records++;
      if (n.has("counts")) {
        counts += n.get("counts").size();
        records += n.get("counts").size();
      }
      if (n.has("votes")) {
        embeddedVotes += n.get("votes").size();
        records += n.get("votes").size();
      }
      if (n.has("motion") && n.get("motion").isObject()) {
        records++;
      }
      if (f.getFileName().toString().equals("vote.json")) {
        topVotes++;
      }
    }
    ImportRun run = ImportRun.run(importer, List.of(dir));
    ImportReport r = run.report();
    assertEquals(records, r.recordsRead(), r::toText);
    assertEquals(files.size(), r.sources().size());
    assertEquals(embeddedVotes + topVotes, r.entityCount("Vote"), r::toText);
    assertEquals(counts, r.entityCount("Tally"), r::toText); // all grouped
    assertEquals(files.size(), r.entityCount("Debate"));
    assertEquals(2, r.entityCount("Proposal"), r::toText); // motion.json + embedded motion
    assertEquals(1, r.entityCount("Decision"), r::toText);
    assertEquals(1, r.entityCount("Comment"), r::toText);
    assertEquals(2, r.entityCount("VoteEvent"), r::toText); // vote_event.json + one stub vote-42
    assertTrue(run.ntriples().contains("\"legislative-council-of-hong-kong\"@und"), "title");
    // count.json (outside an event) and membership.json are skipped with reasons
    assertEquals(2, r.recordsSkipped(), r::toText);
    assertValidAndBalanced(run);
    assertFalse(run.ntriples().contains("John Q. Public"), "pseudonymised by default");
    assertFalse(run.ntriples().contains("jqpublic@"), "no email written");
  }

  @Test
  void reversedDatesOfTheSampleAreReported() throws IOException {
    Path dir = samples();
    Assumptions.assumeTrue(dir != null, "the shared Popolo samples are not on this machine");
    ImportReport r = ImportRun.run(importer, List.of(dir.resolve("vote_event.json"))).report();
    assertTrue(
        r.issues().stream()
            .anyMatch(
                i ->
                    i.kind() == ImportIssue.Kind.NOTE
                        && i.reason()
                            .contains("end_date 2013-10-09T17:57:10Z is before start_date")),
        r::toText);
  }

  @Test
  void collectionDocument() throws Exception {
    ImportRun run = ImportRun.run(importer, List.of(fixture("collection.json")));
    ImportReport r = run.report();
    assertValidAndBalanced(run);
    assertEquals(3, r.entityCount("Vote"), r::toText); // the vote without voter is skipped
    assertEquals(4, r.entityCount("Tally"), r::toText);
    assertEquals(1, r.entityCount("Decision"), r::toText);
    assertEquals(1, r.entityCount("PublicBody"), r::toText);
    assertEquals(1, r.entityCount("Organisation"), r::toText);
    assertEquals(1, r.entityCount("Comment"), r::toText);
    assertTrue(run.ntriples().contains("popolo/vote-option/absent"), run::ntriples);
    // membership, area, vote without voter
    assertEquals(3, r.recordsSkipped(), r::toText);
    assertFalse(run.ntriples().contains("Ann Example"));
  }

  @Test
  void languageOptionTagsTitlesAndSpeeches() throws Exception {
    ImportRun und = ImportRun.run(importer, List.of(fixture("collection.json")));
    ImportRun nl =
        ImportRun.run(
            importer,
            List.of(fixture("collection.json")),
            ImportRun.testOptions().withLanguage("nl"));
    assertValidAndBalanced(nl);
    long tagged = nl.ntriples().lines().filter(l -> l.endsWith("\"@nl .")).count();
    assertEquals(und.ntriples().lines().filter(l -> l.endsWith("\"@und .")).count(), tagged);
    assertTrue(tagged > 0, nl::ntriples);
    assertFalse(nl.ntriples().contains("@und "), nl::ntriples);
  }

  @Test
  void keepNamesWritesNamesGivenInPersons() throws Exception {
    ImportRun run =
        ImportRun.run(
            importer,
            List.of(fixture("collection.json")),
            ImportRun.testOptions().withKeepNames(true));
    assertTrue(run.ntriples().contains("Ann Example"), run::ntriples);
    assertValidAndBalanced(run);
  }

  @Test
  void countDisagreeingWithVotesIsSkippedAndStubsKeepTheOutputValid() throws Exception {
    ImportRun run = ImportRun.run(importer, List.of(fixture("mismatch.json")));
    ImportReport r = run.report();
    assertValidAndBalanced(run);
    assertTrue(
        r.issues().stream().anyMatch(i -> i.reason().contains("disagrees with the 1 individual")),
        r::toText);
    assertEquals(0, r.entityCount("Tally"), r::toText);
    assertEquals(2, r.entityCount("VoteEvent"), r::toText); // ve9 and the stub
    assertEquals(3, r.recordsSkipped(), r::toText); // the count, the lone count, the number
  }
}
