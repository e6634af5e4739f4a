package org.debatescore.importers.scdl;

import java.util.Map;
import org.debatescore.core.SourceLocation;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Literal;
import org.debatescore.core.rdf.Term;
import org.debatescore.core.validation.ValidationResult;

/**
 * One break of an SCDL rule, at a row (0 for the header) and column (1-based; 0 for a whole row).
 *
 * @param rule the rule broken
 * @param line the file line of the row, 1 for the header
 * @param column the column number, 1-based, or 0 when the finding is about the row
 * @param columnName the column's name, or {@code null}
 * @param value the offending cell, or {@code null}
 * @param french the message in French
 * @param english the message in English
 */
public record ScdlFinding(
    ScdlRule rule,
    long line,
    int column,
    String columnName,
    String value,
    String french,
    String english) {

  static ScdlFinding of(
      ScdlRule rule, long line, int column, String columnName, String value, Object... args) {
    return new ScdlFinding(
        rule, line, column, columnName, value, rule.french(args), rule.english(args));
  }

  /** Both messages, French first, for the import report. */
  public String text() {
    String where = columnName == null ? "" : " [" + columnName + "]";
    return rule.name() + where + ": " + french + " / " + english;
  }

  /** As an engine-neutral validation result about {@code focus}, located in {@code source}. */
  public ValidationResult toResult(Term focus, String source) {
    return ValidationResult.builder()
        .focusNode(focus)
        .path(columnName == null ? null : ScdlRule.NS + columnName)
        .value(value == null ? null : Literal.string(value))
        .constraintComponent(rule.iri())
        .sourceShape(Iri.of(ScdlRule.NS + "Deliberations-2.1"))
        .severity(rule.severity())
        .messages(Map.of("fr", french, "en", english))
        .sourceLocation(SourceLocation.of(source, line, column))
        .specLink("https://schema.data.gouv.fr/scdl/deliberations/")
        .shapeName("SCDL Délibérations 2.1 — " + rule.kind().name().toLowerCase())
        .build();
  }
}
