package org.debatescore.core.query;

import java.util.List;
import java.util.Set;
import org.debatescore.core.model.Decision;
import org.debatescore.core.rdf.Resource;

/**
 * The accountability view of a decision ("redevabilité"): what it took into account, how those
 * contributions were voted on, and the votes it rests on.
 *
 * @param decision the decision
 * @param considered the contributions it took into account that the graph describes, in id order
 * @param basedOn the vote events it is based on ({@code dbs:basedOnVote}), in id order
 * @param missing the resources it names (taken into account, adopted, rejected, modified, votes)
 *     that the graph does not describe: a dangling link is reported, not hidden
 */
public record DecisionTrace(
    Decision decision,
    List<ConsideredContribution> considered,
    List<VoteResult> basedOn,
    Set<Resource> missing) {

  public DecisionTrace {
    considered = List.copyOf(considered);
    basedOn = List.copyOf(basedOn);
    missing = Set.copyOf(missing);
  }
}
