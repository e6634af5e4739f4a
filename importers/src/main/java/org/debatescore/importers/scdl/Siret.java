package org.debatescore.importers.scdl;

/**
 * The SIRET number of a French establishment: 14 digits whose Luhn sum is a multiple of 10, except
 * La Poste's establishments (SIREN 356 000 000), whose digits must sum to a multiple of 5 — the
 * rule INSEE applies and the SCDL validator ({@code french-siret-value}) follows (their head office
 * also passes Luhn, so either rule is accepted for them).
 */
final class Siret {

  private static final String LA_POSTE = "356000000";

  private Siret() {}

  static boolean hasFormat(String s) {
    return s != null && s.length() == 14 && s.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /** True when {@code s} has the format and its check digit holds. */
  static boolean isValid(String s) {
    if (!hasFormat(s)) {
      return false;
    }
    if (luhn(s)) {
      return true;
    }
    if (s.startsWith(LA_POSTE)) {
      int sum = 0;
      for (int i = 0; i < 14; i++) {
        sum += s.charAt(i) - '0';
      }
      return sum % 5 == 0;
    }
    return false;
  }

  private static boolean luhn(String s) {
    int sum = 0;
    for (int i = 0; i < 14; i++) {
      int d = s.charAt(13 - i) - '0';
      if (i % 2 == 1) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return sum % 10 == 0;
  }
}
