package org.debatescore.jena;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.debatescore.core.ParseException;
import org.debatescore.core.SourceLocation;
import org.debatescore.core.mapping.ModelReader;
import org.debatescore.core.mapping.ModelWriter;
import org.debatescore.core.model.DebateData;
import org.debatescore.core.rdf.RdfFormat;
import org.debatescore.core.rdf.RdfSink;
import org.debatescore.core.rdf.SourceIndex;
import org.debatescore.jena.internal.PlainJson;

/**
 * Reads, writes and converts Debatescore documents in every syntax with Apache Jena: the entry
 * point for most users.
 *
 * <ul>
 *   <li>RDF syntaxes go through RIOT ({@link JenaRdfReader}, {@link JenaRdfWriters}) and the core
 *       mapping ({@link ModelReader}, {@link ModelWriter}), which loses nothing: RDF read and
 *       written back is isomorphic to the input.
 *   <li>Plain Debatescore JSON ({@link RdfFormat#JSON}) goes to the core {@code json} package.
 *   <li>The syntax comes from the file extension ({@code .gz} allowed on top: read transparently,
 *       and written compressed) unless given.
 * </ul>
 *
 * <p>Reading a whole document holds it in memory ({@link DebateData}); {@link #convert} streams
 * from RDF to RDF when the output style allows.
 */
public final class DebatescoreJena {

  private DebatescoreJena() {}

  // ---- reading

  /**
   * Reads a file, syntax from its extension, with the default {@link ReadOptions} (no network, no
   * size limit).
   *
   * @throws ParseException if the file cannot be read
   * @throws org.debatescore.core.UnsupportedFormatException if the extension is unknown
   */
  public static DebateData readData(Path file) {
    return read(file, ReadOptions.defaults()).data();
  }

  /** Reads a file, syntax from its extension. */
  public static ReadResult read(Path file, ReadOptions options) {
    return read(file, RdfFormat.fromPath(file), options);
  }

  /** Reads a file in the given syntax. */
  public static ReadResult read(Path file, RdfFormat format, ReadOptions options) {
    ReadOptions opts = options == null ? ReadOptions.defaults() : options;
    if (format == RdfFormat.JSON) {
      try (InputStream in = JenaRdfReader.open(file)) {
        return PlainJson.read(in, file.toString(), JenaRdfReader.baseFor(file, opts), opts);
      } catch (IOException e) {
        throw new ParseException(SourceLocation.unknown(file.toString()), e.toString(), e);
      }
    }
    ModelReader reader = ModelReader.collecting();
    SourceIndex index = JenaRdfReader.read(file, format, reader, opts);
    return new ReadResult(reader.result(), index, format, file.toString());
  }

  /**
   * Reads a stream in the given syntax; relative IRIs resolve against {@link
   * ReadOptions#baseIri()}. The stream is not closed.
   */
  public static ReadResult read(
      InputStream in, String sourceName, RdfFormat format, ReadOptions options) {
    ReadOptions opts = options == null ? ReadOptions.defaults() : options;
    String source = sourceName == null ? "<input>" : sourceName;
    if (format == RdfFormat.JSON) {
      return PlainJson.read(in, source, opts.baseIri(), opts);
    }
    ModelReader reader = ModelReader.collecting();
    SourceIndex index = JenaRdfReader.read(in, source, format, reader, opts);
    return new ReadResult(reader.result(), index, format, source);
  }

  /**
   * Streams the entities of a large file to {@code handler}, one at a time, in bounded memory when
   * the input is grouped by subject (as N-Triples sorted by subject, and everything Debatescore
   * writes, are): see {@link ModelReader#grouped}. Plain JSON is streamed by the core JSON reader.
   *
   * @return where each subject was first read, if {@link ReadOptions#trackLocations()}
   */
  public static SourceIndex readEntities(
      Path file, ReadOptions options, org.debatescore.core.mapping.EntityHandler handler) {
    ReadOptions opts = options == null ? ReadOptions.defaults() : options;
    RdfFormat format = RdfFormat.fromPath(file);
    if (format == RdfFormat.JSON) {
      try (InputStream in = JenaRdfReader.open(file)) {
        org.debatescore.core.json.DebateJsonReader reader =
            new org.debatescore.core.json.DebateJsonReader()
                .withBase(JenaRdfReader.baseFor(file, opts));
        reader.read(
            new org.debatescore.jena.internal.LimitedInputStream(
                org.debatescore.jena.internal.RiotReader.decompress(in), opts.maxBytes()),
            file.toString(),
            handler);
        return SourceIndex.empty();
      } catch (IOException e) {
        throw new ParseException(SourceLocation.unknown(file.toString()), e.toString(), e);
      }
    }
    return JenaRdfReader.read(file, format, ModelReader.grouped(handler), opts);
  }

  // ---- writing

  /**
   * Writes a file, syntax from its extension, pretty; gzip-compressed if it ends in {@code .gz}.
   */
  public static void writeData(DebateData data, Path file) {
    writeData(data, file, RdfFormat.fromPath(file), WriteStyle.PRETTY);
  }

  /** Writes a file in the given syntax, pretty. */
  public static void writeData(DebateData data, Path file, RdfFormat format) {
    writeData(data, file, format, WriteStyle.PRETTY);
  }

