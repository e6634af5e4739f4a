package org.debatescore.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.debatescore.rdf4j.repository.DebateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreRefusesInvalidCommitTest {

  @Test
  void nativeStoreKeepsTheValidDebateAndRefusesTheBrokenProposalWithAReport(@TempDir Path dir)
      throws Exception {
    Path debate = Readme.root().resolve("examples/debates/municipal-debate.ttl");
    PrintStream saved = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      StoreRefusesInvalidCommit.main(
          new String[] {dir.resolve("store").toString(), debate.toString()});
    } finally {
      System.setOut(saved);
    }
    String report = captured.toString(StandardCharsets.UTF_8);
    assertTrue(report.contains("NOT CONFORM") || report.contains("violation"), report);
    assertTrue(report.contains("https://example.org/proposals/untitled"), report);
    assertTrue(report.contains("title"), report);
    try (DebateRepository repo = DebateRepository.nativeStore(dir.resolve("store"))) {
      assertTrue(repo.size() > 0, "the valid debate was committed");
      assertEquals(
          0,
          repo.export().all(org.debatescore.core.model.Proposal.class).stream()
              .filter(p -> p.id().toString().endsWith("untitled"))
              .count(),
          "the refused proposal was not stored");
    }
  }

  @Test
  void readmeShowsTheExampleVerbatim() throws Exception {
    Readme.assertContainsSnippetOf("StoreRefusesInvalidCommit.java");
  }
}
