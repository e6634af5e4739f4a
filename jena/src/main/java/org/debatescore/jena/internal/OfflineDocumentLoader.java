package org.debatescore.jena.internal;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import com.apicatalog.jsonld.loader.SchemeRouter;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Set;
import org.debatescore.vocab.DebatescoreVocabulary;
import org.debatescore.vocab.VocabularyFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Titanium document loader Debatescore uses for JSON-LD: it serves the Debatescore context from
 * the jar ({@code org/debatescore/vocab/debatescore-context.jsonld}) for {@value
 * DebatescoreVocabulary#CONTEXT_IRI}, and refuses every other document unless network access is
 * allowed, in which case Titanium's default loader fetches it.
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

  /** The Debatescore context as a Titanium document, parsed once. */
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
