package org.debatescore.jena.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.debatescore.core.ParseException;
import org.debatescore.core.SourceLocation;
import org.debatescore.core.json.DebateJsonReader;
import org.debatescore.core.json.DebateJsonWriter;
import org.debatescore.core.model.DebateData;
import org.debatescore.core.model.Entity;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.RdfFormat;
import org.debatescore.core.rdf.Resource;
import org.debatescore.core.rdf.SourceIndex;
import org.debatescore.core.rdf.Triple;
import org.debatescore.jena.ReadOptions;
import org.debatescore.jena.ReadResult;
import org.debatescore.jena.WriteStyle;

/**
 * Plain Debatescore JSON through the core {@code json} package, with the same input handling as the
 * RDF syntaxes: gzip detected, byte limit, and (when asked) subject locations from the JSON
 * pre-pass.
 */
public final class PlainJson {

  private PlainJson() {}

  /** Reads a plain JSON document; {@code base} resolves relative ids (may be {@code null}). */
  public static ReadResult read(InputStream in, String source, String base, ReadOptions options) {
    byte[] bytes;
    try {
      LimitedInputStream limited =
          new LimitedInputStream(RiotReader.decompress(in), options.maxBytes());
      bytes = Inputs.readAll(limited, limited, source);
    } catch (IOException e) {
      throw new ParseException(SourceLocation.of(source, 1, 1), "cannot read the input: " + e, e);
    }
    DebateJsonReader reader = new DebateJsonReader();
    if (base != null) {
      reader = reader.withBase(base);
    }
    DebateData data = reader.read(new ByteArrayInputStream(bytes), source);
    SourceIndex index = SourceIndex.empty();
    if (options.trackLocations()) {
      index = locate(data, JsonLdScanner.scan(bytes, source, true).subjects(base), source);
    }
    return new ReadResult(data, index, RdfFormat.JSON, source);
  }

  private static SourceIndex locate(DebateData data, Map<String, long[]> ids, String source) {
    SourceIndex.Builder b = SourceIndex.builder();
    for (Entity e : data.entities()) {
      add(b, e.id(), ids, source);
    }
    for (Triple t : data.otherTriples()) {
      add(b, t.subject(), ids, source);
    }
    return b.build();
  }

  private static void add(
      SourceIndex.Builder b, Resource r, Map<String, long[]> ids, String source) {
    if (r instanceof Iri iri && !b.contains(r)) {
      long[] p = ids.get(iri.value());
      if (p != null) {
        b.add(r, source, p[0], p[1]);
      }
    }
  }

  /** Writes plain JSON: indented unless {@link WriteStyle#FLAT} (one line). */
  public static void write(DebateData data, OutputStream out, WriteStyle style) {
    new DebateJsonWriter().pretty(style != WriteStyle.FLAT).write(data, out);
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
