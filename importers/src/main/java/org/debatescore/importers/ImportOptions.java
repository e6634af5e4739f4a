package org.debatescore.importers;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Objects;
import org.debatescore.core.model.IdMinter;
import org.debatescore.core.model.LangText;
import org.debatescore.core.model.TemporalValue;

/**
 * Settings of one import. Immutable; change with the {@code with...} methods.
 *
 * @param baseIri the IRIs of imported resources start with it (a {@code /} is added if missing)
 * @param salt the secret mixed into pseudonyms; the same salt gives the same pseudonyms, so
 *     repeated imports link. {@code null}: a random salt is generated and reported
 * @param keepNames write people's real display names instead of pseudonyms (off by default)
 * @param maxInputBytes limit on the bytes read from each input (after decompression)
 * @param maxArchiveEntries limit on the number of entries of an archive
 * @param importTime the {@code prov:generatedAtTime} of the output; {@code null}: now
 * @param maxReportedIssues issues listed one by one in the report; the counts stay exact
 * @param language the BCP 47 tag of source texts that carry no language of their own; {@code null}:
 *     each importer's default ({@code und}, or the platform's usual language). Texts whose source
 *     says their language (Decidim's per-locale columns...) keep it
 */
public record ImportOptions(
    String baseIri,
    String salt,
    boolean keepNames,
    long maxInputBytes,
    int maxArchiveEntries,
    TemporalValue importTime,
    int maxReportedIssues,
    String language) {

  /** Default base IRI: a placeholder to replace with the publisher's own. */
  public static final String DEFAULT_BASE_IRI = "https://example.org/debatescore/";

  /** 4 GiB per input: a safety limit against decompression bombs, raised explicitly. */
  public static final long DEFAULT_MAX_INPUT_BYTES = 4L * 1024 * 1024 * 1024;

  public static final int DEFAULT_MAX_ARCHIVE_ENTRIES = 10_000;

  public static final int DEFAULT_MAX_REPORTED_ISSUES = 1_000;

  public ImportOptions {
    baseIri = IdMinter.normaliseBase(Objects.requireNonNull(baseIri, "baseIri"));
    if (maxInputBytes <= 0 || maxArchiveEntries <= 0 || maxReportedIssues < 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
    if (language != null) {
      language = checkLanguage(language);
    }
  }

  /** The options without a language setting (as before {@code language} existed). */
  public ImportOptions(
      String baseIri,
      String salt,
      boolean keepNames,
      long maxInputBytes,
      int maxArchiveEntries,
      TemporalValue importTime,
      int maxReportedIssues) {
    this(
        baseIri,
        salt,
        keepNames,
        maxInputBytes,
        maxArchiveEntries,
        importTime,
        maxReportedIssues,
        null);
  }

  /** A well-formed BCP 47 tag (RFC 5646 syntax, as RDF language tags need), else an error. */
  private static String checkLanguage(String tag) {
    String t = tag.strip();
    try {
      new Locale.Builder().setLanguageTag(t);
    } catch (IllformedLocaleException e) {
      throw new IllegalArgumentException("not a BCP 47 language tag: '" + tag + "'", e);
    }
    if (!LangText.isValidTag(t)) {
      throw new IllegalArgumentException("not a BCP 47 language tag: '" + tag + "'");
    }
    return t;
  }

  /** Placeholder base IRI, generated salt, pseudonyms, default limits, time of the run. */
  public static ImportOptions defaults() {
    return new ImportOptions(
        DEFAULT_BASE_IRI,
        null,
        false,
        DEFAULT_MAX_INPUT_BYTES,
        DEFAULT_MAX_ARCHIVE_ENTRIES,
        null,
        DEFAULT_MAX_REPORTED_ISSUES,
        null);
  }

  public ImportOptions withBaseIri(String iri) {
    return new ImportOptions(
        iri,
        salt,
        keepNames,
        maxInputBytes,
        maxArchiveEntries,
        importTime,
        maxReportedIssues,
        language);
  }

  public ImportOptions withSalt(String s) {
    return new ImportOptions(
        baseIri,
        s,
        keepNames,
        maxInputBytes,
        maxArchiveEntries,
        importTime,
        maxReportedIssues,
        language);
  }

  public ImportOptions withKeepNames(boolean keep) {
    return new ImportOptions(
        baseIri,
        salt,
        keep,
        maxInputBytes,
        maxArchiveEntries,
        importTime,
        maxReportedIssues,
        language);
  }

  public ImportOptions withMaxInputBytes(long bytes) {
    return new ImportOptions(
        baseIri,
        salt,
        keepNames,
        bytes,
        maxArchiveEntries,
        importTime,
        maxReportedIssues,
        language);
  }

  public ImportOptions withMaxArchiveEntries(int entries) {
    return new ImportOptions(
        baseIri, salt, keepNames, maxInputBytes, entries, importTime, maxReportedIssues, language);
  }

  public ImportOptions withImportTime(TemporalValue time) {
    return new ImportOptions(
        baseIri,
        salt,
        keepNames,
        maxInputBytes,
        maxArchiveEntries,
        time,
        maxReportedIssues,
        language);
  }

  public ImportOptions withMaxReportedIssues(int max) {
    return new ImportOptions(
        baseIri, salt, keepNames, maxInputBytes, maxArchiveEntries, importTime, max, language);
  }

  /**
   * The language of texts without one: {@code tag}, a well-formed BCP 47 tag such as {@code fr} or
   * {@code es-ES}; {@code null} restores each importer's default.
   *
   * @throws IllegalArgumentException when {@code tag} is not a well-formed tag
   */
  public ImportOptions withLanguage(String tag) {
    return new ImportOptions(
        baseIri,
        salt,
        keepNames,
        maxInputBytes,
        maxArchiveEntries,
        importTime,
        maxReportedIssues,
        tag);
  }

  /** The language for texts without one: the given one, else {@code importerDefault}. */
  public String languageOr(String importerDefault) {
    return language != null ? language : importerDefault;
  }

  /** The salt to use: the given one, or a new random one (128 bits, hex). */
  String effectiveSalt() {
    if (salt != null && !salt.isEmpty()) {
      return salt;
    }
    byte[] bytes = new byte[16];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** The import time to record: the given one, or now (UTC, whole seconds). */
  TemporalValue effectiveImportTime() {
    return importTime != null
        ? importTime
        : TemporalValue.of(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
  }
}
