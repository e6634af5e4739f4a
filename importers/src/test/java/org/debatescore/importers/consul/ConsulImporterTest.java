package org.debatescore.importers.consul;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.debatescore.core.model.Comment;
import org.debatescore.core.model.DebateData;
import org.debatescore.core.model.Endorsement;
import org.debatescore.core.model.Issue;
import org.debatescore.core.model.Proposal;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.validation.Severity;
import org.debatescore.core.validation.ValidationReport;
import org.debatescore.importers.ImportIssue;
import org.debatescore.importers.ImportIssue.Kind;
import org.debatescore.importers.ImportReport;
import org.debatescore.importers.ImportSession;
import org.debatescore.importers.Importers;
import org.debatescore.importers.SourceCount;
import org.debatescore.importers.testing.ImportRun;
import org.debatescore.vocab.Codes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsulImporterTest {

  private static final String BASE = "https://example.org/debatescore/consul/";

  private static Path dump;
  private static ImportRun run;

  @TempDir static Path tmp;

  @BeforeAll
  static void importTheDump() throws URISyntaxException {
    dump = fixture("dump");
    run = ImportRun.run(new ConsulImporter(), List.of(dump));
  }

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(ConsulImporterTest.class.getResource(name).toURI());
  }

  private static Iri iri(String type, String id) {
    return Iri.of(BASE + type + "/" + id);
  }

  private static DebateData data() {
    return run.data(tmp);
  }

  private static Proposal proposal(DebateData data, String id) {
    return data.get(iri("proposal", id), Proposal.class).orElseThrow();
  }

  private static Comment comment(DebateData data, String id) {
    return data.get(iri("comment", id), Comment.class).orElseThrow();
  }

  private static List<ImportIssue> issues(Kind kind, String file) {
    return run.report().issues().stream()
        .filter(i -> i.kind() == kind && i.source().endsWith(file))
        .toList();
  }

  /** The fixture's records, read with Commons CSV alone (not with the importer's reader). */
  private static List<CSVRecord> csv(String file) throws IOException {
    CSVFormat format =
        CSVFormat.RFC4180.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get();
    try (Reader r = Files.newBufferedReader(dump.resolve(file), StandardCharsets.ISO_8859_1);
        CSVParser p = CSVParser.builder().setReader(r).setFormat(format).get()) {
      return p.getRecords();
    }
  }

  @Test
  void isRegisteredAsConsul() {
    assertInstanceOf(ConsulImporter.class, Importers.byName("consul"));
  }

  @Test
  void latin1DumpIsDecodedWithAccentedSpanishText() {
    DebateData data = data();
    assertEquals("Más árboles en Chamberí", proposal(data, "1").title().get("es"));
    assertEquals("Árboles para el barrio", proposal(data, "1").description().get("es"));
    assertEquals(
        "¿Cómo mejorar el transporte?",
        data.get(iri("issue", "10"), Issue.class).orElseThrow().title().get("es"));
    assertEquals("Estoy de acuerdo, ¡qué buena idea!", comment(data, "100").text().get("es"));
    assertTrue(run.ntriples().contains("\"Chamberí\"@es") || run.ntriples().contains("Chamber"));
    assertFalse(run.ntriples().contains("\uFFFD"), "no replacement characters");
    assertTrue(
        run.report().issues().stream().noneMatch(i -> i.reason().startsWith("read as UTF-8")));
  }

  @Test
  void languageOptionReplacesSpanishForTextsOfAnotherInstance() {
    ImportRun gl =
        ImportRun.run(
            new ConsulImporter(), List.of(dump), ImportRun.testOptions().withLanguage("gl"));
    assertEquals(run.report().recordsMapped(), gl.report().recordsMapped());
    assertTrue(gl.ntriples().contains("\"Más árboles en Chamberí\"@gl"), "titles");
    assertTrue(gl.ntriples().contains("\"Estoy de acuerdo, ¡qué buena idea!\"@gl"), "comments");
    assertFalse(gl.ntriples().contains("\"@es "), "no Spanish tag left");
  }

  private static final Iri SUBJECT = Iri.of("http://purl.org/dc/terms/subject");

  @Test
  void taggingsGiveProposalsAndDebatesTheirTagsAsSubjects() {
    DebateData data = data();
    assertEquals(List.of(iri("tag-id", "1")), proposal(data, "1").extensions().get(SUBJECT));
    assertEquals(List.of(iri("tag-id", "1")), proposal(data, "2").extensions().get(SUBJECT));
    assertEquals(
        List.of(iri("tag-id", "2")),
        data.get(iri("issue", "10"), Issue.class).orElseThrow().extensions().get(SUBJECT));
    assertTrue(proposal(data, "3").extensions().get(SUBJECT).isEmpty(), "untagged");
    // tags.csv has no id: its tags are concepts by name, noted once
    assertTrue(
        run.ntriples()
            .contains(
                "<"
                    + iri("tag", ImportSession.segment("medio ambiente")).value()
                    + "> <http://www.w3.org/2004/02/skos/core#prefLabel> \"medio ambiente\"@es"),
        run.ntriples());
    assertEquals(
        1,
        issues(Kind.NOTE, "tags.csv").stream()
            .filter(i -> i.reason().startsWith("no id column"))
            .count());
  }

  @Test
  void tagIdsAndTagListsNameTheirConceptsAndUnknownTaggablesAreSkipped(@TempDir Path dir)
      throws IOException {
    Path d = Files.createDirectories(dir.resolve("dump"));
    Files.writeString(
        d.resolve("proposals.csv"),
        "\"id\";\"title\";\"tag_list\"\n\"7\";\"Parques\";\"verde, barrio\"\n\"8\";\"Calles\";\"\"\n",
        StandardCharsets.ISO_8859_1);
    Files.writeString(
        d.resolve("tags.csv"),
        "\"id\";\"name\";\"taggings_count\";\"kind\"\n\"4\";\"educación\";\"1\";\"\"\n\"5\";\"\";\"0\";\"\"\n",
        StandardCharsets.ISO_8859_1);
    Files.writeString(
        d.resolve("taggings.csv"),
        "\"tag_id\";\"taggable_id\";\"taggable_type\"\n\"4\";\"8\";\"Proposal\"\n"
            + "\"4\";\"99\";\"Proposal\"\n\"4\";\"3\";\"Budget::Investment\"\n",
        StandardCharsets.ISO_8859_1);
    ImportRun r = ImportRun.run(new ConsulImporter(), List.of(d));
    assertTrue(r.report().sources().stream().allMatch(SourceCount::balanced));
    assertEquals(0, r.validate(dir).count(Severity.VIOLATION));
    DebateData data = r.data(dir);
    assertEquals(
        List.of(iri("tag", "verde"), iri("tag", "barrio")),
        data.get(iri("proposal", "7"), Proposal.class).orElseThrow().extensions().get(SUBJECT));
    assertEquals(
        List.of(iri("tag", ImportSession.segment("educación"))),
        data.get(iri("proposal", "8"), Proposal.class).orElseThrow().extensions().get(SUBJECT),
        "with an id column, a tagging names its tag");
    SourceCount taggings = r.report().source(d.resolve("taggings.csv").toString());
    assertEquals(1, taggings.mapped());
    assertEquals(2, taggings.skipped(), "proposal 99 absent; investments not in the dump");
    assertEquals(1, r.report().source(d.resolve("tags.csv").toString()).skipped(), "no name");
  }

  @Test
  void oneDebateForTheInstance() {
    DebateData data = data();
    var debate =
        data.get(iri("debate", "instance"), org.debatescore.core.model.Debate.class).orElseThrow();
    assertEquals("CONSUL https://example.org/debatescore/", debate.title().get("en"));
    assertTrue(
        data.all(Proposal.class).stream().allMatch(p -> p.debate().equals(debate.id())),
        "every proposal belongs to the instance");
  }

  @Test
  void commentAncestryBuildsThreads() {
    DebateData data = data();
    assertEquals(iri("proposal", "1"), comment(data, "100").replyTo());
    assertEquals(iri("comment", "100"), comment(data, "101").replyTo());
    assertEquals(iri("comment", "101"), comment(data, "102").replyTo(), "last id of 100/101");
    assertEquals(iri("comment", "110"), comment(data, "109").replyTo(), "parent written later");
    assertNull(comment(data, "103").replyTo(), "an issue is not a contribution to reply to");
    assertEquals(iri("issue", "10"), comment(data, "103").addresses());
    assertEquals(iri("comment", "103"), comment(data, "104").replyTo());
    assertEquals(iri("issue", "10"), comment(data, "104").addresses());
    assertEquals("Sí,\nmucho;\n\"demasiado\"", comment(data, "104").text().get("es"));
    assertNull(comment(data, "100").stance(), "CONSUL comments have no stance");
    assertEquals(2L, comment(data, "100").endorsementCount());
    // A reply to a comment that is not in the dump hangs from the proposal, with a note.
    assertEquals(iri("proposal", "1"), comment(data, "105").replyTo());
    assertTrue(
        issues(Kind.NOTE, "comments.csv").stream()
            .anyMatch(i -> "105".equals(i.record()) && i.reason().contains("999")));
    // Comments on other commentables, or on proposals left out, are skipped with a reason.
    assertTrue(data.get(iri("comment", "106")).isEmpty());
    assertTrue(data.get(iri("comment", "107")).isEmpty());
    assertTrue(
        issues(Kind.SKIPPED, "comments.csv").stream()
            .anyMatch(i -> "106".equals(i.record()) && i.reason().contains("Budget::Investment")));
  }

  @Test
  void retiredProposalIsWithdrawnAndFlagged() {
    DebateData data = data();
    assertEquals(Iri.of(Codes.ProposalStatus.WITHDRAWN), proposal(data, "2").status());
    assertNull(proposal(data, "1").status());
    List<ImportIssue> flagged = issues(Kind.FLAGGED, "proposals.csv");
    assertEquals(1, flagged.size());
    ImportIssue f = flagged.get(0);
    assertEquals("2", f.record());
    assertEquals(3, f.line());
    assertTrue(f.reason().contains("duplicated"), f.reason());
    assertTrue(f.reason().contains("Ya existe otra propuesta igual"), f.reason());
  }

  @Test
  void htmlDescriptionBecomesPlainText() {
    String text = proposal(data(), "1").text().get("es");
    assertEquals("Plantar árboles en la calle Ríos Rosas.\nSegunda línea & más", text);
    assertEquals("Texto plano sin marcas", proposal(data(), "5").text().get("es"));
  }

  @Test
  void hostileContentStaysData() {
    DebateData data = data();
    assertEquals(
        "<script>alert(\"x\")</script> \"; DROP TABLE proposals; --",
        proposal(data, "3").title().get("es"),
        "a title is plain text: kept exactly, as a literal");
    String description = proposal(data, "3").text().get("es");
    assertFalse(description.contains("<img"), description);
    assertTrue(description.startsWith("Año nuevo: ñandú"), description);
    assertEquals(
        "<b>negrita</b> & \"comillas\" <script>alert(1)</script>",
        comment(data, "108").text().get("es"),
        "a comment body is plain text in CONSUL: kept exactly");
  }

  @Test
  void timestampsAreKeptAsGiven() {
    DebateData data = data();
    assertEquals("2016-04-19T12:00:00", proposal(data, "1").created().lexical());
    assertEquals("2016-05-01T09:00:00+02:00", proposal(data, "2").created().lexical());
    assertEquals("2016-06-01T08:00:00Z", proposal(data, "3").created().lexical());
    assertNull(proposal(data, "5").created());
    assertTrue(
        issues(Kind.NOTE, "proposals.csv").stream()
            .anyMatch(i -> "5".equals(i.record()) && i.reason().contains("ayer por la tarde")));
    assertEquals(
        "2016-04-21T11:00:00+02:00",
        data.get(iri("issue", "11"), Issue.class).orElseThrow().created().lexical());
  }

  @Test
  void datesAreReadLeniently() {
    assertEquals("2016-04-19T12:00:00", ConsulDates.parse("2016-04-19 12:00:00").lexical());
    assertEquals("2016-04-19T12:00:00", ConsulDates.parse("2016-04-19 12:00").lexical());
    assertEquals(
        "2016-04-19T12:00:00-03:00", ConsulDates.parse("2016-04-19 12:00:00 -0300").lexical());
    assertEquals("2016-04-19T12:00:00Z", ConsulDates.parse("2016-04-19 12:00:00 UTC").lexical());
    assertEquals("2016-04-19T12:00:00.5Z", ConsulDates.parse("2016-04-19T12:00:00.5Z").lexical());
    assertNull(ConsulDates.parse("2016-13-40 12:00:00"));
    assertNull(ConsulDates.parse("19/04/2016"));
    assertNull(ConsulDates.parse(null));
  }

  @Test
  void geozonesAreLinkedFromProposals() {
    DebateData data = data();
    assertEquals(
        List.of(iri("geozone", "2")),
        proposal(data, "1").extensions().get(Iri.of("http://purl.org/dc/terms/spatial")));
    assertTrue(proposal(data, "5").extensions().isEmpty(), "geozone 99 is not in the dump");
    assertTrue(
        issues(Kind.NOTE, "proposals.csv").stream()
            .anyMatch(i -> "5".equals(i.record()) && i.reason().contains("geozone 99")));
    assertEquals(3, run.report().source(dump.resolve("geozones.csv").toString()).mapped());
  }

  @Test
  void votesAreCountedNotWrittenOneByOne() {
    DebateData data = data();
    assertTrue(data.all(Endorsement.class).isEmpty(), "anonymous votes: no endorsements");
    assertEquals(3L, proposal(data, "1").endorsementCount(), "cached_votes_up");
    // votes.csv has 2 supports of proposal 2, cached_votes_up says 1: noted, cached figure kept.
    assertEquals(1L, proposal(data, "2").endorsementCount());
    List<String> noted =
        issues(Kind.NOTE, "votes.csv").stream()
            .map(ImportIssue::record)
            .filter(r -> r != null)
            .toList();
    assertEquals(List.of("Proposal 2", "Proposal 5"), noted, "5: cached 7, no vote in the dump");
    SourceCount votes = run.report().source(dump.resolve("votes.csv").toString());
    assertEquals(11, votes.read());
    assertEquals(2, votes.skipped(), "a vote on a proposal left out, and a bad vote_flag");
  }

  @Test
  void countsInTheOutputMatchTheCsvReadIndependently() throws IOException {
    DebateData data = data();
    ImportReport report = run.report();
    List<CSVRecord> proposals = csv("proposals.csv");
    List<CSVRecord> titled = proposals.stream().filter(r -> !r.get("title").isBlank()).toList();
    assertEquals(titled.size(), data.all(Proposal.class).size());
    for (CSVRecord r : titled) {
      assertEquals(
          Long.valueOf(r.get("cached_votes_up")),
          proposal(data, r.get("id")).endorsementCount(),
          "proposal " + r.get("id"));
    }
    assertEquals(csv("debates.csv").size(), data.all(Issue.class).size());
    long comments = csv("comments.csv").size();
    assertEquals(comments, report.source(dump.resolve("comments.csv").toString()).read());
    assertEquals(
        comments - 2, data.all(Comment.class).size(), "all but the two on left-out targets");
    Map<String, Long> mapped =
        report.sources().stream()
            .collect(
                Collectors.toMap(
                    s -> Path.of(s.source()).getFileName().toString(), SourceCount::mapped));
    assertEquals(data.all(Proposal.class).size(), mapped.get("proposals.csv"));
    assertEquals(data.all(Comment.class).size(), mapped.get("comments.csv"));
    for (String file :
        List.of(
            "proposals.csv",
            "debates.csv",
            "comments.csv",
            "votes.csv",
            "tags.csv",
            "taggings.csv",
            "geozones.csv",
            "proposal_notifications.csv")) {
      assertEquals(csv(file).size(), report.source(dump.resolve(file).toString()).read(), file);
    }
    assertEquals(data.all(Proposal.class).size(), report.entityCount("Proposal"));
  }

  @Test
  void reportIsBalancedAndAccountsForEveryFile() {
    ImportReport report = run.report();
    for (SourceCount s : report.sources()) {
      assertTrue(s.balanced(), s.toString());
    }
    assertEquals(report.recordsRead(), report.recordsMapped() + report.recordsSkipped());
    assertEquals(9, report.sources().size(), "eight tables and the unknown file");
    SourceCount unknown = report.source(dump.resolve("LEEME.txt").toString());
    assertNotNull(unknown);
    assertEquals(1, unknown.skipped());
    assertEquals(2, report.source(dump.resolve("tags.csv").toString()).mapped());
    assertEquals(3, report.source(dump.resolve("taggings.csv").toString()).mapped());
    assertTrue(report.toText().contains("Import from consul"));
    assertTrue(report.toJson().contains("\"importer\" : \"consul\""));
  }

  @Test
  void outputConformsToTheShapes() {
    ValidationReport validation = run.validate(tmp);
    assertEquals(0, validation.count(Severity.VIOLATION), ImportRun.violations(validation));
  }

  @Test
  void malformedFileIsReportedWithItsLine() throws URISyntaxException {
    ImportRun bad = ImportRun.run(new ConsulImporter(), List.of(fixture("malformed")));
    SourceCount s = bad.report().sources().get(0);
    assertTrue(s.source().endsWith("proposals.csv"));
    assertEquals(1, s.mapped(), "the row before the broken quote");
    assertEquals(1, s.skipped(), "the rest of the file, as one record");
    assertTrue(s.balanced());
    ImportIssue issue =
        bad.report().issues().stream().filter(i -> i.kind() == Kind.SKIPPED).findFirst().get();
    assertEquals(3, issue.line(), issue.toString());
    assertTrue(issue.reason().contains("malformed CSV"), issue.reason());
    assertEquals(0, bad.validate(tmp).count(Severity.VIOLATION));
  }

  @Test
  void utf8FilesAreDetectedAndNoted(@TempDir Path dir) throws IOException {
    String header = "\"id\";\"title\";\"description\";\"cached_votes_up\";\"created_at\"\n";
    Files.writeString(
        dir.resolve("proposals.csv"),
        header + "\"7\";\"Año de la niñez\";\"<p>Educación</p>\";\"2\";\"2016-04-19 12:00:00\"\n",
        StandardCharsets.UTF_8);
    ImportRun utf8 = ImportRun.run(new ConsulImporter(), List.of(dir));
    DebateData data = utf8.data(dir);
    Proposal p = data.get(iri("proposal", "7"), Proposal.class).orElseThrow();
    assertEquals("Año de la niñez", p.title().get("es"));
    assertEquals("Educación", p.text().get("es"));
    assertTrue(
        utf8.report().issues().stream()
            .anyMatch(i -> i.kind() == Kind.NOTE && i.reason().startsWith("read as UTF-8")));
    // The same text in Latin-1 bytes is read as Latin-1.
    Files.write(
        dir.resolve("proposals.csv"),
        (header + "\"7\";\"Año de la niñez\";\"\";\"2\";\"\"\n")
            .getBytes(StandardCharsets.ISO_8859_1));
    ImportRun latin = ImportRun.run(new ConsulImporter(), List.of(dir.resolve("proposals.csv")));
    assertEquals(
        "Año de la niñez",
        latin.data(dir).get(iri("proposal", "7"), Proposal.class).orElseThrow().title().get("es"));
    assertTrue(latin.report().issues().stream().noneMatch(i -> i.reason().startsWith("read as")));
  }

  @Test
  void missingInputIsAnImportException() {
    List<Path> none = new ArrayList<>(List.of(tmp.resolve("no-such-folder")));
    org.junit.jupiter.api.Assertions.assertThrows(
        org.debatescore.importers.ImportException.class,
        () -> ImportRun.run(new ConsulImporter(), none));
  }
}
