package org.debatescore.rdf4j.internal;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import no.hasmac.jsonld.JsonLdError;
import org.debatescore.core.DebatescoreException;
import org.debatescore.core.LimitExceededException;
import org.debatescore.core.ParseException;
import org.debatescore.core.SourceLocation;
import org.debatescore.core.rdf.RdfFormat;
import org.debatescore.vocab.DebatescoreVocabulary;
import org.eclipse.rdf4j.rio.ParseErrorListener;
import org.eclipse.rdf4j.rio.ParserConfig;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFHandler;
import org.eclipse.rdf4j.rio.RDFParseException;
import org.eclipse.rdf4j.rio.RDFParser;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.BasicParserSettings;
import org.eclipse.rdf4j.rio.helpers.XMLParserSettings;
import org.eclipse.rdf4j.rio.jsonld.JSONLDSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a Rio parser over an input with Debatescore's rules: gzip detected from the content, a byte
 * limit, JSON-LD contexts offline, RDF/XML external entities refused, subject positions recorded,
 * and every failure turned into a {@link ParseException} with a location.
 */
public final class RioReader {

  private static final Logger LOG = LoggerFactory.getLogger("org.debatescore.rdf4j.parse");
  private static final int BUFFER = 1 << 16;

  private RioReader() {}

  /** The Rio format for a syntax; plain Debatescore JSON is JSON-LD. */
  public static RDFFormat rioFormat(RdfFormat format) {
    return switch (format) {
      case TURTLE -> RDFFormat.TURTLE;
      case TRIG -> RDFFormat.TRIG;
      case NTRIPLES -> RDFFormat.NTRIPLES;
      case NQUADS -> RDFFormat.NQUADS;
      case RDFXML -> RDFFormat.RDFXML;
      case JSONLD, JSON -> RDFFormat.JSONLD;
      case RDFJSON -> RDFFormat.RDFJSON;
    };
  }

  /**
   * Parses {@code raw} into {@code dest}; the parser calls {@code startRDF()} before the first
   * statement and {@code endRDF()} after the last one (not on failure). Does not close {@code raw}.
   *
   * @param base base IRI, or {@code null} for none
   * @throws ParseException for any problem in the input, with its location
   */
  public static void parse(
      InputStream raw, RdfFormat format, String base, RDFHandler dest, ParseRun run) {
    LimitedInputStream limited = null;
    JsonLdScanner.Scan scan = null;
    OfflineDocumentLoader loader = null;
    try {
      limited = new LimitedInputStream(decompress(raw), run.options().maxBytes());
      InputStream body = new BufferedInputStream(limited, BUFFER);
      RDFParser parser = parser(format, run);
      ParserConfig config = config();
      if (format == RdfFormat.JSONLD || format == RdfFormat.JSON) {
        byte[] bytes = body.readAllBytes();
        scan = JsonLdScanner.scan(bytes, run.source());
        if (run.wantsSubjectPositions()) {
          run.jsonSubjects(scan.subjects(base));
        }
        loader = new OfflineDocumentLoader(run.options().allowNetwork());
        config.set(JSONLDSettings.DOCUMENT_LOADER, loader);
        config.set(JSONLDSettings.DOCUMENT_LOADER_CACHE, false);
        if (format == RdfFormat.JSON && !scan.hasContext) {
          // Plain Debatescore JSON may leave the context out: it is implied.
          config.set(JSONLDSettings.EXPAND_CONTEXT, OfflineDocumentLoader.bundledContext());
        }
        body = new ByteArrayInputStream(bytes);
      } else if (format == RdfFormat.RDFJSON && run.wantsSubjectPositions()) {
        byte[] bytes = body.readAllBytes();
        run.jsonSubjects(JsonLdScanner.scanRdfJson(bytes, run.source()));
        body = new ByteArrayInputStream(bytes);
      } else if (format == RdfFormat.RDFXML) {
        RdfXmlGuard.check(body, run.source());
      }
      parser.setParserConfig(config);
      parser.setRDFHandler(dest);
      parser.setParseLocationListener(run::location);
      parser.setParseErrorListener(new LoggingErrorListener(run));
      if (base != null) {
        parser.parse(body, base);
      } else if (format == RdfFormat.RDFXML) {
        // Rio's RDF/XML parser needs a base; without one a relative IRI is an error anyway.
        parser.parse(body, "urn:x-debatescore:no-base:");
      } else {
        parser.parse(body);
      }
    } catch (StackOverflowError e) {
      throw new ParseException(run.lastReadLocation(), "the input is nested too deeply");
    } catch (JsonLdError | RuntimeException | IOException e) {
      throw translate(e, run, limited, scan, loader);
    }
  }

  private static RDFParser parser(RdfFormat format, ParseRun run) {
    return switch (format) {
      case TURTLE -> new LocatingParsers.Turtle(run);
      case TRIG -> new LocatingParsers.TriG(run);
      default -> Rio.createParser(rioFormat(format));
    };
  }

