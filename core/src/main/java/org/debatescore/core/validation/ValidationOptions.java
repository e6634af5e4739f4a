package org.debatescore.core.validation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What to validate against and how much to report. Immutable; start from {@link #defaults()} or
 * {@link #builder()}.
 *
 * <p>Defaults: language {@code en}; at most {@value #DEFAULT_MAX_RESULTS} results in all and
 * {@value #DEFAULT_MAX_RESULTS_PER_SHAPE} per shape (beyond that the report says it is truncated,
 * but still counts everything); inputs up to {@value #DEFAULT_MAX_INPUT_BYTES} bytes each; the
 * bundled shapes ({@link Profile#FULL}) and no extra shapes.
 */
public final class ValidationOptions {

  /** Languages the bundled shapes have messages in; others fall back to English. */
  public static final Set<String> SUPPORTED_LANGUAGES = Set.of("en", "fr");

  public static final int DEFAULT_MAX_RESULTS = 10_000;
  public static final int DEFAULT_MAX_RESULTS_PER_SHAPE = 1_000;
  public static final long DEFAULT_MAX_INPUT_BYTES = 256L * 1024 * 1024;

  /** Which of the bundled shapes to use. */
  public enum Profile {
    /** Every bundled shape: MUST, SHOULD and MAY rules. */
    FULL,
    /** Only the MUST rules: results below {@link Severity#VIOLATION} are not reported. */
    MUST,
    /** No bundled shape: only the extra shapes files. */
    NONE;

    /** Parses {@code full}, {@code must} or {@code none} (any case). */
    public static Profile parse(String text) {
      for (Profile p : values()) {
        if (p.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
          return p;
        }
      }
      throw new ValidationException(
          "Unknown validation profile '" + text + "': expected one of full, must, none");
    }
  }

  private static final ValidationOptions DEFAULTS = builder().build();

  private final String language;
  private final int maxResults;
  private final int maxResultsPerShape;
  private final long maxInputBytes;
  private final List<Path> extraShapes;
  private final Profile profile;

  private ValidationOptions(Builder b) {
    this.language = b.language;
    this.maxResults = b.maxResults;
    this.maxResultsPerShape = b.maxResultsPerShape;
    this.maxInputBytes = b.maxInputBytes;
    this.extraShapes = List.copyOf(b.extraShapes);
    this.profile = b.profile;
  }

  public static ValidationOptions defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.language = language;
    b.maxResults = maxResults;
    b.maxResultsPerShape = maxResultsPerShape;
    b.maxInputBytes = maxInputBytes;
    b.extraShapes.addAll(extraShapes);
    b.profile = profile;
    return b;
  }

  /** The language tag asked for, lower case (e.g. {@code fr}, {@code fr-ca}). */
  public String language() {
    return language;
  }

  /**
   * The language reports are written in: the primary subtag of {@link #language()} if it is one of
   * {@link #SUPPORTED_LANGUAGES}, else {@code en}.
   */
  public String effectiveLanguage() {
    return effectiveLanguage(language);
  }

  /** {@code fr-CA} → {@code fr}; anything not supported → {@code en}. */
  public static String effectiveLanguage(String tag) {
    if (tag == null) {
      return "en";
    }
    String t = tag.toLowerCase(Locale.ROOT);
    int dash = t.indexOf('-');
    String primary = dash > 0 ? t.substring(0, dash) : t;
    return SUPPORTED_LANGUAGES.contains(primary) ? primary : "en";
  }

  /** Results kept in all; more are counted but dropped, and the report is marked truncated. */
  public int maxResults() {
    return maxResults;
  }

  /** Results kept per source shape. */
  public int maxResultsPerShape() {
    return maxResultsPerShape;
  }

  /** Largest input accepted, in bytes; a larger one makes validation fail before it starts. */
  public long maxInputBytes() {
    return maxInputBytes;
  }

  /** Shapes files (Turtle or any RDF syntax) used in addition to the profile's bundled shapes. */
  public List<Path> extraShapes() {
    return extraShapes;
  }

  public Profile profile() {
    return profile;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ValidationOptions v
        && language.equals(v.language)
        && maxResults == v.maxResults
        && maxResultsPerShape == v.maxResultsPerShape
        && maxInputBytes == v.maxInputBytes
        && extraShapes.equals(v.extraShapes)
        && profile == v.profile;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        language, maxResults, maxResultsPerShape, maxInputBytes, extraShapes, profile);
  }

  @Override
  public String toString() {
    return "ValidationOptions[language="
        + language
        + ", maxResults="
        + maxResults
        + ", maxResultsPerShape="
        + maxResultsPerShape
        + ", maxInputBytes="
        + maxInputBytes
        + ", extraShapes="
        + extraShapes
        + ", profile="
        + profile
        + "]";
  }

  /** Builds {@link ValidationOptions}; every setter checks its argument at once. */
  public static final class Builder {
    private String language = "en";
    private int maxResults = DEFAULT_MAX_RESULTS;
    private int maxResultsPerShape = DEFAULT_MAX_RESULTS_PER_SHAPE;
    private long maxInputBytes = DEFAULT_MAX_INPUT_BYTES;
    private final List<Path> extraShapes = new ArrayList<>();
    private Profile profile = Profile.FULL;

    private Builder() {}

    /**
     * Language of the messages and report labels, a BCP 47 tag such as {@code en}, {@code fr} or
     * {@code fr-CA}; messages fall back to English where the shapes have none in it.
     */
    public Builder language(String language) {
      Objects.requireNonNull(language, "language");
      if (!language.matches("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*")) {
        throw new IllegalArgumentException("Not a language tag: '" + language + "'");
      }
      this.language = language.toLowerCase(Locale.ROOT);
      return this;
    }

    /** At least 1; {@link Integer#MAX_VALUE} for no limit. */
    public Builder maxResults(int maxResults) {
      if (maxResults < 1) {
        throw new IllegalArgumentException("maxResults must be at least 1, got " + maxResults);
      }
      this.maxResults = maxResults;
      return this;
    }

    /** At least 1; {@link Integer#MAX_VALUE} for no limit. */
    public Builder maxResultsPerShape(int maxResultsPerShape) {
      if (maxResultsPerShape < 1) {
        throw new IllegalArgumentException(
            "maxResultsPerShape must be at least 1, got " + maxResultsPerShape);
      }
      this.maxResultsPerShape = maxResultsPerShape;
      return this;
    }

    /** At least 1; {@link Long#MAX_VALUE} for no limit. */
    public Builder maxInputBytes(long maxInputBytes) {
      if (maxInputBytes < 1) {
        throw new IllegalArgumentException(
            "maxInputBytes must be at least 1, got " + maxInputBytes);
      }
      this.maxInputBytes = maxInputBytes;
      return this;
    }

    /** Removes every result limit. */
    public Builder unlimitedResults() {
      this.maxResults = Integer.MAX_VALUE;
      this.maxResultsPerShape = Integer.MAX_VALUE;
      return this;
    }

    public Builder extraShapes(Path shapesFile) {
      this.extraShapes.add(Objects.requireNonNull(shapesFile, "shapesFile"));
      return this;
    }

    public Builder extraShapes(List<Path> shapesFiles) {
      shapesFiles.forEach(this::extraShapes);
      return this;
    }

    public Builder profile(Profile profile) {
      this.profile = Objects.requireNonNull(profile, "profile");
      return this;
    }

    public ValidationOptions build() {
      return new ValidationOptions(this);
    }
  }
}
