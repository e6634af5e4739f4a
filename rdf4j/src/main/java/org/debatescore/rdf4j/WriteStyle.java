package org.debatescore.rdf4j;

/**
 * How RDF is laid out when written; the same styles as the Jena binding's. Only the layout changes:
 * every style writes the same statements.
 */
public enum WriteStyle {
  /**
   * For reading by people: Turtle and TriG with blank nodes inlined, abbreviated RDF/XML, JSON-LD
   * compacted against the Debatescore context. Collected in memory first.
   */
  PRETTY,
  /**
   * Streaming where the syntax allows it: Turtle and TriG grouped by subject as statements come, in
   * constant memory.
   */
  BLOCKS,
  /** Streaming, with as little layout as the syntax allows; expanded JSON-LD, plain RDF/XML. */
  FLAT
}
