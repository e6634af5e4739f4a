package org.debatescore.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.debatescore.core.rdf.RdfFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code debatescore convert}: rewrites a debate file in another syntax. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = {
      "Convert a debate file between RDF syntaxes and plain JSON.",
      "Formats come from the file extensions unless --from/--to are given:",
      "turtle (.ttl), trig (.trig), ntriples (.nt), nquads (.nq), rdfxml (.rdf .owl .xml),",
      "jsonld (.jsonld), rdfjson (.rj), json (.json: Debatescore plain JSON); .gz is handled.",
      "RDF to RDF streams: large archives are not loaded into memory."
    })
final class ConvertCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "IN", description = "Input file.")
  Path in;

  @Parameters(index = "1", paramLabel = "OUT", description = "Output file (replaced on success).")
  Path out;

  @Option(names = "--from", paramLabel = "FORMAT", description = "Input format name.")
  String from;

  @Option(names = "--to", paramLabel = "FORMAT", description = "Output format name.")
  String to;

  @Option(
      names = "--pretty",
      description = "Pretty Turtle/TriG (groups statements by subject; holds the graph in memory).")
  boolean pretty;

  @Option(
      names = "--allow-network",
      description =
          "Allow fetching remote JSON-LD contexts (off by default: parsing stays offline).")
  boolean allowNetwork;

  @Option(
      names = "--engine",
      paramLabel = "ENGINE",
      defaultValue = "jena",
      description = "RDF engine: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Engines.Engine engine;

  @Override
  public Integer call() {
    RdfFormat inFormat = from != null ? RdfFormat.fromName(from) : RdfFormat.fromPath(in);
    RdfFormat outFormat = to != null ? RdfFormat.fromName(to) : RdfFormat.fromPath(out);
    try (Progress progress = Progress.start("convert")) {
      progress.status(in + " -> " + out);
      Engines.convert(engine, in, inFormat, out, outFormat, allowNetwork, pretty);
    }
    return ExitCode.OK;
  }
}
