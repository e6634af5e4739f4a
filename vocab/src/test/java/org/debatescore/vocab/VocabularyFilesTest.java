package org.debatescore.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.debatescore.vocab.docs.ContextTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The bundled vocabulary files are valid, complete in English and French, and consistent. */
class VocabularyFilesTest {

  private static final List<VocabularyFile> TURTLE_FILES =
      List.of(
          VocabularyFile.ONTOLOGY,
          VocabularyFile.CODE_LISTS,
          VocabularyFile.ALIGNMENTS,
          VocabularyFile.SHAPES);

  // ------------------------------------------------------------------ parsing

  @ParameterizedTest
  @EnumSource(
      value = VocabularyFile.class,
      names = {"ONTOLOGY", "CODE_LISTS", "ALIGNMENTS", "SHAPES"})
  void bundledTurtleFileParsesStrictly(VocabularyFile file) {
    assertFalse(VocabularyFixtures.model(file).isEmpty(), file.fileName() + " is empty");
  }

  @Test
  void contextIsStrictJsonWithDebatescoreVocabAndIdTypeAliases() {
    ContextTerms ctx = VocabularyFixtures.context();
    assertEquals(DBS.NS, ctx.vocab(), "\"@vocab\" of the context");
    JsonValue version = ctx.raw("@version");
    assertTrue(
        version instanceof JsonNumber n && n.doubleValue() == 1.1,
        "\"@version\" must be 1.1, found " + version);
    Map<String, String> aliases = new TreeMap<>();
    ctx.terms().forEach(t -> aliases.put(t.key(), t.iri()));
    assertEquals("@id", aliases.get("id"), "\"id\" must alias @id");
    assertEquals("@type", aliases.get("type"), "\"type\" must alias @type");
  }

