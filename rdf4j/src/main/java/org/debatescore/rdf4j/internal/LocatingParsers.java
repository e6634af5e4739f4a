package org.debatescore.rdf4j.internal;

import java.io.IOException;
import org.eclipse.rdf4j.rio.RDFHandlerException;
import org.eclipse.rdf4j.rio.RDFParseException;
import org.eclipse.rdf4j.rio.trig.TriGParser;
import org.eclipse.rdf4j.rio.turtle.TurtleParser;

/**
 * Turtle and TriG parsers that tell a {@link ParseRun} on which line each subject starts: Rio's
 * Turtle parser only reports the line it has reached, which for a statement is the line of its
 * object. Columns are not tracked by Rio's Turtle parser. The TriG parser also fixes a Rio bug.
 */
final class LocatingParsers {

  private LocatingParsers() {}

  static final class Turtle extends TurtleParser {
    private final ParseRun run;

    Turtle(ParseRun run) {
      this.run = run;
    }

    @Override
    protected void parseSubject() throws IOException, RDFParseException, RDFHandlerException {
      long line = getLineNumber();
      super.parseSubject();
      run.subjectParsed(subject, line);
    }
  }

  /**
   * Also works around a Rio 5.2 bug: after a statement of the default graph written without braces
   * ({@code <s> <p> "x" .}), a statement whose subject is a blank node property list ({@code [ <q>
   * "y" ] .}, as Jena writes pretty TriG) got a spurious {@code <s> <p> _:b} statement, because the
   * previous subject and predicate were not forgotten. Each top-level statement now starts afresh.
   */
  static final class TriG extends TriGParser {
    private final ParseRun run;

    TriG(ParseRun run) {
      this.run = run;
    }

    @Override
    protected void parseGraph() throws IOException, RDFParseException, RDFHandlerException {
      subject = null;
      predicate = null;
      object = null;
      super.parseGraph();
    }

    @Override
    protected void parseSubject() throws IOException, RDFParseException, RDFHandlerException {
      long line = getLineNumber();
      super.parseSubject();
      run.subjectParsed(subject, line);
    }
  }
}
