package org.debatescore.jena.validation;

import static org.debatescore.jena.validation.Fixtures.DBSH;
import static org.debatescore.jena.validation.Fixtures.DCT;
import static org.debatescore.jena.validation.Fixtures.SH;
import static org.debatescore.jena.validation.Fixtures.VALIDATOR;
import static org.debatescore.jena.validation.Fixtures.only;
import static org.debatescore.jena.validation.Fixtures.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.debatescore.core.LimitExceededException;
import org.debatescore.core.ParseException;
import org.debatescore.core.SourceLocation;
import org.debatescore.core.UnsupportedFormatException;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.RdfFormat;
import org.debatescore.core.validation.Severity;
import org.debatescore.core.validation.ValidationException;
import org.debatescore.core.validation.ValidationOptions;
import org.debatescore.core.validation.ValidationReport;
import org.debatescore.core.validation.ValidationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JenaShaclValidatorTest {

  private static final String EX = "https://example.org/located/";

  @Test
  void turtleResultsPointAtTheLineAndColumnOfTheFocusNode() {
    Path file = resource("located.ttl");
    ValidationReport report = VALIDATOR.validate(file);
    assertFalse(report.conforms());
    assertEquals(2, report.count(Severity.VIOLATION), () -> report.results().toString());

    ValidationResult title = only(report, EX + "proposal", DBSH + "Proposal-title");
    assertEquals(Severity.VIOLATION, title.severity());
    assertEquals(DCT + "title", title.path());
    assertEquals(Iri.of(SH + "MinCountConstraintComponent"), title.constraintComponent());
    assertEquals(SourceLocation.of(file.toString(), 15, 1), title.sourceLocation().orElseThrow());

    ValidationResult text = only(report, EX + "comment", DBSH + "Comment-text");
    assertEquals(SourceLocation.of(file.toString(), 22, 5), text.sourceLocation().orElseThrow());
    assertEquals(List.of(file.toString()), report.inputs());
  }

  @Test
  void nTriplesResultsPointAtTheFirstLineOfTheSubject() {
    Path file = resource("located.nt");
    ValidationReport report = VALIDATOR.validate(file);
    assertEquals(2, report.count(Severity.VIOLATION));
    SourceLocation title =
        only(report, EX + "proposal", DBSH + "Proposal-title").sourceLocation().orElseThrow();
    assertEquals(file.toString(), title.source());
    assertEquals(8, title.line());
    assertEquals(1, title.column());
    assertEquals(
        13,
        only(report, EX + "comment", DBSH + "Comment-text").sourceLocation().orElseThrow().line());
  }

  @Test
  void jsonLdResultsPointAtTheIdOfTheNodeObject() {
    Path file = resource("located.jsonld");
    ValidationReport report = VALIDATOR.validate(file);
    assertEquals(2, report.count(Severity.VIOLATION), () -> report.results().toString());
    SourceLocation title =
        only(report, EX + "proposal", DBSH + "Proposal-title").sourceLocation().orElseThrow();
    assertEquals(file.toString(), title.source());
    assertEquals(25, title.line());
    assertTrue(title.column() > 0);
    assertEquals(
        36,
        only(report, EX + "comment", DBSH + "Comment-text").sourceLocation().orElseThrow().line());
  }

  @Test
  void referencesAcrossFilesAreResolved() {
    Path debate = resource("cross-debate.ttl");
    Path proposal = resource("cross-proposal.ttl");
    ValidationReport both = VALIDATOR.validate(List.of(debate, proposal));
    assertEquals(0, both.count(Severity.VIOLATION), () -> both.results().toString());
    assertEquals(List.of(debate.toString(), proposal.toString()), both.inputs());

    ValidationReport alone = VALIDATOR.validate(proposal);
    ValidationResult dangling =
        only(alone, "https://example.org/cross/proposal", DBSH + "Contribution-debate");
    assertEquals(Iri.of(SH + "ClassConstraintComponent"), dangling.constraintComponent());
    assertEquals(Iri.of("https://example.org/cross/debate"), dangling.value());
    assertEquals(6, dangling.sourceLocation().orElseThrow().line());
  }

  @Test
  void messagesInFrenchAndFallBackToEnglish() {
    Path file = resource("located.ttl");
    ValidationReport fr =
        VALIDATOR.validate(List.of(file), ValidationOptions.builder().language("fr").build());
    assertEquals("fr", fr.language());
    ValidationResult title = only(fr, EX + "proposal", DBSH + "Proposal-title");
    assertTrue(title.message().startsWith("Une proposition doit avoir un titre"), title.message());
    assertEquals("titre", title.shapeName());
    assertTrue(title.messages().get("en").startsWith("A proposal must have a title"));
    assertEquals("https://w3id.org/debatescore/ns#Proposal", title.specLink());

    ValidationReport frCa =
        VALIDATOR.validate(List.of(file), ValidationOptions.builder().language("fr-CA").build());
    assertEquals(title.message(), only(frCa, EX + "proposal", DBSH + "Proposal-title").message());

    ValidationReport de =
        VALIDATOR.validate(List.of(file), ValidationOptions.builder().language("de").build());
    assertEquals("en", de.language());
    ValidationResult german = only(de, EX + "proposal", DBSH + "Proposal-title");
    assertTrue(german.message().startsWith("A proposal must have a title"), german.message());
    assertEquals("title", german.shapeName());
  }

  @Test
  void extraShapesAddRulesAndBorrowTheNodeShapeLink() {
    Path file = resource("located.ttl");
    ValidationOptions options =
        ValidationOptions.builder()
            .language("fr")
            .extraShapes(resource("extra-shapes.ttl"))
            .build();
    ValidationReport report = VALIDATOR.validate(List.of(file), options);
    assertTrue(report.shapes().contains(resource("extra-shapes.ttl").toString()));
    assertTrue(report.shapes().get(0).startsWith("debatescore-shapes.ttl "));

    ValidationResult homepage =
        only(report, EX + "alice", "https://example.org/extra-shapes#Person-homepage");
    assertEquals(Severity.WARNING, homepage.severity());
    assertTrue(homepage.message().startsWith("A person should have a homepage"), "English");
    assertEquals("https://example.org/local-profile#Person", homepage.specLink());
    assertEquals(10, homepage.sourceLocation().orElseThrow().line());

    ValidationResult mbox =
        only(report, EX + "alice", "https://example.org/extra-shapes#Person-mbox");
    assertEquals(Severity.INFO, mbox.severity());
    assertFalse(mbox.message().isBlank(), "the engine's message when the shape has none");
    assertNull(mbox.shapeName());
  }

  @Test
  void profileMustKeepsOnlyViolationsAndNoneNeedsExtraShapes() {
    Path file = resource("located.ttl");
    ValidationOptions must =
        ValidationOptions.builder()
            .extraShapes(resource("extra-shapes.ttl"))
            .profile(ValidationOptions.Profile.MUST)
            .build();
    ValidationReport report = VALIDATOR.validate(List.of(file), must);
    assertEquals(2, report.total());
    assertTrue(report.results().stream().allMatch(r -> r.severity() == Severity.VIOLATION));

    ValidationOptions none =
        ValidationOptions.builder()
            .extraShapes(resource("extra-shapes.ttl"))
            .profile(ValidationOptions.Profile.NONE)
            .build();
    ValidationReport local = VALIDATOR.validate(List.of(file), none);
    assertEquals(0, local.count(Severity.VIOLATION));
    assertEquals(1, local.count(Severity.WARNING));
    assertEquals(1, local.count(Severity.INFO));

    ValidationOptions nothing =
        ValidationOptions.builder().profile(ValidationOptions.Profile.NONE).build();
    assertThrows(ValidationException.class, () -> VALIDATOR.validate(List.of(file), nothing));
  }

  @Test
  void limitsTruncateTheReportButCountsStayTrue(@TempDir Path dir) throws IOException {
    StringBuilder ttl =
        new StringBuilder(
            "@prefix dbs: <https://w3id.org/debatescore/ns#> .\n"
                + "@prefix dct: <http://purl.org/dc/terms/> .\n"
                + "<https://example.org/d> a dbs:Debate ; dct:title \"D\"@en ;"
                + " dct:license <https://creativecommons.org/licenses/by/4.0/> .\n");
    for (int i = 0; i < 30; i++) {
      ttl.append("<https://example.org/p")
          .append(i)
          .append("> a dbs:Proposal ; dbs:debate <https://example.org/d> .\n");
    }
    Path file = dir.resolve("many.ttl");
    Files.writeString(file, ttl.toString());

    ValidationReport full =
        VALIDATOR.validate(List.of(file), ValidationOptions.builder().unlimitedResults().build());
    assertFalse(full.truncated());
    assertEquals(30, full.count(Severity.VIOLATION));
    int total = full.total();

    ValidationReport perShape =
        VALIDATOR.validate(
            List.of(file), ValidationOptions.builder().maxResultsPerShape(4).build());
    assertTrue(perShape.truncated());
    assertEquals(total, perShape.total());
    assertTrue(perShape.truncationReason().contains("per shape"), perShape.truncationReason());
    assertEquals(
        4,
        perShape.results().stream()
            .filter(r -> r.sourceShape().equals(Iri.of(DBSH + "Proposal-title")))
            .count());

    ValidationReport overall =
        VALIDATOR.validate(List.of(file), ValidationOptions.builder().maxResults(5).build());
    assertTrue(overall.truncated());
    assertEquals(5, overall.results().size());
    assertEquals(total, overall.total());
    assertTrue(overall.truncationReason().contains("in all"));
    assertTrue(
        overall.results().stream().allMatch(r -> r.severity() == Severity.VIOLATION),
        "the most serious results are kept");
    assertEquals(
        List.of(4L, 5L, 6L, 7L, 8L),
        overall.results().stream().map(r -> r.sourceLocation().orElseThrow().line()).toList(),
        "then the earliest in the file");
  }

  @Test
  void streamsAreValidatedUnderTheirName() {
    String ttl =
        "@prefix dbs: <https://w3id.org/debatescore/ns#> .\n"
            + "\n"
            + "<https://example.org/q> a dbs:Question .\n";
    InputStream in = new ByteArrayInputStream(ttl.getBytes(StandardCharsets.UTF_8));
    ValidationReport report = VALIDATOR.validate(in, RdfFormat.TURTLE, "upload.ttl");
    assertEquals(List.of("upload.ttl"), report.inputs());
    assertFalse(report.conformsAt(Severity.VIOLATION));
    assertTrue(
        report.results().stream()
            .allMatch(
                r ->
                    r.sourceLocation()
                        .orElseThrow()
                        .equals(SourceLocation.of("upload.ttl", 3, 1))));
  }

  @Test
  void validationThatCannotRunThrows(@TempDir Path dir) throws IOException {
    Path broken = dir.resolve("broken.ttl");
    Files.writeString(
        broken,
        "@prefix dbs: <https://w3id.org/debatescore/ns#> .\n\n<https://example.org/x> a dbs:Debate , .\n");
    ParseException syntax =
        assertThrows(ParseException.class, () -> VALIDATOR.validate(List.of(broken)));
    assertEquals(broken.toString(), syntax.location().source());
    assertEquals(3, syntax.location().line());

    assertThrows(
        UnsupportedFormatException.class,
        () -> VALIDATOR.validate(List.of(dir.resolve("data.unknown"))));
    assertThrows(
        ParseException.class, () -> VALIDATOR.validate(List.of(dir.resolve("missing.ttl"))));
    assertThrows(ValidationException.class, () -> VALIDATOR.validate(List.of()));

    Path big = resource("located.ttl");
    LimitExceededException tooBig =
        assertThrows(
            LimitExceededException.class,
            () ->
                VALIDATOR.validate(
                    List.of(big), ValidationOptions.builder().maxInputBytes(100).build()));
    assertTrue(tooBig.getMessage().contains("100"));
  }
}
