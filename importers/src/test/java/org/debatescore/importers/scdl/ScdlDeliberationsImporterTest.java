package org.debatescore.importers.scdl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.debatescore.core.model.DebateData;
import org.debatescore.core.model.Decision;
import org.debatescore.core.model.PublicBody;
import org.debatescore.core.model.Tally;
import org.debatescore.core.model.VoteEvent;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.validation.Severity;
import org.debatescore.core.validation.ValidationReport;
import org.debatescore.core.validation.ValidationResult;
import org.debatescore.importers.ImportIssue;
import org.debatescore.importers.SourceCount;
import org.debatescore.importers.testing.ImportRun;
import org.debatescore.vocab.Codes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScdlDeliberationsImporterTest {

  private static final ScdlDeliberationsImporter IMPORTER = new ScdlDeliberationsImporter();
  private static final String BASE = "https://example.org/debatescore/scdl/";

  static Path fixture(String name) {
    try {
      return Path.of(ScdlDeliberationsImporterTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Data rows counted without the importer: non-blank lines after the header. */
  private static long dataLines(Path file, Charset cs) throws Exception {
    return Files.readAllLines(file, cs).stream().skip(1).filter(l -> !l.isBlank()).count();
  }

  private static SourceCount count(ImportRun run, String fileName) {
    return run.report().sources().stream()
        .filter(c -> c.source().endsWith(fileName))
        .findFirst()
        .orElseThrow();
  }

  private static ImportRun conforming(List<Path> files, Path tmp) {
    ImportRun run = ImportRun.run(IMPORTER, files);
    ValidationReport report = run.validate(tmp);
    assertEquals(0, report.count(Severity.VIOLATION), ImportRun.violations(report));
    for (SourceCount c : run.report().sources()) {
      assertEquals(c.read(), c.mapped() + c.skipped(), c.source());
    }
    return run;
  }

  @Test
  void eachRowBecomesADecisionOfItsAuthorityBasedOnItsCouncilVote(@TempDir Path tmp)
      throws Exception {
    Path file = fixture("deliberations-ok.csv");
    ImportRun run = conforming(List.of(file), tmp);
    DebateData data = run.data(tmp);
    long rows = dataLines(file, java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(rows, count(run, "deliberations-ok.csv").mapped());
    assertEquals(rows, data.all(Decision.class).size());
    assertEquals(2, data.all(PublicBody.class).size());
    assertEquals(2, data.all(VoteEvent.class).size()); // the second row has no vote counts

    Decision d =
        data.get(Iri.of(BASE + "decision/21860194000016%2F1DL15494"), Decision.class).orElseThrow();
    assertEquals("Plan local d'urbanisme, révision n° 2", d.title().get("fr"));
    assertEquals("2017-10-15", d.date().lexical());
    assertEquals(Iri.of(Codes.Outcome.ADOPTED), d.outcome());
    assertEquals(Iri.of(BASE + "body/21860194000016"), d.decidedBy().iterator().next());
    assertEquals(Iri.of("https://www.poitiers.fr/deliberations/1DL15494.pdf"), d.legalAct());
    VoteEvent ev = data.get(d.basedOnVote().iterator().next(), VoteEvent.class).orElseThrow();
    Map<String, Long> tallies =
        ev.tallies().stream()
            .map(t -> data.get(t, Tally.class).orElseThrow())
            .collect(Collectors.toMap(t -> t.option().value(), Tally::count));
    assertEquals(
        Map.of(
            Codes.VoteOption.FOR, 40L, Codes.VoteOption.AGAINST, 8L, Codes.VoteOption.ABSTAIN, 2L),
        tallies);
    assertTrue(run.report().issues().stream().noneMatch(i -> i.kind() == ImportIssue.Kind.FLAGGED));
  }

  /** Every rule of the schema, one failing row each: rule, line and column, both languages. */
  @Test
  void eachSchemaRuleIsReportedWithItsRowColumnAndBothLanguages(@TempDir Path tmp) {
    ValidationReport report =
        ScdlDeliberationsImporter.check(List.of(fixture("rules.csv")), ImportRun.testOptions());
    Map<String, List<ValidationResult>> byRule =
        report.results().stream()
            .collect(Collectors.groupingBy(r -> r.constraintComponent().value()));
    expect(byRule, ScdlRule.SIRET_FORMAT, 2, 2, "doit comporter exactement 14 chiffres");
    expect(byRule, ScdlRule.SIRET_CHECK, 3, 2, "clé de contrôle");
    ValidationResult date =
        expect(byRule, ScdlRule.DATE_FORMAT, 4, 4, "La forme attendue est « 2017-10-15 »");
    assertTrue(
        date.message("en").contains("The expected form is \"2017-10-15\""), date.message("en"));
    expect(byRule, ScdlRule.MATIERE_CODE_UNKNOWN, 5, 5, "n'est pas un code de matière");
    expect(byRule, ScdlRule.MATIERE_CODE_FORMAT, 6, 5, "de la forme « 8.4 »");
    expect(
        byRule, ScdlRule.NOMENCLATURE_SLASH_MISSING, 7, 6, "le signe oblique « / » est manquant");
    expect(byRule, ScdlRule.NOMENCLATURE_SLASH_SPACES, 8, 6, "ne doit pas être précédé ni suivi");
    expect(
        byRule, ScdlRule.NOMENCLATURE_PREFIX_UNKNOWN, 9, 6, "« environnement » n'est pas reconnu");
    expect(byRule, ScdlRule.BUDGET_YEAR_FORMAT, 10, 8, "« 17/18 »");
    expect(byRule, ScdlRule.BUDGET_YEAR_INTERVAL, 11, 8, "la seconde année doit suivre");
    expect(byRule, ScdlRule.BUDGET_COHESIVE, 12, 0, "renseignée : BUDGET_ANNEE");
    expect(byRule, ScdlRule.INTEGER, 13, 14, "la valeur « 2O » de la colonne VOTE_POUR");
    expect(
        byRule,
        ScdlRule.VOTES_COHESIVE,
        14,
        0,
        "renseignées : VOTE_EFFECTIF, VOTE_REEL, VOTE_POUR");
    expect(byRule, ScdlRule.VOTE_SUM, 17, 13, "VOTE_REEL [30] devrait être égale à la somme");
    expect(byRule, ScdlRule.URL, 19, 17, "« pas une adresse »");
    expect(
        byRule,
        ScdlRule.REQUIRED,
        20,
        7,
        "une valeur doit être renseignée dans la colonne DELIB_OBJET");
    List<ValidationResult> compare = byRule.get(ScdlRule.COMPARE.iri().value());
    assertEquals(3, compare.size(), compare.toString());
    assertEquals(
        "The value of column VOTE_EFFECTIF [20] should be greater than or equal to the value of"
            + " column VOTE_REEL [30].",
        compare.get(0).message("en"));
    assertEquals(15, compare.get(0).sourceLocation().orElseThrow().line());
    assertEquals(
        "La valeur de la colonne VOTE_REEL [30] devrait être supérieure ou égale à la valeur de la"
            + " colonne VOTE_POUR [31].",
        compare.get(1).message("fr"));
    assertEquals(
        "La valeur de la colonne PREF_DATE [2017-10-01] devrait être supérieure ou égale à la"
            + " valeur de la colonne DELIB_DATE [2017-10-15].",
        compare.get(2).message("fr"));
    // Nothing else: each row breaks one rule, but for R15 whose 31 votes for also break the sum.
    assertEquals(2, byRule.get(ScdlRule.VOTE_SUM.iri().value()).size());
    assertEquals(20, report.results().size(), report.results().toString());
  }

  private static ValidationResult expect(
      Map<String, List<ValidationResult>> byRule, ScdlRule rule, long line, int column, String fr) {
    List<ValidationResult> rs =
        byRule.getOrDefault(rule.iri().value(), List.of()).stream()
            .filter(r -> r.sourceLocation().orElseThrow().line() == line)
            .toList();
    assertEquals(1, rs.size(), rule + ": " + byRule.get(rule.iri().value()));
    ValidationResult r = rs.get(0);
    assertEquals(line, r.sourceLocation().orElseThrow().line(), rule.name());
    assertEquals(column, r.sourceLocation().orElseThrow().column(), rule.name());
    assertTrue(r.message("fr").contains(fr), r.message("fr"));
    assertTrue(!r.message("en").equals(r.message("fr")), rule.name());
    assertEquals(Severity.VIOLATION, r.severity());
    return r;
  }

  @Test
  void rowsBreakingRulesAreImportedAndFlaggedNotDropped(@TempDir Path tmp) {
    ImportRun run = conforming(List.of(fixture("rules.csv")), tmp);
    SourceCount c = count(run, "rules.csv");
    assertEquals(19, c.read());
    // R19 has no object (a decision needs a title); every other row is imported.
    assertEquals(18, c.mapped());
    assertEquals(1, c.skipped());
    long flaggedRows =
        run.report().issues().stream()
            .filter(i -> i.kind() == ImportIssue.Kind.FLAGGED)
            .map(ImportIssue::line)
            .distinct()
            .count();
    assertEquals(18, flaggedRows);
    // The day-first date is read as what it means.
    Decision r3 =
        run.data(tmp)
            .get(Iri.of(BASE + "decision/21860194000016%2FR3"), Decision.class)
            .orElseThrow();
    assertEquals("2017-10-15", r3.date().lexical());
  }

  @Test
  void aMegalisStyleFileWithSemicolonsQuotesInsideQuotesAndExtraColumnsIsRead(@TempDir Path tmp)
      throws Exception {
    Path file = fixture("megalis.csv");
    ImportRun run = conforming(List.of(file), tmp);
    assertEquals(
        dataLines(file, Charset.forName("windows-1252")), count(run, "megalis.csv").mapped());
    DebateData data = run.data(tmp);
    Decision d =
        data.get(Iri.of(BASE + "decision/21220187000012%2FD2024-12"), Decision.class).orElseThrow();
    assertEquals("Motion \"Agir pour le climat\" adoptée", d.title().get("fr"));
    assertEquals(
        "Commune de Plérin",
        data.get(Iri.of(BASE + "body/21220187000012"), PublicBody.class).orElseThrow().name());
    String notes = run.report().toText();
    assertTrue(notes.contains("EXTRA_COLUMN [PUBLICATION_DATE]"), notes);
    assertTrue(notes.contains("';' as separator"), notes);
    assertTrue(notes.contains("unescaped quotes"), notes);
    assertTrue(
        run.ntriples().contains("<" + BASE + "vocab#column/NATURE_ACTE> \"Délibération\""),
        run.ntriples());
  }

  @Test
  void theOlderColumnOrderIsReadByNameAndUnusableRowsAreSkippedWithTheirReason(@TempDir Path tmp) {
    ImportRun run = conforming(List.of(fixture("v20-order.csv")), tmp);
    SourceCount c = count(run, "v20-order.csv");
    assertEquals(5, c.read());
    assertEquals(2, c.mapped()); // the row without COLL_NOM is imported (flagged), named by SIRET
    List<String> reasons =
        run.report().issues().stream()
            .filter(i -> i.kind() == ImportIssue.Kind.SKIPPED)
            .map(i -> i.line() + " " + i.reason())
            .toList();
    assertEquals(
        List.of(
            "4 not a usable deliberation: COLL_SIRET is empty",
            "5 not a usable deliberation: DELIB_ID is empty",
            "6 not a usable deliberation: DELIB_DATE 'le onze février' is not a date"),
        reasons);
    assertTrue(run.report().toText().contains("DISORDERED_COLUMNS"), run.report().toText());
    Decision d =
        run.data(tmp)
            .get(Iri.of(BASE + "decision/21750170000017%2F2019%20DFA%2012"), Decision.class)
            .orElseThrow();
    assertEquals("Budget primitif 2019", d.title().get("fr"));
  }

  @Test
  void siretCheckDigitsFollowLuhnAndLaPosteSRule() {
    assertTrue(Siret.isValid("21860194000016"));
    assertTrue(!Siret.isValid("21860194000017"));
    assertTrue(Siret.isValid("35600000000048")); // La Poste head office (Luhn)
    assertTrue(Siret.isValid("35600000049837")); // La Poste establishment: digit sum 45
    assertTrue(!Siret.isValid("3560000004983"));
  }
}
