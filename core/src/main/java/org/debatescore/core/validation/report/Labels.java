package org.debatescore.core.validation.report;

import java.util.Map;
import org.debatescore.core.validation.Severity;
import org.debatescore.core.validation.ValidationOptions;

/** The fixed words of the human-readable reports, in English and French. */
final class Labels {

  private static final Map<String, String> EN =
      Map.ofEntries(
          Map.entry("title", "Debatescore validation report"),
          Map.entry("conforms", "CONFORMS"),
          Map.entry("notConforms", "DOES NOT CONFORM"),
          Map.entry("violation.1", "violation"),
          Map.entry("violation.n", "violations"),
          Map.entry("warning.1", "warning"),
          Map.entry("warning.n", "warnings"),
          Map.entry("info.1", "info"),
          Map.entry("info.n", "infos"),
          Map.entry("VIOLATION", "VIOLATION"),
          Map.entry("WARNING", "WARNING"),
          Map.entry("INFO", "INFO"),
          Map.entry("input.1", "input"),
          Map.entry("input.n", "inputs"),
          Map.entry("shapes", "shapes"),
          Map.entry("engine", "engine"),
          Map.entry("language", "language"),
          Map.entry("truncated", "report truncated"),
          Map.entry("shown", "%d of %d results shown"),
          Map.entry("more", "(+%d more)"),
          Map.entry("result.1", "result"),
          Map.entry("result.n", "results"),
          Map.entry("path", "path"),
          Map.entry("value", "value"),
          Map.entry("see", "see"),
          Map.entry("shape", "shape"),
          Map.entry("focus", "focus node"),
          Map.entry("location", "location"),
          Map.entry("message", "message"),
          Map.entry("severity", "severity"),
          Map.entry("detail", "detail"),
          Map.entry("noResults", "No problems found."),
          Map.entry("summary", "Summary"),
          Map.entry("unknownLocation", "(location unknown)"));

  private static final Map<String, String> FR =
      Map.ofEntries(
          Map.entry("title", "Rapport de validation Debatescore"),
          Map.entry("conforms", "CONFORME"),
          Map.entry("notConforms", "NON CONFORME"),
          Map.entry("violation.1", "violation"),
          Map.entry("violation.n", "violations"),
          Map.entry("warning.1", "avertissement"),
          Map.entry("warning.n", "avertissements"),
          Map.entry("info.1", "information"),
          Map.entry("info.n", "informations"),
          Map.entry("VIOLATION", "VIOLATION"),
          Map.entry("WARNING", "AVERTISSEMENT"),
          Map.entry("INFO", "INFORMATION"),
          Map.entry("input.1", "fichier"),
          Map.entry("input.n", "fichiers"),
          Map.entry("shapes", "formes"),
          Map.entry("engine", "moteur"),
          Map.entry("language", "langue"),
          Map.entry("truncated", "rapport tronqué"),
          Map.entry("shown", "%d résultats affichés sur %d"),
          Map.entry("more", "(+%d de plus)"),
          Map.entry("result.1", "résultat"),
          Map.entry("result.n", "résultats"),
          Map.entry("path", "chemin"),
          Map.entry("value", "valeur"),
          Map.entry("see", "voir"),
          Map.entry("shape", "forme"),
          Map.entry("focus", "nœud"),
          Map.entry("location", "emplacement"),
          Map.entry("message", "message"),
          Map.entry("severity", "gravité"),
          Map.entry("detail", "détail"),
          Map.entry("noResults", "Aucun problème trouvé."),
          Map.entry("summary", "Résumé"),
          Map.entry("unknownLocation", "(emplacement inconnu)"));

  private final String language;
  private final Map<String, String> words;

  private Labels(String language) {
    this.language = language;
    this.words = language.equals("fr") ? FR : EN;
  }

  /** Labels for a language tag; anything but French gets English. */
  static Labels forLanguage(String tag) {
    return new Labels(ValidationOptions.effectiveLanguage(tag));
  }

  String language() {
    return language;
  }

  String get(String key) {
    String w = words.get(key);
    return w != null ? w : EN.getOrDefault(key, key);
  }

  String format(String key, Object... args) {
    return String.format(get(key), args);
  }

  /** "1 violation", "3 warnings", "0 infos" ("0 violation" in French, which uses the singular). */
  String count(int n, String key) {
    boolean plural = language.equals("fr") ? n > 1 : n != 1;
    return n + " " + get(key + (plural ? ".n" : ".1"));
  }

  String count(int n, Severity severity) {
    return count(n, severity.label());
  }

  String severity(Severity severity) {
    return get(severity.name());
  }
}
