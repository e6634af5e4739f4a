package org.debatescore.rdf4j.internal;

import org.debatescore.core.ParseException;
import org.debatescore.core.rdf.LocatedRdfSink;
import org.debatescore.core.rdf.RdfSink;
import org.debatescore.core.rdf.Triple;
import org.debatescore.rdf4j.Rdf4jTerms;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.rio.RDFHandler;
import org.eclipse.rdf4j.rio.RDFHandlerException;

/**
 * An RDF4J {@link RDFHandler} that converts statements to Debatescore terms and passes them to an
 * {@link RdfSink}, as the parser produces them. The graph name of a quad is dropped. When a {@link
 * ParseRun} is given, the subject position of each statement is recorded, and a {@link
 * LocatedRdfSink} is told it before the statement.
 */
public final class SinkHandler implements RDFHandler {

  private final RdfSink sink;
  private final LocatedRdfSink located;
  private final ParseRun run;

  /**
   * @param run the current read, or {@code null} outside a parse (a failure then propagates as
   *     thrown)
   */
  public SinkHandler(RdfSink sink, ParseRun run) {
    this.sink = sink;
    this.located = sink instanceof LocatedRdfSink l ? l : null;
    this.run = run;
  }

  @Override
  public void startRDF() {
    call(sink::start);
  }

  @Override
  public void endRDF() {
    call(sink::finish);
  }

  @Override
  public void handleNamespace(String prefix, String uri) {
    call(() -> sink.prefix(prefix, uri));
  }

  @Override
  public void handleStatement(Statement st) {
    Triple t;
    try {
      t = Rdf4jTerms.fromStatement(st);
    } catch (Rdf4jTerms.UnsupportedTermException e) {
      if (run == null) {
        throw e;
      }
      throw new RDFHandlerException(
          run.fail(new ParseException(run.lastReadLocation(), e.getMessage())));
    }
    if (run != null) {
      run.statement(st.getSubject());
    }
    call(
        () -> {
          if (located != null && run != null) {
            located.location(run.subjectLine(), run.subjectColumn());
          }
          sink.triple(t);
        });
  }

  @Override
  public void handleComment(String comment) {}

  /** Records the subject position of a statement passed on without conversion. */
  public static void track(ParseRun run, Statement st) {
    run.statement(st.getSubject());
  }

  private void call(Runnable action) {
    try {
      action.run();
    } catch (RuntimeException e) {
      if (run == null) {
        throw e;
      }
      throw new RDFHandlerException(run.fail(e));
    }
  }
}
