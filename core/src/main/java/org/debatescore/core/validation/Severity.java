package org.debatescore.core.validation;

import java.util.Locale;
import org.debatescore.core.DebatescoreException;

/**
 * How serious a validation result is, following SHACL's three built-in severities and the
 * Debatescore convention MUST → {@link #VIOLATION}, SHOULD → {@link #WARNING}, MAY → {@link #INFO}.
 *
 * <p>Constants are declared from most to least serious, so {@link #compareTo} sorts the most
 * serious first; use {@link #isAtLeast} to compare against a threshold.
 */
public enum Severity {
  /** A MUST of the specification is broken: the data does not conform. */
  VIOLATION("Violation", 3),
  /** A SHOULD of the specification is not followed. */
  WARNING("Warning", 2),
  /** A MAY: information that can help improve the data. */
  INFO("Info", 1);

  /** The SHACL namespace. */
  public static final String SH = "http://www.w3.org/ns/shacl#";

  private final String localName;
  private final int rank;

  Severity(String localName, int rank) {
    this.localName = localName;
    this.rank = rank;
  }

  /** The SHACL IRI, e.g. {@code http://www.w3.org/ns/shacl#Violation}. */
  public String iri() {
    return SH + localName;
  }

  /** The lower-case name used on the command line and in JSON: violation, warning, info. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** 3 for violation, 2 for warning, 1 for info: larger is more serious. */
  public int rank() {
    return rank;
  }

  /** Whether this severity is as serious as {@code threshold} or more. */
  public boolean isAtLeast(Severity threshold) {
    return rank >= threshold.rank;
  }

  /**
   * Parses {@code violation}, {@code warning} or {@code info} (any case; also {@code error} for
   * violation and {@code information} for info, as other tools spell them).
   *
   * @throws DebatescoreException naming the accepted values if {@code text} is none of them
   */
  public static Severity parse(String text) {
    if (text != null) {
      switch (text.trim().toLowerCase(Locale.ROOT)) {
        case "violation", "error" -> {
          return VIOLATION;
        }
        case "warning", "warn" -> {
          return WARNING;
        }
        case "info", "information" -> {
          return INFO;
        }
        default -> {}
      }
    }
    throw new DebatescoreException(
        "Unknown severity '" + text + "': expected one of violation, warning, info");
  }

  /**
   * The severity for a SHACL severity IRI. SHACL lets shapes use other IRIs as severities; those
   * are treated as violations, the safe choice.
   */
  public static Severity fromIri(String iri) {
    for (Severity s : values()) {
      if (s.iri().equals(iri)) {
        return s;
      }
    }
    return VIOLATION;
  }
}
