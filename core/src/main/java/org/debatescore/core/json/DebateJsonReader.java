package org.debatescore.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.debatescore.core.LimitExceededException;
import org.debatescore.core.ParseException;
import org.debatescore.core.SourceLocation;
import org.debatescore.core.mapping.EntityHandler;
import org.debatescore.core.mapping.ModelReader;
import org.debatescore.core.model.DebateData;
import org.debatescore.core.rdf.RdfSink;

/**
 * Reads Debatescore JSON: the JSON-LD compact form under the Debatescore context, flat ({@code
 * "@graph"}) or nested ({@code contains}, {@code replies}, {@code supportedBy}, {@code
 * attackedBy}, embedded node objects), as {@link DebateJsonWriter} writes it and people write it
 * by hand. The JSON is turned into the statements a JSON-LD 1.1 processor would produce (for the
 * features below) and mapped with {@link ModelReader}, so JSON and RDF inputs give the same model.
 *
 * <p>Supported: the Debatescore context by IRI (never fetched: it is bundled), inline contexts
 * with {@code @base}, {@code @vocab}, {@code @language}, prefixes and term definitions; node
 * objects, value objects, language maps, {@code @reverse}, arrays. Not supported (a {@link
 * ParseException} says so): other remote contexts, lists, named graphs, {@code @nest}, {@code
 * @included}, {@code @json}. A document without {@code @context} is read with the Debatescore
 * context. A node without id becomes a fresh blank node; blank node ids ({@code _:x}) keep their
 * label.
 *
 * <p>Errors (bad JSON, unexpected values) are {@link ParseException}s with line and column;
 * Jackson's nesting and size limits give a {@link LimitExceededException}. Immutable and
 * thread-safe; each read is independent.
 */
public final class DebateJsonReader {

  private static final JsonFactory FACTORY = new ObjectMapper().getFactory();

  private final String base;

  /** A reader without base IRI: relative IRIs need an {@code @base} in the document. */
  public DebateJsonReader() {
    this(null);
  }

  private DebateJsonReader(String base) {
    this.base = base;
  }

  /**
   * A reader that resolves relative IRIs against {@code baseIri} (unless the document sets one).
   */
  public DebateJsonReader withBase(String baseIri) {
    return new DebateJsonReader(baseIri);
  }

  /** Reads a whole document into memory. */
  public DebateData read(InputStream in, String sourceName) {
    ModelReader reader = ModelReader.collecting();
    toRdf(in, sourceName, reader);
    return reader.result();
  }

  /** Reads a whole document from a string. */
  public DebateData read(String json, String sourceName) {
    ModelReader reader = ModelReader.collecting();
    toRdf(new StringReader(json), sourceName, reader);
    return reader.result();
  }

  /**
   * Streams a document to {@code handler}, one resource at a time: each node object's statements
   * are emitted together, so a flat document (as {@link DebateJsonWriter} streams it) is handed
   * over entity by entity, in bounded memory.
   */
  public void read(InputStream in, String sourceName, EntityHandler handler) {
    toRdf(in, sourceName, ModelReader.grouped(handler));
  }

  /** Converts a document to statements ({@code start}, statements, {@code finish}). */
  public void toRdf(InputStream in, String sourceName, RdfSink sink) {
    Objects.requireNonNull(in, "in");
    try (JsonParser p = FACTORY.createParser(in)) {
      run(p, sourceName, sink);
    } catch (IOException e) {
      throw failure(e, sourceName);
    }
  }

  /** Converts a document from a reader to statements. */
  public void toRdf(Reader in, String sourceName, RdfSink sink) {
    Objects.requireNonNull(in, "in");
    try (JsonParser p = FACTORY.createParser(in)) {
      run(p, sourceName, sink);
    } catch (IOException e) {
      throw failure(e, sourceName);
    }
  }

  private void run(JsonParser p, String sourceName, RdfSink sink) throws IOException {
    sink.start();
    new JsonToRdf(p, sourceName, base, sink).document();
    sink.finish();
  }

  private static RuntimeException failure(IOException e, String sourceName) {
    if (e instanceof JsonProcessingException j) {
      JsonLocation loc = j.getLocation();
      SourceLocation where =
          loc == null
              ? SourceLocation.unknown(sourceName)
              : SourceLocation.of(sourceName, loc.getLineNr(), loc.getColumnNr());
      if (e instanceof StreamConstraintsException) {
        return new LimitExceededException(where, j.getOriginalMessage());
      }
      return new ParseException(where, "invalid JSON: " + j.getOriginalMessage(), e);
    }
    return new UncheckedIOException("cannot read " + sourceName, e);
  }
}
