package org.debatescore.vocab.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.debatescore.vocab.DBS;
import org.debatescore.vocab.DebatescoreVocabulary;
import org.debatescore.vocab.VocabularyFile;

/**
 * Generates the single-page HTML documentation of the vocabulary from the bundled ontology, code
 * lists, alignments, shapes and JSON-LD context, so that no hand-maintained copy can drift.
 *
 * <p>Run by the Maven build (exec-maven-plugin, phase {@code process-test-classes}) with the output
 * file as its only argument; the page then ships in the jar next to the Turtle files. The output is
 * deterministic (sorted, no timestamp) so that a test can compare it with a fresh rendering.
 */
public final class DocumentationGenerator {

  /** Anchor prefix of code lists; classes and properties use their bare local names. */
  public static final String CODE_ANCHOR_PREFIX = "code-";

  private static final String SCHEMA = "https://schema.org/";
  private static final Property DOMAIN_INCLUDES =
      ResourceFactory.createProperty(SCHEMA + "domainIncludes");
  private static final Property RANGE_INCLUDES =
      ResourceFactory.createProperty(SCHEMA + "rangeIncludes");
  private static final String EXAMPLE_BASE = "https://example.org/";

  private final Model ontology;
  private final Model codeLists;
  private final Model alignments;
  private final Model shapes;
  private final ContextTerms context;
  private final PrefixMapping prefixes = PrefixMapping.Factory.create();
  private final StringBuilder out = new StringBuilder(256 * 1024);
  private final Map<Resource, Set<Resource>> codeSchemes = new HashMap<>();

  private DocumentationGenerator(
      Model ontology, Model codeLists, Model alignments, Model shapes, ContextTerms context) {
    this.ontology = ontology;
    this.codeLists = codeLists;
    this.alignments = alignments;
    this.shapes = shapes;
    this.context = context;
    for (Model m : List.of(ontology, codeLists, alignments, shapes)) {
      m.getNsPrefixMap().forEach(prefixes::setNsPrefix);
    }
    // The canonical prefixes win over whatever a file happened to declare.
    prefixes.setNsPrefix(DBS.PREFIX, DBS.NS);
    prefixes.setNsPrefix("dbsh", DebatescoreVocabulary.SHAPES_NS);
  }

  /** Writes the documentation to the file named by {@code args[0]}, creating its directory. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      // No System.exit: exec:java runs inside the Maven JVM.
      throw new IllegalArgumentException("usage: DocumentationGenerator OUTPUT.html");
    }
    Path target = Path.of(args[0]).toAbsolutePath();
    Files.createDirectories(target.getParent());
    Files.writeString(target, generate(), StandardCharsets.UTF_8);
  }

  /** Renders the documentation of the bundled vocabulary files. */
  public static String generate() {
    ContextTerms ctx;
    try (InputStream in = VocabularyFile.CONTEXT.open()) {
      ctx = ContextTerms.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new DocumentationGenerator(
            turtle(VocabularyFile.ONTOLOGY),
            turtle(VocabularyFile.CODE_LISTS),
            turtle(VocabularyFile.ALIGNMENTS),
            turtle(VocabularyFile.SHAPES),
            ctx)
        .render();
  }

  private static Model turtle(VocabularyFile file) {
    Model m = ModelFactory.createDefaultModel();
    try (InputStream in = file.open()) {
      RDFParser.source(in)
          .lang(Lang.TURTLE)
          .errorHandler(ErrorHandlerFactory.errorHandlerStrict)
          .parse(m);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      throw new IllegalStateException(file.fileName() + " does not parse: " + e.getMessage(), e);
    }
    return m;
  }

  // ------------------------------------------------------------------ page

  private String render() {
    Resource ont = ontology.getResource(DBS.ONTOLOGY);
    List<Resource> classes = dbsTerms(OWL.Class, RDFS.Class);
    List<Resource> properties =
        dbsTerms(OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property);
    List<Resource> schemes =
        sorted(codeLists.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).toList());
    List<Resource> classOrder = hierarchyOrder(classes);

    String title = text(ontology, ont, DCTerms.title, "en").orElse("Debatescore");
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(esc(title))
        .append("</title>\n<style>\n")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n");
    header(ont, title);
    toc(classOrder, classes, properties, schemes);
    out.append("<main>\n");
    out.append("<section id=\"classes\">\n<h2>Classes</h2>\n");
    for (Resource c : classOrder) {
      classSection(c, classes);
    }
    out.append("</section>\n");
    out.append("<section id=\"properties\">\n<h2>Properties</h2>\n");
    for (Resource p : properties) {
      propertySection(p);
    }
    out.append("</section>\n");
    out.append("<section id=\"code-lists\">\n<h2>Code lists</h2>\n");
    for (Resource s : schemes) {
      schemeSection(s);
    }
    out.append("</section>\n");
    otherShapesSection(classes);
    out.append("</main>\n<footer>\n<p>Generated from ");
    out.append(
        List.of(
                VocabularyFile.ONTOLOGY,
                VocabularyFile.CODE_LISTS,
                VocabularyFile.ALIGNMENTS,
                VocabularyFile.SHAPES,
                VocabularyFile.CONTEXT)
            .stream()
            .map(f -> "<code>" + esc(f.fileName()) + "</code>")
            .collect(Collectors.joining(", ")));
    out.append(" by the Debatescore build; do not edit.</p>\n</footer>\n</body>\n</html>\n");
    return out.toString();
  }

