package org.debatescore.jena.internal;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.apache.jena.irix.IRIxResolver;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParserRegistry;
import org.apache.jena.riot.RIOT;
import org.apache.jena.riot.ReaderRIOT;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.RiotLib;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.util.Context;
import org.debatescore.core.DebatescoreException;
import org.debatescore.core.LimitExceededException;
import org.debatescore.core.ParseException;
import org.debatescore.core.SourceLocation;
import org.debatescore.core.rdf.RdfFormat;
import org.debatescore.vocab.DebatescoreVocabulary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a RIOT parser over an input with Debatescore's rules: gzip detected from the content, a byte
 * limit, JSON-LD contexts offline, RDF/XML external entities refused, subject positions recorded,
 * and every failure turned into a {@link ParseException} with a location.
 */
public final class RiotReader {

  private static final Logger LOG = LoggerFactory.getLogger(RiotReader.class);
  private static final Pattern JSONLD_CODE = Pattern.compile("\\s*\\[code=([A-Z_]+)\\]\\.?");
  private static final Pattern JSONLD_ERROR =
      Pattern.compile("JsonLdError\\[code=(.*?), message=(.*)\\]$", Pattern.DOTALL);
  private static final int BUFFER = 1 << 16;

  private RiotReader() {}

  /** The Jena language for a format; plain Debatescore JSON is JSON-LD. */
  public static Lang lang(RdfFormat format) {
    return switch (format) {
      case TURTLE -> Lang.TURTLE;
      case TRIG -> Lang.TRIG;
      case NTRIPLES -> Lang.NTRIPLES;
      case NQUADS -> Lang.NQUADS;
      case RDFXML -> Lang.RDFXML;
      case JSONLD, JSON -> Lang.JSONLD;
      case RDFJSON -> Lang.RDFJSON;
    };
  }

  /**
   * Parses {@code raw} into {@code dest}, calling {@code dest.start()} before the first statement
   * and {@code dest.finish()} after the last one (not on failure). Does not close {@code raw}.
   *
   * @param base base IRI, or {@code null} for none
   * @throws ParseException for any problem in the input, with its location
   */
  public static void parse(
      InputStream raw, RdfFormat format, String base, StreamRDF dest, ParseRun run) {
    Lang lang = lang(format);
    RiotErrorHandler errors = new RiotErrorHandler(run.source());
    LimitedInputStream limited = null;
    JsonLdScanner.Scan scan = null;
    OfflineDocumentLoader loader = null;
    dest.start();
    try {
      limited = new LimitedInputStream(decompress(raw), run.options().maxBytes());
      InputStream body = new BufferedInputStream(limited, BUFFER);
      Context context = RIOT.getContext().copy();
      if (lang.equals(Lang.JSONLD)) {
        byte[] bytes = Inputs.readAll(body, limited, run.source());
        scan = JsonLdScanner.scan(bytes, run.source(), format == RdfFormat.JSON);
        if (run.wantsSubjectPositions()) {
          run.jsonLdSubjects(scan.subjects(base));
        }
        loader = new OfflineDocumentLoader(run.options().allowNetwork());
        JsonLdOptions options = new JsonLdOptions(loader);
        options.setProduceGeneralizedRdf(false);
        if (format == RdfFormat.JSON && scan.firstContext == null) {
          // Plain Debatescore JSON may leave the context out: it is implied.
          options.setExpandContext(OfflineDocumentLoader.bundledContext());
        }
        context.set(LangJSONLD11.JSONLD_OPTIONS, options);
        body = new ByteArrayInputStream(bytes);
      } else if (lang.equals(Lang.RDFXML)) {
        RdfXmlGuard.check(body, run.source());
      }
      IRIxResolver resolver =
          (base == null ? IRIxResolver.create().noBase() : IRIxResolver.create(base))
              .resolve(true)
              .allowRelative(false)
              .build();
      LocatingParserProfile profile =
          new LocatingParserProfile(
              RiotLib.factoryRDF(),
              errors,
              resolver,
              PrefixMapFactory.create(),
              context,
              run.positions());
      ReaderRIOT reader = RDFParserRegistry.getFactory(lang).create(lang, profile);
      reader.read(body, base, lang.getContentType(), new RunStream(dest, run), context);
      if (limited.exceeded() || limited.failure() != null) {
        throw new java.io.IOException("input failure after the parse", limited.failure());
      }
    } catch (StackOverflowError e) {
      throw new ParseException(run.lastReadLocation(), "the input is nested too deeply");
    } catch (RuntimeException | IOException | JsonLdError e) {
      throw translate(e, run, errors, limited, scan, loader);
    }
    dest.finish();
  }

