package org.debatescore.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example debates in {@code examples/debates/}: each Turtle file and its same-named plain
 * JSON-LD file must describe the same graph, the JSON-LD must read offline against the bundled
 * context, and both must conform to the shapes once they exist.
 */
class ExampleDebatesTest {

  /** The public address of the context, as examples and users write it. */
  static final String CONTEXT_URL = "https://w3id.org/debatescore/ns/context.jsonld";

  static final String RESOURCE_DIR = "/org/debatescore/vocab/";
  static final String CONTEXT_RESOURCE = RESOURCE_DIR + "debatescore-context.jsonld";
  static final String SHAPES_RESOURCE = RESOURCE_DIR + "debatescore-shapes.ttl";

  static final String DBS = "https://w3id.org/debatescore/ns#";
  static final String CODE = "https://w3id.org/debatescore/code/";
  static final Node RDF_TYPE =
      NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");

  /** The 27 classes of the design; the two abstract ones are used through their subclasses. */
  static final Map<String, List<String>> CLASSES_AND_SUBCLASSES =
      Map.ofEntries(
          Map.entry(
              "Contribution",
              List.of(
                  "Proposal",
                  "Amendment",
                  "Argument",
                  "Comment",
                  "Question",
                  "Answer",
                  "Testimony",
                  "OfficialResponse")),
          Map.entry("Participant", List.of("Person", "Organisation", "PublicBody")));

  static final List<String> CLASSES =
      List.of(
          "Debate",
          "Phase",
          "Meeting",
          "Document",
          "Issue",
          "Contribution",
          "Proposal",
          "Amendment",
          "Argument",
          "Comment",
          "Question",
          "Answer",
          "Testimony",
          "OfficialResponse",
          "Evidence",
          "Participant",
          "Person",
          "Organisation",
          "PublicBody",
          "Endorsement",
          "Vote",
          "VoteEvent",
          "Tally",
          "Decision",
          "FollowUpItem",
          "Milestone",
          "Assessment");

  /** Prefixes for printing differences. */
  static final PrefixMap PREFIXES =
      PrefixMapFactory.create(
          Map.of(
              "dbs", DBS,
              "dct", "http://purl.org/dc/terms/",
              "schema", "https://schema.org/",
              "foaf", "http://xmlns.com/foaf/0.1/",
              "prov", "http://www.w3.org/ns/prov#",
              "skos", "http://www.w3.org/2004/02/skos/core#",
              "rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
              "rdfs", "http://www.w3.org/2000/01/rdf-schema#",
              "xsd", "http://www.w3.org/2001/XMLSchema#"));

