package org.debatescore.core.rdf;

/**
 * An RDF term, independent of any engine. Bindings (Jena, RDF4J) convert their own terms to and
 * from these at the edge, so the model mapping is written once.
 */
public sealed interface Term permits Resource, Literal {

  /** The term in N-Triples syntax, handy in messages and tests. */
  String toNTriples();
}
