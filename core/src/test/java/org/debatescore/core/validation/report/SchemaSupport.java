package org.debatescore.core.validation.report;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/** Loads JSON Schemas from the class path and checks documents against them. */
final class SchemaSupport {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private SchemaSupport() {}

  static JsonSchema schema(String resource, SpecVersion.VersionFlag version) {
    try (InputStream in = SchemaSupport.class.getClassLoader().getResourceAsStream(resource)) {
      assertNotNull(in, resource + " is not on the class path");
      return JsonSchemaFactory.getInstance(version).getSchema(MAPPER.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode assertValid(JsonSchema schema, String json) {
    try {
      JsonNode node = MAPPER.readTree(json);
      Set<ValidationMessage> errors = schema.validate(node);
      assertTrue(errors.isEmpty(), () -> "schema errors: " + errors + "\n" + json);
      return node;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
