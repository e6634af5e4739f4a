package org.debatescore.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.debatescore.core.stats.DebateStatistics;
import org.debatescore.core.stats.DebateStatistics.Summary;
import org.debatescore.jena.DebatescoreJena;
import org.debatescore.jena.ReadOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code debatescore stats}: the figures a publisher or researcher looks at first. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = {
      "Summarise debate files: counts per class, languages, date range, participants by role,",
      "response rate (share of proposals with an official response) and the share of decisions",
      "that link back to contributions."
    })
final class StatsCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Debate files (read together).")
  List<Path> files = new ArrayList<>();

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output: text (a table) or json (default: ${DEFAULT-VALUE}).")
  String format;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (!format.equals("text") && !format.equals("json")) {
      throw new CliException(
          ExitCode.INPUT_ERROR, "unknown stats format '" + format + "': expected text or json");
    }
    DebateStatistics stats = new DebateStatistics();
    try (Progress progress = Progress.start("stats")) {
      for (Path file : files) {
        progress.status(file.toString());
        DebatescoreJena.read(file, ReadOptions.defaults()).data().entities().forEach(stats::accept);
      }
    }
    Summary summary = stats.summary();
    PrintWriter out = spec.commandLine().getOut();
    if (format.equals("json")) {
      writeJson(summary, out);
    } else {
      writeTable(summary, out);
    }
    out.flush();
    return ExitCode.OK;
  }

  static void writeTable(Summary s, PrintWriter out) {
    out.println("Entities by class");
    table(out, s.countsByClass(), "class", "count");
    out.printf(Locale.ROOT, "  %-28s %8d%n", "total", s.total());
    out.println();
    out.println("Languages of texts");
    table(out, s.languages(), "language", "texts");
    out.println();
    out.println("Participants by role");
    table(out, s.participantsByRole(), "role", "count");
    out.println();
    out.println("Period");
    out.printf(
        Locale.ROOT,
        "  %-28s %s%n",
        "earliest",
        s.earliest() == null ? "-" : s.earliest().lexical());
    out.printf(
        Locale.ROOT, "  %-28s %s%n", "latest", s.latest() == null ? "-" : s.latest().lexical());
    out.println();
    out.println("Accountability");
    out.printf(
        Locale.ROOT,
        "  %-28s %s (%d of %d proposals)%n",
        "response rate",
        percent(s.responseRate()),
        s.proposalsWithResponse(),
        s.proposals());
    out.printf(
        Locale.ROOT,
        "  %-28s %s (%d of %d decisions)%n",
        "decisions citing contributions",
        percent(s.decisionTraceability()),
        s.decisionsLinkedToContributions(),
        s.decisions());
  }

  private static void table(PrintWriter out, Map<String, Long> rows, String key, String value) {
    if (rows.isEmpty()) {
      out.println("  (none)");
      return;
    }
    out.printf(Locale.ROOT, "  %-28s %8s%n", key, value);
    rows.forEach((k, v) -> out.printf(Locale.ROOT, "  %-28s %8d%n", k, v));
  }

  private static String percent(double ratio) {
    return Double.isNaN(ratio) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", ratio * 100);
  }

  static void writeJson(Summary s, PrintWriter out) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    try (JsonGenerator g =
        mapper
            .getFactory()
            .createGenerator(out)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .useDefaultPrettyPrinter()) {
      g.writeStartObject();
      g.writeObjectField("countsByClass", s.countsByClass());
      g.writeNumberField("total", s.total());
      g.writeObjectField("languages", s.languages());
      g.writeObjectField("participantsByRole", s.participantsByRole());
      g.writeStringField("earliest", s.earliest() == null ? null : s.earliest().lexical());
      g.writeStringField("latest", s.latest() == null ? null : s.latest().lexical());
      g.writeNumberField("proposals", s.proposals());
      g.writeNumberField("proposalsWithResponse", s.proposalsWithResponse());
      ratio(g, "responseRate", s.responseRate());
      g.writeNumberField("decisions", s.decisions());
      g.writeNumberField("decisionsLinkedToContributions", s.decisionsLinkedToContributions());
      ratio(g, "decisionTraceability", s.decisionTraceability());
      g.writeEndObject();
    }
    out.println();
  }

  private static void ratio(JsonGenerator g, String name, double value) throws IOException {
    if (Double.isNaN(value)) {
      g.writeNullField(name);
    } else {
      g.writeNumberField(name, value);
    }
  }
}
