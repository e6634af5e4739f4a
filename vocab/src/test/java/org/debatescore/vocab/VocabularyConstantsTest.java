package org.debatescore.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.debatescore.vocab.docs.ContextTerms;
import org.junit.jupiter.api.Test;

/** The Java constants and the Turtle files define the same terms, so neither drifts. */
class VocabularyConstantsTest {

  /** Fields that are not terms. */
  private static final Set<String> NON_TERMS = Set.of("NS", "PREFIX", "ONTOLOGY", "SCHEME", "BASE");

  @Test
  void dbsConstantsAreExactlyTheClassesAndPropertiesDefinedInTheOntology() {
    Set<String> constants = termConstants(DBS.class);
    Set<String> defined = VocabularyFixtures.definedDbsTerms();
    assertSameTerms(constants, defined, "DBS.java", VocabularyFile.ONTOLOGY.fileName());
  }

  @Test
  void dbsClassConstantsAreUpperCamelAndPropertyConstantsLowerCamel() {
    Model ont = VocabularyFixtures.ontology();
    List<String> wrong = new ArrayList<>();
    for (Field f : constantFields(DBS.class)) {
      String iri = value(f);
      Resource r = ont.getResource(iri);
      boolean isClass =
          ont.contains(r, RDF.type, OWL.Class) || ont.contains(r, RDF.type, RDFS.Class);
      boolean upper = Character.isUpperCase(f.getName().charAt(0));
      if (ont.containsResource(r) && isClass != upper) {
        wrong.add(f.getName() + (isClass ? " is a class" : " is a property"));
      }
    }
    assertTrue(wrong.isEmpty(), "constant case does not match the term kind:\n" + wrong);
  }

  @Test
  void everyConstantIsItsNamespaceFollowedByItsName() {
    List<String> wrong = new ArrayList<>();
    for (Class<?> holder : allHolders()) {
      String ns = staticString(holder, "NS");
      for (Field f : constantFields(holder)) {
        String expected =
            holder.getEnclosingClass() == Codes.class
                ? ns + f.getName().toLowerCase(Locale.ROOT).replace('_', '-')
                : ns + localName(f);
        if (!expected.equals(value(f))) {
          wrong.add(holder.getSimpleName() + "." + f.getName() + " = " + value(f));
        }
      }
    }
    assertTrue(wrong.isEmpty(), "constants whose name does not match their IRI:\n" + wrong);
  }

  @Test
  void codeConstantsAreExactlyTheSchemesAndConceptsOfTheCodeLists() {
    Set<String> constants = new TreeSet<>();
    for (Class<?> scheme : Codes.class.getDeclaredClasses()) {
      constants.add(staticString(scheme, "SCHEME"));
      constants.addAll(termConstants(scheme));
      assertEquals(
          Codes.BASE + kebab(scheme.getSimpleName()),
          staticString(scheme, "SCHEME"),
          "scheme IRI of Codes." + scheme.getSimpleName());
      assertEquals(staticString(scheme, "SCHEME") + "/", staticString(scheme, "NS"));
    }
    Model codes = VocabularyFixtures.codeLists();
    Set<String> defined = new TreeSet<>();
    for (Resource type : List.of(SKOS.Concept, SKOS.ConceptScheme)) {
      codes.listSubjectsWithProperty(RDF.type, type).forEachRemaining(s -> defined.add(s.getURI()));
    }
    assertSameTerms(constants, defined, "Codes.java", VocabularyFile.CODE_LISTS.fileName());
  }

  @Test
  void codePrefixesMatchThePrefixesDeclaredInTheCodeLists() {
    Map<String, String> declared = VocabularyFixtures.codeLists().getNsPrefixMap();
    List<String> wrong = new ArrayList<>();
    for (Class<?> scheme : Codes.class.getDeclaredClasses()) {
      String prefix = staticString(scheme, "PREFIX");
      String ns = staticString(scheme, "NS");
      if (!ns.equals(declared.get(prefix))) {
        wrong.add(prefix + ": expected <" + ns + ">, file declares <" + declared.get(prefix) + ">");
      }
    }
    assertTrue(
        wrong.isEmpty(),
        VocabularyFile.CODE_LISTS.fileName() + " prefixes differ from Codes.java:\n" + wrong);
  }

