package org.debatescore.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories reads its seed and number of tries from the system properties {@code QT_SEED} and
 * {@code QT_EXAMPLES}, which the parent POM sets for Surefire: plain {@code qt()} picks them up, so
 * property tests are reproducible and can be run longer with {@code -Dqt.examples=...}.
 */
class QuickTheoriesSetupTest {

  @Test
  @EnabledIfSystemProperty(named = "QT_EXAMPLES", matches = "\\d+")
  void triesAsManyExamplesAsConfigured() {
    String configured = System.getProperty("QT_EXAMPLES");
    // QuickTheories 0.26 runs one example fewer than asked.
    assertEquals(Integer.parseInt(configured), runs(), 1, "QT_EXAMPLES from Surefire");
    System.setProperty("QT_EXAMPLES", "37");
    try {
      assertEquals(37, runs(), 1, "read at each qt() call");
    } finally {
      System.setProperty("QT_EXAMPLES", configured);
    }
  }

  /** Tries of a property over distinct values (QuickTheories skips repeated values). */
  private static int runs() {
    int[] runs = {0};
    qt().forAll(Generate.longRange(0, Long.MAX_VALUE)).checkAssert(x -> runs[0]++);
    return runs[0];
  }

  @Test
  @EnabledIfSystemProperty(named = "QT_SEED", matches = "-?\\d+")
  void theSeedMakesRunsReproducible() {
    assertEquals(sample(), sample());
  }

  private static List<String> sample() {
    List<String> seen = new ArrayList<>();
    qt().withExamples(20).forAll(DebateGenerators.texts()).checkAssert(seen::add);
    return seen;
  }
}
