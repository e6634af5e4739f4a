package org.debatescore.importers.scdl;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of the SCDL « Délibérations » schema 2.1, checked on a header and on rows. Custom
 * checks are skipped on empty cells and absent columns, as the national validator does, so one
 * missing value gives one finding (its own), not a cascade.
 */
public final class ScdlChecks {

  /** The 17 columns of schema 2.1, in order; the first seven are required. */
  public static final List<String> COLUMNS =
      List.of(
          "COLL_NOM",
          "COLL_SIRET",
          "DELIB_ID",
          "DELIB_DATE",
          "DELIB_MATIERE_CODE",
          "DELIB_MATIERE_NOM",
          "DELIB_OBJET",
          "BUDGET_ANNEE",
          "BUDGET_NOM",
          "PREF_ID",
          "PREF_DATE",
          "VOTE_EFFECTIF",
          "VOTE_REEL",
          "VOTE_POUR",
          "VOTE_CONTRE",
          "VOTE_ABSTENTION",
          "DELIB_URL");

  static final Set<String> REQUIRED = Set.copyOf(COLUMNS.subList(0, 7));
  static final List<String> VOTES =
      List.of("VOTE_EFFECTIF", "VOTE_REEL", "VOTE_POUR", "VOTE_CONTRE", "VOTE_ABSTENTION");

  /** Level-1 subjects of the @ctes nomenclature, in code order (1 to 9), without accents. */
  static final List<String> MATIERES =
      List.of(
          "commande publique",
          "urbanisme",
          "domaine et patrimoine",
          "fonction publique",
          "institutions et vie politique",
          "libertes publiques et pouvoirs de police",
          "finances locales",
          "domaines de competences par themes",
          "autres domaines de competences");

  /** Highest level-2 number per level-1 code (1.1–1.7, 2.1–2.3, ...). */
  private static final int[] MAX_SUB = {7, 3, 6, 5, 8, 5, 10, 9, 4};