  @Test
  void reusedTermConstantsCoverEveryReusedTermTheModelNeedsAndNoMore() {
    Map<String, String> namespaces = new LinkedHashMap<>();
    Set<String> constants = new TreeSet<>();
    for (Class<?> holder : Terms.class.getDeclaredClasses()) {
      namespaces.put(staticString(holder, "PREFIX"), staticString(holder, "NS"));
      constants.addAll(termConstants(holder));
    }
    Set<String> needed = new TreeSet<>();
    // Ontology: superclasses, super-properties, domains and ranges of dbs: terms.
    Model ont = VocabularyFixtures.ontology();
    for (Statement st : ont.listStatements().toList()) {
      boolean onDbsTerm =
          st.getSubject().isURIResource()
              && VocabularyFixtures.isDbs(st.getSubject().getURI())
              && !st.getPredicate().equals(RDF.type);
      if (onDbsTerm && st.getObject().isURIResource()) {
        String p = st.getPredicate().getURI();
        if (p.equals(RDFS.subClassOf.getURI())
            || p.equals(RDFS.subPropertyOf.getURI())
            || p.equals(RDFS.domain.getURI())
            || p.equals(RDFS.range.getURI())
            || p.equals(Terms.SCHEMA.domainIncludes)
            || p.equals(Terms.SCHEMA.rangeIncludes)) {
          needed.add(st.getObject().asResource().getURI());
        }
      }
      if (onDbsTerm
          && (st.getPredicate().getURI().equals(Terms.SCHEMA.domainIncludes)
              || st.getPredicate().getURI().equals(Terms.SCHEMA.rangeIncludes))) {
        needed.add(st.getPredicate().getURI());
      }
    }
    // Shapes: paths, datatypes, value classes, targets and sh:in members.
    Model shapes = VocabularyFixtures.shapes();
    for (var p : List.of(SHACLM.path, SHACLM.datatype, SHACLM.class_, SHACLM.targetClass)) {
      shapes
          .listObjectsOfProperty(p)
          .forEachRemaining(
              o -> needed.addAll(o.isURIResource() ? Set.of(o.asResource().getURI()) : Set.of()));
    }
    // Code lists: the SKOS classes.
    VocabularyFixtures.codeLists()
        .listObjectsOfProperty(RDF.type)
        .forEachRemaining(o -> needed.add(o.asResource().getURI()));
    // Context: term IRIs and datatype coercions.
    for (ContextTerms.Term t : VocabularyFixtures.context().terms()) {
      if (t.iri() != null && !t.iri().endsWith("/") && !t.iri().endsWith("#")) {
        needed.add(t.iri());
      }
      if (t.type() != null) {
        needed.add(t.type());
      }
    }
    needed.removeIf(iri -> namespaces.values().stream().noneMatch(iri::startsWith));

    Set<String> missing = new TreeSet<>(needed);
    missing.removeAll(constants);
    Set<String> unused = new TreeSet<>(constants);
    unused.removeAll(everyIriInTheBundle());
    String message = "";
    if (!missing.isEmpty()) {
      message += "reused terms without a constant in Terms.java: " + missing + "\n";
    }
    if (!unused.isEmpty()) {
      message += "Terms.java constants not used by any bundled file: " + unused;
    }
    assertTrue(message.isEmpty(), message);
  }

