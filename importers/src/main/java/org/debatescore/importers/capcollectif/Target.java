package org.debatescore.importers.capcollectif;

import org.debatescore.core.rdf.Iri;

/**
 * An opinion or a version of the file: what votes, arguments, sources and reports attach to. Holds
 * the counts of the rows that name it and the aggregates its own row declares, to write the tallies
 * and cross-check them at the end of the file. One per opinion or version, never per vote.
 */
final class Target {

  final Values.Kind kind;
  final String raw;
  final String key;
  final Iri iri;
  final long line;
  final Target parent;

  /** YES, MITIGE, NO votes among the rows mapped. */
  final long[] votes = new long[3];

  /** The same, as the opinion or version row declares them; {@code null} when absent. */
  long[] declaredVotes;

  /** FOR, AGAINST arguments among the rows mapped. */
  final long[] arguments = new long[2];

  /** The same, as declared; {@code null} when absent. */
  long[] declaredArguments;

  long reports;

  Target(Values.Kind kind, String raw, String key, Iri iri, long line, Target parent) {
    this.kind = kind;
    this.raw = raw;
    this.key = key;
    this.iri = iri;
    this.line = line;
    this.parent = parent;
  }

  /** {@code proposal/<key>} or {@code amendment/<key>}: the key of its vote event and tallies. */
  String path() {
    return (kind == Values.Kind.OPINION ? "proposal/" : "amendment/") + key;
  }

  /** How reports name it: {@code opinion 225}. */
  String label() {
    return (kind == Values.Kind.OPINION ? "opinion " : "version ") + raw;
  }
}
