package org.debatescore.rdf4j.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.debatescore.core.rdf.RdfFormat;
import org.debatescore.core.rdf.Triple;
import org.debatescore.core.validation.ValidationOptions;
import org.debatescore.rdf4j.repository.DebateRepository;
import org.debatescore.rdf4j.repository.ShapeViolationException;
import org.debatescore.rdf4j.validation.NegativeExamples;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.sail.shacl.ShaclSail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Properties over generated data: what a {@link DebateRepository} refuses, through a bulk load and
 * through an incremental commit, is exactly what the Jena engine finds as violations (a store
 * blocks on violations only), result for result.
 */
class StoreAgreementProperties {

  private static final int MAX_TRIES = 250;

  // One store for all tries, emptied after each: creating a ShaclSail costs more than a try.
  private static DebateRepository store;

  @BeforeAll
  static void open() {
    store =
        DebateRepository.inMemory()
            .withOptions(ValidationOptions.builder().unlimitedResults().build());
  }

  @AfterAll
  static void close() {
    store.repository().shutDown();
  }

  @Test
  void aBulkLoadRefusesExactlyWhatJenaFindsAsViolations() {
    refusesWhatJenaFinds(triples -> store.load(document(triples), RdfFormat.NTRIPLES, "sample.nt"));
  }

  @Test
  void anIncrementalCommitRefusesExactlyWhatJenaFindsAsViolations() {
    refusesWhatJenaFinds(triples -> store.transaction(tx -> triples.forEach(tx::add)));
  }

  /** The property: storing each sample in the given way refuses exactly Jena's violations. */
  private static void refusesWhatJenaFinds(Consumer<List<Triple>> store) {
    qt().withExamples(tries())
        .forAll(CrossEngineProperties.samples())
        .checkAssert(
            sample ->
                assertSameViolations(
                    sample, () -> store.accept(sample.triples()), sample.triples()));
  }

  private static void assertSameViolations(
      SmallDebates.Sample sample, Runnable change, List<Triple> triples) {
    CompletableFuture<Set<String>> jenaRun =
        CompletableFuture.supplyAsync(
                () -> NegativeExamples.violations(Engines.jena(triples).results()),
                Engines.JENA_THREAD)
            .thenApply(
                lines ->
                    lines.stream()
                        .map(StoreAgreementProperties::anonymous)
                        .collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
    Set<String> refused = new TreeSet<>();
    try {
      change.run();
    } catch (ShapeViolationException e) {
      // A parser renames blank nodes; the generator's labels are kept elsewhere.
      NegativeExamples.lines(e.report()).forEach(l -> refused.add(anonymous(l)));
      if (refused.isEmpty()) {
        refused.add("refused without a result: " + e.getMessage());
      }
    } finally {
      empty();
    }
    Set<String> jena = jenaRun.join();
    assertEquals(
        jena,
        refused,
        () ->
            Engines.difference(new Engines.Verdict(jena.isEmpty(), jena), refusal(refused))
                + "\n\ndata ("
                + sample.mutations()
                + "):\n"
                + sample);
  }

  /**
   * Tries per property: the configured number up to {@value #MAX_TRIES}. Each try commits to a
   * store; the 1,000-try agreement of the validators is {@link CrossEngineProperties}.
   */
  private static int tries() {
    String configured = System.getenv("QT_EXAMPLES");
    return Math.min(configured == null ? MAX_TRIES : Integer.parseInt(configured), MAX_TRIES);
  }

  /** A result line with its blank node focus written {@code _:}, whatever its label. */
  private static String anonymous(String line) {
    return line.startsWith("_:") ? "_:" + line.substring(line.indexOf('\t')) : line;
  }

  private static Engines.Verdict refusal(Set<String> lines) {
    return new Engines.Verdict(lines.isEmpty(), lines);
  }

  /** Sample triples as an N-Triples stream, the way an archive reaches a bulk load. */
  private static InputStream document(List<Triple> triples) {
    StringBuilder b = new StringBuilder();
    triples.forEach(t -> b.append(t.toNTriples()).append('\n'));
    return new ByteArrayInputStream(b.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void empty() {
    try (RepositoryConnection c = store.repository().getConnection()) {
      c.begin(ShaclSail.TransactionSettings.ValidationApproach.Disabled);
      c.remove((org.eclipse.rdf4j.model.Resource) null, null, null);
      c.commit();
    }
  }
}
