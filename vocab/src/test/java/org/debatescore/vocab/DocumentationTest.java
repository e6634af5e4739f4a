package org.debatescore.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.debatescore.vocab.docs.DocumentationGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated HTML documentation documents every term and is well-formed, escaped HTML. */
class DocumentationTest {

  private static final Set<String> VOID_ELEMENTS =
      Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "wbr");
  private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]*)\"");
  private static final Pattern INTERNAL_HREF = Pattern.compile("\\shref=\"#([^\"]*)\"");
  private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z]+);");
  private static final Pattern SYNTHESISED =
      Pattern.compile("<pre class=\"example synthesised\">(.*?)</pre>", Pattern.DOTALL);

  private static String html;

  @BeforeAll
  static void generate() {
    // Rendered directly, so these tests do not depend on the build having run the generator.
    html = DocumentationGenerator.generate();
  }

  @Test
  void generatorWritesTheDocumentationToTheFileGivenAsArgument(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("sub/debatescore.html");
    DocumentationGenerator.main(new String[] {target.toString()});
    assertEquals(html, Files.readString(target, StandardCharsets.UTF_8));
  }

  @Test
  void bundledDocumentationIsWhatTheBundledFilesGenerate() {
    String bundled = VocabularyFile.DOCUMENTATION_HTML.readString();
    // assertTrue, not assertEquals: a failure would otherwise print the whole page twice.
    assertTrue(
        html.equals(bundled),
        "org/debatescore/vocab/debatescore.html is stale: rebuild with mvn process-test-classes");
  }

  @Test
  void documentationHasAnAnchorAndBilingualLabelsForEveryClassAndProperty() {
    Model ont = VocabularyFixtures.ontology();
    Set<String> ids = ids();
    List<String> missing = new ArrayList<>();
    for (String iri : VocabularyFixtures.definedDbsTerms()) {
      String local = iri.substring(DBS.NS.length());
      if (!ids.contains(local)) {
        missing.add("anchor #" + local);
      }
      Resource term = ont.getResource(iri);
      for (String lang : List.of("en", "fr")) {
        literal(ont, term, RDFS.label, lang)
            .filter(label -> !html.contains(DocumentationGenerator.esc(label)))
            .ifPresent(label -> missing.add(local + " label@" + lang + " \"" + label + "\""));
      }
    }
    assertTrue(missing.isEmpty(), "missing from the HTML documentation: " + missing);
  }

  @Test
  void documentationHasAnAnchorAndBilingualLabelsForEveryCodeListAndConcept() {
    Model codes = VocabularyFixtures.codeLists();
    Set<String> ids = ids();
    List<String> missing = new ArrayList<>();
    for (Resource s : codes.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).toList()) {
      if (!ids.contains(DocumentationGenerator.schemeAnchor(s))) {
        missing.add("anchor #" + DocumentationGenerator.schemeAnchor(s));
      }
    }
    for (Resource c : codes.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList()) {
      if (!ids.contains(DocumentationGenerator.conceptAnchor(c))) {
        missing.add("anchor #" + DocumentationGenerator.conceptAnchor(c));
      }
      for (String lang : List.of("en", "fr")) {
        literal(codes, c, SKOS.prefLabel, lang)
            .filter(label -> !html.contains(DocumentationGenerator.esc(label)))
            .ifPresent(
                label -> missing.add(c.getURI() + " prefLabel@" + lang + " \"" + label + "\""));
      }
    }
    assertTrue(missing.isEmpty(), "missing from the HTML documentation: " + missing);
  }

  @Test
  void everyDocumentationLinkOfTheShapesHasAnAnchorInThePage() {
    Set<String> ids = ids();
    Set<String> missing = new TreeSet<>();
    for (RDFNode o : VocabularyFixtures.shapes().listObjectsOfProperty(RDFS.seeAlso).toList()) {
      if (o.isURIResource() && o.asResource().getURI().startsWith(DBS.NS)) {
        String anchor = o.asResource().getURI().substring(DBS.NS.length());
        if (!ids.contains(anchor)) {
          missing.add(o.asResource().getURI());
        }
      }
    }
    assertTrue(
        missing.isEmpty(),
        "rdfs:seeAlso in debatescore-shapes.ttl without an anchor in the documentation: "
            + missing);
  }

  @Test
  void everyInternalLinkPointsToAnAnchorAndAnchorsAreUnique() {
    List<String> all = new ArrayList<>();
    Matcher m = ID.matcher(html);
    while (m.find()) {
      all.add(m.group(1));
    }
    Set<String> ids = new TreeSet<>(all);
    assertEquals(all.size(), ids.size(), "duplicate id attributes in the documentation");
    Set<String> broken = new TreeSet<>();
    Matcher href = INTERNAL_HREF.matcher(html);
    while (href.find()) {
      if (!ids.contains(href.group(1))) {
        broken.add("#" + href.group(1));
      }
    }
    assertTrue(broken.isEmpty(), "links to missing anchors: " + broken);
  }

  @Test
  void everyDbsIriInTheDocumentationIsDefinedInTheOntology() {
    Set<String> used = VocabularyFixtures.dbsIrisInText(unescape(html));
    used.removeAll(VocabularyFixtures.definedDbsTerms());
    assertTrue(used.isEmpty(), "the documentation mentions undefined dbs: terms: " + used);
  }

  @Test
  void documentationIsWellFormedWithEveryTagClosedAndEveryDataCharacterEscaped() {
    assertTrue(html.startsWith("<!DOCTYPE html>"), "no <!DOCTYPE html>");
    assertTrue(html.contains("<html lang=\"en\">"), "no <html lang=\"en\">");
    Deque<String> open = new ArrayDeque<>();
    int i = 0;
    while (i < html.length()) {
      char ch = html.charAt(i);
      if (ch == '<') {
        int end = html.indexOf('>', i);
        assertTrue(end > 0, "unterminated tag at offset " + i);
        String tag = html.substring(i + 1, end);
        if (tag.startsWith("!")) {
          i = end + 1;
          continue;
        }
        boolean closing = tag.startsWith("/");
        String name = tag.replaceFirst("^/", "").split("[\\s/]", 2)[0];
        assertTrue(name.matches("[a-z][a-z0-9]*"), "unescaped '<' in data near: " + context(i));
        assertFalse(tag.contains("<"), "'<' inside a tag near: " + context(i));
        if (closing) {
          assertFalse(open.isEmpty(), "</" + name + "> closes nothing near: " + context(i));
          assertEquals(open.pop(), name, "mis-nested </" + name + "> near: " + context(i));
        } else if (!VOID_ELEMENTS.contains(name) && !tag.endsWith("/")) {
          open.push(name);
          if (name.equals("style") || name.equals("script")) {
            i = html.indexOf("</" + name + ">", end);
            continue;
          }
        }
        i = end + 1;
      } else if (ch == '>') {
        throw new AssertionError("unescaped '>' in data near: " + context(i));
      } else if (ch == '&') {
        assertTrue(
            ENTITY.matcher(html).region(i, html.length()).lookingAt(),
            "unescaped '&' near: " + context(i));
        i++;
      } else {
        i++;
      }
    }
    assertTrue(open.isEmpty(), "unclosed elements: " + open);
  }

  @Test
  void documentationIsSelfContained() {
    assertFalse(html.contains("<script"), "the page must not need scripts");
    assertFalse(html.contains("<link "), "the page must not load stylesheets");
    assertFalse(html.contains("<img"), "the page must not load images");
  }

  @Test
  void synthesisedExamplesAreValidTurtleUsingOnlyDefinedTerms() {
    Matcher m = SYNTHESISED.matcher(html);
    int n = 0;
    while (m.find()) {
      n++;
      String turtle = unescape(m.group(1));
      Model parsed =
          VocabularyFixtures.parseTurtle(
              new ByteArrayInputStream(turtle.getBytes(StandardCharsets.UTF_8)),
              "synthesised example #" + n + ":\n" + turtle + "\n");
      Set<String> used = VocabularyFixtures.dbsIrisIn(parsed);
      used.removeAll(VocabularyFixtures.definedDbsTerms());
      assertTrue(used.isEmpty(), "example uses undefined terms " + used + ":\n" + turtle);
    }
  }

  // ---------------------------------------------------------------- helpers

  private static Set<String> ids() {
    Set<String> ids = new TreeSet<>();
    Matcher m = ID.matcher(html);
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

  private static java.util.Optional<String> literal(
      Model m, Resource s, org.apache.jena.rdf.model.Property p, String lang) {
    return m.listObjectsOfProperty(s, p).toList().stream()
        .filter(RDFNode::isLiteral)
        .map(RDFNode::asLiteral)
        .filter(l -> l.getLanguage().equalsIgnoreCase(lang))
        .map(l -> l.getLexicalForm())
        .sorted()
        .findFirst();
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", "\u00a0")
        .replace("&amp;", "&");
  }

  private static String context(int offset) {
    return html.substring(Math.max(0, offset - 60), Math.min(html.length(), offset + 60));
  }
}
