package org.debatescore.vocab;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.debatescore.vocab.docs.ContextTerms;

/** Loads the bundled files and the example debates once, with failures that name the file. */
final class VocabularyFixtures {

  static final String SH = "http://www.w3.org/ns/shacl#";

  private static final Map<VocabularyFile, Model> MODELS = new ConcurrentHashMap<>();

  /** dbs: terms written inside literals: SPARQL in shapes, prose, examples. */
  private static final Pattern DBS_IN_TEXT =
      Pattern.compile(
          "(?<![A-Za-z0-9_])dbs:([A-Za-z_][A-Za-z0-9_]*)|"
              + Pattern.quote(DBS.NS)
              + "([A-Za-z_][A-Za-z0-9_]*)");

  private static final Pattern CODE_IN_TEXT =
      Pattern.compile(Pattern.quote(Codes.BASE) + "[A-Za-z0-9_-]+/[A-Za-z0-9_-]+");

  private VocabularyFixtures() {}

  /** A bundled Turtle file, parsed strictly (warnings are errors). */
  static Model model(VocabularyFile file) {
    return MODELS.computeIfAbsent(file, VocabularyFixtures::parseBundled);
  }

  private static Model parseBundled(VocabularyFile file) {
    try (InputStream in = file.open()) {
      return parseTurtle(in, file.resourcePath());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Model parseTurtle(InputStream in, String name) {
    Model m = ModelFactory.createDefaultModel();
    try {
      RDFParser.source(in)
          .lang(Lang.TURTLE)
          .errorHandler(ErrorHandlerFactory.errorHandlerStrict)
          .parse(m);
    } catch (RuntimeException e) {
      throw new AssertionError(name + " is not valid Turtle: " + e.getMessage(), e);
    }
    return m;
  }

  static Model ontology() {
    return model(VocabularyFile.ONTOLOGY);
  }

  static Model codeLists() {
    return model(VocabularyFile.CODE_LISTS);
  }

  static Model alignments() {
    return model(VocabularyFile.ALIGNMENTS);
  }

  static Model shapes() {
    return model(VocabularyFile.SHAPES);
  }

  static ContextTerms context() {
    try (InputStream in = VocabularyFile.CONTEXT.open()) {
      return ContextTerms.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      throw new AssertionError(
          VocabularyFile.CONTEXT.resourcePath() + " is not valid: " + e.getMessage(), e);
    }
  }

  /**
   * The repository root. Surefire sets {@code debatescore.root} to Maven's multi-module directory,
   * which is the module itself when Maven runs from {@code vocab/} (there is no {@code .mvn/}), so
   * walk up to the directory holding {@code examples/}; fall back to {@code ..}.
   */
  static Path root() {
    String property = System.getProperty("debatescore.root");
    Path start =
        Path.of(property == null || property.isBlank() ? ".." : property)
            .toAbsolutePath()
            .normalize();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("examples")) && Files.exists(dir.resolve("pom.xml"))) {
        return dir;
      }
    }
    return start;
  }

  /** Example debate files with the given extension ({@code ttl} or {@code jsonld}), sorted. */
  static List<Path> examples(String extension) {
    Path dir = root().resolve("examples").resolve("debates");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith("." + extension))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Model parseExample(Path file) {
    String name = root().relativize(file).toString();
    try (InputStream in = Files.newInputStream(file)) {
      if (name.endsWith(".ttl")) {
        return parseTurtle(in, name);
      }
      Model m = ModelFactory.createDefaultModel();
      try {
        RDFParser.source(in)
            .lang(Lang.JSONLD11)
            .base(file.toUri().toString())
            .context(Context.create().set(LangJSONLD11.JSONLD_OPTIONS, offlineJsonLdOptions()))
            .errorHandler(ErrorHandlerFactory.errorHandlerStrict)
            .parse(m);
      } catch (RuntimeException e) {
        throw new AssertionError(name + " is not valid JSON-LD: " + e.getMessage(), e);
      }
      return m;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** JSON-LD options that resolve the Debatescore context from the jar and fetch nothing else. */
  static JsonLdOptions offlineJsonLdOptions() {
    JsonLdOptions options = new JsonLdOptions();
    options.setDocumentLoader(
        (uri, loaderOptions) -> {
          if (!uri.toString().equals(DebatescoreVocabulary.CONTEXT_IRI)) {
            throw new JsonLdError(
                JsonLdErrorCode.LOADING_DOCUMENT_FAILED,
                "offline test: only "
                    + DebatescoreVocabulary.CONTEXT_IRI
                    + " can be loaded, not "
                    + uri);
          }
          try (InputStream in = DebatescoreVocabulary.context()) {
            return JsonDocument.of(MediaType.JSON_LD, in);
          } catch (IOException e) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, e);
          }
        });
    return options;
  }

  /** Subjects in the dbs: namespace typed as a class or property in the ontology. */
  static Set<String> definedDbsTerms() {
    Set<String> result = new TreeSet<>();
    Model ont = ontology();
    for (Resource type :
        List.of(
            OWL.Class,
            RDFS.Class,
            OWL.ObjectProperty,
            OWL.DatatypeProperty,
            OWL.AnnotationProperty,
            RDF.Property)) {
      for (Resource s : ont.listSubjectsWithProperty(RDF.type, type).toList()) {
        if (s.isURIResource() && s.getURI().startsWith(DBS.NS)) {
          result.add(s.getURI());
        }
      }
    }
    return result;
  }

  static boolean isDbs(String iri) {
    return iri.startsWith(DBS.NS) && iri.length() > DBS.NS.length();
  }

  /** Every dbs: IRI in a model: in any position, and written inside literals. */
  static Set<String> dbsIrisIn(Model m) {
    Set<String> result = new TreeSet<>();
    for (Statement st : m.listStatements().toList()) {
      for (RDFNode n : List.of(st.getSubject(), st.getPredicate(), st.getObject())) {
        if (n.isURIResource() && isDbs(n.asResource().getURI())) {
          result.add(n.asResource().getURI());
        } else if (n.isLiteral()) {
          result.addAll(dbsIrisInText(n.asLiteral().getLexicalForm()));
        }
      }
    }
    return result;
  }

  static Set<String> dbsIrisInText(String text) {
    Set<String> result = new TreeSet<>();
    Matcher m = DBS_IN_TEXT.matcher(text);
    while (m.find()) {
      result.add(DBS.NS + (m.group(1) != null ? m.group(1) : m.group(2)));
    }
    return result;
  }

  /** Every code-list IRI (scheme or concept) in a model, including inside literals. */
  static Set<String> codeIrisIn(Model m) {
    Set<String> result = new TreeSet<>();
    for (Statement st : m.listStatements().toList()) {
      for (RDFNode n : List.of(st.getSubject(), st.getPredicate(), st.getObject())) {
        if (n.isURIResource() && n.asResource().getURI().startsWith(Codes.BASE)) {
          result.add(n.asResource().getURI());
        } else if (n.isLiteral()) {
          Matcher matcher = CODE_IN_TEXT.matcher(n.asLiteral().getLexicalForm());
          while (matcher.find()) {
            result.add(matcher.group());
          }
        }
      }
    }
    return result;
  }

  /** Formats "term (in file)" lines for failure messages. */
  static String listing(Map<String, ? extends Iterable<String>> byFile) {
    List<String> lines = new ArrayList<>();
    byFile.forEach(
        (file, terms) -> terms.forEach(t -> lines.add("  " + t + "  (in " + file + ")")));
    return String.join("\n", lines);
  }
}
