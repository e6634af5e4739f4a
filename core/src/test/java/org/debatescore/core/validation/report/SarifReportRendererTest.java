package org.debatescore.core.validation.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.SpecVersion;
import org.debatescore.core.validation.Severity;
import org.junit.jupiter.api.Test;

class SarifReportRendererTest {

  /** The SARIF 2.1.0 schema, vendored from @microsoft/jest-sarif (MIT; see NOTICE). */
  private static final JsonSchema SARIF =
      SchemaSupport.schema(
          "org/debatescore/core/validation/report/sarif-2.1.0-rtm.5.json",
          SpecVersion.VersionFlag.V4);

  private final SarifReportRenderer renderer = new SarifReportRenderer();

  @Test
  void reportWithResultsIsValidSarif() {
    JsonNode log = SchemaSupport.assertValid(SARIF, renderer.render(SampleReports.withResults()));
    assertEquals("2.1.0", log.get("version").asText());
    JsonNode run = log.at("/runs/0");
    assertEquals("debatescore", run.at("/tool/driver/name").asText());
    JsonNode rules = run.at("/tool/driver/rules");
    assertEquals(3, rules.size(), "one rule per shape");
    assertEquals("https://w3id.org/debatescore/shapes#Proposal-title", rules.at("/0/id").asText());
    assertEquals("https://w3id.org/debatescore/ns#Proposal", rules.at("/0/helpUri").asText());
    assertEquals("Proposal-title (Proposal title)", rules.at("/0/shortDescription/text").asText());
    assertEquals("Proposal-title", rules.at("/0/name").asText());
    assertTrue(rules.at("/1/helpUri").isMissingNode(), "javascript: link is not a help URI");

    JsonNode results = run.get("results");
    assertEquals(7, results.size());
    JsonNode first = results.get(0);
    assertEquals(
        "https://w3id.org/debatescore/shapes#Proposal-title", first.get("ruleId").asText());
    assertEquals(0, first.get("ruleIndex").asInt());
    assertEquals("error", first.get("level").asText());
    assertEquals("A proposal must have a title (dct:title).", first.at("/message/text").asText());
    JsonNode phys = first.at("/locations/0/physicalLocation");
    assertEquals("debate.ttl", phys.at("/artifactLocation/uri").asText());
    assertEquals(10, phys.at("/region/startLine").asInt());
    assertEquals(1, phys.at("/region/startColumn").asInt());

    JsonNode nasty = results.get(5);
    assertEquals("warning", nasty.get("level").asText());
    assertEquals(
        "dir%20with%20space/%C3%A7:odd.ttl",
        nasty.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
    assertEquals("note", results.get(6).get("level").asText());
    assertTrue(results.get(6).at("/locations/0/physicalLocation").isMissingNode());
    assertFalse(run.at("/properties/conforms").asBoolean());
  }

  @Test
  void emptyAndTruncatedReportsAreValidSarif() {
    JsonNode empty = SchemaSupport.assertValid(SARIF, renderer.render(SampleReports.empty()));
    assertEquals(0, empty.at("/runs/0/results").size());
    JsonNode cut = SchemaSupport.assertValid(SARIF, renderer.render(SampleReports.truncated()));
    assertTrue(cut.at("/runs/0/properties/truncated").asBoolean());
  }

  @Test
  void levelsFollowSeverities() {
    assertEquals("error", SarifReportRenderer.level(Severity.VIOLATION));
    assertEquals("warning", SarifReportRenderer.level(Severity.WARNING));
    assertEquals("note", SarifReportRenderer.level(Severity.INFO));
  }

  @Test
  void artifactUrisAreUriReferences() {
    assertEquals("debate.ttl", SarifReportRenderer.artifactUri("debate.ttl"));
    assertEquals("a/b%20c.ttl", SarifReportRenderer.artifactUri("a\\b c.ttl"));
    assertEquals("./c:d.ttl", SarifReportRenderer.artifactUri("c:d.ttl"));
    assertEquals("file:///tmp/x%20y.ttl", SarifReportRenderer.artifactUri("/tmp/x y.ttl"));
    assertEquals(
        "https://example.org/d.ttl", SarifReportRenderer.artifactUri("https://example.org/d.ttl"));
  }
}
