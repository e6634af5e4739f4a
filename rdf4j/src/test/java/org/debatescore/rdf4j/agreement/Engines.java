package org.debatescore.rdf4j.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.debatescore.core.rdf.Triple;
import org.debatescore.core.validation.ValidationOptions;
import org.debatescore.core.validation.ValidationReport;
import org.debatescore.jena.JenaSinks;
import org.debatescore.jena.JenaTerms;
import org.debatescore.jena.validation.JenaShaclValidator;
import org.debatescore.rdf4j.Rdf4jSinks;
import org.debatescore.rdf4j.Rdf4jTerms;
import org.debatescore.rdf4j.validation.NegativeExamples;
import org.debatescore.rdf4j.validation.Rdf4jShaclValidator;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;

/**
 * Both validators, reused across calls (each keeps its parsed shapes), and the comparison the
 * agreement tests make: conformance, and the set of (focus node, path, constraint component,
 * severity) of every result. Values and messages are left out: a constraint may report one result
 * per value on one engine and one per focus node on the other.
 */
final class Engines {

  static final ValidationOptions OPTIONS = ValidationOptions.builder().unlimitedResults().build();
  static final JenaShaclValidator JENA = new JenaShaclValidator(OPTIONS);
  static final Rdf4jShaclValidator RDF4J = new Rdf4jShaclValidator(OPTIONS);

  /**
   * Where the Jena side of a property runs, beside the RDF4J side on the test thread: one thread,
   * so the shared Jena validator is never used concurrently.
   */
  static final ExecutorService JENA_THREAD =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "jena-validation");
            t.setDaemon(true);
            return t;
          });

  private Engines() {}

  /** What one engine said about some data. */
  record Verdict(boolean conforms, Set<String> results) {
    static Verdict of(ValidationReport report) {
      return new Verdict(report.conforms(), NegativeExamples.lines(report));
    }
  }

  static Verdict jena(List<Triple> triples) {
    Graph g = GraphFactory.createDefaultGraph();
    for (Triple t : triples) {
      g.add(JenaTerms.toJena(t));
    }
    return Verdict.of(JENA.validate(g, List.of(), List.of(), OPTIONS));
  }

  static Verdict rdf4j(List<Triple> triples) {
    List<Statement> statements = new ArrayList<>(triples.size());
    for (Triple t : triples) {
      statements.add(Rdf4jTerms.toStatement(t));
    }
    return Verdict.of(RDF4J.validate(statements, List.of(), List.of(), OPTIONS));
  }

  /** A readable account of where two verdicts differ. */
  static String difference(Verdict jena, Verdict rdf4j) {
    StringBuilder b = new StringBuilder();
    b.append("conforms: jena=").append(jena.conforms()).append(" rdf4j=").append(rdf4j.conforms());
    Set<String> onlyJena = new TreeSet<>(jena.results());
    onlyJena.removeAll(rdf4j.results());
    Set<String> onlyRdf4j = new TreeSet<>(rdf4j.results());
    onlyRdf4j.removeAll(jena.results());
    onlyJena.forEach(l -> b.append("\n  only Jena:  ").append(l));
    onlyRdf4j.forEach(l -> b.append("\n  only RDF4J: ").append(l));
    return b.toString();
  }

  /** A Jena graph as an RDF4J model (blank node labels kept). */
  static Model toModel(Graph graph) {
    Model m = new LinkedHashModel();
    JenaSinks.replay(graph, Rdf4jSinks.modelSink(m));
    return m;
  }
}
