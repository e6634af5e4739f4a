package org.debatescore.bench;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Random;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.debatescore.core.rdf.NTriplesWriter;
import org.debatescore.importers.ImportOptions;
import org.debatescore.importers.ImportReport;
import org.debatescore.importers.Importers;

/**
 * Importer benchmarks, each operation in its own JVM (see {@code bench/import.sh}):
 *
 * <ul>
 *   <li>{@code gen-decidim N DIR}: a Decidim-style open-data folder with N proposal comments
 *       (threads three deep, a tenth of them for or against, 1,000 proposals);
 *   <li>{@code gen-polis N DIR}: a Pol.is export with N votes (1,000 statements, N/500 voters, one
 *       vote in fifty a re-vote);
 *   <li>{@code import SOURCE DIR OUT}: the importer, N-Triples out; prints records and triples;
 *   <li>{@code jena-write T OUT}: the baseline, plain Jena writing T N-Triples statements of the
 *       same shape (IRI subject and predicate, string or IRI object) through {@code StreamRDF}.
 * </ul>
 */
public final class ImportBench {

  private ImportBench() {}

  public static void main(String[] args) throws IOException {
    long start = System.nanoTime();
    String detail;
    switch (args[0]) {
      case "gen-decidim" -> detail = genDecidim(Long.parseLong(args[1]), Paths.get(args[2]));
      case "gen-polis" -> detail = genPolis(Long.parseLong(args[1]), Paths.get(args[2]));
      case "import" -> {
        Path out = Paths.get(args[3]);
        ImportReport report;
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
          report =
              Importers.byName(args[1])
                  .run(
                      List.of(Paths.get(args[2])),
                      ImportOptions.defaults().withSalt("bench"),
                      new NTriplesWriter(os));
        }
        detail =
            "records="
                + report.recordsRead()
                + " skipped="
                + report.recordsSkipped()
                + " triples="
                + report.triples();
      }
      case "jena-write" -> detail = jenaWrite(Long.parseLong(args[1]), Paths.get(args[2]));
      default -> throw new IllegalArgumentException("unknown operation " + args[0]);
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    System.out.println(
        "op=" + args[0] + " ms=" + ms + " " + detail + " peak_heap_mb=" + peakHeapMb());
  }

  private static String genDecidim(long n, Path dir) throws IOException {
    Files.createDirectories(dir);
    String host = "bench.decidim.example";
    Random random = new Random(42);
    try (Writer w = writer(dir.resolve(host + "-open-data-proposal_comments.csv"))) {
      w.write(
          "id;created_at;body;locale;author/id;author/name;alignment;depth;user_group/id;"
              + "user_group/name/ca;user_group/name/es;commentable_id;commentable_type;"
              + "root_commentable_url;user_group/name\n");
      for (long i = 1; i <= n; i++) {
        long proposal = 1 + random.nextInt(1000);
        int depth = (int) (i % 4);
        String parentType =
            depth == 0 ? "Decidim::Proposals::Proposal" : "Decidim::Comments::Comment";
        long parent = depth == 0 ? proposal : i - 1;
        int r = random.nextInt(20);
        int alignment = r == 0 ? 1 : r == 1 ? -1 : 0;
        w.write(
            i
                + ";2024-03-0"
                + (1 + i % 9)
                + " 10:"
                + (10 + i % 50)
                + ":00 UTC;"
                + "\"Comentari "
                + i
                + " sobre la proposta; amb \"\"cometes\"\"\nen dues línies\";ca;"
                + (1 + random.nextInt((int) Math.max(1, n / 10)))
                + ";Usuari "
                + i % 997
                + ";"
                + alignment
                + ";"
                + depth
                + ";;\"\";\"\";"
                + parent
                + ";"
                + parentType
                + ";https://"
                + host
                + "/processes/pam/f/7/proposals/"
                + proposal
                + ";\n");
      }
    }
    return "comments=" + n;
  }

  private static String genPolis(long n, Path dir) throws IOException {
    Files.createDirectories(dir);
    int comments = 1000;
    long voters = Math.max(1, n / 500);
    Random random = new Random(42);
    try (Writer w = writer(dir.resolve("summary.csv"))) {
      w.write("topic,Benchmark conversation\nurl,https://pol.is/bench\nvoters," + voters + "\n");
    }
    try (Writer w = writer(dir.resolve("comments.csv"))) {
      w.write("timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n");
      for (int c = 0; c < comments; c++) {
        w.write(
            (1658934589213L + c)
                + ",Wed Jul 27 22:09:49 WIB 2022,"
                + c
                + ","
                + (c % voters)
                + ",0,0,1,Statement number "
                + c
                + "\n");
      }
    }
    try (Writer w = writer(dir.resolve("votes.csv"))) {
      w.write("timestamp,datetime,comment-id,voter-id,vote\n");
      long t = 1658934600000L;
      for (long i = 0; i < n; i++) {
        long voter = i / (comments / 2) % voters;
        int comment =
            i % 50 == 49 ? (int) ((i - 1) % comments) : (int) ((i * 7 + voter) % comments);
        w.write(
            (t + i)
                + ",Wed Jul 27 22:10:00 WIB 2022,"
                + comment
                + ","
                + voter
                + ","
                + (random.nextInt(3) - 1)
                + "\n");
      }
    }
    return "votes=" + n;
  }

  private static String jenaWrite(long triples, Path out) throws IOException {
    Node p1 = NodeFactory.createURI("https://w3id.org/debatescore/ns#text");
    Node p2 = NodeFactory.createURI("https://w3id.org/debatescore/ns#replyTo");
    try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
      StreamRDF s = StreamRDFWriter.getWriterStream(os, Lang.NTRIPLES);
      s.start();
      for (long i = 0; i < triples; i++) {
        Node subject = NodeFactory.createURI("https://example.org/debatescore/bench/comment/" + i);
        if (i % 2 == 0) {
          s.triple(
              org.apache.jena.graph.Triple.create(
                  subject, p1, NodeFactory.createLiteralLang("Comentari " + i, "ca")));
        } else {
          s.triple(
              org.apache.jena.graph.Triple.create(
                  subject,
                  p2,
                  NodeFactory.createURI(
                      "https://example.org/debatescore/bench/comment/" + (i - 1))));
        }
      }
      s.finish();
    }
    return "triples=" + triples;
  }

  private static Writer writer(Path file) throws IOException {
    return new BufferedWriter(
        new java.io.OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
        1 << 16);
  }

  private static long peakHeapMb() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum / (1024 * 1024);
  }
}