  @Test
  void contextIsAValidJsonLd11ContextForAMinimalProposal() throws Exception {
    String doc =
        "{\"@context\": \""
            + DebatescoreVocabulary.CONTEXT_IRI
            + "\", \"id\": \"https://example.org/p/1\", \"type\": \"Proposal\","
            + " \"title\": {\"en\": \"Open data\", \"fr\": \"Données ouvertes\"}}";
    JsonArray expanded =
        JsonLd.expand(
                JsonDocument.of(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8))))
            .options(VocabularyFixtures.offlineJsonLdOptions())
            .get();
    String json = expanded.toString();
    assertTrue(
        json.contains(DBS.Proposal),
        "\"type\": \"Proposal\" did not expand to dbs:Proposal: " + json);
    assertTrue(json.contains(Terms.DCT.title), "\"title\" did not expand to dct:title: " + json);
    assertTrue(json.contains("\"@language\":\"fr\""), "\"title\" is not a language map: " + json);
  }

  // -------------------------------------------------------------- dbs: terms

  @Test
  void everyDbsIriUsedInTheVocabularyFilesIsDefinedInTheOntology() {
    Set<String> defined = VocabularyFixtures.definedDbsTerms();
    Map<String, Set<String>> undefined = new LinkedHashMap<>();
    for (VocabularyFile f : TURTLE_FILES) {
      Set<String> used = VocabularyFixtures.dbsIrisIn(VocabularyFixtures.model(f));
      used.removeAll(defined);
      if (!used.isEmpty()) {
        undefined.put(f.fileName(), used);
      }
    }
    Set<String> fromContext = new TreeSet<>();
    for (ContextTerms.Term t : VocabularyFixtures.context().terms()) {
      for (String iri : new String[] {t.iri(), t.type()}) {
        if (iri != null && VocabularyFixtures.isDbs(iri) && !defined.contains(iri)) {
          fromContext.add(iri + " (key \"" + t.key() + "\")");
        }
      }
    }
    if (!fromContext.isEmpty()) {
      undefined.put(VocabularyFile.CONTEXT.fileName(), fromContext);
    }
    assertTrue(
        undefined.isEmpty(),
        "dbs: IRIs used but not defined in debatescore.ttl:\n"
            + VocabularyFixtures.listing(undefined));
  }

  @Test
  void everyDbsIriUsedInTheExampleDebatesIsDefinedInTheOntology() {
    List<Path> examples = new ArrayList<>(VocabularyFixtures.examples("ttl"));
    assertFalse(
        examples.isEmpty(),
        "no example debates in " + VocabularyFixtures.root().resolve("examples/debates"));
    examples.addAll(VocabularyFixtures.examples("jsonld"));
    Set<String> defined = VocabularyFixtures.definedDbsTerms();
    Map<String, Set<String>> undefined = new LinkedHashMap<>();
    for (Path file : examples) {
      Set<String> used = VocabularyFixtures.dbsIrisIn(VocabularyFixtures.parseExample(file));
      used.removeAll(defined);
      if (!used.isEmpty()) {
        undefined.put(VocabularyFixtures.root().relativize(file).toString(), used);
      }
    }
    assertTrue(
        undefined.isEmpty(),
        "dbs: IRIs used in examples but not defined in debatescore.ttl"
            + " (in JSON-LD, usually a key missing from the context):\n"
            + VocabularyFixtures.listing(undefined));
  }

  @Test
  void dbsClassesAreUsedAsClassesAndDbsPropertiesAsProperties() {
    Model ont = VocabularyFixtures.ontology();
    Map<String, Set<String>> misused = new LinkedHashMap<>();
    Map<String, Model> sources = new LinkedHashMap<>();
    sources.put(VocabularyFile.SHAPES.fileName(), VocabularyFixtures.shapes());
    for (Path file : VocabularyFixtures.examples("ttl")) {
      sources.put(
          VocabularyFixtures.root().relativize(file).toString(),
          VocabularyFixtures.parseExample(file));
    }
    sources.forEach(
        (name, m) -> {
          Set<String> wrong = new TreeSet<>();
          for (Statement st : m.listStatements().toList()) {
            String p = st.getPredicate().getURI();
            if (VocabularyFixtures.isDbs(p) && isClass(ont, p)) {
              wrong.add("class " + p + " used as a predicate");
            }
            boolean classSlot =
                st.getPredicate().equals(RDF.type)
                    || st.getPredicate().equals(SHACLM.targetClass)
                    || st.getPredicate().equals(SHACLM.class_);
            boolean propertySlot = st.getPredicate().equals(SHACLM.path);
            if (st.getObject().isURIResource()) {
              String o = st.getObject().asResource().getURI();
              if (classSlot && VocabularyFixtures.isDbs(o) && isProperty(ont, o)) {
                wrong.add("property " + o + " used as a class");
              }
              if (propertySlot && VocabularyFixtures.isDbs(o) && isClass(ont, o)) {
                wrong.add("class " + o + " used as sh:path");
              }
            }
          }
          if (!wrong.isEmpty()) {
            misused.put(name, wrong);
          }
        });
    assertTrue(misused.isEmpty(), "misused dbs: terms:\n" + VocabularyFixtures.listing(misused));
  }

  // ------------------------------------------------------------------ codes

  @Test
  void everyCodeIriUsedInShapesExamplesAndContextIsAConceptOfTheCodeLists() {
    Model codes = VocabularyFixtures.codeLists();
    Set<String> known = new TreeSet<>();
    for (Resource type : List.of(SKOS.Concept, SKOS.ConceptScheme)) {
      codes.listSubjectsWithProperty(RDF.type, type).forEachRemaining(s -> known.add(s.getURI()));
    }
    Map<String, Set<String>> unknown = new LinkedHashMap<>();
    Map<String, Model> sources = new LinkedHashMap<>();
    for (VocabularyFile f : TURTLE_FILES) {
      sources.put(f.fileName(), VocabularyFixtures.model(f));
    }
    for (Path file : VocabularyFixtures.examples("ttl")) {
      sources.put(
          VocabularyFixtures.root().relativize(file).toString(),
          VocabularyFixtures.parseExample(file));
    }
    for (Path file : VocabularyFixtures.examples("jsonld")) {
      sources.put(
          VocabularyFixtures.root().relativize(file).toString(),
          VocabularyFixtures.parseExample(file));
    }
    sources.forEach(
        (name, m) -> {
          Set<String> used = VocabularyFixtures.codeIrisIn(m);
          used.removeAll(known);
          if (!used.isEmpty()) {
            unknown.put(name, used);
          }
        });
    Set<String> badVocabs = new TreeSet<>();
    for (ContextTerms.Term t : VocabularyFixtures.context().terms()) {
      String v = t.scopedVocab();
      if (v != null && v.startsWith(Codes.BASE)) {
        String scheme = v.endsWith("/") ? v.substring(0, v.length() - 1) : v;
        if (!v.endsWith("/") || !known.contains(scheme)) {
          badVocabs.add("\"" + t.key() + "\" @vocab " + v + " is not <scheme IRI>/ of a code list");
        }
      }
    }
    if (!badVocabs.isEmpty()) {
      unknown.put(VocabularyFile.CONTEXT.fileName(), badVocabs);
    }
    assertTrue(
        unknown.isEmpty(),
        "code IRIs that are not concepts of debatescore-codelists.ttl:\n"
            + VocabularyFixtures.listing(unknown));
  }

  @Test
  void eachCodePropertyTakesCodesFromASingleCodeList() {
    Model shapes = VocabularyFixtures.shapes();
    Map<String, Set<String>> schemesByPath = new TreeMap<>();
    for (Resource ps : shapes.listSubjectsWithProperty(SHACLM.in).toList()) {
      Statement path = ps.getProperty(SHACLM.path);
      RDFNode list = ps.getProperty(SHACLM.in).getObject();
      if (path == null || !path.getObject().isURIResource() || !list.canAs(RDFList.class)) {
        continue;
      }
      for (RDFNode code : list.as(RDFList.class).asJavaList()) {
        if (code.isURIResource() && code.asResource().getURI().startsWith(Codes.BASE)) {
          String iri = code.asResource().getURI();
          schemesByPath
              .computeIfAbsent(path.getResource().getURI(), k -> new TreeSet<>())
              .add(iri.substring(0, iri.lastIndexOf('/')));
        }
      }
    }
    List<String> mixed = new ArrayList<>();
    schemesByPath.forEach(
        (path, schemes) -> {
          if (schemes.size() > 1) {
            mixed.add(path + " takes codes from " + schemes);
          }
        });
    assertTrue(mixed.isEmpty(), "debatescore-shapes.ttl: sh:in mixes code lists:\n" + mixed);
  }

  // ----------------------------------------------------- labels, definitions

  @Test
  void everyDbsClassAndPropertyHasOneLabelAndDefinitionInEnglishAndFrenchAndIsDefinedBy() {
    Model ont = VocabularyFixtures.ontology();
    Resource ontology = ont.getResource(DBS.ONTOLOGY);
    List<String> problems = new ArrayList<>();
    for (String iri : VocabularyFixtures.definedDbsTerms()) {
      Resource term = ont.getResource(iri);
      for (Property p : List.of(RDFS.label, SKOS.definition)) {
        for (String lang : List.of("en", "fr")) {
          int n = countLang(ont, term, p, lang);
          if (n != 1) {
            problems.add(iri + ": " + n + " " + shortName(p) + "@" + lang + " (expected 1)");
          }
        }
      }
      if (!ont.contains(term, RDFS.isDefinedBy, ontology)) {
        problems.add(iri + ": no rdfs:isDefinedBy <" + DBS.ONTOLOGY + ">");
      }
    }
    assertTrue(problems.isEmpty(), "debatescore.ttl:\n  " + String.join("\n  ", problems));
  }

  @Test
  void everyConceptHasOnePrefLabelAndDefinitionInEnglishAndFrenchAndBelongsToItsScheme() {
    Model codes = VocabularyFixtures.codeLists();
    List<String> problems = new ArrayList<>();
    List<Resource> concepts = codes.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList();
    assertFalse(concepts.isEmpty(), "debatescore-codelists.ttl has no skos:Concept");
    for (Resource c : concepts) {
      String iri = c.getURI();
      for (Property p : List.of(SKOS.prefLabel, SKOS.definition)) {
        for (String lang : List.of("en", "fr")) {
          int n = countLang(codes, c, p, lang);
          if (n != 1) {
            problems.add(iri + ": " + n + " " + shortName(p) + "@" + lang + " (expected 1)");
          }
        }
      }
      if (iri == null
          || !iri.startsWith(Codes.BASE)
          || iri.lastIndexOf('/') <= Codes.BASE.length()) {
        problems.add(iri + ": not of the form " + Codes.BASE + "<scheme>/<code>");
        continue;
      }
      Resource scheme = codes.getResource(iri.substring(0, iri.lastIndexOf('/')));
      String code = iri.substring(iri.lastIndexOf('/') + 1);
      if (!codes.contains(scheme, RDF.type, SKOS.ConceptScheme)) {
        problems.add(iri + ": its scheme <" + scheme.getURI() + "> is not a skos:ConceptScheme");
      }
      if (!codes.contains(c, SKOS.inScheme, scheme)) {
        problems.add(iri + ": no skos:inScheme <" + scheme.getURI() + ">");
      }
      if (!codes.contains(c, SKOS.topConceptOf, scheme)) {
        problems.add(iri + ": no skos:topConceptOf <" + scheme.getURI() + ">");
      }
      Statement notation = c.getProperty(SKOS.notation);
      if (notation == null || !code.equals(notation.getLiteral().getLexicalForm())) {
        problems.add(iri + ": skos:notation must be \"" + code + "\"");
      }
    }
    assertTrue(
        problems.isEmpty(), "debatescore-codelists.ttl:\n  " + String.join("\n  ", problems));
  }

  @Test
  void everyCodeListHasANameInEnglishAndFrench() {
    Model codes = VocabularyFixtures.codeLists();
    List<String> problems = new ArrayList<>();
    for (Resource s : codes.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).toList()) {
      for (String lang : List.of("en", "fr")) {
        boolean named =
            List.of(SKOS.prefLabel, RDFS.label, DCTerms.title).stream()
                .anyMatch(p -> countLang(codes, s, p, lang) > 0);
        if (!named) {
          problems.add(s.getURI() + ": no skos:prefLabel (or rdfs:label, dct:title) @" + lang);
        }
      }
    }
    assertTrue(
        problems.isEmpty(), "debatescore-codelists.ttl:\n  " + String.join("\n  ", problems));
  }

  @Test
  void ontologyHeaderHasVersionLicenceAndBilingualTitleAndDescription() {
    Model ont = VocabularyFixtures.ontology();
    Resource header = ont.getResource(DBS.ONTOLOGY);
    List<String> problems = new ArrayList<>();
    if (!ont.contains(header, RDF.type, OWL.Ontology)) {
      problems.add("<" + DBS.ONTOLOGY + "> is not an owl:Ontology");
    }
    if (!ont.contains(header, OWL.versionIRI, ont.getResource(DebatescoreVocabulary.VERSION_IRI))) {
      problems.add("owl:versionIRI is not <" + DebatescoreVocabulary.VERSION_IRI + ">");
    }
    Statement versionInfo = header.getProperty(OWL.versionInfo);
    if (versionInfo == null
        || !DebatescoreVocabulary.VERSION.equals(versionInfo.getLiteral().getLexicalForm())) {
      problems.add("owl:versionInfo is not \"" + DebatescoreVocabulary.VERSION + "\"");
    }
    if (!ont.contains(header, DCTerms.license, ont.getResource(DebatescoreVocabulary.LICENSE))) {
      problems.add("dct:license is not <" + DebatescoreVocabulary.LICENSE + ">");
    }
    for (Property p : List.of(DCTerms.title, DCTerms.description)) {
      for (String lang : List.of("en", "fr")) {
        if (countLang(ont, header, p, lang) != 1) {
          problems.add("expected one " + shortName(p) + "@" + lang);
        }
      }
    }
    assertTrue(
        problems.isEmpty(), "debatescore.ttl ontology header:\n  " + String.join("\n  ", problems));
  }

  @Test
  void propertiesWithSeveralDomainsOrRangesUseSchemaDomainIncludesAndRangeIncludes() {
    Model ont = VocabularyFixtures.ontology();
    List<String> problems = new ArrayList<>();
    for (String iri : VocabularyFixtures.definedDbsTerms()) {
      Resource p = ont.getResource(iri);
      for (Property via : List.of(RDFS.domain, RDFS.range)) {
        int n = ont.listObjectsOfProperty(p, via).toList().size();
        if (n > 1) {
          // Several rdfs:domain mean "all of them at once" to a reasoner.
          problems.add(iri + " has " + n + " " + shortName(via));
        }
      }
    }
    assertTrue(problems.isEmpty(), "debatescore.ttl:\n  " + String.join("\n  ", problems));
  }

  // ------------------------------------------------------------- alignments

  @Test
  void alignmentsImportNothingAndNeverDeclareDbsTermsEquivalentOrSame() {
    Model al = VocabularyFixtures.alignments();
    List<String> problems = new ArrayList<>();
    al.listStatements(null, OWL.imports, (RDFNode) null)
        .forEachRemaining(st -> problems.add("owl:imports " + st.getObject()));
    for (Property strong : List.of(OWL.equivalentClass, OWL.equivalentProperty, OWL.sameAs)) {
      for (Statement st : al.listStatements(null, strong, (RDFNode) null).toList()) {
        boolean dbs =
            (st.getSubject().isURIResource() && VocabularyFixtures.isDbs(st.getSubject().getURI()))
                || (st.getObject().isURIResource()
                    && VocabularyFixtures.isDbs(st.getObject().asResource().getURI()));
        if (dbs) {
          problems.add(
              st.getSubject()
                  + " "
                  + shortName(strong)
                  + " "
                  + st.getObject()
                  + " (use rdfs:subClassOf/subPropertyOf or skos:closeMatch/exactMatch)");
        }
      }
    }
    assertTrue(
        problems.isEmpty(), "debatescore-alignments.ttl:\n  " + String.join("\n  ", problems));
  }

  // ---------------------------------------------------------------- helpers

  private static boolean isClass(Model ont, String iri) {
    Resource r = ont.getResource(iri);
    return ont.contains(r, RDF.type, OWL.Class) || ont.contains(r, RDF.type, RDFS.Class);
  }

  private static boolean isProperty(Model ont, String iri) {
    Resource r = ont.getResource(iri);
    return ont.contains(r, RDF.type, OWL.ObjectProperty)
        || ont.contains(r, RDF.type, OWL.DatatypeProperty)
        || ont.contains(r, RDF.type, OWL.AnnotationProperty)
        || ont.contains(r, RDF.type, RDF.Property);
  }

  private static int countLang(Model m, Resource s, Property p, String lang) {
    int n = 0;
    for (RDFNode o : m.listObjectsOfProperty(s, p).toList()) {
      if (o.isLiteral()) {
        Literal l = o.asLiteral();
        if (l.getLanguage().equalsIgnoreCase(lang) && !l.getLexicalForm().isBlank()) {
          n++;
        }
      }
    }
    return n;
  }

  private static String shortName(Property p) {
    String uri = p.getURI();
    if (uri.startsWith(RDFS.getURI())) {
      return "rdfs:" + p.getLocalName();
    }
    if (uri.startsWith(SKOS.getURI())) {
      return "skos:" + p.getLocalName();
    }
    if (uri.startsWith(DCTerms.NS)) {
      return "dct:" + p.getLocalName();
    }
    if (uri.startsWith(OWL.NS)) {
      return "owl:" + p.getLocalName();
    }
    return uri;
  }
}