  /**
   * Writes a file, replacing it only once everything is written (through a temporary file in the
   * same directory).
   */
  public static void writeData(DebateData data, Path file, RdfFormat format, WriteStyle style) {
    Objects.requireNonNull(data, "data");
    writeFile(file, out -> writeData(data, out, format, style));
  }

  /** Writes to a stream in the given syntax, pretty; the stream is flushed, not closed. */
  public static void writeData(DebateData data, OutputStream out, RdfFormat format) {
    writeData(data, out, format, WriteStyle.PRETTY);
  }

  /** Writes to a stream; the stream is flushed, not closed. */
  public static void writeData(
      DebateData data, OutputStream out, RdfFormat format, WriteStyle style) {
    Objects.requireNonNull(data, "data");
    if (format == RdfFormat.JSON) {
      PlainJson.write(data, out, style);
      return;
    }
    ModelWriter.write(data, JenaRdfWriters.open(format, out, style));
  }

  // ---- converting

  /**
   * Converts a file to another syntax, both taken from the extensions; Turtle and TriG output is
   * written in {@linkplain WriteStyle#BLOCKS blocks}, so RDF-to-RDF conversion streams.
   */
  public static void convert(Path in, Path out) {
    convert(
        in,
        RdfFormat.fromPath(in),
        out,
        RdfFormat.fromPath(out),
        ReadOptions.defaults(),
        WriteStyle.BLOCKS);
  }

  /**
   * Converts a file. From RDF to RDF the statements flow straight from the parser to the writer (in
   * constant memory when {@link JenaRdfWriters#isStreaming} and the input is not JSON-LD); to or
   * from plain JSON the document goes through the model. The output file is replaced only on
   * success.
   */
  public static void convert(
      Path in,
      RdfFormat inFormat,
      Path out,
      RdfFormat outFormat,
      ReadOptions options,
      WriteStyle style) {
    ReadOptions opts = options == null ? ReadOptions.defaults() : options;
    writeFile(
        out,
        stream -> {
          if (inFormat.isRdf() && outFormat.isRdf()) {
            JenaRdfReader.read(in, inFormat, JenaRdfWriters.open(outFormat, stream, style), opts);
          } else {
            writeData(read(in, inFormat, opts).data(), stream, outFormat, style);
          }
        });
  }

  /**
   * Converts a stream; see {@link #convert(Path, RdfFormat, Path, RdfFormat, ReadOptions,
   * WriteStyle)}. Neither stream is closed.
   */
  public static void convert(
      InputStream in,
      String sourceName,
      RdfFormat inFormat,
      OutputStream out,
      RdfFormat outFormat,
      ReadOptions options,
      WriteStyle style) {
    ReadOptions opts = options == null ? ReadOptions.defaults() : options;
    if (inFormat.isRdf() && outFormat.isRdf()) {
      JenaRdfReader.read(
          in, sourceName, inFormat, JenaRdfWriters.open(outFormat, out, style), opts);
    } else {
      writeData(read(in, sourceName, inFormat, opts).data(), out, outFormat, style);
    }
  }

  // ---- Jena graphs

  /** The document as a new in-memory Jena graph, with its prefixes. */
  public static Graph toGraph(DebateData data) {
    Graph graph = GraphFactory.createDefaultGraph();
    ModelWriter.write(data, JenaSinks.graphSink(graph));
    return graph;
  }

  /**
   * The document a Jena graph holds; statements are read subject by subject.
   *
   * @throws JenaTerms.UnsupportedTermException if the graph holds RDF 1.2 terms
   */
  public static DebateData fromGraph(Graph graph) {
    ModelReader reader = ModelReader.collecting();
    reader.start();
    graph.getPrefixMapping().getNsPrefixMap().forEach(reader::prefix);
    java.util.Set<Node> subjects = new java.util.LinkedHashSet<>();
    graph.find().forEachRemaining(t -> subjects.add(t.getSubject()));
    for (Node s : subjects) {
      graph.find(s, Node.ANY, Node.ANY).forEachRemaining(t -> reader.triple(JenaTerms.fromJena(t)));
    }
    reader.finish();
    return reader.result();
  }

  /** Sends a document's statements to any sink. */
  public static void write(DebateData data, RdfSink sink) {
    ModelWriter.write(data, sink);
  }

  // ---- files

  @FunctionalInterface
  private interface Output {
    void write(OutputStream out) throws IOException;
  }

  private static void writeFile(Path file, Output body) {
    Path target = file.toAbsolutePath();
    Path dir = target.getParent();
    Path tmp = null;
    try {
      tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
      try (OutputStream raw = Files.newOutputStream(tmp);
          OutputStream buffered = new BufferedOutputStream(raw, 1 << 16)) {
        if (RdfFormat.isGzipFileName(target.getFileName().toString())) {
          try (GZIPOutputStream gz = new GZIPOutputStream(buffered, 1 << 16)) {
            body.write(gz);
          }
        } else {
          body.write(buffered);
        }
      }
      try {
        Files.move(
            tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (java.nio.file.AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // best effort: the temporary file is hidden and named after the target
        }
      }
    }
  }
}
