package org.debatescore.rdf4j;

import java.util.Objects;
import org.debatescore.core.rdf.RdfSink;
import org.debatescore.core.rdf.Triple;
import org.debatescore.rdf4j.internal.PrefixNames;
import org.debatescore.rdf4j.internal.SinkHandler;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Namespace;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.rio.RDFHandler;

/** Bridges between Debatescore {@link RdfSink}s and RDF4J models and Rio handlers. */
public final class Rdf4jSinks {

  private Rdf4jSinks() {}

  /** A sink that adds every statement (and legal, new prefix) to {@code model}. */
  public static RdfSink modelSink(Model model) {
    Objects.requireNonNull(model, "model");
    return new RdfSink() {
      @Override
      public void prefix(String prefix, String namespace) {
        if (PrefixNames.isLegal(prefix, namespace) && model.getNamespace(prefix).isEmpty()) {
          model.setNamespace(prefix, namespace);
        }
      }

      @Override
      public void triple(Triple triple) {
        model.add(Rdf4jTerms.toStatement(triple));
      }
    };
  }

  /**
   * Sends the namespaces and statements of {@code model} to {@code sink}, between {@code start()}
   * and {@code finish()}; graph names are dropped.
   *
   * @throws Rdf4jTerms.UnsupportedTermException if the model holds RDF-star triple terms
   */
  public static void replay(Model model, RdfSink sink) {
    sink.start();
    for (Namespace ns : model.getNamespaces()) {
      sink.prefix(ns.getPrefix(), ns.getName());
    }
    for (Statement st : model) {
      sink.triple(Rdf4jTerms.fromStatement(st));
    }
    sink.finish();
  }

  /**
   * A Rio handler that passes statements on to {@code sink}; quads lose their graph name. {@code
   * startRDF()} and {@code endRDF()} become {@code start()} and {@code finish()}.
   */
  public static RDFHandler asRdfHandler(RdfSink sink) {
    return new SinkHandler(Objects.requireNonNull(sink, "sink"), null);
  }

  /**
   * A sink that passes statements on to a Rio handler (for example any {@code RDFWriter}), with no
   * prefix of its own.
   */
  public static RdfSink asRdfSink(RDFHandler handler) {
    Objects.requireNonNull(handler, "handler");
    return new RdfSink() {
      @Override
      public void start() {
        handler.startRDF();
      }

      @Override
      public void prefix(String prefix, String namespace) {
        handler.handleNamespace(prefix, namespace);
      }

      @Override
      public void triple(Triple triple) {
        handler.handleStatement(Rdf4jTerms.toStatement(triple));
      }

      @Override
      public void finish() {
        handler.endRDF();
      }
    };
  }
}
