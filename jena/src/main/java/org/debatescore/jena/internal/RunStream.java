package org.debatescore.jena.internal;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/**
 * Sits between a RIOT parser and the destination: notes each statement's subject position in the
 * {@link ParseRun}, turns quads into triples (the graph name is dropped), passes on only prefixes
 * that are legal in Turtle and RDF/XML, and leaves {@code start}/{@code finish} to the reader,
 * which calls them once around the whole parse.
 */
final class RunStream implements StreamRDF {

  private final StreamRDF dest;
  private final ParseRun run;

  RunStream(StreamRDF dest, ParseRun run) {
    this.dest = dest;
    this.run = run;
  }

  @Override
  public void start() {}

  @Override
  public void triple(Triple triple) {
    run.statement(triple.getSubject(), triple.getPredicate(), triple.getObject());
    dest.triple(triple);
  }

  @Override
  public void quad(Quad quad) {
    triple(quad.asTriple());
  }

  @Override
  public void base(String base) {}

  @Override
  public void prefix(String prefix, String iri) {
    if (PrefixNames.isLegal(prefix, iri)) {
      dest.prefix(prefix, iri);
    }
  }

  @Override
  public void version(String version) {}

  @Override
  public void finish() {}
}
