package org.debatescore.importers.consul;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.debatescore.core.model.TemporalValue;

/**
 * CONSUL timestamps, read leniently and kept as written. The CSV dump formats {@code created_at}
 * with a locale format whose exact string is not documented; seen or plausible forms are {@code
 * 2016-04-19 12:00:00} (no zone, often truncated to the hour), {@code 2016-04-19 12:00:00 +0200},
 * {@code 2016-04-19 12:00:00 UTC} and ISO 8601 {@code 2016-04-19T12:00:00+02:00}. Nothing is
 * converted: a value without zone stays an {@code xsd:dateTime} without zone.
 */
final class ConsulDates {

  private static final Pattern FORM =
      Pattern.compile(
          "(\\d{4}-\\d{2}-\\d{2})[ T](\\d{2}:\\d{2})(:\\d{2}(?:\\.\\d{1,9})?)?"
              + "\\s*(Z|UTC|GMT|[+-]\\d{2}:?\\d{2})?");

  private ConsulDates() {}

  /** The date-time written in {@code text}, or {@code null} when it is not one. */
  static TemporalValue parse(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches()) {
      return null;
    }
    StringBuilder b = new StringBuilder(m.group(1)).append('T').append(m.group(2));
    b.append(m.group(3) != null ? m.group(3) : ":00");
    String zone = m.group(4);
    if (zone != null) {
      if (zone.equals("Z") || zone.equals("UTC") || zone.equals("GMT")) {
        b.append('Z');
      } else if (zone.indexOf(':') < 0) {
        b.append(zone, 0, 3).append(':').append(zone, 3, 5);
      } else {
        b.append(zone);
      }
    }
    return TemporalValue.tryParse(b.toString(), TemporalValue.Kind.DATE_TIME.datatype());
  }
}
