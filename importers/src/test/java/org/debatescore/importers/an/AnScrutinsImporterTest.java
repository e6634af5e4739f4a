package org.debatescore.importers.an;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.debatescore.core.model.Debate;
import org.debatescore.core.model.DebateData;
import org.debatescore.core.model.Person;
import org.debatescore.core.model.Tally;
import org.debatescore.core.model.Vote;
import org.debatescore.core.model.VoteEvent;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Literal;
import org.debatescore.core.rdf.Term;
import org.debatescore.core.validation.Severity;
import org.debatescore.core.validation.ValidationReport;
import org.debatescore.importers.ImportIssue;
import org.debatescore.importers.ImportOptions;
import org.debatescore.importers.ImportReport;
import org.debatescore.importers.Importers;
import org.debatescore.importers.SourceCount;
import org.debatescore.importers.testing.ImportRun;
import org.debatescore.vocab.Codes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnScrutinsImporterTest {

  private static final String VOCAB = ImportOptions.DEFAULT_BASE_IRI + "assemblee-nationale/vocab#";
  private static final String NON_VOTANT =
      ImportOptions.DEFAULT_BASE_IRI + "assemblee-nationale/vote-option/non-votant";
  private static final String[] BLOCKS = {"pours", "contres", "abstentions", "nonVotants"};
  private static final String[] OPTIONS = {
    Codes.VoteOption.FOR, Codes.VoteOption.AGAINST, Codes.VoteOption.ABSTAIN, NON_VOTANT
  };
  private static final String[] COUNTS = {"pour", "contre", "abstentions", "nonVotants"};

  @TempDir Path tmp;

  static Path fixture(String name) {
    try {
      return Path.of(AnScrutinsImporterTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ImportRun run(String... names) {
    return ImportRun.run(
        new AnScrutinsImporter(), java.util.Arrays.stream(names).map(n -> fixture(n)).toList());
  }

  private void assertValid(ImportRun run) {
    ValidationReport v = run.validate(tmp);
    assertEquals(0, v.results(Severity.VIOLATION).size(), ImportRun.violations(v));
  }

  private static void assertBalanced(ImportReport r) {
    for (SourceCount c : r.sources()) {
      assertEquals(c.read(), c.mapped() + c.skipped(), c.source());
    }
  }

  private static List<String> reasons(ImportReport r, ImportIssue.Kind kind) {
    return r.issues().stream().filter(i -> i.kind() == kind).map(ImportIssue::reason).toList();
  }

  private static VoteEvent event(DebateData d) {
    List<VoteEvent> events = d.all(VoteEvent.class);
    assertEquals(1, events.size());
    return events.get(0);
  }

  private static List<Term> ext(VoteEvent e, String local) {
    return e.extensions().get(Iri.of(VOCAB + local));
  }

  private static Map<String, Long> votesByOption(DebateData d) {
    return d.all(Vote.class).stream()
        .collect(Collectors.groupingBy(v -> v.option().value(), Collectors.counting()));
  }

  /** Tallies by "organ id/option" ("/option" for the whole Assemblée). */
  private static Map<String, Long> tallies(DebateData d) {
    Map<String, Long> m = new HashMap<>();
    for (Tally t : d.all(Tally.class)) {
      String group = t.group() == null ? "" : t.group().toString().replaceAll(".*/", "");
      group = group.replace(">", "");
      m.put(group + "/" + t.option().value(), t.count());
    }
    return m;
  }

  /** How many voters a decompteNominatif block lists, read independently of the importer. */
  private static int voters(JsonNode block) {
    if (block == null || block.isNull()) {
      return 0;
    }
    JsonNode v = block.get("votant");
    return v == null || v.isNull() ? 0 : v.isArray() ? v.size() : 1;
  }

  // ------------------------------------------------------------------ the real sample

  @Test
  void theRealSampleGivesOneVoteEventWhoseBallotsAndGroupTalliesMatchTheFile() throws IOException {
    ImportRun run = run("VTANR5L17V5268.json");
    DebateData d = run.data(tmp);
    JsonNode groups =
        new ObjectMapper()
            .readTree(fixture("VTANR5L17V5268.json").toFile())
            .at("/scrutin/ventilationVotes/organe/groupes/groupe");
    Map<String, Long> expectedVotes = new HashMap<>();
    Map<String, Long> expectedTallies = new HashMap<>();
    long ballots = 0;
    for (JsonNode g : groups) {
      String organ = g.get("organeRef").asText();
      for (int i = 0; i < BLOCKS.length; i++) {
        int n = voters(g.at("/vote/decompteNominatif/" + BLOCKS[i]));
        ballots += n;
        expectedVotes.merge(OPTIONS[i], (long) n, Long::sum);
        String declared = g.at("/vote/decompteVoix/" + COUNTS[i]).asText();
        expectedTallies.put(organ + "/" + OPTIONS[i], Long.parseLong(declared));
      }
    }
    expectedVotes.values().removeIf(n -> n == 0);
    assertEquals(expectedVotes, votesByOption(d));
    Map<String, Long> tallies = tallies(d);
    expectedTallies.forEach((k, v) -> assertEquals(v, tallies.get(k), k));
    assertEquals(11L, tallies.get("/" + Codes.VoteOption.FOR));
    assertEquals(24L, tallies.get("/" + Codes.VoteOption.AGAINST));
    assertEquals(0L, tallies.get("/" + Codes.VoteOption.ABSTAIN));
    assertEquals(3L, tallies.get("/" + NON_VOTANT));
    ImportReport r = run.report();
    assertEquals(1 + ballots, r.recordsRead(), r::toText);
    assertEquals(r.recordsRead(), r.recordsMapped(), r::toText);
    assertTrue(reasons(r, ImportIssue.Kind.FLAGGED).isEmpty(), r::toText);
    assertValid(run);
  }

  @Test
  void theVoteEventCarriesOutcomeDateTitleTypeLicenceAndItsPage() {
    VoteEvent e = event(run("VTANR5L17V5268.json").data(tmp));
    assertEquals(Codes.Outcome.REJECTED, e.outcome().value());
    assertEquals("2026-01-29", e.startDate().lexical());
    assertTrue(e.title().get("fr").startsWith("l'amendement n° 98 de Mme Hamelet"));
    assertEquals(List.of(Literal.string("SPO")), ext(e, "codeTypeVote"));
    assertEquals(
        List.of(Literal.lang("L'Assemblée nationale n'a pas adopté", "fr")), ext(e, "annonce"));
    assertEquals(List.of(Literal.string("RUANR5L17S2026IDS30186")), ext(e, "seanceRef"));
    assertEquals(AnVocab.LICENCE, e.provenance().license());
    assertEquals("VTANR5L17V5268", e.provenance().identifier());
    assertEquals(
        "https://www.assemblee-nationale.fr/dyn/17/scrutins/5268", e.provenance().source().value());
    assertEquals(
        List.of(
            Codes.VoteOption.FOR, Codes.VoteOption.AGAINST, Codes.VoteOption.ABSTAIN, NON_VOTANT),
        e.availableOptions().stream().map(Iri::value).toList());
  }

  @Test
  void theSittingIsTheDebateOrganisedByTheAssemblee() {
    DebateData d = run("VTANR5L17V5268.json").data(tmp);
    Debate debate = d.all(Debate.class).get(0);
    assertEquals(event(d).debate(), debate.id());
    assertEquals("RUANR5L17S2026IDS30186", debate.provenance().identifier());
    assertEquals(1, debate.organisers().size());
    assertFalse(debate.extensions().get(AnVocab.RIGHTS).isEmpty(), "attribution");
  }

  @Test
  void nonVotersAreKeptWithTheNonVotingOptionAndTheirDecodedCause() {
    DebateData d = run("VTANR5L17V5268.json").data(tmp);
    List<String> causes =
        d.all(Vote.class).stream()
            .filter(v -> v.option().value().equals(NON_VOTANT))
            .map(v -> v.extensions().get(Iri.of(VOCAB + "causePositionVoteLibelle")).get(0))
            .map(t -> ((Literal) t).lexical())
            .sorted()
            .toList();
    assertEquals(
        List.of(
            "membre du Gouvernement", "président de l'Assemblée nationale", "président de séance"),
        causes);
  }

  @Test
  void deputiesArePseudonymisedByDefaultAndKeptByTheirAnIdWithKeepNames() {
    ImportRun hidden = run("VTANR5L17V5268.json");
    assertFalse(hidden.ntriples().contains("PA841645"));
    assertFalse(hidden.ntriples().contains("PM843200"), "the mandate identifies the deputy too");
    Person p = hidden.data(tmp).all(Person.class).get(0);
    assertEquals(Boolean.TRUE, p.pseudonymous());
    assertEquals(Codes.Role.ELECTED_OFFICIAL, p.roles().iterator().next().value());

    ImportRun named =
        ImportRun.run(
            new AnScrutinsImporter(),
            List.of(fixture("VTANR5L17V5268.json")),
            ImportRun.testOptions().withKeepNames(true));
    DebateData d = named.data(tmp);
    Person deputy =
        d.all(Person.class).stream()
            .filter(x -> "PA841645".equals(x.provenance().identifier()))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "https://www.assemblee-nationale.fr/dyn/deputes/PA841645", deputy.homepage().value());
    assertTrue(named.ntriples().contains("\"PM843200\""), "mandatRef kept with real names");
    assertValid(named);
  }

  @Test
  void byDelegationAndTheGroupAreKeptOnEachVote() throws IOException {
    DebateData d = run("VTANR5L17V5268.json").data(tmp);
    long inFile =
        new ObjectMapper()
            .readTree(fixture("VTANR5L17V5268.json").toFile()).findValues("parDelegation").stream()
                .filter(v -> v.asText().equals("true"))
                .count();
    long delegated =
        d.all(Vote.class).stream()
            .filter(
                v ->
                    v.extensions()
                        .get(Iri.of(VOCAB + "parDelegation"))
                        .contains(AnVocab.bool(true)))
            .count();
    assertTrue(inFile > 0);
    assertEquals(inFile, delegated);
    assertTrue(
        d.all(Vote.class).stream()
            .allMatch(v -> v.extensions().get(Iri.of(VOCAB + "groupe")).size() == 1));
  }

  @Test
  void positionMajoritaireIsKeptOnlyForGroupsWhereSomeoneVoted() {
    Map<String, List<Term>> top = new HashMap<>();
    for (Tally t : run("VTANR5L17V5268.json").data(tmp).all(Tally.class)) {
      List<Term> v = t.extensions().get(Iri.of(VOCAB + "positionMajoritaire"));
      if (!v.isEmpty()) {
        top.put(t.group().toString().replaceAll(".*/|>", "") + "/" + t.option().value(), v);
      }
    }
    assertTrue(top.containsKey("PO845401/" + Codes.VoteOption.FOR), top.toString());
    assertTrue(top.containsKey("PO845407/" + Codes.VoteOption.AGAINST), top.toString());
    assertFalse(top.keySet().stream().anyMatch(k -> k.startsWith("PO845485")), top.toString());
    // PO840056: only a non-voter, so a total of 1 — "pour" with no pour is still kept as given.
  }

  // ------------------------------------------------------------------ quirks

  @Test
  void aSingleGroupAndSingleVotersGivenAsBareObjectsAreRead() {
    ImportRun run = run("single-voter.json");
    DebateData d = run.data(tmp);
    assertEquals(
        Map.of(Codes.VoteOption.FOR, 1L, Codes.VoteOption.ABSTAIN, 1L, NON_VOTANT, 1L),
        votesByOption(d));
    assertEquals(1L, tallies(d).get("PO900001/" + Codes.VoteOption.FOR));
    assertEquals(4, run.report().recordsMapped(), run.report()::toText);
    assertTrue(ext(event(d), "miseAuPoint-pours").isEmpty(), "[null, null] holds nobody");
    assertTrue(
        event(d).title().get("fr").contains("<script>x</script>"),
        "the AN's titles are plain text: markup in one is data, kept as characters");
    assertValid(run);
  }

  @Test
  void misesAuPointOfEveryShapeAreKeptAsStatementsAndNeverChangeTheOutcome() {
    ImportRun run = run("mise-au-point.json");
    VoteEvent e = event(run.data(tmp));
    assertEquals(Codes.Outcome.REJECTED, e.outcome().value());
    assertEquals(1, ext(e, "miseAuPoint-pours").size());
    assertEquals(1, ext(e, "miseAuPoint-contres").size());
    assertEquals(1, ext(e, "dysfonctionnement-nonVotants").size());
    assertEquals(2L, tallies(run.data(tmp)).get("/" + Codes.VoteOption.AGAINST));
    List<String> notes = reasons(run.report(), ImportIssue.Kind.NOTE);
    assertTrue(notes.stream().anyMatch(n -> n.startsWith("3 mises au point")), notes::toString);
    assertTrue(notes.stream().anyMatch(n -> n.startsWith("not a deputy")), notes::toString);
    assertValid(run);
  }

  @Test
  void theDanglingGroupPo0IsReportedItsBallotsKeptAndItsTalliesLeftOut() {
    ImportRun run = run("po0.json");
    DebateData d = run.data(tmp);
    assertEquals(Map.of(Codes.VoteOption.FOR, 2L), votesByOption(d));
    assertTrue(tallies(d).keySet().stream().noneMatch(k -> k.startsWith("PO0/")));
    assertEquals(2L, tallies(d).get("/" + Codes.VoteOption.FOR));
    assertTrue(
        reasons(run.report(), ImportIssue.Kind.NOTE).stream()
            .anyMatch(n -> n.startsWith("dangling group reference PO0")));
    assertFalse(run.ntriples().contains("organe/PO0>"), "no organisation for PO0");
    assertValid(run);
  }

  @Test
  void countsThatDisagreeAreFlaggedAndTheOutputStaysValid() {
    ImportRun run = run("mismatch.json");
    DebateData d = run.data(tmp);
    VoteEvent e = event(d);
    assertNull(tallies(d).get("/" + Codes.VoteOption.FOR), "3 declared, 2 ballots: no tally");
    assertEquals(List.of(AnVocab.integer(3)), ext(e, "decompte-pour"));
    assertEquals(1L, tallies(d).get("/" + Codes.VoteOption.AGAINST));
    List<String> flags = reasons(run.report(), ImportIssue.Kind.FLAGGED);
    assertTrue(
        flags.stream().anyMatch(f -> f.startsWith("syntheseVote counts 3 pour")), flags::toString);
    assertTrue(flags.stream().anyMatch(f -> f.startsWith("nombreVotants 10")), flags::toString);
    assertTrue(
        flags.stream().anyMatch(f -> f.startsWith("the groups count 1 pour")), flags::toString);
    assertTrue(
        reasons(run.report(), ImportIssue.Kind.NOTE).stream()
            .anyMatch(n -> n.contains("counts 1 pour but lists 2 ballots")));
    assertEquals(4, run.report().recordsMapped());
    assertValid(run);
  }

  @Test
  void countsThatAreNotWholeNumbersAreReportedAndNotUsed() {
    ImportRun run = run("non-numeric.json");
    DebateData d = run.data(tmp);
    List<String> notes = reasons(run.report(), ImportIssue.Kind.NOTE);
    for (String expected :
        List.of(
            "'deux' is not a whole number",
            "'-1' is not a whole number",
            "'0.5' is not a whole number",
            "'' is not a whole number",
            "'1e3' is not a whole number")) {
      assertTrue(notes.stream().anyMatch(n -> n.startsWith(expected)), expected + " in " + notes);
    }
    assertTrue(notes.stream().anyMatch(n -> n.contains("is beyond any assembly")), notes::toString);
    assertEquals(2L, tallies(d).get("/" + Codes.VoteOption.FOR));
    assertNull(tallies(d).get("/" + Codes.VoteOption.AGAINST));
    assertNull(tallies(d).get("PO900001/" + Codes.VoteOption.FOR));
    assertTrue(ext(event(d), "nombreVotants").isEmpty());
    assertEquals(2, d.all(Vote.class).size());
    assertValid(run);
  }

  @Test
  void aMotionDeCensureOffersOnlyForAndCountsOnlyFor() {
    ImportRun run = run("moc.json");
    DebateData d = run.data(tmp);
    VoteEvent e = event(d);
    assertEquals(
        List.of(Codes.VoteOption.FOR), e.availableOptions().stream().map(Iri::value).toList());
    assertEquals(
        Map.of(
            "/" + Codes.VoteOption.FOR,
            3L,
            "PO900001/" + Codes.VoteOption.FOR,
            2L,
            "PO900002/" + Codes.VoteOption.FOR,
            1L),
        tallies(d));
    assertEquals(List.of(Literal.string("MOC")), ext(e, "codeTypeVote"));
    assertValid(run);
  }

  // ------------------------------------------------------------------ files and archives

  @Test
  void theOfficialZipIsReadInPlaceEveryEntryCountedAndASecondCopySkipped() throws IOException {
    Path zip = tmp.resolve("Scrutins.json.zip");
    try (OutputStream out = Files.newOutputStream(zip);
        ZipOutputStream z = new ZipOutputStream(out)) {
      for (String name :
          List.of("VTANR5L17V5268.json", "single-voter.json", "moc.json", "mismatch.json")) {
        z.putNextEntry(new ZipEntry("json/" + name));
        z.write(Files.readAllBytes(fixture(name)));
        z.closeEntry();
      }
      z.putNextEntry(new ZipEntry("json/copy-of-moc.json"));
      z.write(Files.readAllBytes(fixture("moc.json")));
      z.closeEntry();
      z.putNextEntry(new ZipEntry("LISEZMOI.txt"));
      z.write("bonjour".getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
    ImportRun run = ImportRun.run(new AnScrutinsImporter(), List.of(zip));
    ImportReport r = run.report();
    assertEquals(4, run.data(tmp).all(VoteEvent.class).size());
    assertEquals(6, r.sources().size(), r::toText);
    assertBalanced(r);
    SourceCount copy = r.source(zip + "!json/copy-of-moc.json");
    assertEquals(4, copy.read(), r::toText); // the scrutin and its 3 ballots
    assertEquals(4, copy.skipped(), r::toText);
    assertEquals(1, r.source(zip + "!LISEZMOI.txt").skipped());
    assertValid(run);
  }

  @Test
  void aFolderOfScrutinsGivesOneVoteEventEachAndTheImporterIsRegistered() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("json"));
    for (String name : List.of("VTANR5L17V5268.json", "po0.json")) {
      Files.copy(fixture(name), dir.resolve(name));
    }
    ImportRun run = ImportRun.run(Importers.byName("an-scrutins"), List.of(dir));
    assertEquals(2, run.data(tmp).all(VoteEvent.class).size());
    assertBalanced(run.report());
  }

  @Test
  void aTruncatedFileKeepsTheBallotsReadAndFlagsTheScrutin() throws IOException {
    String text = Files.readString(fixture("VTANR5L17V5268.json"));
    Path cut = tmp.resolve("VTANR5L17V5268.json");
    Files.writeString(cut, text.substring(0, text.indexOf("PO845419")));
    ImportRun run = ImportRun.run(new AnScrutinsImporter(), List.of(cut));
    ImportReport r = run.report();
    assertTrue(
        reasons(r, ImportIssue.Kind.FLAGGED).stream().anyMatch(f -> f.startsWith("malformed JSON")),
        r::toText);
    DebateData d = run.data(tmp);
    assertEquals(10 + 1 + 4 + 1 + 9, d.all(Vote.class).size()); // the first three groups
    assertNotNull(event(d));
    assertBalanced(r);
    assertValid(run);
  }

  @Test
  void aFileThatIsNotAScrutinIsOneSkippedRecord() throws IOException {
    Path f = tmp.resolve("autre.json");
    Files.writeString(f, "{\"acteur\": {\"uid\": \"PA1\"}}");
    ImportReport r = ImportRun.run(new AnScrutinsImporter(), List.of(f)).report();
    assertEquals(1, r.recordsSkipped());
    assertTrue(reasons(r, ImportIssue.Kind.SKIPPED).get(0).contains("no 'scrutin' object"));
  }
}
