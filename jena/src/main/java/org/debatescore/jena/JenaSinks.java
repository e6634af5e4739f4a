package org.debatescore.jena;

import java.util.Map;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.shared.PrefixMapping;
import org.debatescore.core.rdf.RdfSink;
import org.debatescore.core.rdf.Triple;
import org.debatescore.jena.internal.PrefixNames;
import org.debatescore.jena.internal.SinkStream;

/** Bridges between Debatescore {@link RdfSink}s and Jena graphs and streams. */
public final class JenaSinks {

  private JenaSinks() {}

  /** A sink that adds every statement (and legal prefix) to {@code graph}. */
  public static RdfSink graphSink(Graph graph) {
    Objects.requireNonNull(graph, "graph");
    return new RdfSink() {
      @Override
      public void prefix(String prefix, String namespace) {
        if (PrefixNames.isLegal(prefix, namespace)) {
          PrefixMapping pm = graph.getPrefixMapping();
          if (pm.getNsPrefixURI(prefix) == null) {
            pm.setNsPrefix(prefix, namespace);
          }
        }
      }

      @Override
      public void triple(Triple triple) {
        graph.add(JenaTerms.toJena(triple));
      }
    };
  }

  /**
   * Sends the prefixes and statements of {@code graph} to {@code sink}, between {@code start()} and
   * {@code finish()}.
   *
   * @throws JenaTerms.UnsupportedTermException if the graph holds RDF 1.2 terms
   */
  public static void replay(Graph graph, RdfSink sink) {
    sink.start();
    for (Map.Entry<String, String> e : graph.getPrefixMapping().getNsPrefixMap().entrySet()) {
      sink.prefix(e.getKey(), e.getValue());
    }
    graph.find().forEachRemaining(t -> sink.triple(JenaTerms.fromJena(t)));
    sink.finish();
  }

  /**
   * A Jena stream that passes statements on to {@code sink}; quads lose their graph name. {@code
   * start()} and {@code finish()} are passed on.
   */
  public static StreamRDF asStreamRdf(RdfSink sink) {
    return new SinkStream(sink, null);
  }
}
