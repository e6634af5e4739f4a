package org.debatescore.rdf4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.debatescore.core.ParseException;
import org.debatescore.core.SourceLocation;
import org.debatescore.core.rdf.LocatedRdfSink;
import org.debatescore.core.rdf.RdfFormat;
import org.debatescore.core.rdf.RdfSink;
import org.debatescore.core.rdf.SourceIndex;
import org.debatescore.rdf4j.internal.ParseRun;
import org.debatescore.rdf4j.internal.RioReader;
import org.debatescore.rdf4j.internal.SinkHandler;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.rio.RDFHandler;
import org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler;

/**
 * Reads any RDF syntax through Eclipse RDF4J Rio, streaming, into a Debatescore {@link RdfSink} (or
 * a Rio {@link RDFHandler} or an RDF4J {@link Model}). The counterpart of the Jena binding's {@code
 * JenaRdfReader}, with the same methods and rules.
 *
 * <ul>
 *   <li><b>Streaming.</b> Statements reach the sink as the parser produces them; memory does not
 *       grow with the input for N-Triples, N-Quads, Turtle, TriG and RDF/XML. JSON-LD (and plain
 *       Debatescore JSON, which is read as JSON-LD here, with the Debatescore context implied when
 *       the document has none) is processed in memory, as the JSON-LD algorithms require, and so is
 *       RDF/JSON when locations are tracked.
 *   <li><b>Datasets.</b> For TriG and N-Quads the graph name is dropped and the triple kept.
 *   <li><b>Compressed input.</b> Gzip is detected from the content, whatever the file name.
 *   <li><b>Safety.</b> See {@link ReadOptions}: no network by default (JSON-LD contexts other than
 *       the bundled Debatescore context are refused; Rio's whitelist of well-known contexts is not
 *       used), external entities in RDF/XML refused, an optional byte limit.
 *   <li><b>Errors.</b> Anything wrong with the input is a {@link ParseException} naming the source,
 *       line and column (as far as Rio knows them: Turtle and N-Triples errors have a line only)
 *       with the parser's message. An exception thrown by the sink comes out unchanged. Warnings
 *       are logged through SLF4J (logger {@code org.debatescore.rdf4j.parse}).
 *   <li><b>Locations.</b> With {@link ReadOptions#trackLocations()}, the returned {@link
 *       SourceIndex} gives where each subject first appears, and a {@link LocatedRdfSink} is told
 *       the subject position before each statement: the line for Turtle and TriG (where the subject
 *       starts), N-Triples and N-Quads (column 1); line and column for JSON-LD ({@code @id} values,
 *       from a JSON pre-pass; blank nodes are not located) and RDF/JSON (subject keys). Rio reports
 *       no positions while parsing RDF/XML: its subjects are not located.
 * </ul>
 *
 * <p>The sink's {@code start()} is called before the first statement and {@code finish()} after the
 * last, not after a failure. Streams passed in are not closed.
 */
public final class Rdf4jRdfReader {

  private Rdf4jRdfReader() {}

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
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(sink, "sink");
    ParseRun run = new ParseRun(name(sourceName), opts, sink instanceof LocatedRdfSink);
    RioReader.parse(in, format, base, new SinkHandler(sink, run), run);
    return run.index();
  }

  /**
   * Reads a stream into a Rio {@link RDFHandler}, with the same rules; the handler sees RDF4J
   * statements as the parser made them (quads keep their graph name).
   */
  public static SourceIndex parse(
      InputStream in, String sourceName, RdfFormat format, RDFHandler dest, ReadOptions options) {
    Objects.requireNonNull(dest, "dest");
    ReadOptions opts = options == null ? ReadOptions.defaults() : options;
    ParseRun run = new ParseRun(name(sourceName), opts, false);
    RioReader.parse(in, format, opts.baseIri(), new TrackingHandler(dest, run), run);
    return run.index();
  }

  /**
   * Reads a file (syntax from its extension, {@code .gz} allowed on top) into a Rio {@link
   * RDFHandler}, with the same rules as {@link #parse(InputStream, String, RdfFormat, RDFHandler,
   * ReadOptions)}; relative IRIs resolve against the file unless the options give a base.
   */
  public static SourceIndex parse(Path file, RDFHandler dest, ReadOptions options) {
    Objects.requireNonNull(file, "file");
    ReadOptions opts = options == null ? ReadOptions.defaults() : options;
    try (InputStream in = open(file)) {
      return parse(
          in,
          file.toString(),
          RdfFormat.fromPath(file),
          dest,
          opts.withBaseIri(baseFor(file, opts)));
    } catch (IOException e) {
      throw new ParseException(SourceLocation.unknown(file.toString()), "cannot close: " + e, e);
    }
  }

  /** Reads a file into a new in-memory model (graph names dropped). */
  public static LocatedModel readModel(Path file, ReadOptions options) {
    return readModel(file, RdfFormat.fromPath(file), options);
  }

  /** Reads a file in the given syntax into a new in-memory model (graph names dropped). */
  public static LocatedModel readModel(Path file, RdfFormat format, ReadOptions options) {
    ReadOptions opts = options == null ? ReadOptions.defaults() : options;
    try (InputStream in = open(file)) {
      return readModel(in, file.toString(), format, opts.withBaseIri(baseFor(file, opts)));
    } catch (IOException e) {
      throw new ParseException(SourceLocation.unknown(file.toString()), "cannot close: " + e, e);
    }
  }

  /** Reads a stream into a new in-memory model (graph names dropped). */
  public static LocatedModel readModel(
      InputStream in, String sourceName, RdfFormat format, ReadOptions options) {
    Model model = new LinkedHashModel();
    SourceIndex index = read(in, sourceName, format, Rdf4jSinks.modelSink(model), options);
    return new LocatedModel(model, index);
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

  /** Passes statements on unchanged, recording subject positions on the way. */
  private static final class TrackingHandler extends AbstractRDFHandler {
    private final RDFHandler dest;
    private final ParseRun run;

    TrackingHandler(RDFHandler dest, ParseRun run) {
      this.dest = dest;
      this.run = run;
    }

    @Override
    public void startRDF() {
      dest.startRDF();
    }

    @Override
    public void endRDF() {
      dest.endRDF();
    }

    @Override
    public void handleNamespace(String prefix, String uri) {
      dest.handleNamespace(prefix, uri);
    }

    @Override
    public void handleStatement(org.eclipse.rdf4j.model.Statement st) {
      SinkHandler.track(run, st);
      try {
        dest.handleStatement(st);
      } catch (RuntimeException e) {
        throw run.fail(e);
      }
    }
  }
}
