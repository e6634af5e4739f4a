package org.debatescore.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import org.debatescore.core.model.Proposal;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.validation.report.ReportFormat;
import org.debatescore.rdf4j.DebatescoreRdf4j;
import org.debatescore.rdf4j.repository.DebateRepository;
import org.debatescore.rdf4j.repository.ShapeViolationException;

/**
 * The README's store example: an app keeps its debates in an RDF4J NativeStore, and a commit that
 * breaks the Debatescore shapes is refused with a readable report. Run with {@code
 * StoreRefusesInvalidCommit DATA_DIR DEBATE_FILE}.
 */
public final class StoreRefusesInvalidCommit {

  private StoreRefusesInvalidCommit() {}

  public static void main(String[] args) throws Exception {
    Path dataDir = Files.createDirectories(Path.of(args[0]));
    Path debateFile = Path.of(args[1]);
    // README-SNIPPET-START
    try (DebateRepository repo = DebateRepository.nativeStore(dataDir)) {
      repo.add(DebatescoreRdf4j.readData(debateFile)); // valid: committed
      Proposal untitled =
          Proposal.builder()
              .id(Iri.of("https://example.org/proposals/untitled"))
              .debate(Iri.of("https://example.org/debates/nowhere")) // no such debate, no title
              .buildUnchecked();
      repo.add(untitled); // breaks MUST rules: refused, nothing stored
    } catch (ShapeViolationException refused) {
      System.out.println(ReportFormat.TEXT.renderer().render(refused.report()));
    }
    // README-SNIPPET-END
  }
}
