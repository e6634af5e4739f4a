package org.debatescore.importers.granddebat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.debatescore.core.validation.ValidationReport;
import org.debatescore.importers.ImportIssue;
import org.debatescore.importers.ImportReport;
import org.debatescore.importers.SourceCount;
import org.debatescore.importers.testing.ImportRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GrandDebatImporterTest {

  @TempDir Path tmp;

  private static final String BASE = "https://example.org/debatescore/granddebat/";

  private static Path fixture(String name) {
    try {
      return Path.of(GrandDebatImporterTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Path> all() {
    return List.of(
        fixture("s1/LA_TRANSITION_ECOLOGIQUE.csv"),
        fixture("s2/la-transition-ecologique.csv"),
        fixture("s3/LA_TRANSITION_ECOLOGIQUE.csv"),
        fixture("json/DEMOCRATIE_ET_CITOYENNETE.json"),
        fixture("other"));
  }

  private ImportRun runValid(List<Path> inputs) {
    ImportRun run = ImportRun.run(new GrandDebatImporter(), inputs);
    ValidationReport v = run.validate(tmp);
    assertTrue(
        v.conformsAt(org.debatescore.core.validation.Severity.VIOLATION), ImportRun.violations(v));
    for (SourceCount s : run.report().sources()) {
      assertTrue(s.balanced(), s.toString());
    }
    return run;
  }

  private static long count(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    long n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static boolean has(ImportReport r, ImportIssue.Kind kind, String reasonPart) {
    return r.issues().stream().anyMatch(i -> i.kind() == kind && i.reason().contains(reasonPart));
  }

  @Test
  void theThreeHeaderFormsOfOneQuestionInSeveralFilesGiveOneQuestionWithEveryTitle() {
    ImportRun run = runValid(all().subList(0, 3));
    String nt = run.ntriples();
    String q169 = "<" + BASE + "question/169>";
    assertEquals(
        1,
        count(
            nt,
            Pattern.quote(q169)
                + " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
                + " <https://w3id.org/debatescore/ns#Question>"),
        "one question 169 typed once");
    assertTrue(
        nt.contains(
            q169
                + " <http://purl.org/dc/terms/alternative> \"Que pensez-vous de la"
                + " taxe carbone (TICPE) ?\"@fr"),
        "edited title kept as a variant");
    // the bare title of s3 was matched to 169: its answer answers question 169
    assertTrue(
        nt.contains(
            "<" + BASE + "answer/a7%2F169> <https://w3id.org/debatescore/ns#answers> " + q169),
        nt);
    assertTrue(has(run.report(), ImportIssue.Kind.NOTE, "matched by its title to question 169"));
    assertTrue(has(run.report(), ImportIssue.Kind.NOTE, "its title was seen with no id"));
    assertTrue(nt.contains(BASE + "question/t-"), "unmatched bare title keyed by title");
    assertTrue(has(run.report(), ImportIssue.Kind.NOTE, "unknown column 'colonne_inconnue'"));
  }

  @Test
  void reorderedMissingAndExtraQuestionColumnsAreBoundByName() {
    ImportRun run = runValid(List.of(fixture("s2/la-transition-ecologique.csv")));
    String nt = run.ntriples();
    // the reordered row 2-6 answers 169 ("Trop chère") and not 170 (empty cell)
    assertTrue(
        nt.contains(
            "<"
                + BASE
                + "answer/a6%2F169> <https://w3id.org/debatescore/ns#text>"
                + " \"Trop chère\"@fr"),
        nt);
    assertFalse(nt.contains(BASE + "answer/a6%2F170>"));
    assertTrue(nt.contains("<" + BASE + "answer/a1%2F171>"), "extra question 171 read");
    assertTrue(nt.contains("\"Se déplacer mieux\"@fr"), "title column found after moving");
  }

  @Test
  void postalCodesStayStringsWithTheirLeadingZeroAndJunkIsKeptAndNoted() {
    ImportRun run = runValid(List.of(fixture("s1/LA_TRANSITION_ECOLOGIQUE.csv")));
    String nt = run.ntriples();
    assertTrue(nt.contains("<" + BASE + "vocab#postalCode> \"01000\" ."), nt);
    assertTrue(nt.contains("\"75 001\""));
    assertTrue(nt.contains("\"abc\""));
    assertTrue(has(run.report(), ImportIssue.Kind.NOTE, "postal code '75 001' is not five digits"));
    assertTrue(has(run.report(), ImportIssue.Kind.NOTE, "postal code 'abc'"));
    assertFalse(nt.contains("\"1000\""));
  }

  @Test
  void trashedAndUnpublishedRowsAreImportedAndFlagged() {
    ImportRun run = runValid(List.of(fixture("s1/LA_TRANSITION_ECOLOGIQUE.csv")));
    ImportReport r = run.report();
    assertEquals(5, r.recordsRead());
    assertEquals(
        4, r.recordsMapped(), "trashed and unpublished rows mapped; the row with no id not");
    assertTrue(has(r, ImportIssue.Kind.FLAGGED, "trashed by moderation (trashedStatus invisible)"));
    assertTrue(has(r, ImportIssue.Kind.FLAGGED, "no publishedAt"));
    assertTrue(has(r, ImportIssue.Kind.SKIPPED, "no id"));
    assertTrue(run.ntriples().contains("\"invisible\""));
    assertTrue(has(r, ImportIssue.Kind.NOTE, "author type 'Martien' has no role code"));
  }

  @Test
  void datesWithoutOffsetAreParisTimeAndAuthorTypesBecomeRoles() {
    String nt = runValid(List.of(fixture("s1/LA_TRANSITION_ECOLOGIQUE.csv"))).ntriples();
    assertTrue(
        nt.contains("\"2019-01-22T09:15:00+01:00\"^^<http://www.w3.org/2001/XMLSchema#dateTime>"));
    assertTrue(nt.contains("<https://w3id.org/debatescore/code/role/citizen>"));
    assertTrue(nt.contains("<https://w3id.org/debatescore/code/role/elected-official>"));
    assertTrue(nt.contains("<https://w3id.org/debatescore/code/role/organisation-representative>"));
    assertTrue(nt.contains("<" + GrandDebatImporter.LICENCE + ">"), "licence in provenance");
  }

  @Test
  void hostileContentIsPlainText() {
    String nt = runValid(List.of(fixture("s1/LA_TRANSITION_ECOLOGIQUE.csv"))).ntriples();
    assertTrue(nt.contains("\"<script>alert(1)</script>\"@fr"), "a title is text, never markup");
    assertTrue(nt.contains("\"<b>gras</b> et  contrôle\"@fr"));
  }

  @Test
  void jsonUsesFormattedValueAndKeepsTheLabelsAndTheOtherText() {
    ImportRun run = runValid(List.of(fixture("json/DEMOCRATIE_ET_CITOYENNETE.json")));
    String nt = run.ntriples();
    String a = "<" + BASE + "answer/d1%2F207>";
    assertTrue(
        nt.contains(
            a
                + " <https://w3id.org/debatescore/ns#text> \"Le Sénat, Le CESE, Les"
                + " communes\"@fr"),
        nt);
    assertTrue(nt.contains(a + " <" + BASE + "vocab#choice> \"Le CESE\"@fr"));
    assertTrue(nt.contains(a + " <" + BASE + "vocab#other> \"Les communes\"@fr"));
    assertTrue(
        nt.contains(
            "<"
                + BASE
                + "answer/d2%2F207> <https://w3id.org/debatescore/ns#text>"
                + " \"Le Sénat\"@fr"),
        "without formattedValue the labels are the text");
    assertFalse(nt.contains("answer/d1%2F209"), "a null answer gives no answer");
    assertTrue(nt.contains("\"Quelles institutions faut-il transformer ?\"@fr"), "variant kept");
    assertEquals(3, run.report().recordsRead(), "two records and one that is not an object");
    assertTrue(has(run.report(), ImportIssue.Kind.SKIPPED, "not a JSON object"));
    assertTrue(has(run.report(), ImportIssue.Kind.FLAGGED, "trashedStatus visible"));
  }

  @Test
  void questionnaireEventsAndUsersFilesAreMapped() {
    ImportRun run = runValid(List.of(fixture("other")));
    String nt = run.ntriples();
    ImportReport r = run.report();
    assertTrue(
        nt.contains(
            "<" + BASE + "answer/r1%2F58> <" + BASE + "vocab#choice> \"L'impôt sur le revenu\"@fr"),
        nt);
    assertTrue(nt.contains("<" + BASE + "question/57>"), "padded Relay id decoded");
    assertTrue(has(r, ImportIssue.Kind.SKIPPED, "no answer"));
    assertEquals(2, r.entityCount("Meeting"));
    assertTrue(nt.contains("\"L’exactitude des informations relève de l'organisateur\"@fr"));
    assertTrue(has(r, ImportIssue.Kind.FLAGGED, "disabled event"));
    assertTrue(has(r, ImportIssue.Kind.NOTE, "lat: not a coordinate '999'"));
    assertTrue(has(r, ImportIssue.Kind.SKIPPED, "account deleted"));
    assertFalse(nt.contains("Jeanne"), "pseudonymised");
    assertFalse(nt.contains("Ma bio"), "biographies not written");
  }

  @Test
  void countsEqualTheRecordsReadIndependently() throws Exception {
    ImportReport r = runValid(all()).report();
    List<Path> files;
    try (Stream<Path> s = Files.walk(fixture("."))) {
      files =
          s.filter(p -> p.toString().endsWith(".csv") || p.toString().endsWith(".json")).toList();
    }
    long expected = 0;
    for (Path f : files) {
      expected += f.toString().endsWith(".json") ? jsonElements(f) : csvRows(f);
    }
    assertEquals(expected, r.recordsRead());
    assertEquals(r.recordsRead(), r.recordsMapped() + r.recordsSkipped());
  }

  static long csvRows(Path f) throws Exception {
    try (Reader in = Files.newBufferedReader(f, StandardCharsets.UTF_8);
        CSVParser p = CSVParser.parse(in, CSVFormat.RFC4180.builder().setHeader().get())) {
      return p.stream().count();
    }
  }

  static long jsonElements(Path f) throws Exception {
    try (JsonParser p = new ObjectMapper().createParser(f.toFile())) {
      p.nextToken();
      long n = 0;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        p.skipChildren();
        n++;
      }
      return n;
    }
  }
}
