package org.debatescore.vocab;

import java.io.InputStream;
import java.net.URL;

/**
 * Entry point to the Debatescore vocabulary: its canonical IRIs and version, and the bundled files.
 *
 * <p>The streams returned here are new on each call and must be closed by the caller. A missing
 * file raises an {@link IllegalStateException} that names it.
 */
public final class DebatescoreVocabulary {

  /** Version of the vocabulary (the ontology's {@code owl:versionInfo}). */
  public static final String VERSION = "0.1.0";

  /** IRI of the ontology. */
  public static final String ONTOLOGY_IRI = DBS.ONTOLOGY;

  /** IRI of this version of the ontology ({@code owl:versionIRI}). */
  public static final String VERSION_IRI = ONTOLOGY_IRI + "/" + VERSION;

  /** Namespace of the ontology terms. */
  public static final String NS = DBS.NS;

  /** Canonical IRI of the JSON-LD context, to put in {@code "@context"}. */
  public static final String CONTEXT_IRI = "https://w3id.org/debatescore/ns/context.jsonld";

  /** Namespace of the SHACL shapes ({@code dbsh:}). */
  public static final String SHAPES_NS = "https://w3id.org/debatescore/shapes#";

  /** Common base of the code-list IRIs. */
  public static final String CODE_BASE = Codes.BASE;

  /** Licence of the vocabulary, shapes, context and documentation (CC BY 4.0). */
  public static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";

  private DebatescoreVocabulary() {}

  /** The ontology, in Turtle. */
  public static InputStream ontology() {
    return VocabularyFile.ONTOLOGY.open();
  }

  /** The code lists, in Turtle. */
  public static InputStream codeLists() {
    return VocabularyFile.CODE_LISTS.open();
  }

  /** The alignments to other vocabularies, in Turtle. */
  public static InputStream alignments() {
    return VocabularyFile.ALIGNMENTS.open();
  }

  /** The SHACL shapes, in Turtle. */
  public static InputStream shapes() {
    return VocabularyFile.SHAPES.open();
  }

  /** The JSON-LD context, served at {@link #CONTEXT_IRI}. */
  public static InputStream context() {
    return VocabularyFile.CONTEXT.open();
  }

  /** The generated HTML documentation. */
  public static InputStream documentationHtml() {
    return VocabularyFile.DOCUMENTATION_HTML.open();
  }

  /** Location of a bundled file. */
  public static URL url(VocabularyFile file) {
    return file.url();
  }
}
