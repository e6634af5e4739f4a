package org.debatescore.jena;

/**
 * How RDF is laid out when written. Only the layout changes: every style writes the same
 * statements.
 */
public enum WriteStyle {
  /**
   * Grouped and nested for reading by people: pretty Turtle and TriG, abbreviated RDF/XML, JSON-LD
   * compacted against the Debatescore context. Turtle and TriG are collected in memory first.
   */
  PRETTY,
  /**
   * Streaming where the syntax allows it: Turtle and TriG in blocks of statements about one
   * subject, written as they come, in constant memory.
   */
  BLOCKS,
  /** Streaming, one statement per line (Turtle and TriG); flat JSON-LD and plain RDF/XML. */
  FLAT
}