  private static ParserConfig config() {
    ParserConfig config = new ParserConfig();
    // Each read gets fresh blank nodes, so that two files read together never share one.
    config.set(BasicParserSettings.PRESERVE_BNODE_IDS, false);
    config.set(XMLParserSettings.SECURE_PROCESSING, true);
    config.set(XMLParserSettings.LOAD_EXTERNAL_DTD, false);
    config.set(XMLParserSettings.EXTERNAL_GENERAL_ENTITIES, false);
    config.set(XMLParserSettings.EXTERNAL_PARAMETER_ENTITIES, false);
    config.set(JSONLDSettings.SECURE_MODE, true);
    return config;
  }

  /** Wraps the input in a gzip decoder when it starts with the gzip magic number. */
  static InputStream decompress(InputStream raw) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, BUFFER);
    in.mark(2);
    int b1 = in.read();
    int b2 = in.read();
    in.reset();
    if (b1 == 0x1f && b2 == 0x8b) {
      return new BufferedInputStream(new GZIPInputStream(in, BUFFER), BUFFER);
    }
    return in;
  }

  private static RuntimeException translate(
      Exception e,
      ParseRun run,
      LimitedInputStream limited,
      JsonLdScanner.Scan scan,
      OfflineDocumentLoader loader) {
    if (run.pendingFailure() != null) {
      return run.pendingFailure();
    }
    if (limited != null && limited.exceeded()) {
      return new LimitExceededException(
          run.lastReadLocation(),
          "the input is larger than the limit of " + limited.max() + " bytes");
    }
    DebatescoreException own = find(e, DebatescoreException.class);
    if (own != null) {
      return own;
    }
    if (find(e, ZipException.class) != null || find(e, EOFException.class) != null) {
      return new ParseException(
          run.lastReadLocation(), "corrupt or truncated gzip data: " + message(e), e);
    }
    LOG.debug("parse error in {}", run.source(), e);
    if (scan != null) {
      return translateJsonLd(e, run, scan, loader);
    }
    RDFParseException rpe = find(e, RDFParseException.class);
    if (rpe != null && rpe.getLineNumber() > 0) {
      return new ParseException(
          SourceLocation.of(
              run.source(),
              rpe.getLineNumber(),
              rpe.getColumnNumber() > 0 ? rpe.getColumnNumber() : -1),
          ErrorMessages.clean(rpe.getMessage()));
    }
    return new ParseException(run.lastReadLocation(), ErrorMessages.clean(message(e)));
  }

  private static RuntimeException translateJsonLd(
      Exception e, ParseRun run, JsonLdScanner.Scan scan, OfflineDocumentLoader loader) {
    String refused = loader == null ? null : loader.refused();
    if (refused != null) {
      long[] p = scan.contextPosition(refused);
      return new ParseException(
          SourceLocation.of(run.source(), p[0], p[1]),
          "remote JSON-LD context <"
              + refused
              + "> refused: network access is off; only the Debatescore context <"
              + DebatescoreVocabulary.CONTEXT_IRI
              + "> is available offline (embed the context in the document, or allow network"
              + " access)");
    }
    JsonLdError jsonLd = find(e, JsonLdError.class);
    String text;
    long[] p;
    if (jsonLd != null) {
      String code = jsonLd.getCode() == null ? null : jsonLd.getCode().name();
      text = ErrorMessages.clean(message(jsonLd));
      if (code != null) {
        text = text + " (JSON-LD error " + code.toLowerCase(Locale.ROOT) + ")";
      }
      p = code != null && code.contains("CONTEXT") ? scan.contextPosition(null) : scan.root;
    } else {
      RDFParseException rpe = find(e, RDFParseException.class);
      text = ErrorMessages.clean(message(rpe != null ? rpe : e));
      p =
          rpe != null && rpe.getLineNumber() > 0
              ? new long[] {rpe.getLineNumber(), rpe.getColumnNumber()}
              : scan.root;
    }
    return new ParseException(SourceLocation.of(run.source(), p[0], p[1] > 0 ? p[1] : -1), text);
  }

  /** The most specific message in a chain of causes. */
  private static String message(Throwable e) {
    String best = null;
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    for (Throwable t = e; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
      String m = t.getMessage();
      if (m != null && !m.isBlank() && !m.equals("Could not parse JSONLD")) {
        best = m;
      }
    }
    return best != null ? best : e.getClass().getSimpleName();
  }

  private static <T extends Throwable> T find(Throwable e, Class<T> type) {
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    for (Throwable t = e; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  /** Logs what the parser warns about (ill-typed literals, unusual IRIs); errors still fail. */
  private static final class LoggingErrorListener implements ParseErrorListener {
    private final ParseRun run;

    LoggingErrorListener(ParseRun run) {
      this.run = run;
    }

    @Override
    public void warning(String msg, long line, long column) {
      LOG.warn("{}: {}", where(line, column), ErrorMessages.clean(msg));
    }

    @Override
    public void error(String msg, long line, long column) {
      LOG.debug("{}: {}", where(line, column), ErrorMessages.clean(msg));
    }

    @Override
    public void fatalError(String msg, long line, long column) {
      LOG.debug("{}: {}", where(line, column), ErrorMessages.clean(msg));
    }

    private SourceLocation where(long line, long column) {
      return line > 0
          ? SourceLocation.of(run.source(), line, column > 0 ? column : -1)
          : SourceLocation.unknown(run.source());
    }
  }
}
