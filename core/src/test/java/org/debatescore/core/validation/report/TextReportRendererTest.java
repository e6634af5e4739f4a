package org.debatescore.core.validation.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.debatescore.core.validation.ValidationReport;
import org.junit.jupiter.api.Test;

class TextReportRendererTest {

  @Test
  void summaryFirstThenGroupsWithFirstLocationsAndMore() {
    String text = new TextReportRenderer().render(SampleReports.withResults());
    List<String> lines = text.lines().toList();
    assertEquals("Debatescore validation report: DOES NOT CONFORM", lines.get(0));
    assertEquals("  5 violations, 1 warning, 1 info", lines.get(1));
    assertEquals("  2 inputs: debate.ttl, dir with space/ç:odd.ttl", lines.get(2));
    int group = lines.indexOf("VIOLATION  Proposal-title (Proposal title) — 5 results");
    assertTrue(group > 3, text);
    assertEquals("  A proposal must have a title (dct:title).", lines.get(group + 1));
    assertEquals(
        "  path: dct:title · see: https://w3id.org/debatescore/ns#Proposal"
            + " · shape: dbsh:Proposal-title",
        lines.get(group + 2));
    assertEquals(
        "    debate.ttl:10:1  <https://example.org/debate/proposal/1>", lines.get(group + 3));
    assertEquals(
        "    debate.ttl:30:1  <https://example.org/debate/proposal/3>", lines.get(group + 5));
    assertEquals("    (+2 more)", lines.get(group + 6));
    assertTrue(text.indexOf("VIOLATION") < text.indexOf("WARNING"));
    assertTrue(text.indexOf("WARNING") < text.indexOf("INFO "));
    assertTrue(text.contains("(location unknown)  <https://example.org/debate/alice>"));
  }

  @Test
  void valuesAreShortAndOnOneLine() {
    String text = new TextReportRenderer().render(SampleReports.withResults());
    assertTrue(text.contains("value \"<script>alert(\"x\")</script> & 'quotes' \\ back slash tab"));
    assertFalse(text.contains("back\nslash"));
    assertTrue(text.contains("value \"007\"^^xsd:integer"));
  }

  @Test
  void groupsByMessage() {
    String text =
        new TextReportRenderer(Grouping.BY_MESSAGE, 1, null).render(SampleReports.withResults());
    assertTrue(text.contains("(+4 more)"));
  }

  @Test
  void frenchLabelsAndMessages() {
    ValidationReport fr =
        ValidationReport.builder()
            .result(SampleReports.missingTitle(1, 10).toBuilder().message(null).build())
            .language("fr")
            .input("debat.ttl")
            .build();
    String text =
        new TextReportRenderer()
            .render(
                ValidationReport.builder()
                    .results(
                        fr.results().stream()
                            .map(r -> r.toBuilder().message(r.message("fr")).build())
                            .toList())
                    .language("fr")
                    .input("debat.ttl")
                    .build());
    assertTrue(
        text.startsWith("Rapport de validation Debatescore : NON CONFORME\n")
            || text.startsWith("Rapport de validation Debatescore: NON CONFORME\n"),
        text);
    assertTrue(text.contains("1 violation, 0 avertissement, 0 information"), text);
    assertTrue(text.contains("Une proposition doit avoir un titre"));
    assertTrue(text.contains("1 fichier: debat.ttl") || text.contains("1 fichier : debat.ttl"));
  }

  @Test
  void conformingReport() {
    String text = new TextReportRenderer().render(SampleReports.empty());
    assertTrue(text.startsWith("Debatescore validation report: CONFORMS\n"));
    assertTrue(text.contains("No problems found."));
  }

  @Test
  void truncationIsReported() {
    String text = new TextReportRenderer().render(SampleReports.truncated());
    assertTrue(text.contains("  12 violations, 3 warnings, 0 infos"), text);
    assertTrue(text.contains("report truncated: 2 of 15 results shown (more than 2 results)"));
  }
}
