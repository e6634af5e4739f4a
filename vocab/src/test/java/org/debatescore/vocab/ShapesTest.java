package org.debatescore.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Conventions every Debatescore shape follows, and consistency with the ontology and codes. */
class ShapesTest {

  private static final String SH = "http://www.w3.org/ns/shacl#";
  private static final String DBS = "https://w3id.org/debatescore/ns#";
  private static final String DBSH = "https://w3id.org/debatescore/shapes#";
  private static final String ONTOLOGY = "org/debatescore/vocab/debatescore.ttl";
  private static final String CODELISTS = "org/debatescore/vocab/debatescore-codelists.ttl";
  private static final Set<String> SEVERITIES =
      Set.of(SH + "Violation", SH + "Warning", SH + "Info");

  private static Model shapes;

  @BeforeAll
  static void loadShapes() {
    shapes =
        ModelFactory.createModelForGraph(
            NegativeExamplesTest.readTurtle(NegativeExamplesTest.SHAPES));
  }

  @Test
  void shapesParseInJena() {
    assertFalse(Shapes.parse(shapes.getGraph()).getTargetShapes().isEmpty());
  }

  @Test
  void shapesGraphHasAnOntologyHeaderWithLicenceVersionAndBilingualTitle() {
    Resource header = shapes.getResource("https://w3id.org/debatescore/shapes");
    assertTrue(header.hasProperty(RDF.type, OWL.Ontology));
    assertTrue(
        header.hasProperty(
            DCTerms.license, shapes.getResource("https://creativecommons.org/licenses/by/4.0/")));
    assertEquals("0.1.0", header.getProperty(OWL.versionInfo).getString());
    assertEquals(Set.of("en", "fr"), languages(header, DCTerms.title));
  }

  @Test
  void everyShapeIsANamedIriInTheShapesNamespace() {
    for (Resource shape : namedShapes()) {
      assertTrue(shape.isURIResource(), "anonymous shape " + shape + " cannot be a stable rule id");
      assertTrue(shape.getURI().startsWith(DBSH), shape + " is outside " + DBSH);
    }
  }

  @Test
  void everyShapeHasMessageAndNameInEnglishAndFrench() {
    // RDF4J writes a result message only where the shape has sh:message.
    for (Resource shape : namedShapes()) {
      assertEquals(Set.of("en", "fr"), languages(shape, sh("message")), shape + " sh:message");
      Property name = shape.hasProperty(sh("path")) ? sh("name") : RDFS.label;
      assertEquals(Set.of("en", "fr"), languages(shape, name), shape + " " + name);
    }
  }

  @Test
  void nodeShapesAreNotNamedWithShName() {
    // sh:name has rdfs:domain sh:PropertyShape; RDF4J infers that type and rejects the shape.
    for (Resource shape : namedShapes()) {
      if (!shape.hasProperty(sh("path"))) {
        assertFalse(shape.hasProperty(sh("name")), shape + " uses sh:name; use rdfs:label");
      }
    }
  }

  @Test
  void everySparqlConstraintHasTheEnglishMessageOfItsBilingualShape() {
    // Jena 5.6 refuses a SPARQL constraint with two sh:message values and then reports the
    // shape's messages; RDF4J reports only the constraint's. So: English on the constraint (for
    // RDF4J), English and French on the shape (for Jena and for message look-up by sourceShape).
    List<Statement> sparql = shapes.listStatements(null, sh("sparql"), (RDFNode) null).toList();
    assertFalse(sparql.isEmpty());
    for (Statement s : sparql) {
      Resource shape = s.getSubject();
      Resource constraint = s.getResource();
      String where = shape + " sh:sparql";
      assertEquals(Set.of("en", "fr"), languages(shape, sh("message")), shape + " sh:message");
      List<Statement> messages = constraint.listProperties(sh("message")).toList();
      assertEquals(1, messages.size(), where + " must have exactly one sh:message");
      assertEquals(englishMessage(shape), messages.get(0).getLiteral(), where + " message differs");
      assertTrue(constraint.hasProperty(sh("prefixes")), where + " needs sh:prefixes");
      assertTrue(constraint.getProperty(sh("select")).getString().contains("$this"), where);
    }
  }

