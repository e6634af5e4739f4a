package org.debatescore.core.mapping;

import static org.debatescore.core.testing.DataAssertions.assertSameData;
import static org.debatescore.core.testing.DataAssertions.assertSameTriples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.debatescore.core.model.DebateData;
import org.debatescore.core.model.Entity;
import org.debatescore.core.rdf.Resource;
import org.debatescore.core.rdf.Triple;
import org.debatescore.core.testing.DebateGenerators;
import org.junit.jupiter.api.Test;

/** The mapping is lossless in both directions. */
class RdfRoundTripProperties {

  @Test
  void modelToTriplesToModelIsEqual() {
    qt().forAll(DebateGenerators.debates())
        .checkAssert(
            data -> {
              ModelReader reader = ModelReader.collecting();
              ModelWriter.write(data, reader);
              assertSameData(data, reader.result());
            });
  }

  @Test
  void streamingWriterToGroupedReaderGivesTheSameEntities() {
    qt().forAll(DebateGenerators.debates())
        .checkAssert(
            data -> {
              DebateData.Builder back = DebateData.builder();
              ModelReader reader =
                  ModelReader.grouped(
                      new EntityHandler() {
                        @Override
                        public void entity(Entity entity) {
                          back.add(entity);
                        }

                        @Override
                        public void otherTriple(Triple triple) {
                          back.otherTriple(triple);
                        }

                        @Override
                        public void prefix(String prefix, String namespace) {
                          back.prefix(prefix, namespace);
                        }
                      });
              try (DebateWriter w = new DebateWriter(reader, data.prefixes())) {
                for (Entity e : data.entities()) {
                  w.write(e);
                }
                for (Triple t : data.otherTriples()) {
                  w.write(t);
                }
              }
              DebateData result = back.build();
              assertSameData(data, result);
              assertEquals(
                  new ArrayList<>(data.entities()),
                  new ArrayList<>(result.entities()),
                  "entity order");
            });
  }

  @Test
  void anyTriplesToModelToTriplesAreTheSameSet() {
    qt().forAll(DebateGenerators.tripleSets())
        .checkAssert(
            triples -> {
              DebateData data = ModelReader.read(triples);
              assertSameTriples(triples, ModelWriter.toTriples(data));
              // And the model read is a fixed point.
              assertSameData(data, ModelReader.read(ModelWriter.toTriples(data)));
            });
  }

  @Test
  void anyTriplesGroupedBySubjectStreamToTheSameSet() {
    qt().forAll(DebateGenerators.tripleSets())
        .checkAssert(
            triples -> {
              List<Triple> sorted = groupBySubject(triples);
              List<Triple> out = new ArrayList<>();
              ModelReader reader =
                  ModelReader.grouped(
                      new EntityHandler() {
                        @Override
                        public void entity(Entity entity) {
                          out.addAll(ModelWriter.toTriples(entity));
                        }

                        @Override
                        public void otherTriple(Triple triple) {
                          out.add(triple);
                        }
                      });
              sorted.forEach(reader::triple);
              reader.finish();
              assertSameTriples(triples, out);
            });
  }

  @Test
  void scatteredStatementsAreMergedWhenCollecting() {
    qt().forAll(DebateGenerators.tripleSets())
        .checkAssert(
            triples -> {
              DebateData inOrder = ModelReader.read(groupBySubject(triples));
              List<Triple> reversed = new ArrayList<>(triples);
              java.util.Collections.reverse(reversed);
              DebateData scattered = ModelReader.read(reversed);
              assertSameTriples(triples, ModelWriter.toTriples(scattered));
              assertEquals(
                  inOrder.entities().stream().map(Entity::id).sorted(ID_ORDER).toList(),
                  scattered.entities().stream().map(Entity::id).sorted(ID_ORDER).toList());
            });
  }

  private static final Comparator<Resource> ID_ORDER = Comparator.comparing(Resource::toNTriples);

  static List<Triple> groupBySubject(List<Triple> triples) {
    Map<Resource, List<Triple>> groups = new LinkedHashMap<>();
    for (Triple t : triples) {
      groups.computeIfAbsent(t.subject(), k -> new ArrayList<>()).add(t);
    }
    List<Triple> out = new ArrayList<>();
    groups.values().forEach(out::addAll);
    return out;
  }
}
