package org.debatescore.jena.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.debatescore.core.rdf.RdfSink;
import org.debatescore.core.rdf.Triple;
import org.debatescore.jena.JenaTerms;

/**
 * Collects the statements in an in-memory Jena graph and writes the whole graph at {@link
 * #finish()}: for the syntaxes whose writers need to see everything (pretty Turtle and TriG,
 * RDF/XML, JSON-LD, RDF/JSON). Memory grows with the output. The graph keeps the statements in the
 * order they came, and the writers mostly follow it.
 */
public final class CollectingWriterSink implements RdfSink {

  /** Writes a complete graph. */
  @FunctionalInterface
  public interface GraphWriter {
    void write(Graph graph, Map<String, String> prefixes, OutputStream out) throws IOException;
  }

  private final OutputStream out;
  private final GraphWriter graphWriter;
  private final Graph graph = new InsertionOrderGraph();
  private final Map<String, String> prefixes;
  private boolean finished;

  /**
   * @param projectPrefixes prefixes offered to the writer; those the data announces are added
   *     unless the name is taken
   */
  public CollectingWriterSink(
      OutputStream out, GraphWriter graphWriter, Map<String, String> projectPrefixes) {
    this.out = out;
    this.graphWriter = graphWriter;
    this.prefixes = new LinkedHashMap<>(projectPrefixes);
  }

  @Override
  public void prefix(String prefix, String namespace) {
    if (PrefixNames.isLegal(prefix, namespace)) {
      prefixes.putIfAbsent(prefix, namespace);
    }
  }

  @Override
  public void triple(Triple triple) {
    graph.add(JenaTerms.toJena(triple));
  }

  @Override
  public void finish() {
    if (finished) {
      return;
    }
    finished = true;
    try {
      graphWriter.write(graph, prefixes, out);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
