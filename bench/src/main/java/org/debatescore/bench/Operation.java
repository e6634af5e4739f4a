package org.debatescore.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
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
import org.debatescore.rdf4j.DebatescoreRdf4j;
import org.debatescore.rdf4j.repository.DebateRepository;
import org.debatescore.rdf4j.validation.DebatescoreShapes;
import org.debatescore.rdf4j.validation.Rdf4jShaclValidator;
import org.debatescore.vocab.DebatescoreVocabulary;
import org.eclipse.rdf4j.model.vocabulary.RDF4J;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sail.SailRepository;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.sail.memory.MemoryStore;
import org.eclipse.rdf4j.sail.shacl.ShaclSail;
import org.eclipse.rdf4j.sail.shacl.ShaclSailValidationException;

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
 *       map results);
 *   <li>{@code rdf4j-validate FILE}: {@link Rdf4jShaclValidator} with the same options as {@code
 *       validate}, and {@code rdf4j-shacl-raw FILE}: a plain RDF4J {@code ShaclSail} over a {@code
 *       MemoryStore} with the bundled shapes, the file added in one transaction and committed (a
 *       refused commit is the report); both against {@code shacl-raw};
 *   <li>{@code nativestore-load FILE DIR}: read the file into the Debatescore model and add it in
 *       one transaction to {@code DebateRepository.nativeStore(DIR)} (SHACL validation on; a
 *       NativeStore left in DIR by a previous run is emptied first, untimed);
 *   <li>{@code nativestore-bulk-load FILE DIR}: stream the file into {@code
 *       DebateRepository.nativeStore(DIR).load(FILE)}, one transaction validated in bulk (same
 *       emptying first).
 * </ul>
 *
 * <p>The line ends with {@code peak_heap_mb=}, the sum of the heap pools' peak usage.
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
      case "rdf4j-validate" -> {
        start = System.nanoTime();
        var options =
            org.debatescore.core.validation.ValidationOptions.builder()
                .maxInputBytes(Long.MAX_VALUE)
                .build();
        var report = new Rdf4jShaclValidator(options).validate(List.of(file));
        detail = "conforms=" + report.conforms() + " results=" + report.total();
      }
      case "rdf4j-shacl-raw" -> {
        start = System.nanoTime();
        SailRepository repo = new SailRepository(new ShaclSail(new MemoryStore()));
        repo.init();
        long results = 0;
        try (RepositoryConnection c = repo.getConnection()) {
          c.begin();
          c.add(DebatescoreShapes.all(), RDF4J.SHACL_SHAPE_GRAPH);
          c.commit();
          c.begin();
          try (var in = Files.newInputStream(file)) {
            c.add(
                in,
                file.toAbsolutePath().toUri().toString(),
                Rio.getParserFormatForFileName(file.toString())
                    .orElse(org.eclipse.rdf4j.rio.RDFFormat.NTRIPLES));
          }
          try {
            c.commit();
          } catch (RuntimeException e) {
            ShaclSailValidationException v = cause(e, ShaclSailValidationException.class);
            if (v == null) {
              throw e;
            }
            results = v.validationReportAsModel().filter(null, SHACL_RESULT, null).size();
            c.rollback();
          }
        } finally {
          repo.shutDown();
        }
        detail = "conforms=" + (results == 0) + " results=" + results;
      }
      case "nativestore-load" -> {
        Path dir = Paths.get(args[2]);
        clearStore(dir);
        start = System.nanoTime();
        DebateData data = DebatescoreRdf4j.readData(file);
        long read = System.nanoTime();
        long statements;
        try (DebateRepository repo = DebateRepository.nativeStore(dir)) {
          repo.add(data);
          statements = repo.size();
        }
        detail =
            "entities="
                + data.size()
                + " statements="
                + statements
                + " read_ms="
                + (read - start) / 1_000_000
                + " add_ms="
                + (System.nanoTime() - read) / 1_000_000;
      }
      case "nativestore-bulk-load" -> {
        Path dir = Paths.get(args[2]);
        clearStore(dir);
        start = System.nanoTime();
        long loaded;
        long statements;
        try (DebateRepository store = DebateRepository.nativeStore(dir)) {
          DebateRepository repo =
              store.withOptions(
                  org.debatescore.core.validation.ValidationOptions.builder()
                      .maxInputBytes(Long.MAX_VALUE)
                      .build());
          loaded = repo.load(file);
          statements = repo.size();
        }
        detail = "loaded=" + loaded + " statements=" + statements;
      }
      default -> throw new IllegalArgumentException("unknown operation " + op);
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    System.out.println("op=" + op + " ms=" + ms + " " + detail + " peak_heap_mb=" + peakHeapMb());
  }

  private static final org.eclipse.rdf4j.model.IRI SHACL_RESULT =
      org.eclipse.rdf4j.model.vocabulary.SHACL.RESULT;

  /**
   * Sum of the peak usage of every heap pool, in MB: an upper bound of the peak heap (the pools do
   * not necessarily peak at the same moment).
   */
  private static long peakHeapMb() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        bytes += pool.getPeakUsage().getUsed();
      }
    }
    return bytes / (1024 * 1024);
  }

  private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  /** Empties a NativeStore directory left by a previous run; refuses any other non-empty one. */
  private static void clearStore(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> entries = Files.list(dir)) {
      if (entries.findAny().isEmpty()) {
        return;
      }
    }
    if (!Files.exists(dir.resolve("nativerdf.ver")) && !Files.exists(dir.resolve("triples.prop"))) {
      throw new IOException("not a NativeStore directory, not emptied: " + dir);
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        if (!p.equals(dir)) {
          Files.delete(p);
        }
      }
    }
  }
}
