package org.debatescore.jena.internal;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.debatescore.core.ParseException;
import org.debatescore.core.rdf.LocatedRdfSink;
import org.debatescore.core.rdf.RdfSink;
import org.debatescore.jena.JenaTerms;

/**
 * A Jena {@link StreamRDF} that converts statements to Debatescore terms and passes them to an
 * {@link RdfSink}. Quads lose their graph name. When the sink is a {@link LocatedRdfSink} and a
 * {@link ParseRun} is given, each statement is preceded by the position of its subject.
 */
public final class SinkStream implements StreamRDF {

  private final RdfSink sink;
  private final LocatedRdfSink located;
  private final ParseRun run;

  /**
   * @param run the current read, or {@code null} outside a parse (then a failure propagates as
   *     thrown)
   */
  public SinkStream(RdfSink sink, ParseRun run) {
    this.sink = sink;
    this.located = sink instanceof LocatedRdfSink l ? l : null;
    this.run = run;
  }

  @Override
  public void start() {
    sink.start();
  }

  @Override
  public void triple(Triple triple) {
    org.debatescore.core.rdf.Triple t;
    try {
      t = JenaTerms.fromJena(triple);
    } catch (JenaTerms.UnsupportedTermException e) {
      if (run == null) {
        throw e;
      }
      throw run.fail(new ParseException(run.currentLocation(), e.getMessage()));
    }
    try {
      if (located != null && run != null) {
        located.location(run.subjectLine(), run.subjectColumn());
      }
      sink.triple(t);
    } catch (RuntimeException e) {
      throw run == null ? e : run.fail(e);
    }
  }

  @Override
  public void quad(Quad quad) {
    triple(quad.asTriple());
  }

  @Override
  public void base(String base) {}

  @Override
  public void prefix(String prefix, String iri) {
    try {
      sink.prefix(prefix, iri);
    } catch (RuntimeException e) {
      throw run == null ? e : run.fail(e);
    }
  }

  @Override
  public void finish() {
    sink.finish();
  }
}
