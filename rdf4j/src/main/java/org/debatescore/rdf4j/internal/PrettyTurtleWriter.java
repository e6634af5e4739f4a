package org.debatescore.rdf4j.internal;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.WriterConfig;
import org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;
import org.eclipse.rdf4j.rio.turtle.TurtleWriterSettings;

/**
 * Pretty Turtle or TriG: collects the statements and writes them with Rio, blank nodes inlined
 * ({@code [ ... ]}) when that is safe. Rio 5.2 inlines recursively without a guard, and mishandles
 * cycles: a long chain of blank nodes (a deep reply thread) overflows its stack, and a cycle among
 * blank nodes can make it write one referenced node as two anonymous {@code []}, which changes the
 * graph. Such graphs are written without inlining instead, which loses nothing.
 */
public final class PrettyTurtleWriter extends AbstractRDFHandler {

  /** Deeper chains of inlined blank nodes are not inlined. */
  static final int MAX_DEPTH = 64;

  private final OutputStream out;
  private final RDFFormat format;
  private final Model model = new LinkedHashModel();
  private final Map<String, String> namespaces = new LinkedHashMap<>();

  public PrettyTurtleWriter(OutputStream out, RDFFormat format) {
    this.out = out;
    this.format = format;
  }

  @Override
  public void handleNamespace(String prefix, String uri) {
    namespaces.putIfAbsent(prefix, uri);
  }

  @Override
  public void handleStatement(Statement st) {
    model.add(st);
  }

  @Override
  public void endRDF() {
    RDFWriter writer = Rio.createWriter(format, out);
    WriterConfig c = writer.getWriterConfig();
    c.set(BasicWriterSettings.PRETTY_PRINT, true);
    c.set(BasicWriterSettings.INLINE_BLANK_NODES, safeToInline(model));
    c.set(TurtleWriterSettings.ABBREVIATE_NUMBERS, false);
    writer.startRDF();
    namespaces.forEach(writer::handleNamespace);
    for (Statement st : model) {
      writer.handleStatement(st);
    }
    writer.endRDF();
  }

  /**
   * Whether Rio can inline the blank nodes of {@code model}: no cycle among blank nodes (any blank
   * node reaching itself through statements whose objects are blank nodes: Rio then picks subjects
   * in an order that writes a referenced node as {@code []} twice, or recurses forever) and no
   * chain of blank nodes deeper than {@link #MAX_DEPTH}.
   */
  static boolean safeToInline(Model model) {
    Map<Value, Integer> state = new HashMap<>(); // -1 visiting, else depth below
    for (Statement st : model) {
      if (st.getSubject().isBNode() && depth(model, (BNode) st.getSubject(), state, 0) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Depth of blank nodes below {@code b}, or -1 for a cycle or too deep a chain. */
  private static int depth(Model model, BNode b, Map<Value, Integer> state, int level) {
    Integer known = state.get(b);
    if (known != null) {
      return known == VISITING ? -1 : known;
    }
    if (level > MAX_DEPTH) {
      return -1;
    }
    state.put(b, VISITING);
    int max = 0;
    for (Statement st : model.getStatements(b, null, null)) {
      if (st.getObject().isBNode()) {
        int d = depth(model, (BNode) st.getObject(), state, level + 1);
        if (d < 0 || d + 1 > MAX_DEPTH) {
          return -1;
        }
        max = Math.max(max, d + 1);
      }
    }
    state.put(b, max);
    return max;
  }

  private static final int VISITING = -1;
}
