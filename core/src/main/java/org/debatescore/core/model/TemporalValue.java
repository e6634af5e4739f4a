package org.debatescore.core.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * A date or date-time exactly as it was written. Debates are dated in local time with an offset
 * ({@code 2016-12-09T09:45:00+01:00}) or with no time zone at all; converting to an instant would
 * lose that, and writing back would change the data. So the lexical form is the value, and typed
 * accessors parse it on demand.
 *
 * <p>Accepted forms: {@code xsd:date} {@code YYYY-MM-DD} and {@code xsd:dateTime} {@code
 * YYYY-MM-DDThh:mm:ss[.fraction]}, each with an optional {@code Z} or {@code ±hh:mm} zone; year
 * 0000 to 9999, real calendar dates, hours 00 to 23, at most 9 fraction digits. Other values are
 * not temporal values (readers keep them as extensions).
 *
 * @param lexical the value as written
 * @param kind date or date-time
 */
public record TemporalValue(String lexical, Kind kind) {

  private static final String XSD = "http://www.w3.org/2001/XMLSchema#";

  /** Whether the value has a time of day. */
  public enum Kind {
    /** {@code xsd:date}. */
    DATE(XSD + "date"),
    /** {@code xsd:dateTime}. */
    DATE_TIME(XSD + "dateTime");

    private final String datatype;

    Kind(String datatype) {
      this.datatype = datatype;
    }

    /** The XML Schema datatype IRI. */
    public String datatype() {
      return datatype;
    }
  }

  private static final DateTimeFormatter LOCAL_SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

  /**
   * Checks the lexical form against the kind.
   *
   * @throws IllegalArgumentException if it is not a valid value of that kind
   */
  public TemporalValue {
    Objects.requireNonNull(lexical, "lexical");
    Objects.requireNonNull(kind, "kind");
    if (!isValid(lexical, kind)) {
      throw new IllegalArgumentException("not a valid " + kind.name() + " value: " + lexical);
    }
  }

  /** Parses a date ({@code 2016-12-09}) or a date-time ({@code 2016-12-09T09:45:00+01:00}). */
  public static TemporalValue parse(String lexical) {
    return new TemporalValue(lexical, lexical.indexOf('T') >= 0 ? Kind.DATE_TIME : Kind.DATE);
  }

  /**
   * Parses a literal of datatype {@code xsd:date} or {@code xsd:dateTime}.
   *
   * @throws IllegalArgumentException for another datatype or an invalid lexical form
   */
  public static TemporalValue parse(String lexical, String datatype) {
    Kind kind = kindOf(datatype);
    if (kind == null) {
      throw new IllegalArgumentException("not a date or date-time datatype: " + datatype);
    }
    return new TemporalValue(lexical, kind);
  }

  /** Like {@link #parse(String, String)}, but {@code null} instead of an exception. */
  public static TemporalValue tryParse(String lexical, String datatype) {
    Kind kind = kindOf(datatype);
    return kind != null && isValid(lexical, kind) ? new TemporalValue(lexical, kind) : null;
  }

  /** A date-time with its offset, seconds always written, fraction only if non-zero. */
  public static TemporalValue of(OffsetDateTime dateTime) {
    ZoneOffset offset = dateTime.getOffset();
    if (offset.getTotalSeconds() % 60 != 0) {
      throw new IllegalArgumentException("XML Schema offsets have no seconds: " + offset);
    }
    return new TemporalValue(local(dateTime.toLocalDateTime()) + offset.getId(), Kind.DATE_TIME);
  }

  /** A date-time without time zone. */
  public static TemporalValue of(LocalDateTime dateTime) {
    return new TemporalValue(local(dateTime), Kind.DATE_TIME);
  }

  /** A date without time zone. */
  public static TemporalValue ofDate(LocalDate date) {
    return new TemporalValue(date.toString(), Kind.DATE);
  }

  private static String local(LocalDateTime t) {
    String s = LOCAL_SECONDS.format(t);
    int nano = t.getNano();
    if (nano == 0) {
      return s;
    }
    String fraction = String.format("%09d", nano);
    int end = fraction.length();
    while (fraction.charAt(end - 1) == '0') {
      end--;
    }
    return s + "." + fraction.substring(0, end);
  }

  private static Kind kindOf(String datatype) {
    if (Kind.DATE_TIME.datatype.equals(datatype)) {
      return Kind.DATE_TIME;
    }
    if (Kind.DATE.datatype.equals(datatype)) {
      return Kind.DATE;
    }
    return null;
  }

  /** The datatype IRI, {@code xsd:date} or {@code xsd:dateTime}. */
  public String datatype() {
    return kind.datatype;
  }

