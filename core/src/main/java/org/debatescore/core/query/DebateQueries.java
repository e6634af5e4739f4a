package org.debatescore.core.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.debatescore.core.mapping.ModelReader;
import org.debatescore.core.model.Argument;
import org.debatescore.core.model.Contribution;
import org.debatescore.core.model.DebateData;
import org.debatescore.core.model.Decision;
import org.debatescore.core.model.Entity;
import org.debatescore.core.model.Proposal;
import org.debatescore.core.model.Tally;
import org.debatescore.core.model.Vote;
import org.debatescore.core.model.VoteEvent;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Resource;

/**
 * Answers the common questions on a debate graph from the model, so callers write no SPARQL. The
 * reverse links the questions need (votes by what they are on, arguments by what they support or
 * attack) are indexed once, in one pass, when the queries are built; each answer then costs only
 * what it returns. Results are sorted by id so that they are stable across engines and runs.
 *
 * <p>Data from several sources (a consultation export, a council's deliberations, a file that links
 * them) is merged with {@link #over(Collection)}: statements about the same resource in different
 * parts describe one entity.
 */
public final class DebateQueries {

  private static final Comparator<Entity> BY_ID = Comparator.comparing(e -> e.id().toNTriples());

  private final DebateData data;
  private final Map<Resource, List<VoteEvent>> eventsOn = new HashMap<>();
  private final Map<Resource, List<Vote>> votesIn = new HashMap<>();
  private final Map<Resource, List<Vote>> votesOn = new HashMap<>();
  private final Map<Resource, List<Argument>> argumentsOn = new HashMap<>();
  private final Map<Resource, List<Proposal>> proposalsOf = new HashMap<>();

  private DebateQueries(DebateData data) {
    this.data = data;
    for (Entity e : data.entities()) {
      if (e instanceof VoteEvent ev && ev.voteOn() != null) {
        eventsOn.computeIfAbsent(ev.voteOn(), k -> new ArrayList<>()).add(ev);
      } else if (e instanceof Vote v) {
        if (v.voteEvent() != null) {
          votesIn.computeIfAbsent(v.voteEvent(), k -> new ArrayList<>()).add(v);
        }
        if (v.voteOn() != null) {
          votesOn.computeIfAbsent(v.voteOn(), k -> new ArrayList<>()).add(v);
        }
      } else if (e instanceof Argument a) {
        for (Resource r : a.supports()) {
          argumentsOn.computeIfAbsent(r, k -> new ArrayList<>()).add(a);
        }
        for (Resource r : a.attacks()) {
          argumentsOn.computeIfAbsent(r, k -> new ArrayList<>()).add(a);
        }
      } else if (e instanceof Proposal p) {
        proposalsOf.computeIfAbsent(p.debate(), k -> new ArrayList<>()).add(p);
      }
    }
  }

  /** Queries over one document. */
  public static DebateQueries over(DebateData data) {
    return new DebateQueries(Objects.requireNonNull(data, "data"));
  }

  /** Queries over several documents merged into one graph. */
  public static DebateQueries over(Collection<DebateData> parts) {
    return new DebateQueries(ModelReader.merge(parts));
  }

  /** The graph queried (merged, when built from several parts). */
  public DebateData data() {
    return data;
  }

  /** The proposals made in a debate, in id order. */
  public List<Proposal> proposalsOf(Resource debateId) {
    return sorted(proposalsOf.get(debateId));
  }

  /** The arguments that support or attack a contribution, in id order. */
  public List<Argument> argumentsOn(Resource contributionId) {
    return sorted(argumentsOn.get(contributionId));
  }

  /** How something was voted on; an empty record when the graph has no vote on it. */
  public VotingRecord votingOn(Resource subject) {
    Objects.requireNonNull(subject, "subject");
    List<VoteResult> events = new ArrayList<>();
    Set<Resource> eventIds = new LinkedHashSet<>();
    for (VoteEvent ev : sorted(eventsOn.get(subject))) {
      events.add(result(ev));
      eventIds.add(ev.id());
    }
    Map<Iri, Long> loose = new TreeMap<>();
    for (Vote v : votesOn.getOrDefault(subject, List.of())) {
      boolean counted =
          v.voteEvent() != null && data.get(v.voteEvent(), VoteEvent.class).isPresent();
      if (!counted && v.option() != null) {
        loose.merge(v.option(), 1L, Long::sum);
      }
    }
    Long endorsements =
        data.get(subject, Contribution.class).map(Contribution::endorsementCount).orElse(null);
    return new VotingRecord(subject, events, loose, endorsements);
  }

  /** The contributions a decision took into account, each with how it was voted on, in id order. */
  public List<ConsideredContribution> contributionsTakenIntoAccount(Resource decisionId) {
    return trace(decisionId).map(DecisionTrace::considered).orElse(List.of());
  }

  /**
   * The accountability view of a decision: what it took into account and how that was voted on, the
   * votes it rests on, and which of the resources it names the graph does not describe. Empty when
   * the graph has no such decision.
   */
  public Optional<DecisionTrace> trace(Resource decisionId) {
    Objects.requireNonNull(decisionId, "decisionId");
    Optional<Decision> found = data.get(decisionId, Decision.class);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Decision d = found.get();
    Set<Resource> missing = new LinkedHashSet<>();
    List<Contribution> considered = new ArrayList<>();
    for (Resource r : d.tookIntoAccount()) {
      data.get(r, Contribution.class).ifPresentOrElse(considered::add, () -> missing.add(r));
    }
    considered.sort(BY_ID);
    List<ConsideredContribution> out = new ArrayList<>();
    for (Contribution c : considered) {
      out.add(new ConsideredContribution(c, votingOn(c.id())));
    }
    List<VoteEvent> events = new ArrayList<>();
    for (Resource r : d.basedOnVote()) {
      data.get(r, VoteEvent.class).ifPresentOrElse(events::add, () -> missing.add(r));
    }
    events.sort(BY_ID);
    List<VoteResult> basedOn = new ArrayList<>();
    for (VoteEvent ev : events) {
      basedOn.add(result(ev));
    }
    for (Set<Resource> named : List.of(d.adopts(), d.rejects(), d.modifies())) {
      for (Resource r : named) {
        if (data.get(r).isEmpty()) {
          missing.add(r);
        }
      }
    }
    return Optional.of(new DecisionTrace(d, out, basedOn, missing));
  }

  private VoteResult result(VoteEvent ev) {
    List<Tally> tallies = new ArrayList<>();
    for (Resource t : ev.tallies()) {
      data.get(t, Tally.class).ifPresent(tallies::add);
    }
    // Overall counts first, then group counts; ids break ties for a stable order.
    tallies.sort(
        Comparator.comparing((Tally t) -> t.group() != null)
            .thenComparing(t -> t.group() == null ? "" : t.group().toNTriples())
            .thenComparing(BY_ID));
    Map<Iri, Long> ballots = new TreeMap<>();
    for (Vote v : votesIn.getOrDefault(ev.id(), List.of())) {
      if (v.option() != null) {
        ballots.merge(v.option(), 1L, Long::sum);
      }
    }
    return new VoteResult(ev, tallies, ballots);
  }

  private static <T extends Entity> List<T> sorted(List<T> list) {
    if (list == null) {
      return List.of();
    }
    List<T> out = new ArrayList<>(list);
    out.sort(BY_ID);
    return out;
  }
}
