package org.debatescore.core.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.debatescore.core.model.Contribution;
import org.debatescore.core.model.Entity;
import org.debatescore.core.model.Proposal;
import org.debatescore.core.rdf.Iri;
import org.debatescore.vocab.DBS;
import org.junit.jupiter.api.Test;

class DebateMappingTest {

  @Test
  void everyConcreteClassOfTheVocabularyHasATable() throws IllegalAccessException {
    Set<String> classes = new HashSet<>();
    for (Field f : DBS.class.getFields()) {
      String name = f.getName();
      if (Modifier.isStatic(f.getModifiers())
          && Character.isUpperCase(name.charAt(0))
          && !name.equals("NS")
          && !name.equals("PREFIX")
          && !name.equals("ONTOLOGY")) {
        classes.add((String) f.get(null));
      }
    }
    classes.remove(DBS.Contribution);
    classes.remove(DBS.Participant);
    Set<String> mapped = new HashSet<>();
    for (ClassMapping<?, ?> m : DebateMapping.all()) {
      mapped.add(m.rdfType().value());
      assertEquals(m, DebateMapping.forRdfType(m.rdfType()));
      assertEquals(m, DebateMapping.forType(m.type()));
    }
    assertEquals(classes, mapped);
    assertEquals(25, DebateMapping.all().size());
    assertNull(DebateMapping.forRdfType(Iri.of(DBS.Contribution)));
  }

  @Test
  void everyRecordComponentHasExactlyOneRow() {
    for (ClassMapping<?, ?> m : DebateMapping.all()) {
      int components = m.type().getRecordComponents().length;
      assertEquals(components - 3, m.fields().size(), m.localName()); // id, provenance, extensions
    }
  }

  @Test
  void everyDbsPropertyIsMappedSomewhere() throws IllegalAccessException {
    Set<String> predicates = new HashSet<>();
    DebateMapping.all()
        .forEach(m -> m.fields().forEach(f -> predicates.add(f.predicate().value())));
    DebateMapping.PROVENANCE.forEach(f -> predicates.add(f.predicate().value()));
    List<String> unmapped = new ArrayList<>();
    for (Field f : DBS.class.getFields()) {
      if (Character.isLowerCase(f.getName().charAt(0))) {
        String iri = (String) f.get(null);
        if (!predicates.contains(iri)) {
          unmapped.add(iri);
        }
      }
    }
    assertEquals(List.of(), unmapped);
  }

  @Test
  void priorityPrefersTheMoreSpecificClass() {
    assertTrue(
        DebateMapping.priority(Iri.of(DBS.PublicBody))
            < DebateMapping.priority(Iri.of(DBS.Organisation)));
    assertEquals(-1, DebateMapping.priority(Iri.of(DBS.Participant)));
  }

  @Test
  void lookups() {
    ClassMapping<Proposal, ?> m = DebateMapping.forType(Proposal.class);
    assertNotNull(m.field(Iri.of(DBS.status)));
    assertEquals("status", m.field(Iri.of(DBS.status)).jsonTerm());
    assertEquals(m.field(Iri.of(DBS.author)), m.fieldForJsonTerm("author"));
    assertTrue(m.field(Iri.of(DBS.author)).isMultiValued());
    assertEquals(-1, m.indexOf(Iri.of(DBS.count)));
    assertThrows(
        IllegalArgumentException.class,
        () -> DebateMapping.forType((Class<Entity>) (Class<?>) Contribution.class));
  }
}
