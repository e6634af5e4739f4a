package org.debatescore.importers.capcollectif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RelayIdTest {

  @Test
  void decodesAQuestionIdWithoutPadding() {
    RelayId id = RelayId.decode("UXVlc3Rpb246MTYw").orElseThrow();
    assertEquals("Question", id.type());
    assertEquals("160", id.internalId());
    assertEquals("Question:160", id.decoded());
    assertEquals("UXVlc3Rpb246MTYw", id.raw());
  }

  @Test
  void decodesATwoDigitIdWithOrWithoutItsPadding() {
    assertEquals("Question:57", RelayId.decode("UXVlc3Rpb246NTc=").orElseThrow().decoded());
    assertEquals("Question:57", RelayId.decode("UXVlc3Rpb246NTc").orElseThrow().decoded());
  }

  @Test
  void leavesPlainIdentifiersAndJunkUndecoded() {
    assertTrue(RelayId.decode("12345").isEmpty());
    assertTrue(RelayId.decode("").isEmpty());
    assertTrue(RelayId.decode(null).isEmpty());
    assertTrue(RelayId.decode("not an id!").isEmpty());
    assertTrue(RelayId.decode("aGVsbG8gd29ybGQ=").isEmpty()); // "hello world": no Type:id
  }
}
