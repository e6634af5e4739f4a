package org.debatescore.jena;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;
import org.debatescore.core.rdf.RdfFormat;
import org.debatescore.core.rdf.RdfSink;
import org.debatescore.core.rdf.Triple;

/** Shared helpers for the jena module's tests. */
final class TestSupport {

  /** The RDF syntaxes (every format but plain JSON). */
  static final List<RdfFormat> RDF_FORMATS =
      List.of(
          RdfFormat.TURTLE,
          RdfFormat.TRIG,
          RdfFormat.NTRIPLES,
          RdfFormat.NQUADS,
          RdfFormat.RDFXML,
          RdfFormat.JSONLD,
          RdfFormat.RDFJSON);

  static final String BASE = "https://example.org/base/";

  private TestSupport() {}

  /** The repository root: Surefire's {@code debatescore.root}, else the parent directory. */
  static Path root() {
    String root = System.getProperty("debatescore.root");
    Path dir = Path.of(root == null || root.isBlank() ? ".." : root).toAbsolutePath().normalize();
    if (!Files.isDirectory(dir.resolve("examples")) && dir.getParent() != null) {
      dir = dir.getParent();
    }
    return dir;
  }

  /** The example debates in Turtle, {@code examples/debates/*.ttl}. */
  static List<Path> exampleDebates() {
    return examples("*.ttl");
  }

  static List<Path> examples(String glob) {
    Path dir = root().resolve("examples/debates");
    List<Path> out = new ArrayList<>();
    if (Files.isDirectory(dir)) {
      try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, glob)) {
        ds.forEach(out::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    out.sort(null);
    return out;
  }

  /** A test resource next to the tests ({@code org/debatescore/jena/<name>}). */
  static InputStream resource(String name) {
    InputStream in = TestSupport.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing test resource " + name);
    }
    return in;
  }

  static byte[] resourceBytes(String name) {
    try (InputStream in = resource(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A sink that keeps every statement. */
  static final class Collector implements RdfSink {
    final List<Triple> triples = new ArrayList<>();
    final List<String> prefixes = new ArrayList<>();
    int starts;
    int finishes;

    @Override
    public void start() {
      starts++;
    }

    @Override
    public void prefix(String prefix, String namespace) {
      prefixes.add(prefix + "=" + namespace);
    }

    @Override
    public void triple(Triple triple) {
      triples.add(triple);
    }

    @Override
    public void finish() {
      finishes++;
    }
  }

  static List<Triple> read(byte[] bytes, RdfFormat format) {
    return read(bytes, format, ReadOptions.defaults().withBaseIri(BASE));
  }

  static List<Triple> read(byte[] bytes, RdfFormat format, ReadOptions options) {
    Collector c = new Collector();
    JenaRdfReader.read(
        new ByteArrayInputStream(bytes), "test." + format.defaultExtension(), format, c, options);
    return c.triples;
  }

  static List<Triple> read(String text, RdfFormat format) {
    return read(text.getBytes(StandardCharsets.UTF_8), format);
  }

  static List<Triple> readFile(Path file) {
    Collector c = new Collector();
    JenaRdfReader.read(file, c, ReadOptions.defaults());
    return c.triples;
  }

  static byte[] write(Collection<Triple> triples, RdfFormat format, WriteStyle style) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RdfSink sink = JenaRdfWriters.open(format, out, style);
    sink.start();
    for (Triple t : triples) {
      sink.triple(t);
    }
    sink.finish();
    return out.toByteArray();
  }

  static Graph graph(Collection<Triple> triples) {
    Graph g = GraphFactory.createDefaultGraph();
    triples.forEach(t -> g.add(JenaTerms.toJena(t)));
    return g;
  }

  static String ntriples(Graph g) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFWriter.source(g).format(RDFFormat.NTRIPLES).output(out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Asserts that two sets of statements are the same graph, up to blank node labels. */
  static void assertIsomorphic(
      Collection<Triple> expected, Collection<Triple> actual, String what) {
    Graph e = graph(expected);
    Graph a = graph(actual);
    assertTrue(e.isIsomorphicWith(a), () -> what + ": graphs differ\n" + diff(e, a));
  }

  /** The N-Triples lines only one side has (blank node labels may differ too). */
  static String diff(Graph expected, Graph actual) {
    java.util.Set<String> e = new java.util.TreeSet<>(ntriples(expected).lines().toList());
    java.util.Set<String> a = new java.util.TreeSet<>(ntriples(actual).lines().toList());
    StringBuilder b = new StringBuilder();
    b.append("expected ")
        .append(expected.size())
        .append(", actual ")
        .append(actual.size())
        .append('\n');
    for (String line : e) {
      if (!a.contains(line)) {
        b.append("- ").append(line).append('\n');
      }
    }
    for (String line : a) {
      if (!e.contains(line)) {
        b.append("+ ").append(line).append('\n');
      }
    }
    return b.length() > 20_000 ? b.substring(0, 20_000) + "..." : b.toString();
  }
}
