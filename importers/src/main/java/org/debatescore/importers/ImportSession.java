package org.debatescore.importers;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.debatescore.core.mapping.DebateWriter;
import org.debatescore.core.mapping.Prefixes;
import org.debatescore.core.model.Entity;
import org.debatescore.core.model.Person;
import org.debatescore.core.model.Provenance;
import org.debatescore.core.model.TemporalValue;
import org.debatescore.core.rdf.CountingRdfSink;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.RdfSink;
import org.debatescore.core.rdf.Triple;

/**
 * The state of one running import, shared by every importer: mints IRIs under the base IRI,
 * pseudonymises people, writes entities as they come (nothing is held), and keeps the counts of the
 * {@link ImportReport}. Memory grows only with the number of distinct participants written. Not
 * thread-safe.
 */
public final class ImportSession implements AutoCloseable {

  private final String platform;
  private final ImportOptions options;
  private final String salt;
  private final Mac mac;
  private final TemporalValue importTime;
  private final CountingRdfSink counting;
  private final DebateWriter writer;
  private final ImportReport.Builder report;
  private final Set<String> participantsWritten = new HashSet<>();
  // One HMAC per participant, not one per vote or comment that names them.
  private final Map<String, String> pseudonyms = new HashMap<>();
  private boolean finished;

  /**
   * Opens {@code sink} (start, standard prefixes).
   *
   * @param importer the importer's name, for the report
   * @param platform the source platform, used in IRIs and provenance (e.g. {@code decidim})
   */
  public ImportSession(String importer, String platform, ImportOptions options, RdfSink sink) {
    this.platform = Objects.requireNonNull(platform, "platform");
    this.options = Objects.requireNonNull(options, "options");
    this.salt = options.keepNames() ? null : options.effectiveSalt();
    this.mac = salt == null ? null : hmac(salt);
    this.importTime = options.effectiveImportTime();
    this.counting = new CountingRdfSink(sink);
    this.writer = new DebateWriter(counting, Prefixes.standard());
    this.report = new ImportReport.Builder(importer, options.maxReportedIssues());
  }

  private static Mac hmac(String salt) {
    try {
      Mac m = Mac.getInstance("HmacSHA256");
      m.init(new SecretKeySpec(salt.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return m;
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  public ImportOptions options() {
    return options;
  }

  public String platform() {
    return platform;
  }

  /** When the output was generated ({@code prov:generatedAtTime}). */
  public TemporalValue importTime() {
    return importTime;
  }

  /**
   * The IRI of a source record: {@code <base><platform>/<type>/<sourceId>}, the id percent-encoded,
   * so the same record gets the same IRI in every import.
   */
  public Iri iri(String type, String sourceId) {
    return Iri.of(options.baseIri() + platform + "/" + type + "/" + segment(sourceId));
  }

  /** Percent-encodes one path segment (spaces as {@code %20}). */
  public static String segment(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Provenance of a source record: its id, its URL on the platform, platform, import time. */
  public Provenance provenance(String identifier, Iri source) {
    return Provenance.builder()
        .identifier(identifier)
        .source(source)
        .sourcePlatform(platform)
        .generatedAtTime(importTime)
        .build();
  }

  /** Writes an entity now and counts it. */
  public void write(Entity entity) {
    writer.write(entity);
    report.entity(entity.rdfType().value().substring(entity.rdfType().value().indexOf('#') + 1));
  }

  /** Writes a statement that belongs to no entity. */
  public void write(Triple triple) {
    writer.write(triple);
  }

  /**
   * The participant for a platform's user id, written on first use: a pseudonym ({@code Participant
   * 3f9a0c1e}, IRI from a salted HMAC of the id) unless real names are kept.
   *
   * @param sourceId the platform's user id (never written when pseudonymising)
   * @param displayName the name the platform shows, or {@code null}
   * @param configure adds fields (roles...) to the person before it is written; may be {@code null}
   */
  public Iri participant(
      String sourceId, String displayName, java.util.function.Consumer<Person.Builder> configure) {
    String key = mac == null ? sourceId : pseudonym(sourceId);
    Iri id = iri("participant", key);
    if (participantsWritten.add(key)) {
      Person.Builder b = Person.builder().id(id);
      if (mac == null) {
        b.name(displayName != null && !displayName.isBlank() ? displayName : null);
        b.provenance(provenance(sourceId, null));
      } else {
        b.name("Participant " + key.substring(0, 8)).pseudonymous(true);
        b.provenance(provenance(null, null));
      }
      if (configure != null) {
        configure.accept(b);
      }
      write(b.build());
    }
    return id;
  }

  /** The pseudonym of a user id: 16 hex digits of HMAC-SHA256(salt, platform + id). */
  public String pseudonym(String sourceId) {
    if (mac == null) {
      return sourceId;
    }
    return pseudonyms.computeIfAbsent(
        sourceId,
        id -> {
          byte[] h = mac.doFinal((platform + "\u0000" + id).getBytes(StandardCharsets.UTF_8));
          return HexFormat.of().formatHex(h, 0, 8);
        });
  }

  /** A record of {@code source} was read (call once per record, before mapped or skipped). */
  public void read(String source) {
    report.counts(source)[0]++;
  }

  /** The record just read was written. */
  public void mapped(String source) {
    report.counts(source)[1]++;
  }

  /** The record just read was left out, and why. */
  public void skipped(String source, long line, String record, String reason) {
    report.counts(source)[2]++;
    report.issue(new ImportIssue(ImportIssue.Kind.SKIPPED, source, line, record, reason));
  }

  /**
   * The record just read was left out for a reason shared by a whole file (derived data, for
   * example): counted as skipped but not listed; give the reason once with {@link #note}.
   */
  public void skippedUnlisted(String source) {
    report.counts(source)[2]++;
  }

  /** A written record carries a flag the reader should know (moderated, hidden...). */
  public void flagged(String source, long line, String record, String reason) {
    report.issue(new ImportIssue(ImportIssue.Kind.FLAGGED, source, line, record, reason));
  }

  /** A remark about the input that loses nothing (unknown column, repaired value...). */
  public void note(String source, long line, String record, String reason) {
    report.issue(new ImportIssue(ImportIssue.Kind.NOTE, source, line, record, reason));
  }

  /** Makes sure {@code source} is listed even when it holds no record. */
  public void source(String source) {
    report.counts(source);
  }

  /** Finishes the output and returns the report. */
  public ImportReport finish() {
    close();
    return report.build(counting.count(), salt);
  }

  @Override
  public void close() {
    if (!finished) {
      finished = true;
      writer.close();
    }
  }
}
