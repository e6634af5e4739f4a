package org.debatescore.core.stats;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.debatescore.core.mapping.EntityHandler;
import org.debatescore.core.model.Assessment;
import org.debatescore.core.model.Contribution;
import org.debatescore.core.model.Debate;
import org.debatescore.core.model.DebateData;
import org.debatescore.core.model.Decision;
import org.debatescore.core.model.Document;
import org.debatescore.core.model.Entity;
import org.debatescore.core.model.FollowUpItem;
import org.debatescore.core.model.Issue;
import org.debatescore.core.model.LangText;
import org.debatescore.core.model.Meeting;
import org.debatescore.core.model.Milestone;
import org.debatescore.core.model.OfficialResponse;
import org.debatescore.core.model.Participant;
import org.debatescore.core.model.Phase;
import org.debatescore.core.model.Proposal;
import org.debatescore.core.model.TemporalValue;
import org.debatescore.core.model.Vote;
import org.debatescore.core.model.VoteEvent;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Resource;

/**
 * Accumulates the figures a publisher or researcher wants first about a debate file: how much of
 * each kind, in which languages, over which period, who spoke, and how accountable the process was
 * (share of proposals answered, share of decisions that cite contributions).
 *
 * <p>Entities are fed one at a time ({@link #accept}), so statistics can run on a stream without
 * holding the debate; memory grows only with the number of proposals (to match responses).
 */
public final class DebateStatistics implements EntityHandler {

  private final Map<String, Long> countsByClass = new TreeMap<>();
  private final Map<String, Long> languages = new TreeMap<>();
  private final Map<String, Long> participantsByRole = new TreeMap<>();
  private final Set<Resource> proposals = new HashSet<>();
  private final Set<Resource> respondedTo = new HashSet<>();
  private long decisions;
  private long decisionsLinkedToContributions;
  private TemporalValue earliest;
  private TemporalValue latest;

  /** Statistics of a whole in-memory debate. */
  public static Summary of(DebateData data) {
    DebateStatistics stats = new DebateStatistics();
    data.entities().forEach(stats::accept);
    return stats.summary();
  }

  @Override
  public void entity(Entity entity) {
    accept(entity);
  }

  /** Adds one entity to the figures. */
  public void accept(Entity entity) {
    countsByClass.merge(localName(entity.rdfType()), 1L, Long::sum);
    // Java 17 has no pattern switch: an instanceof chain, most frequent kinds first.
    if (entity instanceof Proposal p) {
      proposals.add(p.id());
      see(p.title(), p.description(), p.text());
      seeDates(p.created());
    } else if (entity instanceof OfficialResponse r) {
      respondedTo.addAll(r.respondsTo());
      see(r.text());
      seeDates(r.created());
    } else if (entity instanceof Contribution c) {
      see(c.text());
      seeDates(c.created());
    } else if (entity instanceof Vote v) {
      seeDates(v.created());
    } else if (entity instanceof Participant p) {
      if (p.roles().isEmpty()) {
        participantsByRole.merge("(no role)", 1L, Long::sum);
      }
      p.roles().forEach(role -> participantsByRole.merge(localName(role), 1L, Long::sum));
    } else if (entity instanceof Decision d) {
      decisions++;
      if (!(d.adopts().isEmpty()
          && d.rejects().isEmpty()
          && d.modifies().isEmpty()
          && d.tookIntoAccount().isEmpty())) {
        decisionsLinkedToContributions++;
      }
      see(d.title(), d.description(), d.rationale());
      seeDates(d.date());
    } else if (entity instanceof Debate d) {
      see(d.title(), d.description());
      seeDates(d.startDate(), d.endDate());
    } else if (entity instanceof Phase p) {
      seeDates(p.startDate(), p.endDate());
    } else if (entity instanceof Meeting m) {
      seeDates(m.startDate(), m.endDate());
    } else if (entity instanceof Issue i) {
      see(i.title(), i.text());
      seeDates(i.created());
    } else if (entity instanceof Document d) {
      seeDates(d.date());
    } else if (entity instanceof VoteEvent v) {
      seeDates(v.startDate(), v.endDate());
    } else if (entity instanceof FollowUpItem f) {
      seeDates(f.startDate(), f.endDate());
    } else if (entity instanceof Milestone m) {
      seeDates(m.date());
    } else if (entity instanceof Assessment a) {
      seeDates(a.date());
    }
  }

  public Summary summary() {
    long answered = proposals.stream().filter(respondedTo::contains).count();
    return new Summary(
        Collections.unmodifiableMap(new TreeMap<>(countsByClass)),
        Collections.unmodifiableMap(new TreeMap<>(languages)),
        Collections.unmodifiableMap(new TreeMap<>(participantsByRole)),
        earliest,
        latest,
        proposals.size(),
        answered,
        decisions,
        decisionsLinkedToContributions);
  }

  private void see(LangText... texts) {
    for (LangText text : texts) {
      for (int i = 0; i < text.size(); i++) {
        languages.merge(text.language(i), 1L, Long::sum);
      }
    }
  }

  private void seeDates(TemporalValue... values) {
    for (TemporalValue v : values) {
      if (v == null) {
        continue;
      }
      if (earliest == null || instant(v).isBefore(instant(earliest))) {
        earliest = v;
      }
      if (latest == null || instant(v).isAfter(instant(latest))) {
        latest = v;
      }
    }
  }

  /** A comparable point in time; values without a time zone are read as UTC. */
  private static LocalDateTime instant(TemporalValue v) {
    if (v.isDateTime() && v.hasTimezone()) {
      return v.toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }
    return v.toLocalDateTime();
  }

  static String localName(Iri iri) {
    String s = iri.value();
    int cut = Math.max(s.lastIndexOf('#'), s.lastIndexOf('/'));
    return cut >= 0 && cut < s.length() - 1 ? s.substring(cut + 1) : s;
  }

  /** The figures, ready to print or serialise. */
  public record Summary(
      Map<String, Long> countsByClass,
      Map<String, Long> languages,
      Map<String, Long> participantsByRole,
      TemporalValue earliest,
      TemporalValue latest,
      long proposals,
      long proposalsWithResponse,
      long decisions,
      long decisionsLinkedToContributions) {

    /** Share of proposals with an official response, or NaN when there is no proposal. */
    public double responseRate() {
      return proposals == 0 ? Double.NaN : (double) proposalsWithResponse / proposals;
    }

    /** Share of decisions that link to the contributions they rest on, or NaN without decision. */
    public double decisionTraceability() {
      return decisions == 0 ? Double.NaN : (double) decisionsLinkedToContributions / decisions;
    }

    public long total() {
      return countsByClass.values().stream().mapToLong(Long::longValue).sum();
    }
  }
}
