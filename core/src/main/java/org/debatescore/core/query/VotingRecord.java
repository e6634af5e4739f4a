package org.debatescore.core.query;

import java.util.List;
import java.util.Map;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Resource;

/**
 * How something (a proposal, an amendment, any contribution, a decision) was voted on.
 *
 * @param subject what was voted on
 * @param events the vote events held on it, in id order
 * @param ballotsOutsideEvents individual votes on it that name no vote event of the graph, by
 *     option (platforms that record plain "agree / disagree" clicks)
 * @param endorsements its aggregate endorsement count when the source gives only that, or null
 */
public record VotingRecord(
    Resource subject,
    List<VoteResult> events,
    Map<Iri, Long> ballotsOutsideEvents,
    Long endorsements) {

  public VotingRecord {
    events = List.copyOf(events);
    ballotsOutsideEvents = Map.copyOf(ballotsOutsideEvents);
  }

  /** True when the graph says nothing about votes on it. */
  public boolean isEmpty() {
    return events.isEmpty() && ballotsOutsideEvents.isEmpty() && endorsements == null;
  }
}