  /**
   * Serves the bundled context for its public address and refuses every other address, so no test
   * ever touches the network. Every address asked for is recorded.
   */
  static final class OfflineContextLoader implements DocumentLoader {
    final List<String> requested = new CopyOnWriteArrayList<>();

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
      requested.add(url.toString());
      if (!CONTEXT_URL.equals(url.toString())) {
        throw new JsonLdError(
            JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
            "Offline test loader: refusing to load " + url);
      }
      try (InputStream in = ExampleDebatesTest.class.getResourceAsStream(CONTEXT_RESOURCE)) {
        if (in == null) {
          throw new JsonLdError(
              JsonLdErrorCode.LOADING_DOCUMENT_FAILED,
              "Context resource not on the classpath: " + CONTEXT_RESOURCE);
        }
        JsonDocument document = JsonDocument.of(MediaType.JSON_LD, in);
        document.setDocumentUrl(url);
        return document;
      } catch (IOException e) {
        throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, e);
      }
    }
  }

  // ---------------------------------------------------------------- locating the examples

  static Path examplesDir() {
    String root = System.getProperty("debatescore.root");
    if (root != null && !root.isBlank()) {
      Path dir = Path.of(root, "examples", "debates");
      if (Files.isDirectory(dir)) {
        return dir;
      }
    }
    return Path.of("..", "examples", "debates");
  }

  static Stream<String> exampleNames() throws IOException {
    Path dir = examplesDir();
    assertTrue(Files.isDirectory(dir), "examples folder not found: " + dir.toAbsolutePath());
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".ttl"))
          .map(n -> n.substring(0, n.length() - ".ttl".length()))
          .sorted()
          .collect(Collectors.toList())
          .stream();
    }
  }

  // ---------------------------------------------------------------- parsing

  static Graph parseTurtle(Path file) {
    Graph graph = GraphFactory.createDefaultGraph();
    RDFParser.source(file).lang(Lang.TURTLE).parse(graph);
    return graph;
  }

  static Context offlineContext(OfflineContextLoader loader) {
    Context context = new Context();
    context.set(LangJSONLD11.JSONLD_OPTIONS, new JsonLdOptions(loader));
    return context;
  }

  static Graph parseJsonLd(Path file, OfflineContextLoader loader) {
    Graph graph = GraphFactory.createDefaultGraph();
    RDFParser.source(file).lang(Lang.JSONLD11).context(offlineContext(loader)).parse(graph);
    return graph;
  }

  static Graph parseJsonLdString(String json, OfflineContextLoader loader) {
    Graph graph = GraphFactory.createDefaultGraph();
    RDFParser.fromString(json, Lang.JSONLD11)
        .base("https://example.org/base/")
        .context(offlineContext(loader))
        .errorHandler(ErrorHandlerFactory.errorHandlerNoLogging)
        .parse(graph);
    return graph;
  }

  static Graph readResource(String resource) {
    try (InputStream in = ExampleDebatesTest.class.getResourceAsStream(resource)) {
      Graph graph = GraphFactory.createDefaultGraph();
      RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
      return graph;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------- the examples

  @Test
  void everyExampleHasBothForms() throws IOException {
    Path dir = examplesDir();
    List<String> names = exampleNames().collect(Collectors.toList());
    assertTrue(
        names.containsAll(List.of("ogp-2016-workshop", "municipal-debate")),
        "expected examples missing, found " + names);
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.collect(Collectors.toList())) {
        String n = p.getFileName().toString();
        if (n.endsWith(".jsonld")) {
          String base = n.substring(0, n.length() - ".jsonld".length());
          assertTrue(Files.exists(dir.resolve(base + ".ttl")), n + " has no Turtle twin");
        } else if (n.endsWith(".ttl")) {
          String base = n.substring(0, n.length() - ".ttl".length());
          assertTrue(Files.exists(dir.resolve(base + ".jsonld")), n + " has no JSON-LD twin");
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}: Turtle and JSON-LD are isomorphic")
  @MethodSource("exampleNames")
  void turtleAndJsonLdAreIsomorphic(String name) {
    Path dir = examplesDir();
    Graph turtle = parseTurtle(dir.resolve(name + ".ttl"));
    OfflineContextLoader loader = new OfflineContextLoader();
    Graph jsonld = parseJsonLd(dir.resolve(name + ".jsonld"), loader);

    assertFalse(turtle.isEmpty(), name + ".ttl is empty");
    assertEquals(List.of(CONTEXT_URL), loader.requested, "only the bundled context is loaded");
    System.out.printf(
        "[examples] %s: %d triples (Turtle), %d triples (JSON-LD)%n",
        name, turtle.size(), jsonld.size());

    if (!turtle.isIsomorphicWith(jsonld)) {
      String onlyTurtle = difference(turtle, jsonld);
      String onlyJson = difference(jsonld, turtle);
      System.out.println("[examples] " + name + ": only in Turtle:\n" + onlyTurtle);
      System.out.println("[examples] " + name + ": only in JSON-LD:\n" + onlyJson);
      fail(
          name
              + ": Turtle ("
              + turtle.size()
              + " triples) and JSON-LD ("
              + jsonld.size()
              + " triples) differ.\nOnly in Turtle:\n"
              + onlyTurtle
              + "\nOnly in JSON-LD:\n"
              + onlyJson);
    }
  }

  /**
   * Triples of {@code a} that {@code b} lacks, one per line. Blank nodes have no stable label, so
   * each is written as the ground triples around it ({@code [p o; ...; ^s p]}), which is enough to
   * tell two tallies apart.
   */
  static String difference(Graph a, Graph b) {
    TreeSet<String> lines = render(a);
    lines.removeAll(render(b));
    return lines.isEmpty() ? "  (none)" : String.join("\n", lines);
  }

  static TreeSet<String> render(Graph g) {
    TreeSet<String> lines = new TreeSet<>();
    g.find()
        .forEachRemaining(
            t ->
                lines.add(
                    "  "
                        + label(g, t.getSubject())
                        + " "
                        + str(t.getPredicate())
                        + " "
                        + label(g, t.getObject())
                        + " ."));
    return lines;
  }

  static String label(Graph g, Node n) {
    if (!n.isBlank()) {
      return str(n);
    }
    TreeSet<String> around = new TreeSet<>();
    g.find(n, Node.ANY, Node.ANY)
        .forEachRemaining(
            t ->
                around.add(
                    str(t.getPredicate())
                        + " "
                        + (t.getObject().isBlank() ? "[]" : str(t.getObject()))));
    g.find(Node.ANY, Node.ANY, n)
        .forEachRemaining(
            t ->
                around.add(
                    "^"
                        + (t.getSubject().isBlank() ? "[]" : str(t.getSubject()))
                        + " "
                        + str(t.getPredicate())));
    return "[" + String.join("; ", around) + "]";
  }

  static String str(Node n) {
    return NodeFmtLib.str(n, PREFIXES);
  }

  @ParameterizedTest(name = "{0}: no SHACL violation")
  @MethodSource("exampleNames")
  void conformsToShapes(String name) {
    Assumptions.assumeTrue(
        ExampleDebatesTest.class.getResource(SHAPES_RESOURCE) != null,
        "debatescore-shapes.ttl not on the classpath yet");
    Shapes shapes = Shapes.parse(readResource(SHAPES_RESOURCE));

    // The example alone, as a publisher would send it: no ontology merged in, no inference.
    Graph data = parseTurtle(examplesDir().resolve(name + ".ttl"));
    ValidationReport report = ShaclValidator.get().validate(shapes, data);

    Map<Severity, List<ReportEntry>> bySeverity =
        report.getEntries().stream().collect(Collectors.groupingBy(ReportEntry::severity));
    List<String> lines = new ArrayList<>();
    bySeverity.forEach(
        (severity, entries) -> {
          for (ReportEntry e : entries) {
            lines.add(
                "  "
                    + severity.level().getLocalName()
                    + " "
                    + e.focusNode()
                    + " "
                    + (e.resultPath() == null ? "" : e.resultPath() + " ")
                    + e.message());
          }
        });
    System.out.printf(
        "[examples] %s: SHACL %d violation(s), %d warning(s), %d info(s)%n%s%n",
        name,
        bySeverity.getOrDefault(Severity.Violation, List.of()).size(),
        bySeverity.getOrDefault(Severity.Warning, List.of()).size(),
        bySeverity.getOrDefault(Severity.Info, List.of()).size(),
        String.join("\n", lines));
    assertTrue(
        bySeverity.getOrDefault(Severity.Violation, List.of()).isEmpty(),
        name + " has SHACL violations:\n" + String.join("\n", lines));
  }

  @Test
  void municipalDebateUsesEveryClass() {
    Graph g = parseTurtle(examplesDir().resolve("municipal-debate.ttl"));
    assertEquals(27, CLASSES.size());
    List<String> missing = new ArrayList<>();
    for (String c : CLASSES) {
      List<String> acceptable = new ArrayList<>(List.of(c));
      acceptable.addAll(CLASSES_AND_SUBCLASSES.getOrDefault(c, List.of()));
      boolean used =
          acceptable.stream().anyMatch(k -> g.contains(Node.ANY, RDF_TYPE, uri(DBS + k)));
      if (!used) {
        missing.add(c);
      }
    }
    assertTrue(missing.isEmpty(), "classes without an instance: " + missing);
  }

  @Test
  void ogpWorkshopHasItsTwentySixProposals() {
    Graph g = parseTurtle(examplesDir().resolve("ogp-2016-workshop.ttl"));
    List<Node> proposals =
        g.find(Node.ANY, RDF_TYPE, uri(DBS + "Proposal")).mapWith(Triple::getSubject).toList();
    assertEquals(26, proposals.size());
    Node title = uri("http://purl.org/dc/terms/title");
    for (Node p : proposals) {
      assertTrue(
          g.contains(p, uri(DBS + "status"), uri(CODE + "proposal-status/submitted")),
          p + " status");
      for (String lang : List.of("fr", "en")) {
        assertEquals(
            1,
            g.find(p, title, Node.ANY)
                .filterKeep(t -> t.getObject().getLiteralLanguage().equals(lang))
                .toList()
                .size(),
            p + " title @" + lang);
      }
    }
    assertEquals(
        26, g.find(Node.ANY, uri(DBS + "tookIntoAccount"), Node.ANY).toList().size(), "decision");
    // Verbatim, with the source's no-break spaces inside the guillemets.
    Node third = uri("https://w3id.org/debatescore/examples/ogp-2016-workshop/proposal/03");
    assertContains(
        g,
        third,
        title,
        lang(
            "Créer une norme de web sémantique type «\u00a0debatescore\u00a0» pour décrire le débat"
                + " public.",
            "fr"));
  }

  // ---------------------------------------------------------------- the context

  @Test
  void contextIsJsonLd11WithEveryDocumentedTerm() throws Exception {
    JsonStructure json;
    try (InputStream in = ExampleDebatesTest.class.getResourceAsStream(CONTEXT_RESOURCE)) {
      assertNotNull(in, CONTEXT_RESOURCE + " missing");
      json = JsonDocument.of(in).getJsonContent().orElseThrow();
    }
    JsonObject context = json.asJsonObject().getJsonObject("@context");
    assertNotNull(context, "top-level @context object");
    assertEquals("1.1", context.get("@version").toString());
    assertEquals(DBS, context.getString("@vocab"));
    assertEquals("@id", context.getString("id"));
    assertEquals("@type", context.getString("type"));
    for (String term : List.of("title", "description", "text", "rationale", "method")) {
      assertEquals(
          "@language", context.getJsonObject(term).getString("@container"), term + " container");
    }
    Map<String, String> codeSchemes =
        Map.ofEntries(
            Map.entry("processKind", "process-kind"),
            Map.entry("phaseKind", "phase-kind"),
            Map.entry("channel", "channel"),
            Map.entry("documentKind", "document-kind"),
            Map.entry("role", "role"),
            Map.entry("status", "proposal-status"),
            Map.entry("stance", "stance"),
            Map.entry("outcome", "outcome"),
            Map.entry("implementationStatus", "implementation-status"),
            Map.entry("dimension", "assessment-dimension"),
            Map.entry("contributionKind", "contribution-kind"),
            Map.entry("option", "vote-option"),
            Map.entry("availableOptions", "vote-option"));
    codeSchemes.forEach(
        (term, scheme) -> {
          JsonObject def = context.getJsonObject(term);
          assertNotNull(def, term);
          assertEquals("@vocab", def.getString("@type"), term + " @type");
          assertEquals(
              CODE + scheme + "/", def.getJsonObject("@context").getString("@vocab"), term);
        });
    for (String term : List.of("contains", "replies", "supportedBy", "attackedBy")) {
      assertTrue(context.getJsonObject(term).containsKey("@reverse"), term + " is a reverse term");
    }
    for (String prefix : List.of("dct", "schema", "foaf", "prov", "xsd")) {
      assertEquals(JsonValue.ValueType.STRING, context.get(prefix).getValueType(), prefix);
    }
  }

  @Test
  void contextMapsPlainJsonToTheDocumentedRdf() {
    String json =
        """
        {
          "@context": "https://w3id.org/debatescore/ns/context.jsonld",
          "id": "https://example.org/d/1",
          "type": "Debate",
          "title": {"fr": "Place du marché", "en": "Market square"},
          "startDate": {"@value": "2026-03-02", "@type": "xsd:date"},
          "participantCount": 85,
          "contains": [{
            "id": "https://example.org/p/1",
            "type": "Proposal",
            "status": "accepted",
            "replies": [{"id": "https://example.org/c/1", "type": "Comment", "stance": "for"}]
          }, {
            "id": "https://example.org/a/1",
            "type": "Assessment",
            "score": "42.5",
            "dimension": "response-rate"
          }]
        }
        """;
    OfflineContextLoader loader = new OfflineContextLoader();
    Graph g = parseJsonLdString(json, loader);
    Node debate = uri("https://example.org/d/1");
    Node proposal = uri("https://example.org/p/1");
    Node comment = uri("https://example.org/c/1");
    Node assessment = uri("https://example.org/a/1");

    assertContains(g, debate, uri("http://purl.org/dc/terms/title"), lang("Market square", "en"));
    assertContains(
        g,
        debate,
        uri("https://schema.org/startDate"),
        NodeFactory.createLiteralDT("2026-03-02", XSDDatatype.XSDdate));
    assertContains(
        g,
        debate,
        uri(DBS + "participantCount"),
        NodeFactory.createLiteralDT("85", XSDDatatype.XSDnonNegativeInteger));
    assertContains(g, proposal, uri(DBS + "debate"), debate);
    assertContains(g, proposal, uri(DBS + "status"), uri(CODE + "proposal-status/accepted"));
    assertContains(g, comment, uri(DBS + "replyTo"), proposal);
    assertContains(g, comment, uri(DBS + "stance"), uri(CODE + "stance/for"));
    assertContains(
        g,
        assessment,
        uri(DBS + "score"),
        NodeFactory.createLiteralDT("42.5", XSDDatatype.XSDdecimal));
    assertContains(
        g, assessment, uri(DBS + "dimension"), uri(CODE + "assessment-dimension/response-rate"));
    assertContains(
        g, comment, uri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), uri(DBS + "Comment"));
  }

  @Test
  void unknownRemoteContextIsRefusedWithoutNetwork() {
    String json =
        """
        {
          "@context": "https://example.org/not-the-debatescore-context.jsonld",
          "id": "https://example.org/d/1",
          "title": "x"
        }
        """;
    OfflineContextLoader loader = new OfflineContextLoader();
    assertThrows(RiotException.class, () -> parseJsonLdString(json, loader));
    assertEquals(
        List.of("https://example.org/not-the-debatescore-context.jsonld"), loader.requested);
  }

  @Test
  void offlineLoaderRefusesOtherUrls() {
    OfflineContextLoader loader = new OfflineContextLoader();
    JsonLdError error =
        assertThrows(
            JsonLdError.class,
            () -> loader.loadDocument(URI.create("https://w3id.org/debatescore/ns"), null));
    assertEquals(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, error.getCode());
  }

  static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }

  static Node lang(String lex, String tag) {
    return NodeFactory.createLiteralLang(lex, tag);
  }

  static void assertContains(Graph g, Node s, Node p, Node o) {
    assertTrue(
        g.contains(s, p, o),
        () -> "missing " + Triple.create(s, p, o) + "\ngraph:\n" + difference(g, emptyGraph()));
  }

  static Graph emptyGraph() {
    return GraphFactory.createDefaultGraph();
  }
}
