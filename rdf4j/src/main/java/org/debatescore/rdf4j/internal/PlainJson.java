package org.debatescore.rdf4j.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import org.debatescore.core.LimitExceededException;
import org.debatescore.core.ParseException;
import org.debatescore.core.SourceLocation;
import org.debatescore.core.json.DebateJsonReader;
import org.debatescore.core.json.DebateJsonWriter;
import org.debatescore.core.model.DebateData;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.RdfFormat;
import org.debatescore.core.rdf.SourceIndex;
import org.debatescore.rdf4j.ReadOptions;
import org.debatescore.rdf4j.ReadResult;

/** Plain Debatescore JSON through the core {@code json} package, with the read options applied. */
public final class PlainJson {

  private PlainJson() {}

  /** Reads a plain JSON document; locations come from a JSON pre-pass when tracked. */
  public static ReadResult read(InputStream raw, String source, String base, ReadOptions options) {
    LimitedInputStream limited = null;
    try {
      limited = new LimitedInputStream(RioReader.decompress(raw), options.maxBytes());
      byte[] bytes = limited.readAllBytes();
      SourceIndex index = SourceIndex.empty();
      if (options.trackLocations()) {
        JsonLdScanner.Scan scan = JsonLdScanner.scan(bytes, source);
        SourceIndex.Builder b = SourceIndex.builder();
        for (Map.Entry<String, long[]> e : scan.subjects(base).entrySet()) {
          b.add(Iri.of(e.getKey()), SourceLocation.of(source, e.getValue()[0], e.getValue()[1]));
        }
        index = b.build();
      }
      DebateJsonReader reader = new DebateJsonReader();
      if (base != null) {
        reader = reader.withBase(base);
      }
      DebateData data = reader.read(new ByteArrayInputStream(bytes), source);
      return new ReadResult(data, index, RdfFormat.JSON, source);
    } catch (IOException e) {
      if (limited != null && limited.exceeded()) {
        throw new LimitExceededException(
            SourceLocation.unknown(source),
            "the input is larger than the limit of " + limited.max() + " bytes");
      }
      throw new ParseException(SourceLocation.unknown(source), "cannot read: " + e, e);
    }
  }

  /** Writes a document as plain JSON (flat, pretty). */
  public static void write(DebateData data, OutputStream out) {
    new DebateJsonWriter().pretty(true).write(data, out);
  }
}
