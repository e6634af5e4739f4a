package org.debatescore.core.query;

import org.debatescore.core.model.Contribution;

/**
 * A contribution a decision took into account, with how it was voted on.
 *
 * @param contribution the contribution
 * @param voting the votes on it
 */
public record ConsideredContribution(Contribution contribution, VotingRecord voting) {}
