package org.debatescore.importers.capcollectif;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.debatescore.core.model.TemporalValue;

/**
 * Cap Collectif timestamps: ISO 8601 with an offset ({@code 2015-09-27T18:47:54+0200}, the 2015
 * API), {@code 2019-04-01 03:45:00} without zone (the GraphQL exports), and day-first {@code
 * 12/01/2020 14:05} (the RUA files re-saved by a spreadsheet). A time without zone is Paris local
 * time (the platform's): it is given the Europe/Paris offset of that date, so the output is an
 * instant. A value that is not a real date-time ({@code 31/02/2020}) gives {@code null}.
 */
final class CapCollectifDates {

  static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private static final Pattern ISO =
      Pattern.compile(
          "(\\d{4})-(\\d{2})-(\\d{2})[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d{1,9})?)?"
              + "\\s*(Z|UTC|[+-]\\d{2}:?\\d{2})?");
  private static final Pattern DAY_FIRST =
      Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?");

  private CapCollectifDates() {}

  /** The instant written in {@code text}, or {@code null} when it is not a date-time. */
  static TemporalValue parse(String text) {
    if (text == null) {
      return null;
    }
    String t = text.strip();
    try {
      Matcher m = ISO.matcher(t);
      if (m.matches()) {
        LocalDateTime local = local(m.group(1), m.group(2), m.group(3), m, 4);
        String zone = m.group(7);
        if (zone == null) {
          return paris(local);
        }
        ZoneOffset offset =
            zone.equals("Z") || zone.equals("UTC")
                ? ZoneOffset.UTC
                : ZoneOffset.of(
                    zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
        return TemporalValue.of(OffsetDateTime.of(local, offset));
      }
      m = DAY_FIRST.matcher(t);
      if (m.matches()) {
        return paris(local(m.group(3), m.group(2), m.group(1), m, 4));
      }
    } catch (DateTimeException e) {
      return null; // 31/02, 25:00, offset beyond 18 hours
    }
    return null;
  }

  private static LocalDateTime local(String y, String mo, String d, Matcher m, int time) {
    String seconds = m.group(time + 2);
    return LocalDateTime.of(
        Integer.parseInt(y),
        Integer.parseInt(mo),
        Integer.parseInt(d),
        Integer.parseInt(m.group(time)),
        Integer.parseInt(m.group(time + 1)),
        seconds == null ? 0 : Integer.parseInt(seconds));
  }

  private static TemporalValue paris(LocalDateTime local) {
    return TemporalValue.of(local.atZone(PARIS).toOffsetDateTime());
  }
}
