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
import java.util.Set;
import java.util.stream.Stream;
import org.debatescore.core.model.DebateData;
import org.debatescore.core.model.Person;
import org.debatescore.core.rdf.Iri;
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

  private static final String BASE = "https://example.org/debatescore/popolo/";

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
    // count.json (outside an event) is skipped with its reason; membership.json is mapped
    assertEquals(1, r.recordsSkipped(), r::toText);
    assertValidAndBalanced(run);
    assertFalse(run.ntriples().contains("John Q. Public"), "pseudonymised by default");
    assertFalse(run.ntriples().contains("jqpublic@"), "no email written");
  }

  @Test
  void membershipOfTheSampleLinksThePersonToTheOrganizationWithRoleAndPartialDates(
      @TempDir Path tmp) throws IOException {
    Path dir = samples();
    Assumptions.assumeTrue(dir != null, "the shared Popolo samples are not on this machine");
    ImportRun run = ImportRun.run(importer, List.of(dir));
    assertValidAndBalanced(run);
    DebateData data = run.data(tmp);
    Iri org = Iri.of(BASE + "organization/abc-inc");
    List<Person> members =
        data.all(Person.class).stream().filter(p -> p.memberOf().contains(org)).toList();
    assertEquals(1, members.size(), "john-q-public is a member of abc-inc");
    String m = "<" + BASE + "membership/593> ";
    String nt = run.ntriples();
    assertTrue(
        nt.contains(
            m + "<http://www.w3.org/ns/org#member> <" + ((Iri) members.get(0).id()).value() + ">"),
        nt);
    assertTrue(nt.contains(m + "<http://www.w3.org/ns/org#organization> <" + org.value() + ">"));
    assertTrue(
        nt.contains(
            m
                + "<https://schema.org/startDate> \"1970-01\"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>"),
        "partial date kept with its precision");
    assertTrue(
        nt.contains(
            m
                + "<https://schema.org/endDate> \"1971-12-31\"^^<http://www.w3.org/2001/XMLSchema#date>"));
    assertTrue(nt.contains("\"Kitchen assistant\"@und"), "role kept");
    assertFalse(nt.contains("Joe's Diner"), "the label is not written");
    assertFalse(nt.contains("+1-800-555-0199"), "contact details never written");
  }

  @Test
  void membershipsWithoutOrganizationOrWithBadDatesAreReported(@TempDir Path dir)
      throws IOException {
    Path f = dir.resolve("memberships.json");
    Files.writeString(
        f,
        "{\"persons\": [{\"id\": \"p1\", \"name\": \"Ann\"}],"
            + " \"organizations\": [{\"id\": \"o1\", \"name\": \"Club\"}],"
            + " \"memberships\": ["
            + "{\"id\": \"m1\", \"person_id\": \"p1\", \"organization_id\": \"o1\","
            + " \"start_date\": \"2001\", \"end_date\": \"soon\"},"
            + "{\"id\": \"m2\", \"person_id\": \"p1\", \"organization_id\": \"o2\"},"
            + "{\"id\": \"m3\", \"person_id\": \"p1\"},"
            + "{\"id\": \"m1\", \"person_id\": \"p1\", \"organization_id\": \"o1\"}]}");
    ImportRun run = ImportRun.run(importer, List.of(f));
    ImportReport r = run.report();
    assertValidAndBalanced(run);
    assertEquals(2, r.recordsSkipped(), r::toText); // m3 without organization, m1 again
    DebateData data = run.data(dir);
    Person p1 = data.all(Person.class).get(0);
    assertEquals(
        Set.of(Iri.of(BASE + "organization/o1"), Iri.of(BASE + "organization/o2")), p1.memberOf());
    assertTrue(
        r.issues().stream().anyMatch(i -> i.reason().contains("end_date 'soon' is not a date")),
        r::toText);
    assertTrue(
        r.issues().stream()
            .anyMatch(i -> i.reason().contains("organization o2 is not in the input")),
        r::toText);
    assertTrue(run.ntriples().contains("\"2001\"^^<http://www.w3.org/2001/XMLSchema#gYear>"));
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
    // area, vote without voter
    assertEquals(2, r.recordsSkipped(), r::toText);
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
