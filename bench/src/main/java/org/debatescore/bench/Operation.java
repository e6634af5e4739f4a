package org.debatescore.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.debatescore.core.model.DebateData;
import org.debatescore.core.rdf.RdfFormat;
import org.debatescore.jena.DebatescoreJena;
import org.debatescore.jena.ReadOptions;
import org.debatescore.jena.WriteStyle;
import org.debatescore.jena.validation.JenaShaclValidator;
import org.debatescore.vocab.DebatescoreVocabulary;

/**
 * One timed operation per JVM, so that bench/run.sh measures each in a fresh process (peak memory
 * included). Prints one line: {@code op=NAME ms=ELAPSED detail=...}. Only the operation itself is
 * timed; loading its input (for write benchmarks) is not.
 *
 * <p>Each "ours" operation has a plain-Jena twin measured in the same run:
 *
 * <ul>
 *   <li>{@code riot-parse FILE} vs {@code model-read FILE}: parse into a Jena graph vs read into
 *       the Debatescore model;
 *   <li>{@code riot-write FILE OUT} vs {@code model-write FILE OUT}: write a loaded graph vs write
 *       a loaded model (same syntax, streaming style);
 *   <li>{@code shacl-raw FILE} vs {@code validate FILE}: Jena {@code ShaclValidator} on the graph
 *       (load + validate) vs {@link JenaShaclValidator} (load with source locations + validate +
 *       map results).
 * </ul>
 */
public final class Operation {

  private Operation() {}

  public static void main(String[] args) throws IOException {
    String op = args[0];
    Path file = Paths.get(args[1]);
    // Jena's one-time initialisation is start-up cost, the same for both sides: keep it untimed.
    org.apache.jena.sys.JenaSystem.init();
    long start;
    String detail;
    switch (op) {
      case "riot-parse" -> {
        start = System.nanoTime();
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(file).parse(g);
        detail = "triples=" + g.size();
      }
      case "model-read" -> {
        start = System.nanoTime();
        DebateData data = DebatescoreJena.read(file, ReadOptions.defaults()).data();
        detail = "entities=" + data.size();
      }
      case "riot-write" -> {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(file).parse(g);
        Path out = Paths.get(args[2]);
        RDFFormat format =
            RdfFormat.fromPath(out) == RdfFormat.TURTLE
                ? RDFFormat.TURTLE_BLOCKS
                : RDFFormat.NTRIPLES_UTF8;
        start = System.nanoTime();
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
          RDFDataMgr.write(os, g, format);
        }
        detail = "triples=" + g.size();
      }
      case "model-write" -> {
        DebateData data = DebatescoreJena.read(file, ReadOptions.defaults()).data();
        Path out = Paths.get(args[2]);
        start = System.nanoTime();
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
          DebatescoreJena.writeData(data, os, RdfFormat.fromPath(out), WriteStyle.BLOCKS);
        }
        detail = "entities=" + data.size();
      }
      case "shacl-raw" -> {
        start = System.nanoTime();
        Graph shapesGraph = GraphFactory.createDefaultGraph();
        try (var in = DebatescoreVocabulary.shapes()) {
          RDFParser.source(in).lang(Lang.TURTLE).parse(shapesGraph);
        }
        Shapes shapes = Shapes.parse(shapesGraph);
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(file).parse(g);
        ValidationReport report = ShaclValidator.get().validate(shapes, g);
        detail = "conforms=" + report.conforms() + " results=" + report.getEntries().size();
      }
      case "validate" -> {
        start = System.nanoTime();
        var options =
            org.debatescore.core.validation.ValidationOptions.builder()
                .maxInputBytes(Long.MAX_VALUE)
                .build();
        var report = new JenaShaclValidator(options).validate(List.of(file));
        detail = "conforms=" + report.conforms() + " results=" + report.total();
      }
      default -> throw new IllegalArgumentException("unknown operation " + op);
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    System.out.println("op=" + op + " ms=" + ms + " " + detail);
  }
}
