package org.debatescore.rdf4j.repository;

import java.util.List;
import org.debatescore.core.DebatescoreException;
import org.debatescore.core.validation.Severity;
import org.debatescore.core.validation.ValidationReport;
import org.debatescore.core.validation.ValidationResult;

/**
 * A change to a {@link DebateRepository} was refused because the data would break the Debatescore
 * shapes (a MUST of the specification, severity {@code sh:Violation}). Nothing of the change was
 * stored. The {@link #report()} lists every violation found, with messages for the data publisher;
 * the exception message summarises the first few.
 */
public class ShapeViolationException extends DebatescoreException {
  private static final long serialVersionUID = 1L;

  /** How many results the message lists; the report has them all. */
  static final int SHOWN = 10;

  private final transient ValidationReport report;

  public ShapeViolationException(ValidationReport report) {
    super(summary(report));
    this.report = report;
  }

  /** The violations that made the store refuse the change. */
  public ValidationReport report() {
    return report;
  }

  /** The results of the report, most serious first. */
  public List<ValidationResult> violations() {
    return report.results();
  }

  static String summary(ValidationReport report) {
    int n = report.total();
    StringBuilder b =
        new StringBuilder("The change was refused: it breaks ")
            .append(n)
            .append(n == 1 ? " Debatescore rule" : " Debatescore rules")
            .append(report.count(Severity.VIOLATION) == n ? "" : " (some below violation)")
            .append('.');
    int shown = 0;
    for (ValidationResult r : report.results()) {
      if (shown++ == SHOWN) {
        b.append("\n  ... and ").append(n - SHOWN).append(" more (see report())");
        break;
      }
      b.append("\n  - ").append(r.focusNode().toNTriples());
      if (r.path() != null) {
        b.append(' ').append(r.isPredicatePath() ? "<" + r.path() + ">" : r.path());
      }
      if (r.value() != null) {
        b.append(" = ").append(r.value().toNTriples());
      }
      b.append(": ").append(r.message());
      r.sourceLocation().ifPresent(l -> b.append(" (").append(l).append(')'));
    }
    if (report.truncated() && report.truncationReason() != null) {
      b.append("\n  (report incomplete: ").append(report.truncationReason()).append(')');
    }
    return b.toString();
  }
}
