package org.debatescore.importers.granddebat;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.debatescore.core.model.TemporalValue;
import org.debatescore.vocab.Codes;

/**
 * The values of the Grand Débat files that need reading: dates without offset (Paris time), author
 * types, booleans and postal codes (kept as strings: leading zeros of départements 01 to 09).
 */
final class GdnValues {

  /** The GraphQL API writes local time without offset; the platform ran on Paris time. */
  static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private static final DateTimeFormatter API =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);
  private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");

  private GdnValues() {}

  /**
   * {@code 2019-01-22 09:15:00} as Paris local time (the offset of that day written), or an ISO
   * date-time with offset as given; {@code null} when it is neither.
   */
  static TemporalValue dateTime(String text) {
    if (text == null || text.isBlank() || text.length() > 40) {
      return null;
    }
    String t = text.strip();
    try {
      return TemporalValue.of(LocalDateTime.parse(t, API).atZone(PARIS).toOffsetDateTime());
    } catch (DateTimeParseException e) {
      // next form
    }
    try {
      return TemporalValue.of(OffsetDateTime.parse(t));
    } catch (DateTimeParseException e) {
      // next form
    }
    try {
      return TemporalValue.of(LocalDateTime.parse(t).atZone(PARIS).toOffsetDateTime());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * The role code of a Cap Collectif user type: the 2019 labels ({@code Citoyen / Citoyenne},
   * {@code Élu / élue et Institution}, {@code Organisation à but (non) lucratif}) and the 2015 ones
   * ({@code Citoyen}, {@code Institution}); {@code null} for anything else.
   */
  static String role(String authorType) {
    if (authorType == null) {
      return null;
    }
    String t = authorType.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    return switch (t) {
      case "citoyen / citoyenne", "citoyen", "citoyenne", "citoyen/citoyenne" -> Codes.Role.CITIZEN;
      case "élu / élue et institution", "élu/élue et institution", "institution", "élu" ->
          Codes.Role.ELECTED_OFFICIAL;
      case "organisation à but lucratif", "organisation à but non lucratif" ->
          Codes.Role.ORGANISATION_REPRESENTATIVE;
      default -> null;
    };
  }

  /** {@code true}, {@code false} (json2csv writes booleans unquoted), or {@code null}. */
  static Boolean bool(String text) {
    if (text == null) {
      return null;
    }
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "true", "1" -> Boolean.TRUE;
      case "false", "0", "" -> Boolean.FALSE;
      default -> null;
    };
  }

  /** Whether a postal code is five digits (it is a free-text registration answer). */
  static boolean isPostalCode(String zip) {
    return zip != null && POSTAL_CODE.matcher(zip).matches();
  }
}
