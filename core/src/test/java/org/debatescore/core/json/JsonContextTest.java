package org.debatescore.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.debatescore.core.mapping.ClassMapping;
import org.debatescore.core.mapping.DebateMapping;
import org.debatescore.core.mapping.FieldMapping;
import org.debatescore.core.model.Provenance;
import org.debatescore.vocab.DBS;
import org.debatescore.vocab.DebatescoreVocabulary;
import org.junit.jupiter.api.Test;

/** The JSON terms of the mapping tables are exactly those of the bundled JSON-LD context. */
class JsonContextTest {

  private static final String XSD = "http://www.w3.org/2001/XMLSchema#";

  private static List<FieldMapping<?, ?>> allFields() {
    List<FieldMapping<?, ?>> fields = new ArrayList<>();
    for (ClassMapping<?, ?> m : DebateMapping.all()) {
      fields.addAll(m.fields());
    }
    for (FieldMapping<Provenance, ?> f : DebateMapping.PROVENANCE) {
      fields.add(f);
    }
    return fields;
  }

  @Test
  void everyMappedTermIsDefinedAlikeInTheContext() {
    JsonContext ctx = JsonContext.debatescore(null);
    List<String> problems = new ArrayList<>();
    for (FieldMapping<?, ?> f : allFields()) {
      JsonContext.Term t = ctx.term(f.jsonTerm());
      if (t == null) {
        problems.add(f.jsonTerm() + ": not in the context");
        continue;
      }
      if (!t.iri.equals(f.predicate().value()) || t.reverse) {
        problems.add(f.jsonTerm() + ": context says " + t.iri + ", mapping " + f.predicate());
      }
      String expectedType =
          switch (f.kind()) {
            case LANG_TEXT -> null;
            case STRING -> t.typeMapping == null ? null : XSD + "string";
            case DATE_TIME -> XSD + "dateTime";
            case DATE_OR_DATE_TIME ->
                f.predicate().value().equals("http://purl.org/dc/terms/date")
                    ? XSD + "date"
                    : XSD + "dateTime";
            case IRI, REFERENCE -> "@id";
            case CODE -> "@vocab";
            case NON_NEGATIVE_INTEGER -> XSD + "nonNegativeInteger";
            case DECIMAL -> XSD + "decimal";
            case BOOLEAN -> XSD + "boolean";
          };
      if (!java.util.Objects.equals(expectedType, t.typeMapping)) {
        problems.add(f.jsonTerm() + ": type " + t.typeMapping + ", expected " + expectedType);
      }
      boolean languageMap = f.kind() == org.debatescore.core.mapping.ValueKind.LANG_TEXT;
      if (languageMap != t.isLanguageMap()) {
        problems.add(f.jsonTerm() + ": language container mismatch");
      }
      if (!java.util.Objects.equals(f.codeNamespace(), t.scopedVocab)) {
        problems.add(
            f.jsonTerm() + ": code namespace " + t.scopedVocab + " vs " + f.codeNamespace());
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everyContextTermIsMappedOrStructural() throws IOException {
    JsonNode ctx;
    try (InputStream in = DebatescoreVocabulary.context()) {
      ctx = new ObjectMapper().readTree(in).get("@context");
    }
    assertNotNull(ctx);
    TreeSet<String> mapped = new TreeSet<>();
    allFields().forEach(f -> mapped.add(f.jsonTerm()));
    List<String> unmapped = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> it = ctx.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String name = e.getKey();
      boolean prefix = e.getValue().isTextual();
      boolean reverse = e.getValue().has("@reverse");
      if (!name.startsWith("@") && !prefix && !reverse && !mapped.contains(name)) {
        unmapped.add(name);
      }
    }
    assertEquals(List.of(), unmapped, "context terms that no field uses");
  }

  @Test
  void reverseTermsAndAliases() {
    JsonContext ctx = JsonContext.debatescore(null);
    assertEquals("@id", ctx.keyword("id"));
    assertEquals("@type", ctx.keyword("type"));
    Map<String, String> reverse =
        Map.of(
            "contains", DBS.debate,
            "replies", DBS.replyTo,
            "supportedBy", DBS.supports,
            "attackedBy", DBS.attacks);
    reverse.forEach(
        (term, iri) -> {
          JsonContext.Term t = ctx.term(term);
          assertNotNull(t, term);
          assertTrue(t.reverse, term);
          assertEquals(iri, t.iri, term);
        });
    assertEquals(DBS.NS, ctx.vocab);
  }
}
