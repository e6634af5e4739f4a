package org.debatescore.rdf4j.repository;

import java.util.List;
import org.debatescore.core.model.FollowUpItem;
import org.debatescore.core.model.Milestone;

/** A follow-up item of a decision and its milestones ({@code dbs:milestone}), sorted by id. */
public record FollowUp(FollowUpItem item, List<Milestone> milestones) {
  public FollowUp {
    milestones = List.copyOf(milestones);
  }
}
