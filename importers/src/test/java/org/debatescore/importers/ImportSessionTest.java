package org.debatescore.importers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.NTriplesWriter;
import org.debatescore.importers.testing.ImportRun;
import org.junit.jupiter.api.Test;

class ImportSessionTest {

  private static String output(ImportOptions options, String... userIds) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImportSession session = new ImportSession("test", "demo", options, new NTriplesWriter(out));
    for (String id : userIds) {
      session.participant(id, "Jane Real-Name", null);
    }
    session.finish();
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void peopleArePseudonymisedByDefaultAndTheirNamesAndIdsNeverWritten() {
    String nt = output(ImportRun.testOptions(), "user-4711");
    assertFalse(nt.contains("Jane"), nt);
    assertFalse(nt.contains("4711"), nt);
    assertTrue(nt.contains("Participant "), nt);
  }

  @Test
  void theSameSaltGivesTheSamePseudonymsAndAnotherSaltOthers() {
    String a = output(ImportRun.testOptions(), "u1");
    String b = output(ImportRun.testOptions(), "u1");
    String c = output(ImportRun.testOptions().withSalt("other"), "u1");
    assertEquals(a, b);
    assertNotEquals(a, c);
  }

  @Test
  void keepNamesWritesTheRealName() {
    String nt = output(ImportRun.testOptions().withKeepNames(true), "u1");
    assertTrue(nt.contains("Jane Real-Name"), nt);
  }

  @Test
  void aParticipantIsWrittenOnceHoweverOftenItIsMet() {
    String nt = output(ImportRun.testOptions(), "u1", "u1", "u1");
    assertEquals(1, nt.lines().filter(l -> l.contains("Participant ")).count(), nt);
  }

  @Test
  void theReportBalancesReadAgainstMappedAndSkippedAndKeepsTheSalt() {
    ImportSession session =
        new ImportSession(
            "test",
            "demo",
            ImportRun.testOptions(),
            new NTriplesWriter(new ByteArrayOutputStream()));
    session.read("a.csv");
    session.mapped("a.csv");
    session.read("a.csv");
    session.skipped("a.csv", 3, "r2", "no id");
    ImportReport report = session.finish();
    assertEquals(2, report.recordsRead());
    assertEquals(1, report.recordsSkipped());
    assertTrue(report.source("a.csv").balanced());
    assertEquals("test-salt", report.salt());
    assertTrue(report.toText().contains("a.csv:3 [r2]: no id"), report.toText());
    assertTrue(report.toJson().contains("\"reason\" : \"no id\""), report.toJson());
  }

  @Test
  void generatedSaltIsReportedAndRealNamesReportNoSalt() {
    ImportSession pseudo =
        new ImportSession(
            "t", "demo", ImportOptions.defaults(), new NTriplesWriter(new ByteArrayOutputStream()));
    assertEquals(32, pseudo.finish().salt().length());
    ImportSession named =
        new ImportSession(
            "t",
            "demo",
            ImportOptions.defaults().withKeepNames(true),
            new NTriplesWriter(new ByteArrayOutputStream()));
    assertNull(named.finish().salt());
  }

  @Test
  void sourceIdsArePercentEncodedIntoOneSegment() {
    ImportSession session =
        new ImportSession(
            "t", "demo", ImportRun.testOptions(), new NTriplesWriter(new ByteArrayOutputStream()));
    assertEquals(
        Iri.of("https://example.org/debatescore/demo/comment/a%2Fb%20c%3F"),
        session.iri("comment", "a/b c?"));
  }
}
