package org.debatescore.core.validation.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonReportRendererTest {

  private static final JsonSchema SCHEMA =
      SchemaSupport.schema(JsonReportRenderer.SCHEMA_RESOURCE, SpecVersion.VersionFlag.V202012);

  private final JsonReportRenderer renderer = new JsonReportRenderer();

  @Test
  void reportWithResultsMatchesTheSchemaAndKeepsEveryField() {
    JsonNode json = SchemaSupport.assertValid(SCHEMA, renderer.render(SampleReports.withResults()));
    assertEquals("debatescore-validation-report", json.get("format").asText());
    assertFalse(json.get("conforms").asBoolean());
    assertEquals(5, json.at("/counts/violation").asInt());
    assertEquals(1, json.at("/counts/warning").asInt());
    assertEquals(1, json.at("/counts/info").asInt());
    assertEquals(7, json.at("/counts/total").asInt());
    assertEquals(7, json.get("results").size());
    JsonNode first = json.at("/results/0");
    assertEquals("violation", first.get("severity").asText());
    assertEquals("iri", first.at("/focusNode/type").asText());
    assertEquals("http://purl.org/dc/terms/title", first.get("path").asText());
    assertTrue(first.get("value").isNull());
    assertEquals("debate.ttl", first.at("/location/source").asText());
    assertEquals(10, first.at("/location/line").asInt());
    assertEquals(1, first.at("/location/column").asInt());
    assertEquals(
        "Une proposition doit avoir un titre (dct:title).", first.at("/messages/fr").asText());
    assertEquals("https://w3id.org/debatescore/ns#Proposal", first.get("specLink").asText());

    JsonNode nasty = json.at("/results/5");
    assertEquals("bnode", nasty.at("/sourceShape/type").asText());
    assertEquals("literal", nasty.at("/value/type").asText());
    assertEquals("fr", nasty.at("/value/language").asText());
    assertTrue(nasty.at("/value/value").asText().startsWith("<script>"));
    assertTrue(json.at("/results/6/location").isNull());
  }

  @Test
  void emptyAndTruncatedReportsMatchTheSchema() {
    JsonNode empty = SchemaSupport.assertValid(SCHEMA, renderer.render(SampleReports.empty()));
    assertTrue(empty.get("conforms").asBoolean());
    assertTrue(empty.get("truncationReason").isNull());

    JsonNode cut = SchemaSupport.assertValid(SCHEMA, renderer.render(SampleReports.truncated()));
    assertTrue(cut.get("truncated").asBoolean());
    assertEquals("more than 2 results", cut.get("truncationReason").asText());
    assertEquals(15, cut.at("/counts/total").asInt());
    assertEquals(2, cut.get("reported").asInt());
  }

  @Test
  void schemaRejectsAReportWithAnUnknownSeverity() throws Exception {
    JsonNode json = SchemaSupport.MAPPER.readTree(renderer.render(SampleReports.withResults()));
    ((com.fasterxml.jackson.databind.node.ObjectNode) json.at("/results/0"))
        .put("severity", "fatal");
    Set<ValidationMessage> errors = SCHEMA.validate(json);
    assertFalse(errors.isEmpty());
  }
}
