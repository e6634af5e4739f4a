package org.debatescore.rdf4j.repository;

import java.util.List;
import org.debatescore.core.model.Debate;
import org.debatescore.core.model.Proposal;

/**
 * A debate and the proposals made in it ({@code dbs:debate} pointing at the debate), sorted by id.
 */
public record DebateWithProposals(Debate debate, List<Proposal> proposals) {
  public DebateWithProposals {
    proposals = List.copyOf(proposals);
  }
}
