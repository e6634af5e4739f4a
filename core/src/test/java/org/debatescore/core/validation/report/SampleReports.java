package org.debatescore.core.validation.report;

import java.util.List;
import org.debatescore.core.SourceLocation;
import org.debatescore.core.rdf.BlankNode;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Literal;
import org.debatescore.core.validation.Severity;
import org.debatescore.core.validation.ValidationReport;
import org.debatescore.core.validation.ValidationResult;

/** Reports with awkward content for the renderer tests. */
final class SampleReports {

  static final String SH = "http://www.w3.org/ns/shacl#";
  static final String DBS = "https://w3id.org/debatescore/ns#";
  static final String DBSH = "https://w3id.org/debatescore/shapes#";
  static final String EX = "https://example.org/debate/";

  private SampleReports() {}

  static ValidationResult missingTitle(int i, long line) {
    return ValidationResult.builder()
        .focusNode(Iri.of(EX + "proposal/" + i))
        .path("http://purl.org/dc/terms/title")
        .constraintComponent(SH + "MinCountConstraintComponent")
        .sourceShape(Iri.of(DBSH + "Proposal-title"))
        .severity(Severity.VIOLATION)
        .message("en", "A proposal must have a title (dct:title).")
        .message("fr", "Une proposition doit avoir un titre (dct:title).")
        .sourceLocation(SourceLocation.of("debate.ttl", line, 1))
        .specLink(DBS + "Proposal")
        .shapeName("Proposal title")
        .detail("minCount[1]: Invalid cardinality: expected min 1: Got count = 0")
        .build();
  }

  /** A result whose every string tries to break out of its format. */
  static ValidationResult nasty() {
    return ValidationResult.builder()
        .focusNode(BlankNode.of("b0-x"))
        .path("^<" + DBS + "replyTo>/(<" + DBS + "supports>|<" + DBS + "attacks>)*")
        .value(
            Literal.lang(
                "<script>alert(\"x\")</script> & 'quotes' \\ back\nslash\ttab \u0001 é 😀", "fr"))
        .constraintComponent(SH + "SPARQLConstraintComponent")
        .sourceShape(BlankNode.of("shape-1"))
        .severity(Severity.WARNING)
        .message("en", "Odd <script>alert('x')</script> \"quoted\"\nmessage")
        .message("fr", "Message « bizarre » <b>gras</b>")
        .sourceLocation(SourceLocation.of("dir with space/ç:odd.ttl", 7, 3))
        .specLink("javascript:alert(1)")
        .build();
  }

  static ValidationResult infoWithoutLocation() {
    return ValidationResult.builder()
        .focusNode(Iri.of(EX + "alice"))
        .constraintComponent(SH + "MinCountConstraintComponent")
        .sourceShape(Iri.of(DBSH + "Participant-role"))
        .path(DBS + "role")
        .severity(Severity.INFO)
        .message("en", "A participant may have a role.")
        .value(Literal.typed("007", "http://www.w3.org/2001/XMLSchema#integer"))
        .build();
  }

  static ValidationReport withResults() {
    return ValidationReport.builder()
        .results(
            List.of(
                missingTitle(1, 10),
                missingTitle(2, 20),
                missingTitle(3, 30),
                missingTitle(4, 40),
                missingTitle(5, 50),
                nasty(),
                infoWithoutLocation()))
        .input("debate.ttl")
        .input("dir with space/ç:odd.ttl")
        .shapes("debatescore-shapes.ttl 0.1.0")
        .engine("test-engine 1.0")
        .language("en")
        .build();
  }

  static ValidationReport truncated() {
    return ValidationReport.builder()
        .results(List.of(missingTitle(1, 10), missingTitle(2, 20)))
        .counts(java.util.Map.of(Severity.VIOLATION, 12, Severity.WARNING, 3))
        .truncated("more than 2 results")
        .input("debate.ttl")
        .engine("test-engine 1.0")
        .build();
  }

  static ValidationReport empty() {
    return ValidationReport.builder().input("ok.ttl").engine("test-engine 1.0").build();
  }
}