  /** Wraps the input in a gzip decoder when it starts with the gzip magic number. */
  public static InputStream decompress(InputStream raw) throws IOException {
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
      RiotErrorHandler errors,
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
    IOException failure = limited == null ? null : limited.failure();
    if (failure != null) {
      boolean gzip = failure instanceof ZipException || failure instanceof java.io.EOFException;
      return new ParseException(
          run.lastReadLocation(),
          (gzip ? "corrupt or truncated gzip data: " : "cannot read the input: ")
              + ErrorMessages.clean(message(failure)),
          failure);
    }
    if (scan != null) {
      return translateJsonLd(e, run, errors, scan, loader);
    }
    RiotParseException rpe = find(e, RiotParseException.class);
    String message;
    long line;
    long column;
    if (rpe != null) {
      message = rpe.getOriginalMessage();
      line = rpe.getLine();
      column = rpe.getCol();
    } else {
      message = errors.message() != null ? errors.message() : message(e);
      line = errors.line();
      column = errors.column();
      if (line <= 0) {
        long[] p = ErrorMessages.position(e.getMessage());
        if (p != null) {
          line = p[0];
          column = p[1];
        }
      }
    }
    SourceLocation where =
        line > 0
            ? SourceLocation.of(run.source(), line, column > 0 ? column : -1)
            : run.lastReadLocation();
    LOG.debug("parse error in {}", run.source(), e);
    return new ParseException(where, ErrorMessages.clean(message));
  }

  private static RuntimeException translateJsonLd(
      Exception e,
      ParseRun run,
      RiotErrorHandler errors,
      JsonLdScanner.Scan scan,
      OfflineDocumentLoader loader) {
    LOG.debug("JSON-LD error in {}", run.source(), e);
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
    String message = errors.message() != null ? errors.message() : message(e);
    long line = errors.line();
    long column = errors.column();
    String code = null;
    JsonLdError error = find(e, JsonLdError.class);
    if (error != null && error.getCode() != null) {
      code = error.getCode().name();
    }
    Matcher m = JSONLD_CODE.matcher(message);
    if (m.find()) {
      code = code != null ? code : m.group(1);
      message = m.replaceAll("").trim();
    }
    Matcher titanium = JSONLD_ERROR.matcher(message);
    if (titanium.find()) {
      message = titanium.group(2);
    }
    if (line <= 0) {
      long[] p;
      if (code != null && code.contains("CONTEXT")) {
        p = scan.contextPosition(null);
      } else if (code != null && code.contains("_ID") && scan.firstBadId != null) {
        p = scan.firstBadId;
      } else {
        p = scan.root;
      }
      line = p[0];
      column = p[1];
    }
    String text = ErrorMessages.clean(message);
    if (code != null) {
      text = text + " (JSON-LD error " + code.toLowerCase(java.util.Locale.ROOT) + ")";
    }
    return new ParseException(SourceLocation.of(run.source(), line, column), text);
  }

  private static String message(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        return t.getMessage();
      }
    }
    return e.getClass().getSimpleName();
  }

  private static <T extends Throwable> T find(Throwable e, Class<T> type) {
    Map<Throwable, Boolean> seen = new java.util.IdentityHashMap<>();
    for (Throwable t = e; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
