package org.debatescore.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.debatescore.core.rdf.BlankNode;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Resource;
import org.junit.jupiter.api.Test;

class IdMinterTest {

  @Test
  void slugsAreReadableAndDeduplicated() {
    SlugMinter m = new SlugMinter("https://ex.org/debat");
    assertEquals(
        Iri.of("https://ex.org/debat/proposal/reduire-la-vitesse-a-30-km-h"),
        m.mint("Proposal", "Réduire la vitesse à 30 km/h"));
    assertEquals(
        Iri.of("https://ex.org/debat/proposal/reduire-la-vitesse-a-30-km-h-2"),
        m.mint("Proposal", "  réduire LA vitesse, à 30 km/h !"));
    assertEquals(
        Iri.of("https://ex.org/debat/official-response/merci"),
        m.mint("OfficialResponse", "Merci"));
    assertEquals(Iri.of("https://ex.org/debat/vote/1"), m.mint("Vote", null));
    assertEquals(Iri.of("https://ex.org/debat/vote/2"), m.mint("Vote", "😀🎉"));
    assertEquals(Iri.of("https://ex.org/debat/vote/3"), m.mint("Vote", "3"), "3 came next");
    assertEquals(Iri.of("https://ex.org/debat/vote/4"), m.mint("Vote", null), "no clash with 3");
  }

  @Test
  void slugRules() {
    assertEquals("ecole-publique", SlugMinter.slug("École publique"));
    assertEquals("strasse-oeuvre", SlugMinter.slug("Straße Œuvre"));
    assertEquals("", SlugMinter.slug("中文"));
    String longTitle = "un titre vraiment tres long ".repeat(10);
    String slug = SlugMinter.slug(longTitle);
    assertTrue(slug.length() <= 60, slug);
    assertTrue(!slug.endsWith("-") && !slug.startsWith("-"), slug);
  }

  @Test
  void slugMintersAreStable() {
    assertEquals(
        sequence(new SlugMinter("https://ex.org/")), sequence(new SlugMinter("https://ex.org/")));
  }

  @Test
  void seededUuidMintersAreStableAndRandomOnesAreNot() {
    List<Resource> a = sequence(new UuidMinter("https://ex.org/", 7));
    assertEquals(a, sequence(new UuidMinter("https://ex.org/", 7)));
    assertNotEquals(a, sequence(new UuidMinter("https://ex.org/", 8)));
    assertNotEquals(
        sequence(new UuidMinter("https://ex.org/")), sequence(new UuidMinter("https://ex.org/")));
    String iri = ((Iri) a.get(0)).value();
    assertTrue(
        iri.matches(
            "https://ex\\.org/proposal/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"),
        iri);
  }

  @Test
  void blankNodeMinter() {
    IdMinter m = IdMinter.blankNodes();
    assertEquals(BlankNode.of("b1"), m.mint("Proposal", "x"));
    assertEquals(BlankNode.of("b2"), m.mint("Comment", null));
  }

  private static List<Resource> sequence(IdMinter m) {
    List<Resource> ids = new ArrayList<>();
    for (String label : new String[] {"Titre", "Titre", null, "Autre", "titre", null}) {
      ids.add(m.mint("Proposal", label));
    }
    return ids;
  }
}