  /** Whether it has a time of day. */
  public boolean isDateTime() {
    return kind == Kind.DATE_TIME;
  }

  /** Whether a zone ({@code Z} or an offset) is given. */
  public boolean hasTimezone() {
    return zoneStart(lexical, kind) < lexical.length();
  }

  /** The offset, if a zone is given. */
  public Optional<ZoneOffset> offset() {
    int z = zoneStart(lexical, kind);
    return z < lexical.length()
        ? Optional.of(ZoneOffset.of(lexical.substring(z)))
        : Optional.empty();
  }

  /** The calendar date, ignoring any time and zone. */
  public LocalDate toLocalDate() {
    return LocalDate.parse(lexical.substring(0, 10));
  }

  /** The local date-time, ignoring any zone; a date gives its start of day. */
  public LocalDateTime toLocalDateTime() {
    if (kind == Kind.DATE) {
      return toLocalDate().atStartOfDay();
    }
    return LocalDateTime.parse(lexical.substring(0, zoneStart(lexical, kind)));
  }

  /**
   * The date-time with its offset; a date gives its start of day.
   *
   * @throws IllegalStateException if no zone is given: the instant is then unknown
   */
  public OffsetDateTime toOffsetDateTime() {
    ZoneOffset offset =
        offset().orElseThrow(() -> new IllegalStateException("no time zone in " + lexical));
    return OffsetDateTime.of(toLocalDateTime(), offset);
  }

  /** The lexical form. */
  @Override
  public String toString() {
    return lexical;
  }

  // ---- validation, by hand: readers call it for every dated statement ----

  /** Whether {@code lexical} is a valid value of {@code kind} (see the class comment). */
  public static boolean isValid(String lexical, Kind kind) {
    if (lexical == null || lexical.length() < 10) {
      return false;
    }
    if (!digits(lexical, 0, 4)
        || lexical.charAt(4) != '-'
        || !digits(lexical, 5, 2)
        || lexical.charAt(7) != '-'
        || !digits(lexical, 8, 2)) {
      return false;
    }
    int year = num(lexical, 0, 4);
    int month = num(lexical, 5, 2);
    int day = num(lexical, 8, 2);
    if (month < 1 || month > 12 || day < 1 || day > LocalDate.of(year, month, 1).lengthOfMonth()) {
      return false;
    }
    int pos = 10;
    if (kind == Kind.DATE_TIME) {
      if (lexical.length() < 19
          || lexical.charAt(10) != 'T'
          || !digits(lexical, 11, 2)
          || lexical.charAt(13) != ':'
          || !digits(lexical, 14, 2)
          || lexical.charAt(16) != ':'
          || !digits(lexical, 17, 2)) {
        return false;
      }
      if (num(lexical, 11, 2) > 23 || num(lexical, 14, 2) > 59 || num(lexical, 17, 2) > 59) {
        return false;
      }
      pos = 19;
      if (pos < lexical.length() && lexical.charAt(pos) == '.') {
        int start = ++pos;
        while (pos < lexical.length() && isDigit(lexical.charAt(pos))) {
          pos++;
        }
        int n = pos - start;
        if (n < 1 || n > 9) {
          return false;
        }
      }
    }
    return validZone(lexical, pos);
  }

  private static boolean validZone(String s, int pos) {
    int rest = s.length() - pos;
    if (rest == 0) {
      return true;
    }
    if (rest == 1) {
      return s.charAt(pos) == 'Z';
    }
    if (rest != 6) {
      return false;
    }
    char sign = s.charAt(pos);
    if ((sign != '+' && sign != '-')
        || !digits(s, pos + 1, 2)
        || s.charAt(pos + 3) != ':'
        || !digits(s, pos + 4, 2)) {
      return false;
    }
    int hh = num(s, pos + 1, 2);
    int mm = num(s, pos + 4, 2);
    return mm <= 59 && (hh < 14 || (hh == 14 && mm == 0));
  }

  private static int zoneStart(String s, Kind kind) {
    int pos = kind == Kind.DATE ? 10 : 19;
    if (kind == Kind.DATE_TIME && pos < s.length() && s.charAt(pos) == '.') {
      pos++;
      while (pos < s.length() && isDigit(s.charAt(pos))) {
        pos++;
      }
    }
    return pos;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean digits(String s, int from, int n) {
    for (int i = from; i < from + n; i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static int num(String s, int from, int n) {
    int v = 0;
    for (int i = from; i < from + n; i++) {
      v = v * 10 + (s.charAt(i) - '0');
    }
    return v;
  }
}