  @Test
  void debatescoreVocabularyConstantsAgreeWithTheOntologyHeader() {
    assertEquals(DBS.ONTOLOGY, DebatescoreVocabulary.ONTOLOGY_IRI);
    assertEquals(DBS.NS, DebatescoreVocabulary.ONTOLOGY_IRI + "#");
    assertTrue(DebatescoreVocabulary.VERSION_IRI.endsWith("/" + DebatescoreVocabulary.VERSION));
    Model ont = VocabularyFixtures.ontology();
    Resource header = ont.getResource(DBS.ONTOLOGY);
    assertTrue(
        ont.contains(header, OWL.versionIRI, ont.getResource(DebatescoreVocabulary.VERSION_IRI)),
        "owl:versionIRI of the ontology is not " + DebatescoreVocabulary.VERSION_IRI);
    Statement versionInfo = header.getProperty(OWL.versionInfo);
    assertTrue(versionInfo != null, "the ontology has no owl:versionInfo");
    assertEquals(
        DebatescoreVocabulary.VERSION,
        versionInfo.getString(),
        "owl:versionInfo differs from DebatescoreVocabulary.VERSION");
  }

  // ---------------------------------------------------------------- helpers

  private static void assertSameTerms(
      Set<String> constants, Set<String> defined, String javaFile, String turtleFile) {
    Set<String> onlyJava = new TreeSet<>(constants);
    onlyJava.removeAll(defined);
    Set<String> onlyTurtle = new TreeSet<>(defined);
    onlyTurtle.removeAll(constants);
    String message = "";
    if (!onlyJava.isEmpty()) {
      message += "in " + javaFile + " but not defined in " + turtleFile + ": " + onlyJava + "\n";
    }
    if (!onlyTurtle.isEmpty()) {
      message += "defined in " + turtleFile + " but missing from " + javaFile + ": " + onlyTurtle;
    }
    assertTrue(message.isEmpty(), message);
    assertFalse(constants.isEmpty(), javaFile + " has no constants");
  }

  private static Set<String> everyIriInTheBundle() {
    Set<String> iris = new TreeSet<>();
    for (VocabularyFile f :
        List.of(
            VocabularyFile.ONTOLOGY,
            VocabularyFile.CODE_LISTS,
            VocabularyFile.ALIGNMENTS,
            VocabularyFile.SHAPES)) {
      for (Statement st : VocabularyFixtures.model(f).listStatements().toList()) {
        for (RDFNode n : List.of(st.getSubject(), st.getPredicate(), st.getObject())) {
          if (n.isURIResource()) {
            iris.add(n.asResource().getURI());
          } else if (n.isLiteral() && n.asLiteral().getDatatypeURI() != null) {
            iris.add(n.asLiteral().getDatatypeURI());
          }
        }
      }
    }
    for (ContextTerms.Term t : VocabularyFixtures.context().terms()) {
      if (t.iri() != null) {
        iris.add(t.iri());
      }
      if (t.type() != null) {
        iris.add(t.type());
      }
    }
    return iris;
  }

  private static List<Class<?>> allHolders() {
    List<Class<?>> holders = new ArrayList<>(List.of(DBS.class));
    holders.addAll(List.of(Codes.class.getDeclaredClasses()));
    holders.addAll(List.of(Terms.class.getDeclaredClasses()));
    return holders;
  }

  /** Public static final String fields that name terms. */
  private static List<Field> constantFields(Class<?> holder) {
    List<Field> result = new ArrayList<>();
    for (Field f : holder.getDeclaredFields()) {
      int mod = f.getModifiers();
      if (Modifier.isPublic(mod)
          && Modifier.isStatic(mod)
          && Modifier.isFinal(mod)
          && f.getType() == String.class
          && !NON_TERMS.contains(f.getName())) {
        result.add(f);
      }
    }
    return result;
  }

  private static Set<String> termConstants(Class<?> holder) {
    Set<String> result = new TreeSet<>();
    constantFields(holder).forEach(f -> result.add(value(f)));
    return result;
  }

  /** Field name without the trailing underscore that escapes Java keywords. */
  private static String localName(Field f) {
    String name = f.getName();
    return name.endsWith("_") ? name.substring(0, name.length() - 1) : name;
  }

  private static String kebab(String upperCamel) {
    return upperCamel.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }

  private static String value(Field f) {
    try {
      return (String) f.get(null);
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  private static String staticString(Class<?> holder, String name) {
    try {
      return (String) holder.getField(name).get(null);
    } catch (ReflectiveOperationException e) {
      fail(holder.getName() + " has no public constant " + name);
      return null;
    }
  }
}
