package org.debatescore.core.rdf;

/**
 * A sink that also wants to know where each statement came from, so that validation results can
 * point at the line of the focus node. Parsers that know positions call {@link #location} just
 * before the statement it applies to.
 */
public interface LocatedRdfSink extends RdfSink {

  /** The 1-based line and column where the next statement's subject was read; -1 if unknown. */
  void location(long line, long column);
}
