package org.debatescore.importers.decidim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.debatescore.core.model.Amendment;
import org.debatescore.core.model.Argument;
import org.debatescore.core.model.Comment;
import org.debatescore.core.model.DebateData;
import org.debatescore.core.model.FollowUpItem;
import org.debatescore.core.model.Issue;
import org.debatescore.core.model.Meeting;
import org.debatescore.core.model.OfficialResponse;
import org.debatescore.core.model.Organisation;
import org.debatescore.core.model.Proposal;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.validation.Severity;
import org.debatescore.core.validation.ValidationReport;
import org.debatescore.importers.ImportIssue;
import org.debatescore.importers.ImportReport;
import org.debatescore.importers.Importers;
import org.debatescore.importers.SourceCount;
import org.debatescore.importers.testing.ImportRun;
import org.debatescore.vocab.Codes;
import org.debatescore.vocab.Terms;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecidimImporterTest {

  private static final String SAMPLE =
      "decidim/www.decidim.barcelona-open-data-meeting_comments.EXTRACT60.csv";
  private static final String BASE = "https://example.org/debatescore/decidim/";

  @TempDir Path tmp;

  private final DecidimImporter importer = new DecidimImporter();

  private static Path fixture(String name) {
    try {
      return Path.of(DecidimImporterTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The shared data folder: beside the main repository, or at /work/shared. */
  private static Path sample() {
    Path here = Path.of("").toAbsolutePath();
    List<Path> candidates =
        List.of(
            here.resolve("../../shared/data").resolve(SAMPLE).normalize(),
            here.resolve("../../../shared/data").resolve(SAMPLE).normalize(),
            Path.of("/work/shared/data").resolve(SAMPLE));
    for (Path p : candidates) {
      if (Files.isRegularFile(p)) {
        return p;
      }
    }
    Assumptions.abort("Barcelona sample not found; tried " + candidates);
    return null;
  }

  private static List<CSVRecord> records(Path csv) throws IOException {
    try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CSVParser p =
            CSVParser.builder()
                .setReader(r)
                .setFormat(
                    CSVFormat.RFC4180
                        .builder()
                        .setDelimiter(';')
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get())
                .get()) {
      return p.getRecords();
    }
  }

  private static void assertBalanced(ImportReport report) {
    for (SourceCount s : report.sources()) {
      assertTrue(s.balanced(), () -> "unbalanced: " + s);
    }
  }

  private void assertValid(ImportRun run) {
    ValidationReport v = run.validate(tmp);
    assertEquals(0, v.count(Severity.VIOLATION), () -> ImportRun.violations(v));
  }

  private static long issues(ImportReport r, ImportIssue.Kind kind, String reasonPart) {
    return r.issues().stream()
        .filter(i -> i.kind() == kind && i.reason().contains(reasonPart))
        .count();
  }

  // ------------------------------------------------------------------ real sample

  @Test
  void barcelonaSampleIsMappedRowForRowPseudonymisedAndValid() throws IOException {
    Path csv = sample();
    List<CSVRecord> rows = records(csv);
    assertEquals(60, rows.size());
    long withBody = rows.stream().filter(r -> !r.get("body").isBlank()).count();

    ImportRun run = ImportRun.run(importer, List.of(csv));
    ImportReport report = run.report();
    SourceCount counts = report.source(csv.toString());
    assertNotNull(counts, report::toText);
    assertEquals(rows.size(), counts.read());
    assertEquals(counts.read(), counts.mapped() + counts.skipped());
    assertEquals(withBody, counts.mapped());
    assertEquals(counts.mapped(), report.entityCount("Comment") + report.entityCount("Argument"));
    // roots are meetings (not contributions): aligned comments stay comments with a stance
    assertEquals(0, report.entityCount("Argument"));

    // the N-Triples hold as many comments and arguments as rows
    long typed =
        Pattern.compile(
                "> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
                    + " <https://w3id.org/debatescore/ns#(Comment|Argument)> \\.")
            .matcher(run.ntriples())
            .results()
            .count();
    assertEquals(rows.size(), typed, "typed comments");

    // pseudonymised: no real display name, no user id in participant IRIs
    Set<String> names = new HashSet<>();
    rows.forEach(r -> names.add(r.get("author/name")));
    for (String name : names) {
      if (!name.isBlank()) {
        assertFalse(run.ntriples().contains(name), "real name in output: " + name);
      }
    }
    assertTrue(run.ntriples().contains("\"Participant "));
    // a body signed with the author's own name carries the pseudonym instead
    assertTrue(run.ntriples().matches("(?s).*Participant [0-9a-f]{8}\"@es .*"), "signature");
    // one debate for the space, from the root URL
    assertTrue(run.ntriples().contains("<" + BASE + "processes/Repensem22a>"));
    assertTrue(
        run.ntriples().contains("<https://www.decidim.barcelona/processes/Repensem22a>"),
        "homepage");
    assertEquals(1, report.entityCount("Debate"));
    // hostile text is data
    assertTrue(run.ntriples().contains("/etc/passwd"));

    assertValid(run);
  }

  @Test
  void barcelonaSampleKeepsNamesOnRequest() {
    Path csv = sample();
    ImportRun run =
        ImportRun.run(importer, List.of(csv), ImportRun.testOptions().withKeepNames(true));
    assertTrue(run.ntriples().contains("\"Mila\""), "name kept");
    assertEquals(null, run.report().salt());
  }

  // ------------------------------------------------------------------ fixtures

  @Test
  void registeredUnderItsName() {
    assertEquals(DecidimImporter.class, Importers.byName("decidim").getClass());
  }

  @Test
  void proposals027WithAnswersStatesAndComments(@TempDir Path dir) {
    ImportRun run = ImportRun.run(importer, List.of(fixture("v027")));
    ImportReport r = run.report();
    assertBalanced(r);
    assertEquals(2, r.count(ImportIssue.Kind.SKIPPED), r::toText); // 107 no title, 1005 empty
    assertValid(run);
    DebateData data = run.data(dir);

    Proposal p101 = data.get(iri("proposal/101"), Proposal.class).orElseThrow();
    assertEquals("Més arbres al barri", p101.title().get("ca"));
    assertEquals("Más árboles en el barrio", p101.title().get("es"));
    assertEquals("Plantar arbres.\nMolts & bons", p101.text().get("ca"));
    // the original markup is kept beside the plain text, language-tagged
    assertTrue(
        p101.extensions().get(Iri.of(Terms.CONTENT.encoded)).stream()
            .anyMatch(t -> t.toString().contains("<p>") && t.toString().contains("@ca")),
        p101.extensions().toString());
    assertEquals(Iri.of(Codes.ProposalStatus.ACCEPTED), p101.status());
    assertEquals(12L, p101.endorsementCount());
    assertEquals("2017-10-16T07:18:14Z", p101.created().lexical());
    assertEquals("101", p101.provenance().identifier());
    assertEquals(
        Iri.of("https://www.example.org/processes/pressupostos/f/5/proposals/101"),
        p101.provenance().source());
    assertEquals(iri("processes/pressupostos"), p101.debate());
    assertFalse(run.ntriples().contains("Secret Endorser"), "endorser names are not written");

    OfficialResponse answer = data.get(iri("answer/101"), OfficialResponse.class).orElseThrow();
    assertEquals("Acceptada. Ho farem el 2018.", answer.text().get("ca"));
    assertEquals(Set.of(p101.id()), answer.respondsTo());

    assertEquals(status("102", data), Iri.of(Codes.ProposalStatus.UNDER_REVIEW));
    assertEquals(status("103", data), Iri.of(Codes.ProposalStatus.WITHDRAWN));
    assertEquals(status("104", data), Iri.of(Codes.ProposalStatus.SUBMITTED));
    assertEquals(status("105", data), Iri.of(Codes.ProposalStatus.SUBMITTED));
    assertEquals(status("106", data), Iri.of(Codes.ProposalStatus.REJECTED));
    assertEquals(null, data.get(iri("proposal/106"), Proposal.class).orElseThrow().created());
    assertEquals(1, issues(r, ImportIssue.Kind.NOTE, "custom state 'needs_work'"));
    assertEquals(1, issues(r, ImportIssue.Kind.NOTE, "unreadable date 'not a date'"));
    assertEquals(1, issues(r, ImportIssue.Kind.FLAGGED, "withdrawn"));
    assertEquals(1, issues(r, ImportIssue.Kind.SKIPPED, "no title"));
    assertEquals(1, issues(r, ImportIssue.Kind.SKIPPED, "empty body"));
    String p102 = data.get(iri("proposal/102"), Proposal.class).orElseThrow().text().get("ca");
    assertFalse(p102.contains("\u0007") || p102.contains("<script"), p102);

    // thread of depth 2 with alignments
    Argument a1001 = data.get(iri("comment/1001"), Argument.class).orElseThrow();
    assertEquals(Set.of(p101.id()), a1001.supports());
    assertEquals(p101.id(), a1001.replyTo());
    Comment c1002 = data.get(iri("comment/1002"), Comment.class).orElseThrow();
    assertEquals(a1001.id(), c1002.replyTo());
    assertEquals("Hola @participant què en penses de #Barri ?", c1002.text().get("ca"), "mentions");
    Argument a1003 = data.get(iri("comment/1003"), Argument.class).orElseThrow();
    assertEquals(Set.of(p101.id()), a1003.attacks());
    assertEquals(c1002.id(), a1003.replyTo());
    assertEquals(a1001.authors(), a1003.authors(), "same user, same pseudonym");
    assertFalse(run.ntriples().contains("Maria Exemple"));

    // hostile content stays data
    Comment c1004 = data.get(iri("comment/1004"), Comment.class).orElseThrow();
    String t = c1004.text().get("es");
    // HTML-looking text goes through the HTML path: tags dropped, whitespace normalised
    assertTrue(t.contains("alert('x')") && t.contains("hola amb ; i \"cometes\""), t);
    assertFalse(t.contains("<script") || t.contains("\u0001") || t.contains("\u001b"), t);
    Comment c1006 = data.get(iri("comment/1006"), Comment.class).orElseThrow();
    assertEquals("Sense autor, locale dolent", c1006.text().get("und"));
    assertTrue(c1006.authors().isEmpty());

    // results implement proposals
    FollowUpItem r2001 = data.get(iri("result/2001"), FollowUpItem.class).orElseThrow();
    assertEquals(Set.of(p101.id(), iri("proposal/102")), r2001.implements_());
    assertEquals(Iri.of(Codes.ImplementationStatus.NOT_STARTED), r2001.implementationStatus());
    FollowUpItem r2002 = data.get(iri("result/2002"), FollowUpItem.class).orElseThrow();
    assertEquals(0, new java.math.BigDecimal("50.5").compareTo(r2002.progress()));
    assertEquals(Iri.of(Codes.ImplementationStatus.IN_PROGRESS), r2002.implementationStatus());
    assertEquals(
        Iri.of(Codes.ImplementationStatus.COMPLETED),
        data.get(iri("result/2003"), FollowUpItem.class).orElseThrow().implementationStatus());
    assertEquals(
        null,
        data.get(iri("result/2004"), FollowUpItem.class).orElseThrow().implementationStatus());
    assertEquals(iri("processes/pressupostos"), r2001.debate());
  }

  @Test
  void proposals030WithVotesLikesCoauthorsAndWithdrawnAt(@TempDir Path dir) {
    ImportRun run = ImportRun.run(importer, List.of(fixture("v030/proposals.csv")));
    ImportReport r = run.report();
    assertBalanced(r);
    assertEquals(3, r.recordsMapped(), r::toText);
    assertValid(run);
    DebateData data = run.data(dir);
    Proposal p = data.get(iri("proposal/301"), Proposal.class).orElseThrow();
    assertEquals(40L, p.endorsementCount());
    assertEquals(2, p.authors().size());
    assertEquals("Abrir a biblioteca aos domingos", p.title().get("pt-BR"));
    assertEquals("2025-03-01T09:00:00Z", p.created().lexical());
    assertEquals(iri("assemblies/conselho"), p.debate());
    OfficialResponse answer = data.get(iri("answer/301"), OfficialResponse.class).orElseThrow();
    assertEquals("We will do it.", answer.text().get("en"));
    assertEquals("2025-04-01T10:00:00Z", answer.created().lexical());
    Proposal w = data.get(iri("proposal/302"), Proposal.class).orElseThrow();
    assertEquals(Iri.of(Codes.ProposalStatus.WITHDRAWN), w.status());
    assertEquals(null, w.endorsementCount(), "votes hidden: no count");
    assertEquals(1, issues(r, ImportIssue.Kind.NOTE, "custom state 'in_discussion'"));
    for (String name : List.of("Ana Coautora", "Rui Coautor", "Zé Retirou")) {
      assertFalse(run.ntriples().contains(name), name);
    }
  }

  @Test
  void keepNamesWritesDisplayNames() {
    ImportRun run =
        ImportRun.run(
            importer,
            List.of(fixture("v030/proposals.csv")),
            ImportRun.testOptions().withKeepNames(true));
    assertTrue(run.ntriples().contains("\"Ana Coautora\""));
    assertTrue(run.ntriples().contains("\"Rui Coautor\""));
    assertTrue(run.ntriples().contains("<" + BASE + "participant/11>"));
  }

  @Test
  void zipWithTwoEntityFilesAndAnUnknownFile() throws IOException {
    Path zip = tmp.resolve("www.example.org-open-data.zip");
    try (OutputStream out = Files.newOutputStream(zip);
        ZipOutputStream z = new ZipOutputStream(out)) {
      for (String[] e :
          new String[][] {
            {
              "v027/www.example.org-open-data-proposals.csv",
              "www.example.org-open-data-proposals.csv"
            },
            {
              "v027/www.example.org-open-data-proposal_comments.csv",
              "www.example.org-open-data-proposal_comments.csv"
            },
            {"README.md", "README.md"}
          }) {
        z.putNextEntry(new ZipEntry(e[1]));
        z.write(Files.readAllBytes(fixture(e[0])));
        z.closeEntry();
      }
    }
    ImportRun run = ImportRun.run(importer, List.of(zip));
    ImportReport r = run.report();
    assertBalanced(r);
    assertEquals(3, r.sources().size(), r::toText);
    SourceCount readme = r.source(zip + "!README.md");
    assertNotNull(readme, r::toText);
    assertEquals(1, readme.skipped());
    assertEquals(1, issues(r, ImportIssue.Kind.SKIPPED, DecidimImporter.NOT_MAPPED));
    assertEquals(6, r.source(zip + "!www.example.org-open-data-proposals.csv").mapped());
    assertEquals(5, r.source(zip + "!www.example.org-open-data-proposal_comments.csv").mapped());
    assertValid(run);
  }

  @Test
  void malformedCsvIsReportedNotFatal() {
    Path csv = fixture("malformed/meeting_comments.csv");
    ImportRun run = ImportRun.run(importer, List.of(csv));
    ImportReport r = run.report();
    assertBalanced(r);
    SourceCount c = r.source(csv.toString());
    assertEquals(1, c.mapped(), r::toText);
    assertEquals(1, c.skipped(), r::toText);
    ImportIssue issue =
        r.issues().stream()
            .filter(i -> i.kind() == ImportIssue.Kind.SKIPPED)
            .findFirst()
            .orElseThrow();
    assertTrue(issue.reason().contains("malformed CSV"), issue.reason());
    assertTrue(issue.reason().contains("the rest of the file was not read"), issue.reason());
    assertTrue(issue.line() >= 2, issue::where);
    assertFalse(run.ntriples().contains("Mai llegit"));
    assertValid(run);
  }

  @Test
  void singleCommentFileWithoutItsProposalsNotesTheOutsideLinks() {
    Path csv = fixture("v027/www.example.org-open-data-proposal_comments.csv");
    ImportRun run = ImportRun.run(importer, List.of(csv));
    ImportReport r = run.report();
    assertBalanced(r);
    assertEquals(5, r.recordsMapped());
    assertEquals(1, issues(r, ImportIssue.Kind.NOTE, "links to proposals point to resources"));
  }

  @Test
  void meetingsDebatesProjectsAndTheirComments(@TempDir Path dir) {
    ImportRun run = ImportRun.run(importer, List.of(fixture("others")));
    ImportReport r = run.report();
    assertBalanced(r);
    assertEquals(0, r.recordsSkipped(), r::toText);
    assertValid(run);
    DebateData data = run.data(dir);
    Iri space = iri("assemblies/consell");

    Meeting m9 = data.get(iri("meeting/9"), Meeting.class).orElseThrow();
    assertEquals(space, m9.debate());
    assertEquals("Reunió de barri", m9.title().get("ca"));
    assertEquals("2019-05-02T18:00:00", m9.startDate().lexical());
    assertEquals(25L, m9.participantCount());
    assertEquals("Carrer Major 1", m9.location());
    assertEquals(2, m9.channels().size());
    Meeting m10 = data.get(iri("meeting/10"), Meeting.class).orElseThrow();
    assertEquals(null, m10.startDate());
    assertEquals("La plaça", m10.location());
    assertEquals(1, issues(r, ImportIssue.Kind.NOTE, "unreadable date 'demà'"));
    assertEquals(1, issues(r, ImportIssue.Kind.NOTE, "not a count 'molts'"));

    // an aligned comment on a meeting (not a contribution): a comment with a stance
    Comment c50 = data.get(iri("comment/50"), Comment.class).orElseThrow();
    assertEquals(Iri.of(Codes.Stance.FOR), c50.stance());
    assertEquals(null, c50.replyTo());

    Issue debate = data.get(iri("debate/70"), Issue.class).orElseThrow();
    assertEquals("Quin parc volem?", debate.title().get("ca"));
    assertEquals("Debat obert", debate.description().get("ca"));
    assertEquals(1, issues(r, ImportIssue.Kind.NOTE, "conclusions not mapped"));
    assertEquals(debate.id(), data.get(iri("comment/80"), Comment.class).orElseThrow().addresses());

    Proposal project = data.get(iri("project/90"), Proposal.class).orElseThrow();
    assertEquals(321L, project.endorsementCount());
    assertEquals("Una pista", project.text().get("ca"));
    assertEquals(Iri.of(Codes.ContributionKind.PROPOSAL), project.contributionKind());
    Argument a95 = data.get(iri("comment/95"), Argument.class).orElseThrow();
    assertEquals(Set.of(project.id()), a95.attacks());
    for (String name :
        List.of("Nom Real", "Debat Autor", "Últim Comentarista", "Altra Persona", "Persona Sis")) {
      assertFalse(run.ntriples().contains(name), name);
    }
  }

  @Test
  void languageOptionTagsTextsWithoutALocaleAndLocaleColumnsKeepTheirOwn(@TempDir Path dir)
      throws IOException {
    Path csv = dir.resolve("proposal_comments.csv");
    Files.writeString(
        csv,
        "id;created_at;body;locale;author/id;commentable_id;commentable_type\n"
            + "1;2024-09-02 10:00:00 UTC;Sense idioma;;5;9;Decidim::Proposals::Proposal\n"
            + "2;2024-09-02 10:00:00 UTC;In English;en;5;9;Decidim::Proposals::Proposal\n",
        StandardCharsets.UTF_8);
    ImportRun plain = ImportRun.run(importer, List.of(csv));
    assertTrue(plain.ntriples().contains("\"Sense idioma\"@und"), plain.ntriples());
    ImportRun run =
        ImportRun.run(importer, List.of(csv), ImportRun.testOptions().withLanguage("ca"));
    assertBalanced(run.report());
    assertEquals(2, run.report().recordsMapped());
    assertTrue(run.ntriples().contains("\"Sense idioma\"@ca"), run.ntriples());
    assertTrue(run.ntriples().contains("\"In English\"@en"), "a given locale is kept");
    ImportRun v030 =
        ImportRun.run(
            importer,
            List.of(fixture("v030/proposals.csv")),
            ImportRun.testOptions().withLanguage("ca"));
    assertTrue(v030.ntriples().contains("\"Abrir a biblioteca aos domingos\"@pt-BR"));
    assertFalse(v030.ntriples().contains("@ca "), "locale-suffixed columns keep their languages");
  }

  // ------------------------------------------------------------------ classification and more

  private static final Iri SUBJECT = Iri.of("http://purl.org/dc/terms/subject");
  private static final Iri SPATIAL = Iri.of("http://purl.org/dc/terms/spatial");
  private static final Iri PART_OF = Iri.of("http://purl.org/dc/terms/isPartOf");

  private static Set<String> labels(ImportRun run, Iri concept) {
    Set<String> out = new HashSet<>();
    for (String line : run.ntriples().split("\n")) {
      if (line.startsWith(
          "<" + concept.value() + "> <http://www.w3.org/2004/02/skos/core#prefLabel>")) {
        out.add(line.substring(line.indexOf('"'), line.lastIndexOf(" .")));
      }
    }
    return out;
  }

  @Test
  void categoriesAndScopesBecomeSubjectAndSpatialConceptsWrittenOnce(@TempDir Path dir) {
    ImportRun run = ImportRun.run(importer, List.of(fixture("classified")));
    ImportReport r = run.report();
    assertBalanced(r);
    assertValid(run);
    DebateData data = run.data(dir);
    Proposal p201 = data.get(iri("proposal/201"), Proposal.class).orElseThrow();
    assertEquals(List.of(iri("category/7")), p201.extensions().get(SUBJECT));
    assertEquals(List.of(iri("scope/3")), p201.extensions().get(SPATIAL));
    Proposal p204 = data.get(iri("proposal/204"), Proposal.class).orElseThrow();
    assertTrue(p204.extensions().get(SUBJECT).isEmpty(), "no category, no subject");
    assertEquals(
        Set.of("\"Medi ambient\"@ca", "\"Medio ambiente\"@es"), labels(run, iri("category/7")));
    assertEquals(
        Set.of("\"Mobilitat, transport\"@ca", "\"Movilidad, transporte\"@es"),
        labels(run, iri("category/8")));
    assertEquals(Set.of("\"Gràcia\"@ca"), labels(run, iri("scope/3")));
    // category 7 is used by 2 proposals and 2 results: its concept is written once
    long typed =
        run.ntriples()
            .lines()
            .filter(
                l ->
                    l.startsWith(
                        "<"
                            + iri("category/7").value()
                            + "> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"))
            .count();
    assertEquals(1, typed);
    FollowUpItem r3002 = data.get(iri("result/3002"), FollowUpItem.class).orElseThrow();
    assertEquals(List.of(iri("category/7")), r3002.extensions().get(SUBJECT));
    assertEquals(List.of(iri("scope/3")), r3002.extensions().get(SPATIAL));
  }

  @Test
  void taxonomiesOf030BecomeSubjectsAndAListGivesNoNames(@TempDir Path dir) {
    ImportRun run = ImportRun.run(importer, List.of(fixture("taxonomies/proposals.csv")));
    assertBalanced(run.report());
    assertValid(run);
    DebateData data = run.data(dir);
    assertEquals(
        List.of(iri("taxonomy/11")),
        data.get(iri("proposal/401"), Proposal.class).orElseThrow().extensions().get(SUBJECT));
    assertEquals(
        List.of(iri("taxonomy/11"), iri("taxonomy/12")),
        data.get(iri("proposal/402"), Proposal.class).orElseThrow().extensions().get(SUBJECT));
    assertEquals(Set.of("\"Housing\"@en"), labels(run, iri("taxonomy/11")));
    assertEquals(
        Set.of(), labels(run, iri("taxonomy/12")), "'Housing, Rents' cannot be split safely");
  }

  @Test
  void amendmentsAmendTheirOriginalProposalWhenItIsImported(@TempDir Path dir) {
    ImportRun run = ImportRun.run(importer, List.of(fixture("classified")));
    ImportReport r = run.report();
    DebateData data = run.data(dir);
    assertEquals(2, r.entityCount("Amendment"), r::toText);
    assertEquals(2, r.entityCount("Proposal"), r::toText);
    Amendment a202 = data.get(iri("proposal/202"), Amendment.class).orElseThrow();
    assertEquals(iri("proposal/201"), a202.amends());
    assertEquals("Més arbres i fonts", a202.title().get("ca"));
    assertEquals(Iri.of(Codes.ProposalStatus.UNDER_REVIEW), a202.status());
    assertEquals(Iri.of(Codes.ContributionKind.AMENDMENT), a202.contributionKind());
    assertEquals(List.of(iri("category/7")), a202.extensions().get(SUBJECT));
    Amendment a203 = data.get(iri("proposal/203"), Amendment.class).orElseThrow();
    assertEquals(null, a203.amends(), "the original (999) is not in the export");
    assertEquals(
        List.of(Iri.of("https://www.example.org/processes/verd/f/5/proposals/999")),
        a203.extensions().get(Iri.of("http://purl.org/dc/terms/relation")));
    assertEquals(1, issues(r, ImportIssue.Kind.NOTE, "amendment of a proposal not in this import"));
    assertValid(run);
  }

  @Test
  void userGroupsAreOrganisationsCoAuthoringWhatTheirMembersPost(@TempDir Path dir) {
    ImportRun run = ImportRun.run(importer, List.of(fixture("classified")));
    DebateData data = run.data(dir);
    List<Organisation> orgs = data.all(Organisation.class);
    assertEquals(1, orgs.size(), "group 40 written once for two comments");
    assertEquals("Associació de Veïns de Gràcia", orgs.get(0).name());
    assertEquals(iri("user-group/40"), orgs.get(0).id());
    Comment c502 = data.get(iri("comment/502"), Comment.class).orElseThrow();
    assertEquals(2, c502.authors().size());
    assertTrue(c502.authors().contains(iri("user-group/40")));
    Argument a501 = data.get(iri("comment/501"), Argument.class).orElseThrow();
    assertEquals(1, a501.authors().size(), "empty user_group cells: no group");
    assertFalse(run.ntriples().contains("Persona Dos"), "members stay pseudonymous");
  }

  @Test
  void licenceFileGivesTheDatabaseLicenceToDebatesAndTheContentsLicenceToRecords(
      @TempDir Path dir) {
    ImportRun run = ImportRun.run(importer, List.of(fixture("classified")));
    ImportReport r = run.report();
    assertBalanced(r);
    DebateData data = run.data(dir);
    Iri odbl = Iri.of("https://opendatacommons.org/licenses/odbl/1-0/");
    Iri dbcl = Iri.of("https://opendatacommons.org/licenses/dbcl/1-0/");
    var debates = data.all(org.debatescore.core.model.Debate.class);
    assertEquals(1, debates.size());
    assertEquals(odbl, debates.get(0).provenance().license());
    assertEquals(
        dbcl, data.get(iri("proposal/201"), Proposal.class).orElseThrow().provenance().license());
    assertEquals(
        dbcl, data.get(iri("comment/502"), Comment.class).orElseThrow().provenance().license());
    assertEquals(
        1,
        issues(r, ImportIssue.Kind.NOTE, "Open Database License <" + odbl.value() + ">"),
        r::toText);
    assertTrue(
        r.issues().stream().anyMatch(i -> i.reason().contains("Database Contents License <")),
        r::toText);
    SourceCount licence =
        r.sources().stream()
            .filter(c -> c.source().endsWith("LICENSE.md"))
            .findFirst()
            .orElseThrow();
    assertEquals(1, licence.mapped());
    SourceCount readme =
        r.sources().stream()
            .filter(c -> c.source().endsWith("README.md"))
            .findFirst()
            .orElseThrow();
    assertEquals(1, readme.skipped(), "README.md: column help, not data");
  }

  @Test
  void licenceTextsInMarkdownOrWithoutLinks() {
    DecidimLicence md =
        DecidimLicence.parse(
            "Llicència\n\nLes dades obertes de X es publiquen sota la [Open Database License](https://opendatacommons.org/licenses/odbl/1-0/).");
    assertEquals("Open Database License", md.databaseName());
    assertEquals(Iri.of("https://opendatacommons.org/licenses/odbl/1-0/"), md.database());
    assertEquals(null, md.contents());
    assertEquals(
        DecidimLicence.NONE,
        DecidimLicence.parse("License\n\nAll rights reserved. javascript:alert(1)"));
  }

  @Test
  void resultsAreNestedUnderTheirParentResult(@TempDir Path dir) {
    ImportRun run = ImportRun.run(importer, List.of(fixture("classified")));
    DebateData data = run.data(dir);
    assertEquals(
        List.of(),
        data.get(iri("result/3001"), FollowUpItem.class).orElseThrow().extensions().get(PART_OF));
    assertEquals(
        List.of(iri("result/3001")),
        data.get(iri("result/3002"), FollowUpItem.class).orElseThrow().extensions().get(PART_OF));
    assertEquals(
        List.of(iri("result/3002")),
        data.get(iri("result/3003"), FollowUpItem.class).orElseThrow().extensions().get(PART_OF));
    assertEquals(3, run.report().entityCount("FollowUpItem"));
  }

  @Test
  void textHelpers() {
    assertEquals(
        "@participant and #Tag",
        DecidimImporter.text("gid://x/Decidim::User/5 and gid://x/Decidim::Hashtag/2/_Tag"));
    assertEquals(null, DecidimImporter.url("javascript:alert(1)"));
    assertEquals(null, DecidimImporter.url("https://a b/"));
    assertEquals("2019-05-02T18:00:00", DecidimImporter.time("2019-05-02 18:00:00").lexical());
    assertEquals("2018-01-01", DecidimImporter.time("2018-01-01").lexical());
    assertEquals(null, DecidimImporter.time("yesterday"));
  }

  private static Iri iri(String path) {
    return Iri.of(BASE + path);
  }

  private static Iri status(String id, DebateData data) {
    return data.get(iri("proposal/" + id), Proposal.class).orElseThrow().status();
  }
}
