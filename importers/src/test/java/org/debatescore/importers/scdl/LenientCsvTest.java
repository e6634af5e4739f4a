package org.debatescore.importers.scdl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class LenientCsvTest {

  private static LenientCsv.Row first(String text) throws Exception {
    try (LenientCsv csv = new LenientCsv(new BufferedReader(new StringReader(text)), ';')) {
      return csv.next();
    }
  }

  @Test
  void rfc4180QuotingIsReadAsTheStandardSays() throws Exception {
    LenientCsv.Row r = first("a;\"b;c\";\"say \"\"hi\"\"\";\"x\ny\"\n");
    assertEquals(List.of("a", "b;c", "say \"hi\"", "x\ny"), r.cells());
    assertEquals(false, r.repaired());
  }

  @Test
  void unescapedInnerQuotesStayTextAndTheRowIsMarkedRepaired() throws Exception {
    LenientCsv.Row r = first("\"Motion \"vélo\"\";\"Rue \"des Écoles\" n° 2\";\"3\"\n");
    assertEquals(List.of("Motion \"vélo\"", "Rue \"des Écoles\" n° 2", "3"), r.cells());
    assertEquals(true, r.repaired());
  }

  @Test
  void aStrayQuoteCannotSwallowTheRestOfTheFile() throws Exception {
    StringBuilder text = new StringBuilder("\"open;never closed\n");
    for (int i = 0; i < 100; i++) {
      text.append("row").append(i).append(";x\n");
    }
    try (LenientCsv csv =
        new LenientCsv(new BufferedReader(new StringReader(text.toString())), ';')) {
      LenientCsv.Row r = csv.next();
      assertEquals(1, r.line());
      assertEquals(true, r.repaired());
      assertEquals(List.of("open;never closed"), r.cells());
      for (int i = 0; i < 100; i++) {
        LenientCsv.Row next = csv.next();
        assertEquals(List.of("row" + i, "x"), next.cells());
        assertEquals(i + 2, next.line());
      }
      assertNull(csv.next());
    }
    assertNull(first(""));
  }
}
