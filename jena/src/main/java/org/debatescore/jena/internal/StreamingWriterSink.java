package org.debatescore.jena.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.debatescore.core.rdf.RdfSink;
import org.debatescore.core.rdf.Triple;
import org.debatescore.jena.JenaTerms;

/**
 * Writes statements as they come with a Jena streaming writer (N-Triples, N-Quads, Turtle or TriG
 * in blocks or flat); memory does not grow with the output. Turtle and TriG declare the project
 * prefixes first; a prefix announced later is declared where it arrives, unless its name is taken.
 */
public final class StreamingWriterSink implements RdfSink {

  private final OutputStream out;
  private final StreamRDF writer;
  private final Map<String, String> projectPrefixes;
  private final Map<String, String> declared = new HashMap<>();
  private boolean started;
  private boolean finished;

  public StreamingWriterSink(
      OutputStream out, RDFFormat format, Map<String, String> projectPrefixes) {
    this.out = out;
    this.writer = StreamRDFWriter.getWriterStream(out, format, GraphWriters.writerContext());
    this.projectPrefixes = projectPrefixes;
  }

  @Override
  public void start() {
    if (started) {
      return;
    }
    started = true;
    writer.start();
    projectPrefixes.forEach(this::declare);
  }

  @Override
  public void prefix(String prefix, String namespace) {
    start();
    if (PrefixNames.isLegal(prefix, namespace) && !declared.containsKey(prefix)) {
      declare(prefix, namespace);
    }
  }

  private void declare(String prefix, String namespace) {
    declared.put(prefix, namespace);
    writer.prefix(prefix, namespace);
  }

  @Override
  public void triple(Triple triple) {
    start();
    writer.triple(JenaTerms.toJena(triple));
  }

  @Override
  public void finish() {
    start();
    if (finished) {
      return;
    }
    finished = true;
    writer.finish();
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
