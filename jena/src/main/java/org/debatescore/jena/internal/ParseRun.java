package org.debatescore.jena.internal;

import java.util.Map;
import org.apache.jena.graph.Node;
import org.debatescore.core.SourceLocation;
import org.debatescore.core.rdf.Resource;
import org.debatescore.core.rdf.SourceIndex;
import org.debatescore.jena.JenaTerms;
import org.debatescore.jena.ReadOptions;

/**
 * The state of one read: where the current statement's subject was read, the {@link SourceIndex}
 * being filled, and a failure raised by Debatescore code inside the parser (so that it comes out
 * unchanged, whatever the parser wraps it in).
 */
public final class ParseRun {

  private final String source;
  private final ReadOptions options;
  private final boolean subjectPositions;
  private final NodePositions positions = new NodePositions();
  private final SourceIndex.Builder index;
  private Map<String, long[]> jsonLdSubjects;
  private Node lastSubject;
  private long subjectLine = -1;
  private long subjectColumn = -1;
  private RuntimeException pendingFailure;

  /**
   * @param source name of the input for messages and locations
   * @param options read options; {@link ReadOptions#trackLocations()} fills the index
   * @param subjectPositions whether each statement's subject position is needed even without an
   *     index (for a {@link org.debatescore.core.rdf.LocatedRdfSink})
   */
  public ParseRun(String source, ReadOptions options, boolean subjectPositions) {
    this.source = source;
    this.options = options;
    this.subjectPositions = subjectPositions || options.trackLocations();
    this.index = options.trackLocations() ? SourceIndex.builder() : null;
  }

  public String source() {
    return source;
  }

  public ReadOptions options() {
    return options;
  }

  NodePositions positions() {
    return positions;
  }

  boolean wantsSubjectPositions() {
    return subjectPositions;
  }

  void jsonLdSubjects(Map<String, long[]> subjects) {
    this.jsonLdSubjects = subjects;
  }

  /** A statement is about to be passed on. */
  void statement(Node s, Node p, Node o) {
    if (!subjectPositions) {
      return;
    }
    if (s.equals(lastSubject) && jsonLdSubjects == null) {
      return;
    }
    lastSubject = s;
    long[] pos;
    if (jsonLdSubjects != null) {
      pos = s.isURI() ? jsonLdSubjects.get(s.getURI()) : null;
    } else {
      pos = positions.subjectPosition(s, p, o);
    }
    if (pos == null) {
      subjectLine = -1;
      subjectColumn = -1;
      return;
    }
    subjectLine = pos[0];
    subjectColumn = pos[1];
    if (index != null && (s.isURI() || s.isBlank())) {
      Resource r = JenaTerms.toResource(s);
      if (!index.contains(r)) {
        index.add(r, SourceLocation.of(source, subjectLine, subjectColumn));
      }
    }
  }

  /** Line of the current statement's subject, -1 if unknown. */
  public long subjectLine() {
    return subjectLine;
  }

  /** Column of the current statement's subject, -1 if unknown. */
  public long subjectColumn() {
    return subjectColumn;
  }

  /** The locations collected, empty unless tracking was asked for. */
  public SourceIndex index() {
    return index == null ? SourceIndex.empty() : index.build();
  }

  /** Where the parser is, as well as known: the current subject, else the last term read. */
  SourceLocation currentLocation() {
    if (subjectLine > 0) {
      return SourceLocation.of(source, subjectLine, subjectColumn);
    }
    return lastReadLocation();
  }

  /** The position of the last term the parser created, else the start of the input. */
  SourceLocation lastReadLocation() {
    if (positions.lastLine() > 0) {
      return SourceLocation.of(source, positions.lastLine(), positions.lastColumn());
    }
    return SourceLocation.of(source, 1, 1);
  }

  /** Keeps a failure raised by our code inside the parser, and returns it for throwing. */
  public RuntimeException fail(RuntimeException failure) {
    if (pendingFailure == null) {
      pendingFailure = failure;
    }
    return failure;
  }

  RuntimeException pendingFailure() {
    return pendingFailure;
  }
}