  private static final Pattern MATIERE_CODE = Pattern.compile("(\\d)\\.(\\d{1,2})");
  private static final Pattern BUDGET_YEAR = Pattern.compile("([0-9]{4})(?:/([0-9]{4}))?");
  private static final Pattern DAY_FIRST =
      Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
  private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,18}");

  private ScdlChecks() {}

  /** Header findings: required columns missing, optional ones missing, extra ones, order. */
  public static List<ScdlFinding> checkHeader(List<String> headers) {
    List<ScdlFinding> out = new ArrayList<>();
    for (String c : COLUMNS) {
      if (!headers.contains(c)) {
        ScdlRule rule =
            REQUIRED.contains(c)
                ? ScdlRule.MISSING_REQUIRED_COLUMN
                : ScdlRule.MISSING_OPTIONAL_COLUMN;
        out.add(ScdlFinding.of(rule, 1, 0, c, null, c));
      }
    }
    List<String> known = new ArrayList<>();
    for (int i = 0; i < headers.size(); i++) {
      String h = headers.get(i);
      if (COLUMNS.contains(h)) {
        known.add(h);
      } else {
        out.add(ScdlFinding.of(ScdlRule.EXTRA_COLUMN, 1, i + 1, h, null, h));
      }
    }
    List<String> expected = new ArrayList<>(COLUMNS);
    expected.retainAll(known);
    if (!expected.equals(known)) {
      out.add(
          ScdlFinding.of(ScdlRule.DISORDERED_COLUMNS, 1, 0, null, null, String.join(", ", known)));
    }
    return out;
  }

  /**
   * Content findings for one row.
   *
   * @param cells the row's stripped non-empty cells by column name (absent = empty)
   * @param columnNumber 1-based position of each column in the file
   * @param line the row's line
   */
  public static List<ScdlFinding> checkRow(
      Map<String, String> cells, Map<String, Integer> columnNumber, long line) {
    Row r = new Row(cells, columnNumber, line);
    for (String c : REQUIRED) {
      if (r.get(c) == null) {
        r.add(ScdlRule.REQUIRED, c, null, c);
      }
    }
    String siret = r.get("COLL_SIRET");
    if (siret != null) {
      if (!Siret.hasFormat(siret)) {
        r.add(ScdlRule.SIRET_FORMAT, "COLL_SIRET", siret, siret);
      } else if (!Siret.isValid(siret)) {
        r.add(ScdlRule.SIRET_CHECK, "COLL_SIRET", siret, siret);
      }
    }
    LocalDate delibDate = r.date("DELIB_DATE");
    LocalDate prefDate = r.date("PREF_DATE");
    String code = r.get("DELIB_MATIERE_CODE");
    if (code != null) {
      Matcher m = MATIERE_CODE.matcher(code);
      if (!m.matches()) {
        r.add(ScdlRule.MATIERE_CODE_FORMAT, "DELIB_MATIERE_CODE", code, code);
      } else {
        int top = Integer.parseInt(m.group(1));
        int sub = Integer.parseInt(m.group(2));
        if (top < 1 || top > 9 || sub < 1 || sub > MAX_SUB[top - 1]) {
          r.add(ScdlRule.MATIERE_CODE_UNKNOWN, "DELIB_MATIERE_CODE", code, code);
        }
      }
    }
    String nom = r.get("DELIB_MATIERE_NOM");
    if (nom != null) {
      checkNomenclature(r, nom);
    }
    String year = r.get("BUDGET_ANNEE");
    if (year != null) {
      Matcher m = BUDGET_YEAR.matcher(year);
      if (!m.matches()) {
        r.add(ScdlRule.BUDGET_YEAR_FORMAT, "BUDGET_ANNEE", year, year);
      } else if (m.group(2) != null
          && Integer.parseInt(m.group(2)) <= Integer.parseInt(m.group(1))) {
        r.add(ScdlRule.BUDGET_YEAR_INTERVAL, "BUDGET_ANNEE", year, year);
      }
    }
    if ((year == null) != (r.get("BUDGET_NOM") == null)) {
      r.add(ScdlRule.BUDGET_COHESIVE, null, null, year == null ? "BUDGET_NOM" : "BUDGET_ANNEE");
    }
    checkVotes(r);
    if (prefDate != null && delibDate != null && prefDate.isBefore(delibDate)) {
      r.add(
          ScdlRule.COMPARE,
          "PREF_DATE",
          r.get("PREF_DATE"),
          "PREF_DATE",
          prefDate,
          "DELIB_DATE",
          delibDate);
    }
    String url = r.get("DELIB_URL");
    if (url != null && !isWebUrl(url)) {
      r.add(ScdlRule.URL, "DELIB_URL", url, url);
    }
    return r.findings;
  }

  private static void checkNomenclature(Row r, String nom) {
    int slash = nom.indexOf('/');
    if (slash < 0) {
      r.add(ScdlRule.NOMENCLATURE_SLASH_MISSING, "DELIB_MATIERE_NOM", nom, nom);
      return;
    }
    if ((slash > 0 && nom.charAt(slash - 1) == ' ')
        || (slash + 1 < nom.length() && nom.charAt(slash + 1) == ' ')) {
      r.add(ScdlRule.NOMENCLATURE_SLASH_SPACES, "DELIB_MATIERE_NOM", nom, nom);
      return;
    }
    String prefix = nom.substring(0, slash);
    if (matiere(prefix) == 0) {
      r.add(ScdlRule.NOMENCLATURE_PREFIX_UNKNOWN, "DELIB_MATIERE_NOM", nom, prefix);
    }
  }

  private static void checkVotes(Row r) {
    List<String> filled = new ArrayList<>();
    for (String c : VOTES) {
      if (r.get(c) != null) {
        filled.add(c);
      }
    }
    if (!filled.isEmpty() && filled.size() < VOTES.size()) {
      r.add(ScdlRule.VOTES_COHESIVE, null, null, String.join(", ", filled));
    }
    Long effectif = r.integer("VOTE_EFFECTIF");
    Long reel = r.integer("VOTE_REEL");
    Long pour = r.integer("VOTE_POUR");
    Long contre = r.integer("VOTE_CONTRE");
    Long abst = r.integer("VOTE_ABSTENTION");
    if (effectif != null && reel != null && effectif < reel) {
      r.add(
          ScdlRule.COMPARE,
          "VOTE_EFFECTIF",
          r.get("VOTE_EFFECTIF"),
          "VOTE_EFFECTIF",
          effectif,
          "VOTE_REEL",
          reel);
    }
    if (reel != null) {
      for (String c : List.of("VOTE_POUR", "VOTE_CONTRE", "VOTE_ABSTENTION")) {
        Long v = r.integer(c);
        if (v != null && reel < v) {
          r.add(ScdlRule.COMPARE, "VOTE_REEL", r.get("VOTE_REEL"), "VOTE_REEL", reel, c, v);
        }
      }
      if (pour != null && contre != null && abst != null && reel != pour + contre + abst) {
        r.add(ScdlRule.VOTE_SUM, "VOTE_REEL", r.get("VOTE_REEL"), reel, pour + contre + abst);
      }
    }
  }

  /** The @ctes level-1 code (1–9) of a subject name, accents and case ignored; 0 if unknown. */
  static int matiere(String name) {
    String key = plain(name).strip();
    int i = MATIERES.indexOf(key);
    return i + 1;
  }

  static String plain(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
  }

  static boolean isWebUrl(String s) {
    try {
      URI u = new URI(s);
      String scheme = u.getScheme();
      return scheme != null
          && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          && u.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** An ISO date, or a day-first one (15/10/2017) read as such: the caller flags it. */
  static LocalDate parseDate(String s) {
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      Matcher m = DAY_FIRST.matcher(s);
      if (m.matches()) {
        try {
          return LocalDate.of(
              Integer.parseInt(m.group(3)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(1)));
        } catch (java.time.DateTimeException bad) {
          return null;
        }
      }
      return null;
    }
  }

  static Long parseInteger(String s) {
    return s != null && INTEGER.matcher(s).matches() ? Long.parseLong(s) : null;
  }

  /** One row being checked, collecting findings; each bad cell is reported once. */
  private static final class Row {
    final Map<String, String> cells;
    final Map<String, Integer> columns;
    final long line;
    final List<ScdlFinding> findings = new ArrayList<>();
    // integer() is asked several times for the same column; its finding is given once.
    final java.util.Set<String> reported = new java.util.HashSet<>();

    Row(Map<String, String> cells, Map<String, Integer> columns, long line) {
      this.cells = cells;
      this.columns = columns;
      this.line = line;
    }

    String get(String c) {
      return cells.get(c);
    }

    void add(ScdlRule rule, String column, String value, Object... args) {
      int n = column == null ? 0 : columns.getOrDefault(column, 0);
      findings.add(ScdlFinding.of(rule, line, n, column, value, args));
    }

    /**
     * The date of column {@code c}; a non-ISO one is reported, with the fix when it is readable.
     */
    LocalDate date(String c) {
      String v = get(c);
      if (v == null) {
        return null;
      }
      try {
        return LocalDate.parse(v);
      } catch (DateTimeParseException e) {
        // reported below
      }
      LocalDate d = parseDate(v);
      String fr = d == null ? "" : " La forme attendue est « " + d + " ».";
      String en = d == null ? "" : " The expected form is \"" + d + "\".";
      findings.add(
          new ScdlFinding(
              ScdlRule.DATE_FORMAT,
              line,
              columns.getOrDefault(c, 0),
              c,
              v,
              ScdlRule.DATE_FORMAT.french(c, v, fr),
              ScdlRule.DATE_FORMAT.english(c, v, en)));
      return d;
    }

    Long integer(String c) {
      String v = get(c);
      if (v == null) {
        return null;
      }
      Long n = parseInteger(v);
      if (n == null && reported.add(c)) {
        add(ScdlRule.INTEGER, c, v, c, v);
      }
      return n;
    }
  }
}
