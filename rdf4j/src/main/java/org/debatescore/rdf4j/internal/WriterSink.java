package org.debatescore.rdf4j.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.debatescore.core.DebatescoreException;
import org.debatescore.core.rdf.RdfSink;
import org.debatescore.core.rdf.Triple;
import org.debatescore.rdf4j.Rdf4jTerms;
import org.eclipse.rdf4j.rio.RDFHandler;
import org.eclipse.rdf4j.rio.RDFHandlerException;

/**
 * Passes statements to a Rio {@link RDFHandler} (usually a writer) as they come. The project
 * prefixes are declared at the start; a prefix announced later is declared where it arrives, unless
 * its name or namespace is taken. Writer failures become {@link DebatescoreException}s.
 */
public final class WriterSink implements RdfSink {

  private final RDFHandler writer;
  private final OutputStream out;
  private final Map<String, String> projectPrefixes;
  private final Set<String> prefixes = new HashSet<>();
  private final Set<String> namespaces = new HashSet<>();
  private final String what;
  private boolean started;
  private boolean finished;

  /**
   * @param out flushed at {@code finish()} (never closed); may be {@code null}
   * @param what the syntax, for messages
   */
  public WriterSink(
      RDFHandler writer, OutputStream out, Map<String, String> projectPrefixes, String what) {
    this.writer = writer;
    this.out = out;
    this.projectPrefixes = projectPrefixes;
    this.what = what;
  }

  @Override
  public void start() {
    if (started) {
      return;
    }
    started = true;
    call(writer::startRDF);
    projectPrefixes.forEach(this::declare);
  }

  @Override
  public void prefix(String prefix, String namespace) {
    start();
    if (PrefixNames.isLegal(prefix, namespace)) {
      declare(prefix, namespace);
    }
  }

  private void declare(String prefix, String namespace) {
    if (prefixes.contains(prefix) || namespaces.contains(namespace)) {
      return;
    }
    prefixes.add(prefix);
    namespaces.add(namespace);
    call(() -> writer.handleNamespace(prefix, namespace));
  }

  @Override
  public void triple(Triple triple) {
    start();
    call(() -> writer.handleStatement(Rdf4jTerms.toStatement(triple)));
  }

  @Override
  public void finish() {
    start();
    if (finished) {
      return;
    }
    finished = true;
    call(writer::endRDF);
    if (out != null) {
      try {
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private void call(Runnable action) {
    try {
      action.run();
    } catch (RDFHandlerException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      if (cause instanceof DebatescoreException d) {
        throw d;
      }
      throw new DebatescoreException("Cannot write " + what + ": " + cleaned(e), e);
    }
  }

  private static String cleaned(Throwable e) {
    String best = null;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        best = t.getMessage();
      }
    }
    return ErrorMessages.clean(best);
  }
}
