package org.debatescore.importers.aif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.debatescore.core.model.Argument;
import org.debatescore.core.model.Comment;
import org.debatescore.core.model.DebateData;
import org.debatescore.core.model.Question;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Literal;
import org.debatescore.core.validation.Severity;
import org.debatescore.core.validation.ValidationReport;
import org.debatescore.importers.ImportIssue;
import org.debatescore.importers.ImportReport;
import org.debatescore.importers.ImportSession;
import org.debatescore.importers.Importers;
import org.debatescore.importers.SourceCount;
import org.debatescore.importers.testing.ImportRun;
import org.debatescore.vocab.Codes;
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
    assertEquals(1, r.recordsSkipped(), r::toText); // MA; the YA is kept on locution 6
    assertTrue(hasIssue(r, ImportIssue.Kind.SKIPPED, "rephrase (MA)"), r::toText);
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

  private static final String BASE = "https://example.org/debatescore/aif/";

  private static Iri node(String file, String id) {
    return Iri.of(BASE + "node/" + ImportSession.segment(file + "/" + id));
  }

  @Test
  void illocutionsBecomeQuestionsAuthorsAndStancesAndAreKeptOnTheirLocutions() throws Exception {
    ImportRun run = run("dialogue.json");
    ImportReport r = run.report();
    assertEquals(1, r.recordsSkipped(), r::toText); // YA 36 anchors nothing
    assertTrue(hasIssue(r, ImportIssue.Kind.SKIPPED, "(YA Asserting) of no locution"), r::toText);
    DebateData data = run.data(tmp);
    Iri illocution = Iri.of(BASE + "vocab/illocution");
    Comment l11 = data.get(node("dialogue.json", "11"), Comment.class).orElseThrow();
    assertEquals(List.of(Literal.string("Asserting")), l11.extensions().get(illocution));
    // AB asserted proposition 1: the main claim is authored by AB's participant
    Comment claim = data.get(node("dialogue.json", "1"), Comment.class).orElseThrow();
    assertEquals(l11.authors(), claim.authors());
    // CD's reply disagrees (TA 21 anchors Disagreeing): stance against, two speech acts
    Comment l12 = data.get(node("dialogue.json", "12"), Comment.class).orElseThrow();
    assertEquals(Iri.of(Codes.Stance.AGAINST), l12.stance());
    assertEquals(l11.id(), l12.replyTo());
    assertEquals(
        List.of(Literal.string("Asserting"), Literal.string("Disagreeing")),
        l12.extensions().get(illocution));
    Argument a2 = data.get(node("dialogue.json", "2"), Argument.class).orElseThrow();
    assertEquals(l12.authors(), a2.authors());
    // Pure Questioning: the locution is a question, and nobody asserted proposition 3
    Question q = data.get(node("dialogue.json", "13"), Question.class).orElseThrow();
    assertEquals(Iri.of(Codes.ContributionKind.QUESTION), q.contributionKind());
    assertEquals("Is the library used at all?", q.text().get("und"));
    assertTrue(
        data.get(node("dialogue.json", "3"), Comment.class).orElseThrow().authors().isEmpty());
    // Arguing, anchored on TA 23: kept on locution 14, which has no stance
    Comment l14 = data.get(node("dialogue.json", "14"), Comment.class).orElseThrow();
    assertEquals(List.of(Literal.string("Arguing")), l14.extensions().get(illocution));
    assertEquals(null, l14.stance());
    assertEquals(1, r.entityCount("Question"), r::toText);
  }

  @Test
  void schemeNamesAndIdsAreKeptOnTheArgumentsTheyLink() throws Exception {
    ImportRun run = run("dialogue.json");
    DebateData data = run.data(tmp);
    Iri scheme = Iri.of(BASE + "vocab/scheme");
    Iri schemeId = Iri.of(BASE + "vocab/schemeId");
    Argument expert = data.get(node("dialogue.json", "4"), Argument.class).orElseThrow();
    assertEquals(
        List.of(Literal.string("Argument From Expert Opinion")), expert.extensions().get(scheme));
    assertEquals(List.of(Literal.string("15")), expert.extensions().get(schemeId));
    Argument attack = data.get(node("dialogue.json", "2"), Argument.class).orElseThrow();
    assertEquals(
        List.of(Literal.string("Conflict From Bad Consequences")), attack.extensions().get(scheme));
    // an RA without scheme field: its text is the scheme name
    ImportRun flat = run("flat.json");
    Argument a2 = flat.data(tmp).get(node("flat.json", "2"), Argument.class).orElseThrow();
    assertEquals(List.of(Literal.string("Default Inference")), a2.extensions().get(scheme));
  }

  @Test
  void anIllocutionOfNoLocutionIsSkippedWithItsName(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("lonely.json");
    java.nio.file.Files.writeString(
        f,
        "{\"nodes\": [{\"nodeID\": \"1\", \"text\": \"Claim\", \"type\": \"I\"},"
            + " {\"nodeID\": \"2\", \"text\": \"Asserting\", \"type\": \"YA\"}],"
            + " \"edges\": [{\"fromID\": \"2\", \"toID\": \"1\"}]}");
    ImportReport r = ImportRun.run(importer, List.of(f)).report();
    assertTrue(
        hasIssue(r, ImportIssue.Kind.SKIPPED, "illocutionary anchor (YA Asserting) of no locution"),
        r::toText);
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
