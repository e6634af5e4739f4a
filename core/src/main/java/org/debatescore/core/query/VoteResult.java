package org.debatescore.core.query;

import java.util.List;
import java.util.Map;
import org.debatescore.core.model.Tally;
import org.debatescore.core.model.VoteEvent;
import org.debatescore.core.rdf.Iri;

/**
 * How one vote event came out: the tallies it publishes and the individual ballots the graph holds
 * for it, counted by option. Either may be empty: councils publish counts only, platforms often
 * individual votes only; when both exist they need not agree (a partial export), so both are given.
 *
 * @param event the vote event
 * @param tallies its tallies, overall ones (no group) first, then per group, in id order
 * @param ballotsByOption number of individual votes cast in it, by option, in option order
 */
public record VoteResult(VoteEvent event, List<Tally> tallies, Map<Iri, Long> ballotsByOption) {

  public VoteResult {
    tallies = List.copyOf(tallies);
    ballotsByOption = Map.copyOf(ballotsByOption);
  }

  /** The published count for {@code option} over all voters (a tally without group), if any. */
  public Long tallied(Iri option) {
    for (Tally t : tallies) {
      if (t.group() == null && option.equals(t.option())) {
        return t.count();
      }
    }
    return null;
  }

  /** Individual votes for {@code option} found in the graph (0 when none). */
  public long ballots(Iri option) {
    return ballotsByOption.getOrDefault(option, 0L);
  }
}
