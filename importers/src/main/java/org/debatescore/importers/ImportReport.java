package org.debatescore.importers;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an import did, record by record: counts per source file, every skipped or flagged record
 * with its location and reason (up to a limit; counts stay exact), entities written by class, and
 * the pseudonymisation salt. Immutable.
 *
 * @param importer the importer's name
 * @param sources counts per source file, in reading order
 * @param issues skipped, flagged and noted records, at most the options' limit
 * @param issueCounts exact number of issues of each kind
 * @param entities entities written, by Debatescore class local name
 * @param triples statements written
 * @param salt the salt used for pseudonyms, {@code null} when real names were kept
 */
public record ImportReport(
    String importer,
    List<SourceCount> sources,
    List<ImportIssue> issues,
    Map<ImportIssue.Kind, Long> issueCounts,
    Map<String, Long> entities,
    long triples,
    String salt) {

  public ImportReport {
    sources = List.copyOf(sources);
    issues = List.copyOf(issues);
    issueCounts = Map.copyOf(issueCounts);
    entities = Map.copyOf(new TreeMap<>(entities));
  }

  public long recordsRead() {
    return sources.stream().mapToLong(SourceCount::read).sum();
  }

  public long recordsMapped() {
    return sources.stream().mapToLong(SourceCount::mapped).sum();
  }

  public long recordsSkipped() {
    return sources.stream().mapToLong(SourceCount::skipped).sum();
  }

  /** Number of issues of {@code kind}, listed or not. */
  public long count(ImportIssue.Kind kind) {
    return issueCounts.getOrDefault(kind, 0L);
  }

  /** Whether some issues were counted but not listed. */
  public boolean truncated() {
    return issueCounts.values().stream().mapToLong(Long::longValue).sum() > issues.size();
  }

  /** Entities written of class {@code localName} (e.g. {@code Proposal}). */
  public long entityCount(String localName) {
    return entities.getOrDefault(localName, 0L);
  }

  /** The counts of {@code source}, or {@code null}. */
  public SourceCount source(String source) {
    return sources.stream().filter(s -> s.source().equals(source)).findFirst().orElse(null);
  }

  /** A human summary: totals first, then each file, then the issues. */
  public String toText() {
    StringBuilder b = new StringBuilder();
    b.append("Import from ")
        .append(importer)
        .append(": ")
        .append(recordsRead())
        .append(" records read, ")
        .append(recordsMapped())
        .append(" mapped, ")
        .append(recordsSkipped())
        .append(" skipped, ")
        .append(count(ImportIssue.Kind.FLAGGED))
        .append(" flagged; ")
        .append(triples)
        .append(" statements written.\n");
    if (salt != null) {
      b.append("People are pseudonymised with salt ")
          .append(salt)
          .append(" (give it again with --salt to get the same pseudonyms).\n");
    } else {
      b.append("Real names were kept (--keep-names).\n");
    }
    b.append("\nSources:\n");
    for (SourceCount s : sources) {
      b.append(
          String.format(
              "  %-60s read %8d  mapped %8d  skipped %6d%n",
              s.source(), s.read(), s.mapped(), s.skipped()));
    }
    b.append("\nWritten:\n");
    entities.forEach((k, v) -> b.append(String.format("  %-20s %8d%n", k, v)));
    if (!issues.isEmpty()) {
      b.append("\nRecords skipped, flagged or noted:\n");
      for (ImportIssue i : issues) {
        b.append("  ")
            .append(i.kind().name().toLowerCase(java.util.Locale.ROOT))
            .append("  ")
            .append(i.where())
            .append(": ")
            .append(i.reason())
            .append('\n');
      }
      if (truncated()) {
        b.append("  ... more not listed (the counts above are exact)\n");
      }
    }
    return b.toString();
  }

  /** The report as JSON (same content as {@link #toText()}). */
  public String toJson() {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("importer", importer);
      g.writeNumberField("recordsRead", recordsRead());
      g.writeNumberField("recordsMapped", recordsMapped());
      g.writeNumberField("recordsSkipped", recordsSkipped());
      g.writeNumberField("recordsFlagged", count(ImportIssue.Kind.FLAGGED));
      g.writeNumberField("triples", triples);
      g.writeStringField("salt", salt);
      g.writeBooleanField("issuesTruncated", truncated());
      g.writeArrayFieldStart("sources");
      for (SourceCount s : sources) {
        g.writeStartObject();
        g.writeStringField("source", s.source());
        g.writeNumberField("read", s.read());
        g.writeNumberField("mapped", s.mapped());
        g.writeNumberField("skipped", s.skipped());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("entities");
      for (Map.Entry<String, Long> e : entities.entrySet()) {
        g.writeNumberField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
      g.writeArrayFieldStart("issues");
      for (ImportIssue i : issues) {
        g.writeStartObject();
        g.writeStringField("kind", i.kind().name().toLowerCase(java.util.Locale.ROOT));
        g.writeStringField("source", i.source());
        if (i.line() > 0) {
          g.writeNumberField("line", i.line());
        }
        if (i.record() != null) {
          g.writeStringField("record", i.record());
        }
        g.writeStringField("reason", i.reason());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /** Collects counts while an import runs; used by {@link ImportSession}. */
  static final class Builder {
    private final String importer;
    private final Map<String, long[]> sources = new LinkedHashMap<>();
    private final List<ImportIssue> issues = new ArrayList<>();
    private final Map<ImportIssue.Kind, Long> issueCounts = new LinkedHashMap<>();
    private final Map<String, Long> entities = new TreeMap<>();
    private final int maxIssues;

    Builder(String importer, int maxIssues) {
      this.importer = importer;
      this.maxIssues = maxIssues;
    }

    long[] counts(String source) {
      return sources.computeIfAbsent(source, k -> new long[3]);
    }

    void issue(ImportIssue issue) {
      issueCounts.merge(issue.kind(), 1L, Long::sum);
      if (issues.size() < maxIssues) {
        issues.add(issue);
      }
    }

    void entity(String localName) {
      entities.merge(localName, 1L, Long::sum);
    }

    ImportReport build(long triples, String salt) {
      List<SourceCount> list = new ArrayList<>();
      sources.forEach((k, v) -> list.add(new SourceCount(k, v[0], v[1], v[2])));
      return new ImportReport(importer, list, issues, issueCounts, entities, triples, salt);
    }
  }
}