  @Test
  void everyShapeHasAtMostOneKnownSeverity() {
    // No sh:severity means sh:Violation; a typo would silently become a custom severity.
    for (Resource shape : namedShapes()) {
      List<Statement> severities = shape.listProperties(sh("severity")).toList();
      assertTrue(severities.size() <= 1, shape + " has several severities");
      for (Statement s : severities) {
        assertTrue(SEVERITIES.contains(s.getResource().getURI()), shape + " severity " + s);
      }
    }
  }

  @Test
  void everyShapeLinksToTheDocumentationOfTheVocabulary() {
    for (Resource shape : namedShapes()) {
      Statement seeAlso = shape.getProperty(RDFS.seeAlso);
      assertTrue(seeAlso != null && seeAlso.getObject().isURIResource(), shape + " rdfs:seeAlso");
      assertTrue(
          seeAlso.getResource().getURI().startsWith("https://w3id.org/debatescore/ns"),
          shape + " rdfs:seeAlso " + seeAlso.getResource());
    }
  }

  @Test
  void everyPropertyShapeIsUsedByANodeShape() {
    // A property shape nobody references is never evaluated.
    for (Resource shape : shapes.listSubjectsWithProperty(RDF.type, sh("PropertyShape")).toList()) {
      assertTrue(shapes.contains(null, sh("property"), shape), shape + " is never used");
    }
  }

  @Test
  void shapesUseOnlyFeaturesBothJenaAndRdf4jEvaluate() {
    for (String feature :
        List.of(
            "closed",
            "qualifiedValueShape",
            "alternativePath",
            "zeroOrMorePath",
            "oneOrMorePath",
            "zeroOrOnePath",
            "xone",
            "rule",
            "target",
            "equals",
            "disjoint",
            "lessThan")) {
      assertFalse(shapes.contains(null, sh(feature)), "sh:" + feature + " is not portable");
    }
    for (Statement path : shapes.listStatements(null, sh("path"), (RDFNode) null).toList()) {
      assertTrue(path.getObject().isURIResource(), "non-predicate path on " + path.getSubject());
    }
  }

  @Test
  void everyOntologyClassIsTargetedByAShape() {
    Model ontology = optionalModel(ONTOLOGY);
    Set<String> targeted = objectIris(sh("targetClass"));
    Set<String> missing = new TreeSet<>(debatescoreClasses(ontology));
    missing.removeAll(targeted);
    assertEquals(Set.of(), missing, "classes without a shape");
  }

  @Test
  void everyOntologyClassHasItsOwnNodeShapeLinkingToItsDocumentation() {
    Model ontology = optionalModel(ONTOLOGY);
    for (String cls : debatescoreClasses(ontology)) {
      String local = cls.substring(DBS.length());
      Resource shape = shapes.getResource(DBSH + local + "Shape");
      Resource target = shapes.getResource(cls);
      assertTrue(shape.hasProperty(RDF.type, sh("NodeShape")), shape + " is missing");
      assertTrue(shape.hasProperty(sh("targetClass"), target), shape + " must target " + cls);
      assertTrue(shape.hasProperty(RDFS.seeAlso, target), shape + " must link to " + cls);
    }
  }

  @Test
  void everyDebatescoreTermUsedByTheShapesIsDefinedInTheOntology() {
    Model ontology = optionalModel(ONTOLOGY);
    Set<String> used = new TreeSet<>();
    shapes
        .listStatements()
        .forEach(
            s -> {
              for (RDFNode n : List.of(s.getSubject(), s.getPredicate(), s.getObject())) {
                if (n.isURIResource() && n.asResource().getURI().startsWith(DBS)) {
                  used.add(n.asResource().getURI());
                }
              }
            });
    Set<String> undefined = new TreeSet<>();
    for (String iri : used) {
      if (!ontology.contains(ontology.getResource(iri), RDF.type)) {
        undefined.add(iri);
      }
    }
    assertEquals(Set.of(), undefined, "dbs: terms used by the shapes but not in the ontology");
  }

