package org.debatescore.core.json;

import static org.debatescore.core.testing.DataAssertions.assertSameData;
import static org.debatescore.core.testing.DataAssertions.assertSameTriples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.debatescore.core.mapping.EntityHandler;
import org.debatescore.core.mapping.ModelReader;
import org.debatescore.core.mapping.ModelWriter;
import org.debatescore.core.model.DebateData;
import org.debatescore.core.model.Entity;
import org.debatescore.core.rdf.Triple;
import org.debatescore.core.testing.DebateGenerators;
import org.junit.jupiter.api.Test;

/** Plain JSON loses nothing either. Prefixes are not part of the JSON, so they are ignored. */
class JsonRoundTripProperties {

  private static final DebateJsonWriter WRITER = new DebateJsonWriter();
  private static final DebateJsonWriter COMPACT = new DebateJsonWriter().pretty(false);
  private static final DebateJsonWriter NESTED = new DebateJsonWriter().nested(true);
  private static final DebateJsonReader READER = new DebateJsonReader();

  static DebateData noPrefixes(DebateData d) {
    return d.withPrefixes(Map.of());
  }

  @Test
  void modelToJsonToModelIsEqualAndJsonIsAFixedPoint() {
    qt().forAll(DebateGenerators.debates())
        .checkAssert(
            data -> {
              String json = WRITER.writeToString(data);
              DebateData back = READER.read(json, "generated.json");
              assertSameData(noPrefixes(data), back);
              assertEquals(json, WRITER.writeToString(back), "JSON -> model -> JSON");
            });
  }

  @Test
  void nestedJsonReadsBackToTheSameModel() {
    qt().forAll(DebateGenerators.debates())
        .checkAssert(
            data -> {
              String json = NESTED.writeToString(data);
              assertSameData(noPrefixes(data), READER.read(json, "nested.json"));
            });
  }

  @Test
  void streamedJsonReadsBackEntityByEntity() {
    qt().forAll(DebateGenerators.debates())
        .checkAssert(
            data -> {
              ByteArrayOutputStream out = new ByteArrayOutputStream();
              try (DebateJsonWriter.Stream s = COMPACT.open(out)) {
                data.entities().forEach(s::write);
                data.otherTriples().forEach(s::write);
              }
              List<Entity> entities = new ArrayList<>();
              DebateData.Builder others = DebateData.builder();
              READER.read(
                  new ByteArrayInputStream(out.toByteArray()),
                  "streamed.json",
                  new EntityHandler() {
                    @Override
                    public void entity(Entity entity) {
                      entities.add(entity);
                      others.add(entity);
                    }

                    @Override
                    public void otherTriple(Triple triple) {
                      others.otherTriple(triple);
                    }
                  });
              assertEquals(new ArrayList<>(data.entities()), entities);
              assertSameData(noPrefixes(data), others.build());
            });
  }

  @Test
  void anyTriplesSurviveJson() {
    qt().forAll(DebateGenerators.tripleSets())
        .checkAssert(
            triples -> {
              DebateData data = ModelReader.read(triples);
              String json = WRITER.writeToString(data);
              DebateData back = READER.read(json, "triples.json");
              assertSameTriples(triples, ModelWriter.toTriples(back));
              assertEquals(json, WRITER.writeToString(back));
            });
  }

  static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
