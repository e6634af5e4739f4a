package org.debatescore.core.rdf;

/**
 * Receives a stream of statements, in the spirit of Jena's {@code StreamRDF} and RDF4J's {@code
 * RDFHandler}. The model mapping writes to a sink; each engine binding provides sinks that write
 * syntaxes and sources that push parsed statements into one. Not thread-safe.
 */
public interface RdfSink {

  /** Called once before any statement. */
  default void start() {}

  /** A namespace prefix the writer may use; readers pass on the prefixes they saw. */
  default void prefix(String prefix, String namespace) {}

  void triple(Triple triple);

  /** Called once after the last statement; a writer flushes here. */
  default void finish() {}
}
