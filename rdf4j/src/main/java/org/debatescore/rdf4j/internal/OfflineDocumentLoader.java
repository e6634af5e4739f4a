package org.debatescore.rdf4j.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Set;
import no.hasmac.jsonld.JsonLdError;
import no.hasmac.jsonld.JsonLdErrorCode;
import no.hasmac.jsonld.document.Document;
import no.hasmac.jsonld.document.JsonDocument;
import no.hasmac.jsonld.http.media.MediaType;
import no.hasmac.jsonld.loader.DocumentLoader;
import no.hasmac.jsonld.loader.DocumentLoaderOptions;
import no.hasmac.jsonld.loader.SchemeRouter;
import org.debatescore.vocab.DebatescoreVocabulary;
import org.debatescore.vocab.VocabularyFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JSON-LD document loader Debatescore gives Rio's JSON-LD parser (hasmac-json-ld): it serves
 * the Debatescore context from the jar ({@code org/debatescore/vocab/debatescore-context.jsonld})
 * for {@value DebatescoreVocabulary#CONTEXT_IRI}, and refuses every other document unless network
 * access is allowed, in which case the processor's default loader fetches it. Rio's own whitelist
 * and cache are bypassed.
 */
public final class OfflineDocumentLoader implements DocumentLoader {

  private static final Logger LOG = LoggerFactory.getLogger(OfflineDocumentLoader.class);

  private static final Set<String> CONTEXT_IRIS =
      Set.of(
          DebatescoreVocabulary.CONTEXT_IRI,
          DebatescoreVocabulary.CONTEXT_IRI.replaceFirst("^https:", "http:"));

  private static volatile JsonDocument bundled;

  private final boolean allowNetwork;
  private volatile String refused;

  public OfflineDocumentLoader(boolean allowNetwork) {
    this.allowNetwork = allowNetwork;
  }

  /** Whether {@code iri} names the Debatescore context. */
  public static boolean isDebatescoreContext(String iri) {
    return iri != null && CONTEXT_IRIS.contains(iri);
  }

  /** The first IRI this loader refused to fetch, or {@code null}. */
  public String refused() {
    return refused;
  }

  @Override
  public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
    String iri = url.toString();
    if (isDebatescoreContext(iri)) {
      return bundledContext();
    }
    if (allowNetwork) {
      LOG.debug("fetching JSON-LD document {}", iri);
      return SchemeRouter.defaultInstance().loadDocument(url, options);
    }
    if (refused == null) {
      refused = iri;
    }
    throw new JsonLdError(
        JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
        "refused to fetch <" + iri + ">: network access is off");
  }

  /** The Debatescore context as a JSON-LD document, parsed once. */
  public static JsonDocument bundledContext() throws JsonLdError {
    JsonDocument d = bundled;
    if (d == null) {
      try (InputStream in = VocabularyFile.CONTEXT.open()) {
        d = JsonDocument.of(MediaType.JSON_LD, in);
        d.setDocumentUrl(URI.create(DebatescoreVocabulary.CONTEXT_IRI));
      } catch (IOException | RuntimeException e) {
        throw new JsonLdError(
            JsonLdErrorCode.LOADING_DOCUMENT_FAILED,
            "the bundled Debatescore context "
                + VocabularyFile.CONTEXT.resourcePath()
                + " cannot be read: "
                + e.getMessage());
      }
      bundled = d;
    }
    return d;
  }
}
