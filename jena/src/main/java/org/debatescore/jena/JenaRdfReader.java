package org.debatescore.jena;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.debatescore.core.ParseException;
import org.debatescore.core.SourceLocation;
import org.debatescore.core.rdf.LocatedRdfSink;
import org.debatescore.core.rdf.RdfFormat;
import org.debatescore.core.rdf.RdfSink;
import org.debatescore.core.rdf.SourceIndex;
import org.debatescore.jena.internal.ParseRun;
import org.debatescore.jena.internal.RiotReader;
import org.debatescore.jena.internal.SinkStream;

/**
 * Reads any RDF syntax through Apache Jena RIOT, streaming, into a Debatescore {@link RdfSink} (or
 * a Jena {@link StreamRDF} or {@link Graph}).
 *
 * <ul>
 *   <li><b>Streaming.</b> Statements reach the sink as the parser produces them; memory does not
 *       grow with the input for N-Triples, N-Quads, Turtle, TriG, RDF/XML and RDF/JSON. JSON-LD
 *       (and plain Debatescore JSON, which is read as JSON-LD here) is processed in memory, as the
 *       JSON-LD algorithms require.
 *   <li><b>Datasets.</b> For TriG and N-Quads the graph name is dropped and the triple kept: a
 *       Debatescore document is one graph, and the same triple in two named graphs arrives twice.
 *   <li><b>Compressed input.</b> Gzip is detected from the content, whatever the file name.
 *   <li><b>Safety.</b> See {@link ReadOptions}: no network by default (JSON-LD contexts other than
 *       the bundled Debatescore context are refused), external entities in RDF/XML refused, an
 *       optional byte limit.
 *   <li><b>Errors.</b> Anything wrong with the input is a {@link ParseException} naming the source,
 *       line and column with the parser's message (no stack trace text). An exception thrown by the
 *       sink comes out unchanged. Warnings (ill-typed literals, unusual IRIs) are logged through
 *       SLF4J (logger {@code org.debatescore.jena.parse}) and do not stop the read.
 *   <li><b>Locations.</b> With {@link ReadOptions#trackLocations()}, the returned {@link
 *       SourceIndex} gives the line and column where each subject first appears; a {@link
 *       org.debatescore.core.rdf.LocatedRdfSink} is told the subject position before each
 *       statement. Positions come from the parser for Turtle, TriG, N-Triples, N-Quads and
 *       RDF/JSON, from a JSON pre-pass for JSON-LD ({@code @id} values; blank nodes are not
 *       located), and are best effort for RDF/XML (the end of the element's start tag).
 * </ul>
 *
 * <p>The sink's {@code start()} is called before the first statement and {@code finish()} after the
 * last, not after a failure. Streams passed in are not closed.
 */
public final class JenaRdfReader {

  private JenaRdfReader() {}

  /**
   * Reads a file whose syntax is given by its extension ({@code .gz} allowed on top).
   *
   * @return where each subject was first read; empty unless {@link ReadOptions#trackLocations()}
   * @throws org.debatescore.core.UnsupportedFormatException if the extension is unknown
   * @throws ParseException if the file cannot be read or parsed
   */
  public static SourceIndex read(Path file, RdfSink sink, ReadOptions options) {
    return read(file, RdfFormat.fromPath(file), sink, options);
  }

  /** Reads a file in the given syntax. */
  public static SourceIndex read(Path file, RdfFormat format, RdfSink sink, ReadOptions options) {
    Objects.requireNonNull(sink, "sink");
    ReadOptions opts = options == null ? ReadOptions.defaults() : options;
    try (InputStream in = open(file)) {
      return read(in, file.toString(), format, baseFor(file, opts), sink, opts);
    } catch (IOException e) {
      throw new ParseException(SourceLocation.unknown(file.toString()), "cannot close: " + e, e);
    }
  }

  /**
   * Reads a stream in the given syntax; relative IRIs resolve against {@link ReadOptions#baseIri()}
   * (with no base, a relative IRI is an error).
   *
   * @param sourceName how messages and locations name the input
   */
  public static SourceIndex read(
      InputStream in, String sourceName, RdfFormat format, RdfSink sink, ReadOptions options) {
    ReadOptions opts = options == null ? ReadOptions.defaults() : options;
    return read(in, sourceName, format, opts.baseIri(), sink, opts);
  }

  private static SourceIndex read(
      InputStream in,
      String sourceName,
      RdfFormat format,
      String base,
      RdfSink sink,
      ReadOptions opts) {
    Objects.requireNonNull(sink, "sink");
    ParseRun run = new ParseRun(name(sourceName), opts, sink instanceof LocatedRdfSink);
    RiotReader.parse(in, format, base, new SinkStream(sink, run), run);
    return run.index();
  }

  /**
   * Reads a stream into a Jena {@link StreamRDF}, with the same rules; the destination sees quads
   * as triples of the default graph.
   */
  public static SourceIndex parse(
      InputStream in, String sourceName, RdfFormat format, StreamRDF dest, ReadOptions options) {
    ReadOptions opts = options == null ? ReadOptions.defaults() : options;
    ParseRun run = new ParseRun(name(sourceName), opts, false);
    RiotReader.parse(in, format, opts.baseIri(), dest, run);
    return run.index();
  }

  /** Reads a file into a new in-memory graph. */
  public static LocatedGraph readGraph(Path file, ReadOptions options) {
    return readGraph(file, RdfFormat.fromPath(file), options);
  }

  /** Reads a file in the given syntax into a new in-memory graph. */
  public static LocatedGraph readGraph(Path file, RdfFormat format, ReadOptions options) {
    ReadOptions opts = options == null ? ReadOptions.defaults() : options;
    try (InputStream in = open(file)) {
      return readGraph(in, file.toString(), format, opts.withBaseIri(baseFor(file, opts)));
    } catch (IOException e) {
      throw new ParseException(SourceLocation.unknown(file.toString()), "cannot close: " + e, e);
    }
  }

  /** Reads a stream into a new in-memory graph. */
  public static LocatedGraph readGraph(
      InputStream in, String sourceName, RdfFormat format, ReadOptions options) {
    Graph graph = GraphFactory.createDefaultGraph();
    SourceIndex index = parse(in, sourceName, format, StreamRDFLib.graph(graph), options);
    return new LocatedGraph(graph, index);
  }

  static InputStream open(Path file) {
    try {
      return Files.newInputStream(file);
    } catch (IOException e) {
      throw new ParseException(
          SourceLocation.unknown(file.toString()), "cannot open the file: " + describe(e), e);
    }
  }

  static String baseFor(Path file, ReadOptions options) {
    return options.baseIri() != null
        ? options.baseIri()
        : file.toAbsolutePath().normalize().toUri().toString();
  }

  private static String name(String sourceName) {
    return sourceName == null || sourceName.isBlank() ? "<input>" : sourceName;
  }

  private static String describe(IOException e) {
    String kind = e.getClass().getSimpleName().replace("Exception", "");
    return e.getMessage() == null ? kind : kind + " (" + e.getMessage() + ")";
  }
}