  private void header(Resource ont, String title) {
    out.append("<header>\n<h1>").append(esc(title));
    text(ontology, ont, DCTerms.title, "fr")
        .ifPresent(
            fr -> out.append(" <span class=\"fr\" lang=\"fr\">").append(esc(fr)).append("</span>"));
    out.append("</h1>\n<dl class=\"meta\">\n");
    dt("IRI", "<a href=\"" + esc(DBS.ONTOLOGY) + "\"><code>" + esc(DBS.ONTOLOGY) + "</code></a>");
    Optional<Resource> versionIri = iri(ontology, ont, OWL.versionIRI);
    versionIri.ifPresent(v -> dt("Version IRI", link(v)));
    text(ontology, ont, OWL.versionInfo, "").ifPresent(v -> dt("Version", esc(v)));
    List<RDFNode> licences = objects(ontology, ont, DCTerms.license);
    if (!licences.isEmpty()) {
      dt("Licence", licences.stream().map(this::node).collect(Collectors.joining(", ")));
    }
    for (Property p : List.of(DCTerms.creator, DCTerms.publisher, DCTerms.contributor)) {
      List<RDFNode> values = objects(ontology, ont, p);
      if (!values.isEmpty()) {
        dt(
            capitalise(p.getLocalName()),
            values.stream().map(this::node).collect(Collectors.joining(", ")));
      }
    }
    for (Property p : List.of(DCTerms.issued, DCTerms.modified)) {
      text(ontology, ont, p, "").ifPresent(v -> dt(capitalise(p.getLocalName()), esc(v)));
    }
    dt(
        "JSON-LD context",
        "<code>\"@context\": \"" + esc(DebatescoreVocabulary.CONTEXT_IRI) + "\"</code>");
    dt(
        "Files",
        List.of(
                VocabularyFile.ONTOLOGY,
                VocabularyFile.CODE_LISTS,
                VocabularyFile.ALIGNMENTS,
                VocabularyFile.SHAPES,
                VocabularyFile.CONTEXT)
            .stream()
            .map(
                f ->
                    "<a href=\""
                        + esc(f.fileName())
                        + "\"><code>"
                        + esc(f.fileName())
                        + "</code></a>")
            .collect(Collectors.joining(", ")));
    out.append("</dl>\n");
    bilingual(ontology, ont, DCTerms.description, "description");
    out.append("<h2 id=\"namespaces\">Namespaces</h2>\n<table class=\"ns\">\n")
        .append("<thead><tr><th>Prefix</th><th>Namespace</th></tr></thead>\n<tbody>\n");
    for (Map.Entry<String, String> e : new TreeMap<>(prefixes.getNsPrefixMap()).entrySet()) {
      out.append("<tr><td><code>")
          .append(esc(e.getKey()))
          .append(":</code></td><td><code>")
          .append(esc(e.getValue()))
          .append("</code></td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</header>\n");
  }

  private void toc(
      List<Resource> classOrder,
      List<Resource> classes,
      List<Resource> properties,
      List<Resource> schemes) {
    out.append("<nav id=\"toc\">\n<h2>Contents</h2>\n<ol>\n");
    out.append("<li><a href=\"#namespaces\">Namespaces</a></li>\n");
    out.append("<li><a href=\"#classes\">Classes</a>\n<ul class=\"terms\">\n");
    for (Resource c : classOrder) {
      int depth = depth(c, classes);
      out.append("<li class=\"depth")
          .append(Math.min(depth, 4))
          .append("\"><a href=\"#")
          .append(esc(c.getLocalName()))
          .append("\">")
          .append(esc(c.getLocalName()))
          .append("</a></li>\n");
    }
    out.append("</ul></li>\n<li><a href=\"#properties\">Properties</a>\n<ul class=\"terms\">\n");
    for (Resource p : properties) {
      out.append("<li><a href=\"#")
          .append(esc(p.getLocalName()))
          .append("\">")
          .append(esc(p.getLocalName()))
          .append("</a></li>\n");
    }
    out.append("</ul></li>\n<li><a href=\"#code-lists\">Code lists</a>\n<ul class=\"terms\">\n");
    for (Resource s : schemes) {
      out.append("<li><a href=\"#")
          .append(esc(schemeAnchor(s)))
          .append("\">")
          .append(esc(schemeName(s)))
          .append("</a></li>\n");
    }
    out.append("</ul></li>\n");
    if (!otherShapes(classes).isEmpty()) {
      out.append("<li><a href=\"#other-constraints\">Other constraints</a></li>\n");
    }
    out.append("</ol>\n</nav>\n");
  }

  // --------------------------------------------------------------- classes

  private void classSection(Resource c, List<Resource> classes) {
    String local = c.getLocalName();
    out.append("<section class=\"term class\" id=\"").append(esc(local)).append("\">\n");
    termHeading(ontology, c, "Class");
    termTexts(ontology, c);
    out.append("<dl class=\"facts\">\n");
    List<Resource> supers = iris(ontology, c, RDFS.subClassOf);
    if (!supers.isEmpty()) {
      dt("Subclass of", links(supers));
    }
    List<Resource> subs = sorted(ontology.listSubjectsWithProperty(RDFS.subClassOf, c).toList());
    subs.removeIf(s -> !s.isURIResource() || !classes.contains(s));
    if (!subs.isEmpty()) {
      dt("Subclasses", links(subs));
    }
    List<Resource> asRange = usedAsRange(c);
    if (!asRange.isEmpty()) {
      dt("Value of", links(asRange));
    }
    alignmentFacts(c);
    out.append("</dl>\n");

    List<Resource> lineage = lineage(c);
    // A shape often targets a class and all its subclasses: list it once, nearest target first.
    Set<Resource> shapeSet = new LinkedHashSet<>();
    for (Resource k : lineage) {
      shapeSet.addAll(sorted(shapes.listSubjectsWithProperty(SHACLM.targetClass, k).toList()));
    }
    List<Resource> nodeShapes = new ArrayList<>(shapeSet);
    Map<Resource, Resource> props = propertiesOf(lineage);
    if (!props.isEmpty()) {
      out.append("<h4>Properties</h4>\n<table class=\"props\">\n<thead><tr>")
          .append("<th>Property</th><th>Expected value</th><th>Declared on</th></tr></thead>\n")
          .append("<tbody>\n");
      for (Map.Entry<Resource, Resource> e : props.entrySet()) {
        Resource p = e.getKey();
        List<Resource> ranges = iris(ontology, p, RDFS.range);
        ranges.addAll(iris(ontology, p, RANGE_INCLUDES));
        out.append("<tr><td>")
            .append(link(p))
            .append("</td><td>")
            .append(ranges.isEmpty() ? shapeValue(p, nodeShapes) : links(ranges))
            .append("</td><td>")
            .append(e.getValue().equals(c) ? "this class" : link(e.getValue()))
            .append("</td></tr>\n");
      }
      out.append("</tbody>\n</table>\n");
    }

    if (!nodeShapes.isEmpty()) {
      out.append("<h4>Constraints</h4>\n");
      for (Resource shape : nodeShapes) {
        shapeTable(shape, c);
      }
    }

    // skos:example holds either prose (an instance described in words) or a code snippet.
    List<Literal> examples =
        ontology.listObjectsOfProperty(c, SKOS.example).toList().stream()
            .filter(RDFNode::isLiteral)
            .map(RDFNode::asLiteral)
            .sorted(
                Comparator.comparing(Literal::getLanguage).thenComparing(Literal::getLexicalForm))
            .toList();
    List<Literal> prose = examples.stream().filter(l -> !looksLikeCode(l)).toList();
    List<Literal> code = examples.stream().filter(DocumentationGenerator::looksLikeCode).toList();
    out.append("<h4>Example</h4>\n");
    if (!prose.isEmpty()) {
      out.append("<ul class=\"examples\">\n");
      for (Literal l : prose) {
        String lang = l.getLanguage();
        out.append("<li")
            .append(lang.isEmpty() ? "" : " lang=\"" + esc(lang) + "\"")
            .append(lang.equalsIgnoreCase("fr") ? " class=\"fr\"" : "")
            .append(">")
            .append(esc(l.getLexicalForm()))
            .append("</li>\n");
      }
      out.append("</ul>\n");
    }
    for (Literal l : code) {
      out.append("<pre class=\"example\">").append(esc(l.getLexicalForm())).append("</pre>\n");
    }
    if (code.isEmpty()) {
      out.append("<p class=\"note\">In Turtle, with the properties the shapes require or")
          .append(" recommend (synthesised from the shapes):</p>\n")
          .append("<pre class=\"example synthesised\">")
          .append(esc(synthesiseExample(c, nodeShapes)))
          .append("</pre>\n");
    }
    out.append("</section>\n");
  }

  private static boolean looksLikeCode(Literal l) {
    String t = l.getLexicalForm().strip();
    return t.startsWith("{")
        || t.startsWith("@prefix")
        || t.startsWith("PREFIX")
        || t.contains(" a dbs:");
  }

  /** The class and its dbs: superclasses, nearest first. */
  private List<Resource> lineage(Resource c) {
    List<Resource> result = new ArrayList<>();
    List<Resource> queue = new ArrayList<>(List.of(c));
    while (!queue.isEmpty()) {
      Resource k = queue.remove(0);
      if (result.contains(k)) {
        continue;
      }
      result.add(k);
      for (Resource s : iris(ontology, k, RDFS.subClassOf)) {
        if (isDbs(s)) {
          queue.add(s);
        }
      }
    }
    return result;
  }

  /** For a reused property (no range here): the value constraints the shapes put on it. */
  private String shapeValue(Resource p, List<Resource> nodeShapes) {
    for (Resource shape : nodeShapes) {
      for (Resource ps : resources(shapes, shape, SHACLM.property)) {
        if (shapes.contains(ps, SHACLM.path, p)) {
          String d = describe(ps);
          if (!d.isEmpty()) {
            return d;
          }
        }
      }
    }
    return "";
  }

  /** Properties declared (domain or domainIncludes) on the class or one of its superclasses. */
  private Map<Resource, Resource> propertiesOf(List<Resource> lineage) {
    Map<Resource, Resource> result = new TreeMap<>(Comparator.comparing(Resource::getURI));
    for (Resource k : lineage) {
      for (Property via : List.of(RDFS.domain, DOMAIN_INCLUDES)) {
        for (Resource p : ontology.listSubjectsWithProperty(via, k).toList()) {
          if (p.isURIResource()) {
            result.putIfAbsent(p, k);
          }
        }
      }
    }
    // Reused properties appear through the shapes only; they are used with this class too.
    for (Resource k : lineage) {
      for (Resource shape : shapes.listSubjectsWithProperty(SHACLM.targetClass, k).toList()) {
        for (RDFNode ps : shapes.listObjectsOfProperty(shape, SHACLM.property).toList()) {
          RDFNode path = ps.isResource() ? single(shapes, ps.asResource(), SHACLM.path) : null;
          if (path != null && path.isURIResource()) {
            result.putIfAbsent(path.asResource(), k);
          }
        }
      }
    }
    return result;
  }

  private List<Resource> usedAsRange(Resource c) {
    Set<Resource> result = new TreeSet<>(Comparator.comparing(Resource::getURI));
    for (Property via : List.of(RDFS.range, RANGE_INCLUDES)) {
      for (Resource p : ontology.listSubjectsWithProperty(via, c).toList()) {
        if (p.isURIResource()) {
          result.add(p);
        }
      }
    }
    return new ArrayList<>(result);
  }

  // ------------------------------------------------------------ properties

  private void propertySection(Resource p) {
    out.append("<section class=\"term property\" id=\"")
        .append(esc(p.getLocalName()))
        .append("\">\n");
    String kind =
        ontology.contains(p, RDF.type, OWL.ObjectProperty)
            ? "Object property"
            : ontology.contains(p, RDF.type, OWL.DatatypeProperty)
                ? "Datatype property"
                : ontology.contains(p, RDF.type, OWL.AnnotationProperty)
                    ? "Annotation property"
                    : "Property";
    termHeading(ontology, p, kind);
    termTexts(ontology, p);
    out.append("<dl class=\"facts\">\n");
    factList("Domain", iris(ontology, p, RDFS.domain));
    factList("Domain includes", iris(ontology, p, DOMAIN_INCLUDES));
    factList("Range", iris(ontology, p, RDFS.range));
    factList("Range includes", iris(ontology, p, RANGE_INCLUDES));
    factList("Subproperty of", iris(ontology, p, RDFS.subPropertyOf));
    factList("Inverse of", iris(ontology, p, OWL.inverseOf));
    if (ontology.contains(p, RDF.type, OWL.FunctionalProperty)) {
      dt("Characteristics", "functional (at most one value)");
    }
    List<String> keys = new ArrayList<>();
    for (ContextTerms.Term t : context.terms()) {
      if (p.getURI().equals(t.iri())) {
        keys.add(
            "<code>\""
                + esc(t.key())
                + "\"</code>"
                + (t.reverse()
                    ? " (reverse: the value points to the resource with this key)"
                    : ""));
      }
    }
    if (!keys.isEmpty()) {
      dt("JSON key", String.join(", ", keys));
    }
    Set<Resource> schemes = codeSchemesOf(p);
    if (!schemes.isEmpty()) {
      dt(
          "Code list",
          schemes.stream()
              .map(s -> "<a href=\"#" + esc(schemeAnchor(s)) + "\">" + esc(schemeName(s)) + "</a>")
              .collect(Collectors.joining(", ")));
    }
    Set<Resource> constrainedOn = new TreeSet<>(Comparator.comparing(Resource::getURI));
    for (Resource ps : shapes.listSubjectsWithProperty(SHACLM.path, p).toList()) {
      for (Resource shape : shapes.listSubjectsWithProperty(SHACLM.property, ps).toList()) {
        for (RDFNode target : shapes.listObjectsOfProperty(shape, SHACLM.targetClass).toList()) {
          if (target.isURIResource()) {
            constrainedOn.add(target.asResource());
          }
        }
      }
    }
    factList("Constrained on", new ArrayList<>(constrainedOn));
    alignmentFacts(p);
    out.append("</dl>\n</section>\n");
  }

  /** Code lists whose concepts a property's shapes list in sh:in, or its context @vocab names. */
  private Set<Resource> codeSchemesOf(Resource p) {
    return codeSchemes.computeIfAbsent(p, this::findCodeSchemes);
  }

  private Set<Resource> findCodeSchemes(Resource p) {
    Set<Resource> result = new TreeSet<>(Comparator.comparing(Resource::getURI));
    for (Resource ps : shapes.listSubjectsWithProperty(SHACLM.path, p).toList()) {
      RDFNode in = single(shapes, ps, SHACLM.in);
      if (in != null && in.canAs(RDFList.class)) {
        for (RDFNode code : in.as(RDFList.class).asJavaList()) {
          if (code.isURIResource()) {
            iris(codeLists, code.asResource(), SKOS.inScheme).forEach(result::add);
          }
        }
      }
    }
    for (ContextTerms.Term t : context.terms()) {
      if (p.getURI().equals(t.iri()) && t.scopedVocab() != null) {
        String ns = t.scopedVocab();
        Resource scheme =
            codeLists.getResource(ns.endsWith("/") ? ns.substring(0, ns.length() - 1) : ns);
        if (codeLists.contains(scheme, RDF.type, SKOS.ConceptScheme)) {
          result.add(scheme);
        }
      }
    }
    return result;
  }

  // ------------------------------------------------------------ code lists

  private void schemeSection(Resource s) {
    out.append("<section class=\"term scheme\" id=\"").append(esc(schemeAnchor(s))).append("\">\n");
    termHeading(codeLists, s, "Code list");
    termTexts(codeLists, s);
    out.append("<dl class=\"facts\">\n");
    String ns = s.getURI() + "/";
    String prefix = prefixes.getNsURIPrefix(ns);
    if (prefix != null) {
      dt("Prefix", "<code>" + esc(prefix) + ":</code> = <code>" + esc(ns) + "</code>");
    }
    List<Resource> usedBy = new ArrayList<>();
    for (Resource p : dbsTerms(OWL.ObjectProperty, OWL.DatatypeProperty, RDF.Property)) {
      if (codeSchemesOf(p).contains(s)) {
        usedBy.add(p);
      }
    }
    factList("Used by", usedBy);
    alignmentFacts(s);
    out.append("</dl>\n");
    List<Resource> concepts =
        codeLists.listSubjectsWithProperty(SKOS.inScheme, s).toList().stream()
            .filter(Resource::isURIResource)
            .sorted(Comparator.comparing(c -> notation(c)))
            .toList();
    out.append("<table class=\"codes\">\n<thead><tr><th>Code</th><th>Label</th>")
        .append("<th lang=\"fr\">Libellé</th><th>Definition</th><th lang=\"fr\">Définition</th>")
        .append("</tr></thead>\n<tbody>\n");
    for (Resource c : concepts) {
      out.append("<tr id=\"")
          .append(esc(conceptAnchor(c)))
          .append("\"><td><code>")
          .append(esc(notation(c)))
          .append("</code><br><small>")
          .append(esc(curie(c.getURI())))
          .append("</small></td><td>")
          .append(esc(text(codeLists, c, SKOS.prefLabel, "en").orElse("")))
          .append("</td><td lang=\"fr\">")
          .append(esc(text(codeLists, c, SKOS.prefLabel, "fr").orElse("")))
          .append("</td><td>")
          .append(esc(text(codeLists, c, SKOS.definition, "en").orElse("")))
          .append("</td><td lang=\"fr\">")
          .append(esc(text(codeLists, c, SKOS.definition, "fr").orElse("")))
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  private String notation(Resource concept) {
    return text(codeLists, concept, SKOS.notation, "")
        .orElseGet(() -> concept.getURI().substring(concept.getURI().lastIndexOf('/') + 1));
  }

  /** Anchor of a code list: {@code code-} + its name, e.g. {@code code-proposal-status}. */
  public static String schemeAnchor(Resource scheme) {
    return CODE_ANCHOR_PREFIX + schemeName(scheme);
  }

  /** Anchor of a concept: {@code code-<scheme>-<code>}, e.g. {@code code-stance-for}. */
  public static String conceptAnchor(Resource concept) {
    String rest = concept.getURI().substring(DebatescoreVocabulary.CODE_BASE.length());
    return CODE_ANCHOR_PREFIX + rest.replace('/', '-');
  }

  private static String schemeName(Resource scheme) {
    String uri = scheme.getURI();
    return uri.startsWith(DebatescoreVocabulary.CODE_BASE)
        ? uri.substring(DebatescoreVocabulary.CODE_BASE.length())
        : uri.substring(uri.lastIndexOf('/') + 1);
  }

  // ---------------------------------------------------------------- shapes

  private void shapeTable(Resource shape, Resource forClass) {
    out.append("<div class=\"shape\" id=\"")
        .append(esc(forClass.getLocalName() + "--" + shapeId(shape)))
        .append("\">\n<p class=\"shape-name\">Shape <code>")
        .append(esc(shape.isURIResource() ? curie(shape.getURI()) : "(anonymous)"))
        .append("</code>");
    if (!shapes.contains(shape, SHACLM.targetClass, forClass)) {
      lineage(forClass).stream()
          .filter(k -> shapes.contains(shape, SHACLM.targetClass, k))
          .findFirst()
          .ifPresent(k -> out.append(", inherited from ").append(link(k)));
    }
    if (isDeactivated(shape)) {
      out.append(" <em>(deactivated)</em>");
    }
    out.append("</p>\n<table class=\"constraints\">\n<thead><tr><th>Property</th><th>Count</th>")
        .append("<th>Values</th><th>Severity</th><th>Message</th></tr></thead>\n<tbody>\n");
    List<Resource> propertyShapes =
        shapes.listObjectsOfProperty(shape, SHACLM.property).toList().stream()
            .filter(RDFNode::isResource)
            .map(RDFNode::asResource)
            .sorted(
                Comparator.comparing((Resource ps) -> pathText(ps))
                    .thenComparing(ps -> stableKey(ps, 0)))
            .toList();
    for (Resource ps : propertyShapes) {
      out.append("<tr")
          .append(isDeactivated(ps) ? " class=\"deactivated\"" : "")
          .append("><td>")
          .append(pathHtml(single(shapes, ps, SHACLM.path)))
          .append(nameSuffix(ps))
          .append("</td><td>")
          .append(count(ps))
          .append("</td><td>")
          .append(describe(ps))
          .append("</td><td>")
          .append(severity(ps))
          .append("</td><td>")
          .append(messages(ps))
          .append("</td></tr>\n");
    }
    String nodeLevel = describe(shape);
    if (!nodeLevel.isEmpty()) {
      out.append("<tr><td><em>the resource itself</em></td><td></td><td>")
          .append(nodeLevel)
          .append("</td><td>")
          .append(severity(shape))
          .append("</td><td>")
          .append(messages(shape))
          .append("</td></tr>\n");
    }
    for (Resource sparql : resources(shapes, shape, SHACLM.sparql)) {
      out.append("<tr><td><em>SPARQL rule</em></td><td></td><td>");
      RDFNode select = single(shapes, sparql, SHACLM.select);
      if (select != null && select.isLiteral()) {
        out.append("<details><summary>query</summary><pre>")
            .append(esc(select.asLiteral().getLexicalForm().strip()))
            .append("</pre></details>");
      }
      out.append("</td><td>")
          .append(severity(sparql))
          .append("</td><td>")
          .append(messages(sparql))
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</div>\n");
  }

  private String shapeId(Resource shape) {
    if (shape.isURIResource()) {
      String uri = shape.getURI();
      return uri.substring(Math.max(uri.lastIndexOf('#'), uri.lastIndexOf('/')) + 1);
    }
    return "anon";
  }

  private boolean isDeactivated(Resource shape) {
    RDFNode d = single(shapes, shape, SHACLM.deactivated);
    return d != null && d.isLiteral() && d.asLiteral().getLexicalForm().equals("true");
  }

  private String nameSuffix(Resource ps) {
    Optional<String> name = text(shapes, ps, SHACLM.name, "en");
    if (name.isEmpty()) {
      return "";
    }
    Optional<String> fr = text(shapes, ps, SHACLM.name, "fr");
    return "<br><small>"
        + esc(name.get())
        + fr.map(f -> " / <span lang=\"fr\">" + esc(f) + "</span>").orElse("")
        + "</small>";
  }

  private String count(Resource ps) {
    RDFNode min = single(shapes, ps, SHACLM.minCount);
    RDFNode max = single(shapes, ps, SHACLM.maxCount);
    String lo = min != null && min.isLiteral() ? min.asLiteral().getLexicalForm() : "0";
    String hi = max != null && max.isLiteral() ? max.asLiteral().getLexicalForm() : "*";
    return esc(lo + ".." + hi);
  }

  /** The value constraints of a shape, excluding path, counts, messages and metadata. */
  private String describe(Resource s) {
    List<String> parts = new ArrayList<>();
    for (Resource dt : iris(shapes, s, SHACLM.datatype)) {
      parts.add("datatype " + link(dt));
    }
    for (Resource k : iris(shapes, s, SHACLM.class_)) {
      parts.add("instance of " + link(k));
    }
    for (Resource k : iris(shapes, s, SHACLM.nodeKind)) {
      parts.add("node kind " + esc(k.getLocalName()));
    }
    RDFNode in = single(shapes, s, SHACLM.in);
    if (in != null && in.canAs(RDFList.class)) {
      parts.add(
          "one of "
              + in.as(RDFList.class).asJavaList().stream()
                  .map(this::node)
                  .collect(Collectors.joining(", ")));
    }
    for (Property p :
        List.of(
            SHACLM.minInclusive,
            SHACLM.maxInclusive,
            SHACLM.minExclusive,
            SHACLM.maxExclusive,
            SHACLM.minLength,
            SHACLM.maxLength,
            SHACLM.pattern,
            SHACLM.hasValue,
            SHACLM.languageIn)) {
      RDFNode v = single(shapes, s, p);
      if (v != null) {
        String value =
            v.canAs(RDFList.class) && !v.isLiteral()
                ? v.as(RDFList.class).asJavaList().stream()
                    .map(this::node)
                    .collect(Collectors.joining(", "))
                : node(v);
        parts.add(esc(p.getLocalName()) + " " + value);
      }
    }
    RDFNode unique = single(shapes, s, SHACLM.uniqueLang);
    if (unique != null
        && unique.isLiteral()
        && unique.asLiteral().getLexicalForm().equals("true")) {
      parts.add("one value per language");
    }
    for (Property logical : List.of(SHACLM.or, SHACLM.and, SHACLM.xone)) {
      RDFNode list = single(shapes, s, logical);
      if (list != null && list.canAs(RDFList.class)) {
        String sep =
            logical.equals(SHACLM.or)
                ? " <b>or</b> "
                : logical.equals(SHACLM.and) ? " <b>and</b> " : " <b>xor</b> ";
        parts.add(
            list.as(RDFList.class).asJavaList().stream()
                .map(m -> m.isResource() ? "(" + member(m.asResource()) + ")" : node(m))
                .collect(Collectors.joining(sep)));
      }
    }
    for (Resource n : resources(shapes, s, SHACLM.not)) {
      parts.add("not (" + member(n) + ")");
    }
    for (Resource n : resources(shapes, s, SHACLM.node)) {
      parts.add(
          "conforms to " + (n.isURIResource() ? esc(curie(n.getURI())) : "(" + member(n) + ")"));
    }
    return String.join("; ", parts);
  }

  /** A member of sh:or / sh:and: path and counts, then its value constraints. */
  private String member(Resource m) {
    List<String> parts = new ArrayList<>();
    RDFNode path = single(shapes, m, SHACLM.path);
    if (path != null) {
      parts.add(pathHtml(path) + " " + count(m));
    }
    String d = describe(m);
    if (!d.isEmpty()) {
      parts.add(d);
    }
    return parts.isEmpty() ? "any" : String.join(" ", parts);
  }

  private String severity(Resource s) {
    RDFNode sev = single(shapes, s, SHACLM.severity);
    String name =
        sev != null && sev.isURIResource() ? sev.asResource().getLocalName() : "Violation";
    return "<span class=\"sev sev-"
        + esc(name.toLowerCase(Locale.ROOT))
        + "\">"
        + esc(name)
        + "</span>";
  }

  private String messages(Resource s) {
    StringBuilder b = new StringBuilder();
    text(shapes, s, SHACLM.message, "en").ifPresent(m -> b.append(esc(m)));
    text(shapes, s, SHACLM.message, "fr")
        .ifPresent(
            m ->
                b.append(b.length() > 0 ? "<br>" : "")
                    .append("<span lang=\"fr\" class=\"fr\">")
                    .append(esc(m))
                    .append("</span>"));
    return b.toString();
  }

  private String pathText(Resource ps) {
    RDFNode path = single(shapes, ps, SHACLM.path);
    return path == null ? "" : path.isURIResource() ? curie(path.asResource().getURI()) : "~";
  }

  private String pathHtml(RDFNode path) {
    if (path == null) {
      return "";
    }
    if (path.isURIResource()) {
      return link(path.asResource());
    }
    if (!path.isResource()) {
      return node(path);
    }
    Resource r = path.asResource();
    RDFNode inverse = single(shapes, r, SHACLM.inversePath);
    if (inverse != null) {
      return "^" + pathHtml(inverse);
    }
    for (Map.Entry<Property, String> e :
        Map.of(
                SHACLM.zeroOrMorePath, "*",
                SHACLM.oneOrMorePath, "+",
                SHACLM.zeroOrOnePath, "?")
            .entrySet()) {
      RDFNode inner = single(shapes, r, e.getKey());
      if (inner != null) {
        return "(" + pathHtml(inner) + ")" + e.getValue();
      }
    }
    RDFNode alt = single(shapes, r, SHACLM.alternativePath);
    if (alt != null && alt.canAs(RDFList.class)) {
      return alt.as(RDFList.class).asJavaList().stream()
          .map(this::pathHtml)
          .collect(Collectors.joining(" | ", "(", ")"));
    }
    if (r.canAs(RDFList.class)) {
      return r.as(RDFList.class).asJavaList().stream()
          .map(this::pathHtml)
          .collect(Collectors.joining(" / "));
    }
    return "(complex path)";
  }

  /** Shapes that do not target a dbs: class and are not nested in another shape. */
  private List<Resource> otherShapes(List<Resource> classes) {
    List<Resource> result = new ArrayList<>();
    Set<Resource> candidates = new LinkedHashSet<>();
    for (Property t :
        List.of(
            SHACLM.targetClass,
            SHACLM.targetNode,
            SHACLM.targetSubjectsOf,
            SHACLM.targetObjectsOf,
            SHACLM.target)) {
      candidates.addAll(shapes.listSubjectsWithProperty(t).toList());
    }
    for (Resource s : candidates) {
      boolean dbsClassTarget =
          shapes.listObjectsOfProperty(s, SHACLM.targetClass).toList().stream()
              .anyMatch(o -> o.isResource() && classes.contains(o.asResource()));
      if (!dbsClassTarget) {
        result.add(s);
      }
    }
    return sorted(result);
  }

  private void otherShapesSection(List<Resource> classes) {
    List<Resource> others = otherShapes(classes);
    if (others.isEmpty()) {
      return;
    }
    out.append("<section id=\"other-constraints\">\n<h2>Other constraints</h2>\n");
    for (Resource s : others) {
      List<String> targets = new ArrayList<>();
      for (Property t :
          List.of(
              SHACLM.targetClass,
              SHACLM.targetNode,
              SHACLM.targetSubjectsOf,
              SHACLM.targetObjectsOf)) {
        for (RDFNode o : shapes.listObjectsOfProperty(s, t).toList()) {
          targets.add(esc(t.getLocalName()) + " " + node(o));
        }
      }
      out.append("<p>").append(String.join("; ", targets)).append("</p>\n");
      shapeTable(s, ResourceFactory.createResource(DBS.NS + "other"));
    }
    out.append("</section>\n");
  }

  // --------------------------------------------------------------- example

  /** A Turtle instance with the required properties of the shapes that apply to the class. */
  private String synthesiseExample(Resource c, List<Resource> nodeShapes) {
    Map<String, String> values = new TreeMap<>();
    Set<String> used = new TreeSet<>(List.of(DBS.PREFIX));
    for (Resource shape : nodeShapes) {
      if (isDeactivated(shape)) {
        continue;
      }
      List<Resource> required = new ArrayList<>();
      for (Resource ps : resources(shapes, shape, SHACLM.property)) {
        if (!isDeactivated(ps) && minCount(ps) > 0) {
          required.add(ps);
        }
      }
      // A node-level sh:or of required properties: show its first alternative.
      RDFNode or = single(shapes, shape, SHACLM.or);
      if (or != null && or.canAs(RDFList.class)) {
        for (RDFNode m : or.as(RDFList.class).asJavaList()) {
          if (m.isResource() && minCount(m.asResource()) > 0) {
            required.add(m.asResource());
            break;
          }
        }
      }
      for (Resource ps : required) {
        RDFNode path = single(shapes, ps, SHACLM.path);
        if (path != null && path.isURIResource()) {
          // Value constraints often sit in another property shape on the same path.
          List<Resource> onPath = new ArrayList<>(List.of(ps));
          for (Resource other : nodeShapes) {
            for (Resource candidate : resources(shapes, other, SHACLM.property)) {
              if (shapes.contains(candidate, SHACLM.path, path) && !onPath.contains(candidate)) {
                onPath.add(candidate);
              }
            }
          }
          String p = turtleName(path.asResource().getURI(), used);
          values.putIfAbsent(p, exampleValue(path.asResource(), onPath, used));
        }
      }
    }
    StringBuilder body = new StringBuilder();
    body.append('<')
        .append(EXAMPLE_BASE)
        .append(c.getLocalName().toLowerCase(Locale.ROOT))
        .append("/1> a ")
        .append(turtleName(c.getURI(), used));
    for (Map.Entry<String, String> e : values.entrySet()) {
      body.append(" ;\n    ").append(e.getKey()).append(' ').append(e.getValue());
    }
    body.append(" .\n");
    StringBuilder head = new StringBuilder();
    for (String prefix : used) {
      head.append("@prefix ")
          .append(prefix)
          .append(": <")
          .append(prefixes.getNsPrefixURI(prefix))
          .append("> .\n");
    }
    return head.append('\n').append(body).toString();
  }

  private int minCount(Resource ps) {
    RDFNode min = single(shapes, ps, SHACLM.minCount);
    return min != null && min.isLiteral() ? min.asLiteral().getInt() : 0;
  }

  private String exampleValue(Resource path, List<Resource> onPath, Set<String> used) {
    if (path.getURI().equals(DCTerms.license.getURI())) {
      return "<" + DebatescoreVocabulary.LICENSE + ">";
    }
    for (Resource ps : onPath) {
      RDFNode in = single(shapes, ps, SHACLM.in);
      if (in != null && in.canAs(RDFList.class) && !in.as(RDFList.class).isEmpty()) {
        RDFNode first = in.as(RDFList.class).asJavaList().get(0);
        return first.isURIResource()
            ? turtleName(first.asResource().getURI(), used)
            : turtle(first);
      }
    }
    for (Resource ps : onPath) {
      List<Resource> alternatives = new ArrayList<>(List.of(ps));
      RDFNode or = single(shapes, ps, SHACLM.or);
      if (or != null && or.canAs(RDFList.class)) {
        or.as(RDFList.class).asJavaList().stream()
            .filter(RDFNode::isResource)
            .forEach(m -> alternatives.add(m.asResource()));
      }
      for (Resource a : alternatives) {
        Resource dt = first(iris(shapes, a, SHACLM.datatype));
        if (dt != null) {
          return literalFor(dt.getURI(), used);
        }
        Resource cls = first(iris(shapes, a, SHACLM.class_));
        if (cls != null) {
          return exampleIri(cls.getLocalName());
        }
      }
    }
    // A code property whose shapes accept any IRI: the first code of its list in the context.
    for (ContextTerms.Term t : context.terms()) {
      if (path.getURI().equals(t.iri()) && t.scopedVocab() != null) {
        String scheme = t.scopedVocab().replaceAll("/$", "");
        Optional<String> code =
            codeLists
                .listSubjectsWithProperty(SKOS.inScheme, codeLists.getResource(scheme))
                .toList()
                .stream()
                .filter(Resource::isURIResource)
                .map(Resource::getURI)
                .sorted()
                .findFirst();
        if (code.isPresent()) {
          return turtleName(code.get(), used);
        }
      }
    }
    return exampleIri(path.getLocalName());
  }

  private static String exampleIri(String name) {
    String n = name == null || name.isEmpty() ? "resource" : name.toLowerCase(Locale.ROOT);
    return "<" + EXAMPLE_BASE + n + "/1>";
  }

  private String literalFor(String datatype, Set<String> used) {
    String rdfLangString = RDF.getURI() + "langString";
    if (datatype.equals(rdfLangString)) {
      return "\"Example\"@en";
    }
    if (datatype.equals(XSD.xstring.getURI())) {
      return "\"example\"";
    }
    if (datatype.equals(XSD.xboolean.getURI())) {
      return "false";
    }
    if (datatype.equals(XSD.decimal.getURI())) {
      return "42.5";
    }
    if (datatype.equals(XSD.integer.getURI())) {
      return "12";
    }
    String lexical;
    if (datatype.equals(XSD.dateTime.getURI())) {
      lexical = "2024-05-14T18:30:00Z";
    } else if (datatype.equals(XSD.date.getURI())) {
      lexical = "2024-05-14";
    } else if (datatype.equals(XSD.nonNegativeInteger.getURI())) {
      lexical = "12";
    } else if (datatype.equals(XSD.anyURI.getURI())) {
      lexical = EXAMPLE_BASE;
    } else if (datatype.equals(XSD.gYear.getURI())) {
      lexical = "2024";
    } else {
      lexical = "example";
    }
    return "\"" + lexical + "\"^^" + turtleName(datatype, used);
  }

  private String turtleName(String iri, Set<String> used) {
    String shortForm = prefixes.shortForm(iri);
    if (!shortForm.equals(iri)) {
      String prefix = shortForm.substring(0, shortForm.indexOf(':'));
      String local = shortForm.substring(prefix.length() + 1);
      if (local.matches("[A-Za-z_][A-Za-z0-9_-]*")) {
        used.add(prefix);
        return shortForm;
      }
    }
    return "<" + iri + ">";
  }

  private String turtle(RDFNode n) {
    if (n.isLiteral()) {
      Literal l = n.asLiteral();
      String lex = "\"" + l.getLexicalForm().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
      if (!l.getLanguage().isEmpty()) {
        return lex + "@" + l.getLanguage();
      }
      return lex + "^^<" + l.getDatatypeURI() + ">";
    }
    return n.isURIResource() ? "<" + n.asResource().getURI() + ">" : "[]";
  }

  // -------------------------------------------------------------- helpers

  private List<Resource> dbsTerms(Resource... types) {
    Set<Resource> result = new TreeSet<>(Comparator.comparing(Resource::getURI));
    for (Resource type : types) {
      for (Resource s : ontology.listSubjectsWithProperty(RDF.type, type).toList()) {
        if (isDbs(s)) {
          result.add(s);
        }
      }
    }
    return new ArrayList<>(result);
  }

  /** Depth-first over the dbs: class tree, roots and siblings alphabetical. */
  private List<Resource> hierarchyOrder(List<Resource> classes) {
    List<Resource> order = new ArrayList<>();
    for (Resource c : classes) {
      if (iris(ontology, c, RDFS.subClassOf).stream().noneMatch(classes::contains)) {
        visit(c, classes, order);
      }
    }
    for (Resource c : classes) {
      if (!order.contains(c)) {
        order.add(c); // only reached through a subclass cycle; still documented
      }
    }
    return order;
  }

  private void visit(Resource c, List<Resource> classes, List<Resource> order) {
    if (order.contains(c)) {
      return;
    }
    order.add(c);
    for (Resource sub : sorted(ontology.listSubjectsWithProperty(RDFS.subClassOf, c).toList())) {
      if (classes.contains(sub)) {
        visit(sub, classes, order);
      }
    }
  }

  private int depth(Resource c, List<Resource> classes) {
    int depth = 0;
    Resource k = c;
    Set<Resource> seen = new LinkedHashSet<>();
    while (seen.add(k)) {
      Optional<Resource> parent =
          iris(ontology, k, RDFS.subClassOf).stream().filter(classes::contains).findFirst();
      if (parent.isEmpty()) {
        break;
      }
      k = parent.get();
      depth++;
    }
    return depth;
  }

  private void termHeading(Model m, Resource r, String kind) {
    out.append("<h3>")
        .append(
            esc(
                text(m, r, isScheme(r) ? SKOS.prefLabel : RDFS.label, "en")
                    .orElse(r.getLocalName())));
    text(m, r, isScheme(r) ? SKOS.prefLabel : RDFS.label, "fr")
        .or(() -> isScheme(r) ? text(m, r, RDFS.label, "fr") : Optional.empty())
        .ifPresent(
            fr -> out.append(" <span class=\"fr\" lang=\"fr\">").append(esc(fr)).append("</span>"));
    out.append(" <small class=\"kind\">")
        .append(esc(kind))
        .append("</small></h3>\n<p class=\"iri\">");
    String curie = curie(r.getURI());
    if (!curie.equals(r.getURI())) {
      out.append("<code>").append(esc(curie)).append("</code> = ");
    }
    out.append("<code>").append(esc(r.getURI())).append("</code></p>\n");
  }

  private boolean isScheme(Resource r) {
    return codeLists.contains(r, RDF.type, SKOS.ConceptScheme);
  }

  private void termTexts(Model m, Resource r) {
    if (isScheme(r)) {
      // Code lists often carry rdfs:label or dct:title rather than skos:prefLabel.
      if (text(m, r, SKOS.prefLabel, "en").isEmpty()) {
        for (Property p : List.of(RDFS.label, DCTerms.title)) {
          if (text(m, r, p, "en").isPresent()) {
            bilingual(m, r, p, "label");
            break;
          }
        }
      }
    } else {
      bilingualInline(m, r, RDFS.label, "Label", "Libellé");
    }
    bilingual(m, r, SKOS.definition, "definition");
    if (isScheme(r)) {
      bilingual(m, r, DCTerms.description, "description");
    }
    bilingual(m, r, RDFS.comment, "comment");
    bilingual(m, r, SKOS.scopeNote, "note");
  }

  private void bilingualInline(Model m, Resource r, Property p, String en, String fr) {
    Optional<String> e = text(m, r, p, "en");
    Optional<String> f = text(m, r, p, "fr");
    if (e.isEmpty() && f.isEmpty()) {
      return;
    }
    out.append("<p class=\"labels\"><span class=\"k\">")
        .append(esc(en))
        .append(":</span> ")
        .append(esc(e.orElse("—")))
        .append(" · <span class=\"k\" lang=\"fr\">")
        .append(esc(fr))
        .append("&nbsp;:</span> <span lang=\"fr\">")
        .append(esc(f.orElse("—")))
        .append("</span></p>\n");
  }

  private void bilingual(Model m, Resource r, Property p, String cssClass) {
    Optional<String> e = text(m, r, p, "en");
    Optional<String> f = text(m, r, p, "fr");
    if (e.isEmpty() && f.isEmpty()) {
      return;
    }
    out.append("<div class=\"bi ").append(esc(cssClass)).append("\">");
    out.append("<p lang=\"en\">").append(esc(e.orElse("—"))).append("</p>");
    out.append("<p lang=\"fr\" class=\"fr\">").append(esc(f.orElse("—"))).append("</p>");
    out.append("</div>\n");
  }

  private void alignmentFacts(Resource r) {
    Map<String, List<RDFNode>> byPredicate = new TreeMap<>();
    for (Statement st : alignments.listStatements(r, null, (RDFNode) null).toList()) {
      Property p = st.getPredicate();
      if (p.equals(RDF.type) || p.equals(RDFS.isDefinedBy)) {
        continue;
      }
      byPredicate.computeIfAbsent(curie(p.getURI()), k -> new ArrayList<>()).add(st.getObject());
    }
    if (byPredicate.isEmpty()) {
      return;
    }
    String html =
        byPredicate.entrySet().stream()
            .map(
                e ->
                    "<code>"
                        + esc(e.getKey())
                        + "</code> "
                        + e.getValue().stream()
                            .sorted(Comparator.comparing(n -> stableKey(n, 0)))
                            .map(this::node)
                            .collect(Collectors.joining(", ")))
            .collect(Collectors.joining("<br>"));
    dt("Alignments", html);
  }

  private void factList(String label, List<Resource> values) {
    if (!values.isEmpty()) {
      dt(label, links(values));
    }
  }

  private void dt(String term, String html) {
    out.append("<dt>").append(esc(term)).append("</dt><dd>").append(html).append("</dd>\n");
  }

  private String links(List<Resource> values) {
    return values.stream().map(this::link).collect(Collectors.joining(", "));
  }

  /** A link to the term's section when documented here, else to the term's IRI. */
  private String link(Resource r) {
    if (r.isAnon()) {
      return "<em>(anonymous class expression)</em>";
    }
    String uri = r.getURI();
    String label = "<code>" + esc(curie(uri)) + "</code>";
    if (isDbs(r)) {
      return "<a href=\"#" + esc(uri.substring(DBS.NS.length())) + "\">" + label + "</a>";
    }
    if (codeLists.contains(r, RDF.type, SKOS.Concept)) {
      return "<a href=\"#" + esc(conceptAnchor(r)) + "\">" + label + "</a>";
    }
    if (codeLists.contains(r, RDF.type, SKOS.ConceptScheme)) {
      return "<a href=\"#" + esc(schemeAnchor(r)) + "\">" + label + "</a>";
    }
    if (uri.startsWith("http://") || uri.startsWith("https://")) {
      return "<a href=\"" + esc(uri) + "\">" + label + "</a>";
    }
    return label;
  }

  private String node(RDFNode n) {
    if (n.isResource()) {
      return link(n.asResource());
    }
    Literal l = n.asLiteral();
    String lang = l.getLanguage();
    if (!lang.isEmpty()) {
      return "<q lang=\"" + esc(lang) + "\">" + esc(l.getLexicalForm()) + "</q>@" + esc(lang);
    }
    String dt = l.getDatatypeURI();
    if (dt == null || dt.equals(XSD.xstring.getURI())) {
      return "<q>" + esc(l.getLexicalForm()) + "</q>";
    }
    return "<code>" + esc(l.getLexicalForm()) + "</code>";
  }

  private String curie(String uri) {
    String s = prefixes.shortForm(uri);
    return s == null ? uri : s;
  }

  private static boolean isDbs(Resource r) {
    return r.isURIResource()
        && r.getURI().startsWith(DBS.NS)
        && r.getURI().length() > DBS.NS.length();
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static Resource first(List<Resource> list) {
    return list.isEmpty() ? null : list.get(0);
  }

  private static List<Resource> sorted(List<Resource> list) {
    List<Resource> copy = new ArrayList<>(list);
    copy.sort(Comparator.comparing(r -> stableKey(r, 0)));
    return copy;
  }

  /**
   * A sort key that does not depend on blank-node labels, which differ on every parse: the page
   * must come out identical from the build and from the tests.
   */
  private static String stableKey(RDFNode n, int depth) {
    if (n.isURIResource()) {
      return n.asResource().getURI();
    }
    if (n.isLiteral()) {
      Literal l = n.asLiteral();
      return '"' + l.getLexicalForm() + "\"@" + l.getLanguage() + "^^" + l.getDatatypeURI();
    }
    if (depth > 6) {
      return "[]";
    }
    List<String> parts = new ArrayList<>();
    for (Statement st : n.asResource().listProperties().toList()) {
      parts.add(st.getPredicate().getURI() + " " + stableKey(st.getObject(), depth + 1));
    }
    parts.sort(null);
    return "~[" + String.join(" ; ", parts) + "]";
  }

  private static List<Resource> iris(Model m, Resource s, Property p) {
    return sorted(
        m.listObjectsOfProperty(s, p).toList().stream()
            .filter(RDFNode::isURIResource)
            .map(RDFNode::asResource)
            .toList());
  }

  private static Optional<Resource> iri(Model m, Resource s, Property p) {
    return iris(m, s, p).stream().findFirst();
  }

  private static List<Resource> resources(Model m, Resource s, Property p) {
    return sorted(
        m.listObjectsOfProperty(s, p).toList().stream()
            .filter(RDFNode::isResource)
            .map(RDFNode::asResource)
            .toList());
  }

  private static List<RDFNode> objects(Model m, Resource s, Property p) {
    List<RDFNode> list = new ArrayList<>(m.listObjectsOfProperty(s, p).toList());
    list.sort(Comparator.comparing(n -> stableKey(n, 0)));
    return list;
  }

  private static RDFNode single(Model m, Resource s, Property p) {
    List<RDFNode> values = objects(m, s, p);
    return values.isEmpty() ? null : values.get(0);
  }

  /**
   * The first (sorted) literal of {@code p} in language {@code lang}; {@code ""} selects literals
   * without a language tag; for "en" an untagged literal is used when no English one exists.
   */
  private static Optional<String> text(Model m, Resource s, Property p, String lang) {
    List<Literal> literals =
        m.listObjectsOfProperty(s, p).toList().stream()
            .filter(RDFNode::isLiteral)
            .map(RDFNode::asLiteral)
            .sorted(Comparator.comparing(Literal::getLexicalForm))
            .toList();
    Optional<String> exact =
        literals.stream()
            .filter(l -> l.getLanguage().equalsIgnoreCase(lang))
            .map(Literal::getLexicalForm)
            .findFirst();
    if (exact.isPresent() || !lang.equals("en")) {
      return exact;
    }
    return literals.stream()
        .filter(l -> l.getLanguage().isEmpty())
        .map(Literal::getLexicalForm)
        .findFirst();
  }

  /** Escapes text for HTML element content and double-quoted attribute values. */
  public static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(ch);
      }
    }
    return b.toString();
  }

  private static final String CSS =
      """
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.5;
        max-width:72rem;margin:0 auto;padding:1rem 2rem;color:#1d1d1f}
      h1{margin-bottom:.2rem}h2{border-bottom:2px solid #334;padding-bottom:.2rem;margin-top:2.5rem}
      h3{margin-bottom:.2rem}h4{margin:1rem 0 .3rem}
      .fr{color:#555;font-style:italic}.kind{color:#666;font-weight:normal;font-size:.8em}
      .iri{margin-top:0;color:#444;font-size:.9em}
      section.term{border-top:1px solid #ccd;padding-top:.5rem;margin-top:1.5rem}
      .bi{display:grid;grid-template-columns:1fr 1fr;gap:1rem}.bi p{margin:.3rem 0}
      dl.facts,dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}
      dt{font-weight:600}dd{margin:0}
      table{border-collapse:collapse;width:100%;margin:.5rem 0;font-size:.92em}
      th,td{border:1px solid #ccd;padding:.25rem .4rem;text-align:left;vertical-align:top}
      th{background:#eef}tr.deactivated{opacity:.5}
      pre{background:#f6f6f9;border:1px solid #dde;padding:.6rem;overflow-x:auto}
      .sev{padding:0 .3rem;border-radius:3px;font-size:.85em}
      .sev-violation{background:#fdd}.sev-warning{background:#ffd}.sev-info{background:#def}
      nav ul.terms{columns:4 10rem;list-style:none;padding-left:1rem}
      nav li.depth1{padding-left:1rem}nav li.depth2{padding-left:2rem}
      nav li.depth3,nav li.depth4{padding-left:3rem}
      .note{color:#555;font-size:.9em;margin:.2rem 0}
      footer{margin-top:3rem;color:#666;font-size:.9em}
      """;
}
