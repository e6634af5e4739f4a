package org.debatescore.jena.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Node;

/**
 * Remembers where the parser last created each IRI and blank node (the last three positions per
 * node, for a bounded number of recently used nodes), so that, when a statement comes out, the
 * position of its subject token can be found. Parsers create the subject node before the predicate
 * and object of its first statement; when the same node is also the predicate or object of that
 * statement, the older positions are used.
 */
final class NodePositions {

  /** Nodes remembered; only nesting deeper than this many nodes can lose a subject position. */
  private static final int CAPACITY = 8192;

  private final Map<Node, long[]> recent =
      new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Node, long[]> eldest) {
          return size() > CAPACITY;
        }
      };

  private long lastLine = -1;
  private long lastColumn = -1;

  /** The parser created {@code node} at this position. */
  void created(Node node, long line, long column) {
    if (line <= 0) {
      return;
    }
    lastLine = line;
    lastColumn = column;
    if (node == null || !(node.isURI() || node.isBlank())) {
      return;
    }
    long[] p = recent.get(node);
    if (p == null) {
      recent.put(node, new long[] {line, column, -1, -1, -1, -1});
      return;
    }
    if (p[0] == line && p[1] == column) {
      return;
    }
    p[4] = p[2];
    p[5] = p[3];
    p[2] = p[0];
    p[3] = p[1];
    p[0] = line;
    p[1] = column;
  }

  /** Any other term or token was read here (for error positions). */
  void seen(long line, long column) {
    if (line > 0) {
      lastLine = line;
      lastColumn = column;
    }
  }

  /**
   * The position of the subject of a statement just emitted, or {@code null} if unknown.
   *
   * @return {@code {line, column}}
   */
  long[] subjectPosition(Node subject, Node predicate, Node object) {
    long[] p = recent.get(subject);
    if (p == null) {
      return null;
    }
    int back = (subject.equals(object) ? 1 : 0) + (subject.equals(predicate) ? 1 : 0);
    int i = back * 2;
    while (i > 0 && p[i] < 0) {
      i -= 2;
    }
    return new long[] {p[i], p[i + 1]};
  }

  long lastLine() {
    return lastLine;
  }

  long lastColumn() {
    return lastColumn;
  }
}
