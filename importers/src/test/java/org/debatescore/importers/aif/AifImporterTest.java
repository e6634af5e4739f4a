package org.debatescore.importers.aif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.debatescore.core.validation.Severity;
import org.debatescore.core.validation.ValidationReport;
import org.debatescore.importers.ImportIssue;
import org.debatescore.importers.ImportReport;
import org.debatescore.importers.Importers;
import org.debatescore.importers.SourceCount;
import org.debatescore.importers.testing.ImportRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AifImporterTest {

  @TempDir Path tmp;

  private final AifImporter importer = new AifImporter();

  static Path fixture(String name) throws URISyntaxException {
    return Path.of(AifImporterTest.class.getResource(name).toURI());
  }

  private ImportRun run(String name) throws URISyntaxException {
    ImportRun run = ImportRun.run(importer, List.of(fixture(name)));
    ValidationReport v = run.validate(tmp);
    assertEquals(
        0, v.count(Severity.VIOLATION), () -> ImportRun.violations(v) + "\n" + run.ntriples());
    for (SourceCount s : run.report().sources()) {
      assertTrue(s.balanced(), () -> "unbalanced: " + s);
    }
    return run;
  }

  private static boolean hasIssue(ImportReport r, ImportIssue.Kind kind, String text) {
    return r.issues().stream().anyMatch(i -> i.kind() == kind && i.reason().contains(text));
  }

  @Test
  void registeredUnderItsName() {
    assertEquals(AifImporter.class, Importers.byName("aif").getClass());
  }

  @Test
  void flatAifdb() throws Exception {
    ImportRun run = run("flat.json");
    ImportReport r = run.report();
    // 11 nodes + 10 edges + 2 locutions + 2 participants
    assertEquals(25, r.recordsRead(), r::toText);
    assertEquals(2, r.entityCount("Argument"), r::toText); // 2 supports 1, 3 attacks 1
    assertEquals(4, r.entityCount("Comment"), r::toText); // claims 1 and 11, locutions 6 and 7
    assertEquals(2, r.entityCount("Person"), r::toText);
    assertEquals(2, r.recordsSkipped(), r::toText); // YA and MA
    assertTrue(hasIssue(r, ImportIssue.Kind.SKIPPED, "rephrase (MA)"), r::toText);
    assertTrue(hasIssue(r, ImportIssue.Kind.SKIPPED, "illocutionary anchor (YA Asserting)"));
    String nt = run.ntriples();
    assertTrue(
        nt.contains("\"2014-04-28T15:51:38\"^^<http://www.w3.org/2001/XMLSchema#dateTime>"), nt);
    assertTrue(nt.contains("https://w3id.org/debatescore/ns#replyTo"), nt);
    assertFalse(nt.contains("Alice"), "speakers pseudonymised");
    assertFalse(nt.contains("AB : "), "speaker prefix removed");
  }

  @Test
  void languageOptionTagsTheTextsOfTheMap() throws Exception {
    ImportRun und = ImportRun.run(importer, List.of(fixture("flat.json")));
    ImportRun en =
        ImportRun.run(
            importer, List.of(fixture("flat.json")), ImportRun.testOptions().withLanguage("en-GB"));
    assertEquals(und.report().recordsMapped(), en.report().recordsMapped());
    long tagged = en.ntriples().lines().filter(l -> l.endsWith("\"@en-GB .")).count();
    assertEquals(und.ntriples().lines().filter(l -> l.endsWith("\"@und .")).count(), tagged);
    assertTrue(tagged > 0, en::ntriples);
  }

  @Test
  void xaifWrapper() throws Exception {
    ImportRun run = run("xaif.json");
    ImportReport r = run.report();
    assertEquals(1, r.entityCount("Argument"), r::toText);
    assertEquals(2, r.entityCount("Comment"), r::toText);
    assertEquals(0, r.recordsSkipped(), r::toText);
    assertEquals(4 + 2 + 1 + 1, r.recordsRead(), r::toText);
  }

  @Test
  void undercutAttacksThePremiseArgument() throws Exception {
    ImportRun run = run("undercut.json");
    ImportReport r = run.report();
    assertTrue(hasIssue(r, ImportIssue.Kind.NOTE, "undercut"), r::toText);
    assertEquals(2, r.entityCount("Argument"), r::toText);
    String nt = run.ntriples();
    assertTrue(
        nt.contains(
            "aif/node/undercut.json%2F4> <https://w3id.org/debatescore/ns#attacks> <https://example.org/debatescore/aif/node/undercut.json%2F2>"),
        nt);
  }

  @Test
  void danglingEdgesAndNoneFormEdgeId() throws Exception {
    ImportRun run = run("dangling.json");
    ImportReport r = run.report();
    assertTrue(hasIssue(r, ImportIssue.Kind.SKIPPED, "unknown node 99"), r::toText);
    assertTrue(hasIssue(r, ImportIssue.Kind.SKIPPED, "unknown node 77"), r::toText);
    assertTrue(hasIssue(r, ImportIssue.Kind.SKIPPED, "unknown L-node 55"), r::toText);
    assertEquals(1, r.entityCount("Argument"), r::toText);
    assertEquals(3, r.recordsSkipped(), r::toText);
  }
}
