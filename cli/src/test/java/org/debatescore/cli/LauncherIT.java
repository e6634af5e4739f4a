package org.debatescore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the real {@code debatescore} launcher from the repository root as a separate process, as
 * README's first command does. Runs after {@code package} (Failsafe), when the jar exists.
 */
class LauncherIT {

  record Process(int exitCode, String out, String err) {}

  @Test
  void launcherValidatesTheExampleDebates() throws Exception {
    Process p =
        launch(
            "validate",
            "examples/debates/ogp-2016-workshop.ttl",
            "examples/debates/municipal-debate.ttl");
    assertEquals(0, p.exitCode(), p.toString());
    assertTrue(p.out().contains("CONFORMS"), p.out());
  }

  @Test
  void launcherReportsInvalidDataWithExitOneAndSarif() throws Exception {
    Process p =
        launch(
            "validate",
            "-f",
            "sarif",
            "vocab/src/test/resources/org/debatescore/vocab/negative/02-proposal-without-title.ttl");
    assertEquals(1, p.exitCode(), p.toString());
    assertTrue(p.out().contains("\"version\" : \"2.1.0\""), p.out());
  }

  @Test
  void launcherReportsUnreadableInputWithExitTwo() throws Exception {
    Process p = launch("validate", "does-not-exist.ttl");
    assertEquals(2, p.exitCode(), p.toString());
    assertTrue(p.err().contains("does-not-exist.ttl"), p.err());
  }

  @Test
  void launcherPrintsVersionAndHelp() throws Exception {
    Process version = launch("--version");
    assertEquals(0, version.exitCode());
    assertTrue(version.out().startsWith("debatescore "), version.out());
    Process help = launch("--help");
    assertTrue(help.out().contains("validate") && help.out().contains("convert"), help.out());
  }

  private static Process launch(String... args) throws IOException, InterruptedException {
    Path root = Cli.root();
    List<String> command = new ArrayList<>();
    command.add(root.resolve("debatescore").toString());
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(root.toFile());
    java.lang.Process process = pb.start();
    process.getOutputStream().close();
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "launcher did not finish");
    return new Process(
        process.exitValue(),
        new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }
}
