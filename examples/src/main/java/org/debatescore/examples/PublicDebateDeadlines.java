package org.debatescore.examples;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.debatescore.core.model.Debate;
import org.debatescore.core.model.DebateData;
import org.debatescore.core.model.Decision;
import org.debatescore.core.model.Document;
import org.debatescore.core.model.Participant;
import org.debatescore.core.model.Phase;
import org.debatescore.core.model.TemporalValue;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Resource;
import org.debatescore.jena.DebatescoreJena;
import org.debatescore.vocab.Codes;

/**
 * Checks the legal deadlines of a French débat public (Code de l'environnement, art. L121-11 and
 * L121-13) against a debate described with Debatescore: the debate lasts four to six months; the
 * compte rendu and the bilan are published within two months of its closure; the project owner's
 * decision is made public within three months of their publication. Every date is read from the
 * data: the contribution phase (opening and closure), the documents of kind compte-rendu and bilan,
 * and the decision taken by a participant with the role project-owner. Run with {@code
 * PublicDebateDeadlines DEBATE_FILE}.
 */
public final class PublicDebateDeadlines {

  private PublicDebateDeadlines() {}

  /** One rule: {@code date} must fall within {@code [earliest, latest]}. */
  public record Check(String rule, LocalDate date, LocalDate earliest, LocalDate latest) {
    public boolean holds() {
      return !date.isBefore(earliest) && !date.isAfter(latest);
    }

    @Override
    public String toString() {
      return (holds() ? "OK   " : "LATE ")
          + rule
          + ": "
          + date
          + " (allowed "
          + earliest
          + " to "
          + latest
          + ")";
    }
  }

  /** The dates of a débat public that the deadlines depend on. */
  public record Timeline(
      LocalDate opening,
      LocalDate closure,
      LocalDate compteRendu,
      LocalDate bilan,
      LocalDate decision) {

    public Timeline {
      Objects.requireNonNull(opening, "opening");
      Objects.requireNonNull(closure, "closure");
      Objects.requireNonNull(compteRendu, "compteRendu");
      Objects.requireNonNull(bilan, "bilan");
      Objects.requireNonNull(decision, "decision");
    }

    /**
     * Reads the timeline of one debate.
     *
     * @throws IllegalArgumentException if a date the deadlines need is missing
     */
    public static Timeline of(DebateData data, Debate debate) {
      Phase debating =
          debate.phases().stream()
              .map(id -> data.get(id, Phase.class))
              .flatMap(Optional::stream)
              .filter(p -> Iri.of(Codes.PhaseKind.CONTRIBUTION).equals(p.phaseKind()))
              .findFirst()
              .orElseThrow(() -> missing(debate, "a phase of kind contribution"));
      return new Timeline(
          date(debating.startDate(), debate, "the opening of the debate"),
          date(debating.endDate(), debate, "the closure of the debate"),
          latestDocument(data, debate, Codes.DocumentKind.COMPTE_RENDU),
          latestDocument(data, debate, Codes.DocumentKind.BILAN),
          projectOwnerDecision(data, debate));
    }

    /** The same timeline with another decision date. */
    public Timeline withDecision(LocalDate date) {
      return new Timeline(opening, closure, compteRendu, bilan, date);
    }

    /** The same timeline with another closure date. */
    public Timeline withClosure(LocalDate date) {
      return new Timeline(opening, date, compteRendu, bilan, decision);
    }

    /** The four legal rules, in the order of the procedure. */
    public List<Check> checks() {
      LocalDate published = compteRendu.isAfter(bilan) ? compteRendu : bilan;
      return List.of(
          new Check(
              "the debate lasts four to six months",
              closure,
              opening.plusMonths(4),
              opening.plusMonths(6)),
          new Check(
              "compte rendu published within two months of the closure",
              compteRendu,
              closure,
              closure.plusMonths(2)),
          new Check(
              "bilan published within two months of the closure",
              bilan,
              closure,
              closure.plusMonths(2)),
          new Check(
              "project owner's decision within three months of the compte rendu and the bilan",
              decision,
              published,
              published.plusMonths(3)));
    }
  }

  // The latest, since a debate may publish several (a meeting's compte rendu, then the final one).
  private static LocalDate latestDocument(DebateData data, Debate debate, String kind) {
    return debate.documents().stream()
        .map(id -> data.get(id, Document.class))
        .flatMap(Optional::stream)
        .filter(d -> Iri.of(kind).equals(d.documentKind()) && d.date() != null)
        .map(d -> d.date().toLocalDate())
        .max(Comparator.naturalOrder())
        .orElseThrow(() -> missing(debate, "a dated document of kind " + kind));
  }

  private static LocalDate projectOwnerDecision(DebateData data, Debate debate) {
    Iri projectOwner = Iri.of(Codes.Role.PROJECT_OWNER);
    return data.all(Decision.class).stream()
        .filter(d -> debate.id().equals(d.debate()) && d.date() != null)
        .filter(d -> d.decidedBy().stream().anyMatch(p -> hasRole(data, p, projectOwner)))
        .map(d -> d.date().toLocalDate())
        .min(Comparator.naturalOrder())
        .orElseThrow(() -> missing(debate, "a dated decision of the project owner"));
  }

  private static boolean hasRole(DebateData data, Resource participant, Iri role) {
    return data.get(participant)
        .filter(Participant.class::isInstance)
        .map(p -> ((Participant) p).roles().contains(role))
        .orElse(false);
  }

  private static LocalDate date(TemporalValue value, Debate debate, String what) {
    if (value == null) {
      throw missing(debate, "the date of " + what);
    }
    return value.toLocalDate();
  }

  private static IllegalArgumentException missing(Debate debate, String what) {
    return new IllegalArgumentException(debate.id() + " has no " + what);
  }

  /** The public debates (process kind public-debate) of a document. */
  public static Stream<Debate> publicDebates(DebateData data) {
    Iri publicDebate = Iri.of(Codes.ProcessKind.PUBLIC_DEBATE);
    return data.all(Debate.class).stream().filter(d -> publicDebate.equals(d.processKind()));
  }

  public static void main(String[] args) {
    DebateData data = DebatescoreJena.readData(Path.of(args[0]));
    publicDebates(data)
        .forEach(
            debate -> {
              System.out.println(debate.id());
              Timeline.of(data, debate).checks().forEach(c -> System.out.println("  " + c));
            });
  }
}
