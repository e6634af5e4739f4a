package org.debatescore.rdf4j.internal;

import java.util.Map;
import org.debatescore.core.SourceLocation;
import org.debatescore.core.rdf.Resource;
import org.debatescore.core.rdf.SourceIndex;
import org.debatescore.rdf4j.Rdf4jTerms;
import org.debatescore.rdf4j.ReadOptions;
import org.eclipse.rdf4j.model.Value;

/**
 * The state of one read: where the parser is, where the current statement's subject was read, the
 * {@link SourceIndex} being filled, and a failure raised by Debatescore code inside the parser (so
 * that it comes out unchanged, whatever the parser wraps it in).
 */
public final class ParseRun {

  private final String source;
  private final ReadOptions options;
  private final boolean subjectPositions;
  private final SourceIndex.Builder index;
  private Map<String, long[]> jsonSubjects;
  // Last position the parser reported (ParseLocationListener).
  private long line = -1;
  private long column = -1;
  // The subject a Turtle or TriG parser read last, and the line it started on.
  private Value parsedSubject;
  private long parsedSubjectLine = -1;
  private Value lastSubject;
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

  boolean wantsSubjectPositions() {
    return subjectPositions;
  }

  void jsonSubjects(Map<String, long[]> subjects) {
    this.jsonSubjects = subjects;
  }

  /** The parser's position, as reported through Rio's location listener. */
  void location(long line, long column) {
    this.line = line;
    this.column = column;
  }

  /** A Turtle or TriG parser has just read a subject that started on {@code line}. */
  void subjectParsed(Value subject, long line) {
    this.parsedSubject = subject;
    this.parsedSubjectLine = line;
  }

  /** A statement is about to be passed on. */
  void statement(Value s) {
    if (!subjectPositions) {
      return;
    }
    if (s.equals(lastSubject)) {
      return;
    }
    lastSubject = s;
    long l;
    long c;
    if (jsonSubjects != null) {
      long[] pos = jsonSubjects.get(s.isBNode() ? "_:" + s.stringValue() : s.stringValue());
      l = pos == null ? -1 : pos[0];
      c = pos == null ? -1 : pos[1];
    } else if (s.equals(parsedSubject)) {
      l = parsedSubjectLine;
      c = -1;
    } else {
      l = line;
      c = column;
    }
    subjectLine = l > 0 ? l : -1;
    subjectColumn = l > 0 && c > 0 ? c : -1;
    if (index != null && subjectLine > 0) {
      Resource r = Rdf4jTerms.toResource(s);
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

  /** Where the parser is, as well as known, else the start of the input. */
  SourceLocation lastReadLocation() {
    if (line > 0) {
      return SourceLocation.of(source, line, column > 0 ? column : -1);
    }
    if (subjectLine > 0) {
      return SourceLocation.of(source, subjectLine, subjectColumn);
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