  @Test
  void everyCodeListInShapesListsExactlyTheConceptsOfOneScheme() {
    Model codes = optionalModel(CODELISTS);
    Map<String, Set<String>> schemes = new HashMap<>();
    for (Statement s : codes.listStatements(null, SKOS.inScheme, (RDFNode) null).toList()) {
      schemes
          .computeIfAbsent(s.getResource().getURI(), k -> new TreeSet<>())
          .add(s.getSubject().getURI());
    }
    for (Statement in : shapes.listStatements(null, sh("in"), (RDFNode) null).toList()) {
      Set<String> listed = new TreeSet<>();
      for (RDFNode n : in.getObject().as(RDFList.class).asJavaList()) {
        listed.add(n.asResource().getURI());
      }
      Set<String> owners = new HashSet<>();
      for (String code : listed) {
        Resource concept = codes.getResource(code);
        assertTrue(concept.hasProperty(SKOS.inScheme), in.getSubject() + ": unknown code " + code);
        owners.add(concept.getPropertyResourceValue(SKOS.inScheme).getURI());
      }
      assertEquals(1, owners.size(), in.getSubject() + " mixes code lists " + owners);
      assertEquals(
          schemes.get(owners.iterator().next()),
          listed,
          in.getSubject() + " must list every code of its scheme");
    }
  }

  /** Subjects typed as shapes, plus anything reached through sh:property (which is a shape). */
  private static List<Resource> namedShapes() {
    Set<Resource> all = new HashSet<>();
    all.addAll(shapes.listSubjectsWithProperty(RDF.type, sh("NodeShape")).toList());
    all.addAll(shapes.listSubjectsWithProperty(RDF.type, sh("PropertyShape")).toList());
    shapes.listObjectsOfProperty(sh("property")).forEach(n -> all.add(n.asResource()));
    shapes.listSubjectsWithProperty(sh("targetClass")).forEach(all::add);
    List<Resource> sorted = new ArrayList<>(all);
    sorted.sort((a, b) -> a.toString().compareTo(b.toString()));
    assertFalse(sorted.isEmpty());
    return sorted;
  }

  private static Set<String> debatescoreClasses(Model ontology) {
    Set<String> classes = new TreeSet<>();
    for (Resource type : List.of(OWL.Class, RDFS.Class)) {
      ontology
          .listSubjectsWithProperty(RDF.type, type)
          .filterKeep(r -> r.isURIResource() && r.getURI().startsWith(DBS))
          .forEach(r -> classes.add(r.getURI()));
    }
    assertFalse(classes.isEmpty(), "no dbs: class in the ontology");
    return classes;
  }

  private static Set<String> objectIris(Property p) {
    Set<String> iris = new TreeSet<>();
    shapes
        .listObjectsOfProperty(p)
        .filterKeep(RDFNode::isURIResource)
        .forEach(n -> iris.add(n.asResource().getURI()));
    return iris;
  }

  private static Set<String> languages(Resource r, Property p) {
    Set<String> langs = new TreeSet<>();
    for (Statement s : r.listProperties(p).toList()) {
      if (s.getObject().isLiteral()) {
        Literal l = s.getLiteral();
        langs.add(l.getLanguage());
      }
    }
    return langs;
  }

  private static Literal englishMessage(Resource shape) {
    for (Statement s : shape.listProperties(sh("message")).toList()) {
      if (s.getLiteral().getLanguage().equals("en")) {
        return s.getLiteral();
      }
    }
    throw new AssertionError(shape + " has no English sh:message");
  }

  /** The ontology and code lists are written separately; skip, rather than fail, until they are. */
  private static Model optionalModel(String resource) {
    assumeTrue(
        ShapesTest.class.getClassLoader().getResource(resource) != null,
        resource + " not written yet");
    return ModelFactory.createModelForGraph(NegativeExamplesTest.readTurtle(resource));
  }

  private static Property sh(String local) {
    return shapes.createProperty(SH + local);
  }
}
