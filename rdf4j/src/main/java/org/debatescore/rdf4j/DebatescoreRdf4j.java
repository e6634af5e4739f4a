package org.debatescore.rdf4j;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.debatescore.core.ParseException;
import org.debatescore.core.SourceLocation;
import org.debatescore.core.mapping.ModelReader;
import org.debatescore.core.mapping.ModelWriter;
import org.debatescore.core.model.DebateData;
import org.debatescore.core.rdf.RdfFormat;
import org.debatescore.core.rdf.RdfSink;
import org.debatescore.core.rdf.SourceIndex;
import org.debatescore.core.validation.ValidationOptions;
import org.debatescore.core.validation.Validator;
import org.debatescore.rdf4j.internal.PlainJson;
import org.debatescore.rdf4j.validation.Rdf4jShaclValidator;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Namespace;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;

/**
 * Reads, writes, converts and validates Debatescore documents in every syntax with Eclipse RDF4J:
 * the entry point for RDF4J users, with the same methods as the Jena binding's {@code
 * DebatescoreJena}.
 *
 * <ul>
 *   <li>RDF syntaxes go through Rio ({@link Rdf4jRdfReader}, {@link Rdf4jRdfWriters}) and the core
 *       mapping ({@link ModelReader}, {@link ModelWriter}), which loses nothing: RDF read and
 *       written back is isomorphic to the input.
 *   <li>Plain Debatescore JSON ({@link RdfFormat#JSON}) goes to the core {@code json} package.
 *   <li>The syntax comes from the file extension ({@code .gz} allowed on top: read transparently,
 *       and written compressed) unless given.
 *   <li>For a command line: {@link #ENGINE} names this engine ({@code rdf4j}), {@link #validator}
 *       gives its {@link Validator} and {@link #convert} converts files.
 * </ul>
 *
 * <p>Reading a whole document holds it in memory ({@link DebateData}); {@link #convert} streams
 * from RDF to RDF when the output style allows.
 */
public final class DebatescoreRdf4j {

  /** The engine's short name, as a command line's {@code --engine} option spells it. */
  public static final String ENGINE = Rdf4jShaclValidator.NAME;

  private DebatescoreRdf4j() {}

  // ---- validating

  /** A validator running on RDF4J's ShaclSail, with the default options. */
  public static Validator validator() {
    return new Rdf4jShaclValidator();
  }

  /** A validator running on RDF4J's ShaclSail whose calls without options use {@code options}. */
  public static Validator validator(ValidationOptions options) {
    return new Rdf4jShaclValidator(options);
  }

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
      try (InputStream in = Rdf4jRdfReader.open(file)) {
        return PlainJson.read(in, file.toString(), Rdf4jRdfReader.baseFor(file, opts), opts);
      } catch (IOException e) {
        throw new ParseException(SourceLocation.unknown(file.toString()), e.toString(), e);
      }
    }
    ModelReader reader = ModelReader.collecting();
    SourceIndex index = Rdf4jRdfReader.read(file, format, reader, opts);
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
    SourceIndex index = Rdf4jRdfReader.read(in, source, format, reader, opts);
    return new ReadResult(reader.result(), index, format, source);
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
      PlainJson.write(data, out);
      return;
    }
    ModelWriter.write(data, Rdf4jRdfWriters.open(format, out, style));
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
   * constant memory when {@link Rdf4jRdfWriters#isStreaming} and the input is not JSON-LD); to or
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
            Rdf4jRdfReader.read(in, inFormat, Rdf4jRdfWriters.open(outFormat, stream, style), opts);
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
      Rdf4jRdfReader.read(
          in, sourceName, inFormat, Rdf4jRdfWriters.open(outFormat, out, style), opts);
    } else {
      writeData(read(in, sourceName, inFormat, opts).data(), out, outFormat, style);
    }
  }

  // ---- RDF4J models

  /** The document as a new in-memory RDF4J model, with its prefixes as namespaces. */
  public static Model toModel(DebateData data) {
    Model model = new LinkedHashModel();
    ModelWriter.write(data, Rdf4jSinks.modelSink(model));
    return model;
  }

  /**
   * The document an RDF4J model holds (graph names ignored); statements are read subject by
   * subject.
   *
   * @throws Rdf4jTerms.UnsupportedTermException if the model holds RDF-star triple terms
   */
  public static DebateData fromModel(Model model) {
    ModelReader reader = ModelReader.collecting();
    reader.start();
    for (Namespace ns : model.getNamespaces()) {
      reader.prefix(ns.getPrefix(), ns.getName());
    }
    Set<Resource> subjects = new LinkedHashSet<>(model.subjects());
    for (Resource s : subjects) {
      for (Statement st : model.getStatements(s, null, null)) {
        reader.triple(Rdf4jTerms.fromStatement(st));
      }
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
      } catch (AtomicMoveNotSupportedException e) {
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
