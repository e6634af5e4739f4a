package org.debatescore.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import org.debatescore.core.model.Comment;
import org.debatescore.core.model.Debate;
import org.debatescore.core.model.DebateData;
import org.debatescore.core.model.Extensions;
import org.debatescore.core.model.LangText;
import org.debatescore.core.model.Milestone;
import org.debatescore.core.model.Proposal;
import org.debatescore.core.model.Provenance;
import org.debatescore.core.model.TemporalValue;
import org.debatescore.core.rdf.BlankNode;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Literal;
import org.debatescore.vocab.Codes;
import org.junit.jupiter.api.Test;

class DebateJsonWriterTest {

  private static final Iri D = Iri.of("https://ex.org/d");

  @Test
  void writesThePlainJsonOfTheContext() {
    Proposal p =
        Proposal.builder()
            .id(Iri.of("https://ex.org/p/1"))
            .debate(D)
            .title("fr", "Réduire la vitesse")
            .title("en", "Reduce speed")
            .addAuthor(BlankNode.of("anon"))
            .created(TemporalValue.parse("2016-12-09T09:45:00+01:00"))
            .status(Iri.of(Codes.ProposalStatus.ACCEPTED))
            .endorsementCount(12L)
            .provenance(Provenance.builder().identifier("42").build())
            .extensions(
                Extensions.builder()
                    .add(Iri.of("http://example.org/note"), Literal.lang("à revoir", "fr"))
                    .add(
                        Iri.of("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                        Iri.of("http://www.w3.org/ns/prov#Entity"))
                    .build())
            .build();
    Milestone m =
        Milestone.builder()
            .id(Iri.of("https://ex.org/m"))
            .date(TemporalValue.parse("2017-01-01T10:00:00Z"))
            .progress(new BigDecimal("42.50"))
            .implementationStatus(Iri.of("https://example.org/custom-status"))
            .build();
    DebateData data = DebateData.builder().add(p).add(m).build();
    String json = new DebateJsonWriter().writeToString(data);
    String expected =
        """
        {
          "@context": "https://w3id.org/debatescore/ns/context.jsonld",
          "@graph": [
            {
              "id": "https://ex.org/p/1",
              "type": [
                "Proposal",
                "http://www.w3.org/ns/prov#Entity"
              ],
              "title": {
                "en": "Reduce speed",
                "fr": "Réduire la vitesse"
              },
              "debate": "https://ex.org/d",
              "author": [
                "_:anon"
              ],
              "created": "2016-12-09T09:45:00+01:00",
              "endorsementCount": 12,
              "status": "accepted",
              "identifier": "42",
              "http://example.org/note": [
                {
                  "@value": "à revoir",
                  "@language": "fr"
                }
              ]
            },
            {
              "id": "https://ex.org/m",
              "type": "Milestone",
              "date": {
                "@value": "2017-01-01T10:00:00Z",
                "@type": "xsd:dateTime"
              },
              "implementationStatus": "https://example.org/custom-status",
              "progress": "42.50"
            }
          ]
        }""";
    assertEquals(expected, json);
  }

  @Test
  void nestedFormPutsContentUnderItsDebate() throws Exception {
    Debate d = Debate.builder().id(D).title(LangText.of("en", "D")).build();
    Comment c =
        Comment.builder()
            .id(Iri.of("https://ex.org/c"))
            .debate(D)
            .text(LangText.of("en", "hi"))
            .build();
    Comment elsewhere =
        Comment.builder()
            .id(Iri.of("https://ex.org/c2"))
            .debate(Iri.of("https://ex.org/other"))
            .text(LangText.of("en", "yo"))
            .build();
    DebateData data = DebateData.builder().add(c).add(d).add(elsewhere).build();
    String json = new DebateJsonWriter().nested(true).writeToString(data);
    JsonNode graph = new ObjectMapper().readTree(json).get("@graph");
    assertEquals(2, graph.size());
    JsonNode debate = graph.get(0);
    assertEquals("Debate", debate.get("type").asText());
    assertEquals("https://ex.org/c", debate.get("contains").get(0).get("id").asText());
    assertTrue(debate.get("contains").get(0).get("debate") == null);
    assertEquals("https://ex.org/other", graph.get(1).get("debate").asText());
    assertEquals(data, new DebateJsonReader().read(json, "nested"));
  }

  @Test
  void codesThatWouldExpandWronglyAreWrittenInFull() {
    assertTrue(DebateJsonWriter.isPlainCode("in-progress"));
    assertTrue(DebateJsonWriter.isPlainCode("A_b.c"));
    assertTrue(!DebateJsonWriter.isPlainCode("a:b"));
    assertTrue(!DebateJsonWriter.isPlainCode("é"));
    assertTrue(!DebateJsonWriter.isPlainCode(""));
    Proposal p =
        Proposal.builder()
            .id(Iri.of("https://ex.org/p"))
            .debate(D)
            .title("en", "t")
            .status(Iri.of(Codes.ProposalStatus.NS + "title"))
            .build();
    String json =
        new DebateJsonWriter().pretty(false).writeToString(DebateData.builder().add(p).build());
    assertTrue(json.contains("\"status\":\"" + Codes.ProposalStatus.NS + "title\""), json);
    assertEquals(p, new DebateJsonReader().read(json, "x").all(Proposal.class).get(0));
  }
}
