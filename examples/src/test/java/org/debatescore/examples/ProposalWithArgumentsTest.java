package org.debatescore.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.debatescore.core.validation.ValidationReport;
import org.debatescore.jena.validation.JenaShaclValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProposalWithArgumentsTest {

  @Test
  void readmeSnippetRunsAndReadsBackWhatItWrote(@TempDir Path dir) throws Exception {
    PrintStream saved = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      ProposalWithArguments.main(new String[] {dir.toString()});
    } finally {
      System.setOut(saved);
    }
    assertEquals(
        List.of("Plant trees", "true"),
        captured.toString(StandardCharsets.UTF_8).lines().toList(),
        "the snippet's printed results");
    assertTrue(Files.readString(dir.resolve("debate.json")).contains("\"Proposal\""));
    ValidationReport report = new JenaShaclValidator().validate(List.of(dir.resolve("debate.ttl")));
    assertEquals(0, report.count(org.debatescore.core.validation.Severity.VIOLATION), "violations");
  }

  /** The README shows the example's code verbatim, so the documentation cannot drift. */
  @Test
  void readmeShowsTheExampleVerbatim() throws Exception {
    Readme.assertContainsSnippetOf("ProposalWithArguments.java");
  }
}
