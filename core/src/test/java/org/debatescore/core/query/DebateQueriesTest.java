package org.debatescore.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.debatescore.core.model.Argument;
import org.debatescore.core.model.Debate;
import org.debatescore.core.model.DebateData;
import org.debatescore.core.model.Decision;
import org.debatescore.core.model.Proposal;
import org.debatescore.core.model.Tally;
import org.debatescore.core.model.TemporalValue;
import org.debatescore.core.model.Vote;
import org.debatescore.core.model.VoteEvent;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Triple;
import org.debatescore.vocab.Codes;
import org.debatescore.vocab.DBS;
import org.junit.jupiter.api.Test;

class DebateQueriesTest {

  private static final Iri FOR = Iri.of(Codes.VoteOption.FOR);
  private static final Iri AGAINST = Iri.of(Codes.VoteOption.AGAINST);
  private static final Iri D = iri("debate");
  private static final Iri P1 = iri("p1");
  private static final Iri P2 = iri("p2");
  private static final Iri COUNCIL = iri("council-vote");
  private static final Iri DECISION = iri("decision");

  private static Iri iri(String local) {
    return Iri.of("https://ex.org/" + local);
  }

  /** A consultation: two proposals, votes on p1 in an event, a loose vote on p2, an argument. */
  private static DebateData consultation() {
    DebateData.Builder b = DebateData.builder();
    b.add(Debate.builder().id(D).title("fr", "Consultation").build());
    b.add(Proposal.builder().id(P1).debate(D).title("fr", "Un").build());
    b.add(Proposal.builder().id(P2).debate(D).title("fr", "Deux").build());
    b.add(
        VoteEvent.builder()
            .id(iri("ev1"))
            .debate(D)
            .voteOn(P1)
            .tallies(List.of(iri("t-for"), iri("t-against")))
            .build());
    b.add(Tally.builder().id(iri("t-for")).option(FOR).count(3L).build());
    b.add(Tally.builder().id(iri("t-against")).option(AGAINST).count(1L).build());
    for (int i = 0; i < 3; i++) {
      b.add(
          Vote.builder()
              .id(iri("v" + i))
              .voter(iri("voter" + i))
              .voteEvent(iri("ev1"))
              .voteOn(P1)
              .option(i < 2 ? FOR : AGAINST)
              .build());
    }
    b.add(Vote.builder().id(iri("loose")).voter(iri("voter9")).voteOn(P2).option(FOR).build());
    b.add(
        Argument.builder()
            .id(iri("arg"))
            .debate(D)
            .text("fr", "Parce que")
            .supports(List.of(P1))
            .build());
    return b.build();
  }

  /** A council's deliberation, with its own vote, that says nothing of the consultation. */
  private static DebateData council() {
    DebateData.Builder b = DebateData.builder();
    b.add(Debate.builder().id(iri("council")).title("fr", "Délibérations").build());
    b.add(
        Decision.builder()
            .id(DECISION)
            .debate(iri("council"))
            .title("fr", "Délibération")
            .date(TemporalValue.parse("2026-01-29"))
            .outcome(Iri.of(Codes.Outcome.ADOPTED))
            .basedOnVote(List.of(COUNCIL))
            .build());
    b.add(
        VoteEvent.builder()
            .id(COUNCIL)
            .debate(iri("council"))
            .voteOn(DECISION)
            .tallies(List.of(iri("c-for")))
            .build());
    b.add(Tally.builder().id(iri("c-for")).option(FOR).count(25L).build());
    return b.build();
  }

  /** The hand-written link: only statements about the decision, no entity of its own. */
  private static DebateData links() {
    Iri took = Iri.of(DBS.tookIntoAccount);
    return DebateData.builder()
        .otherTriple(Triple.of(DECISION, took, P1))
        .otherTriple(Triple.of(DECISION, took, P2))
        .otherTriple(Triple.of(DECISION, took, iri("not-described")))
        .build();
  }

  @Test
  void aDecisionMergedFromSeveralSourcesSaysWhatItTookIntoAccountAndHowItWasVoted() {
    DebateQueries q = DebateQueries.over(List.of(consultation(), council(), links()));
    DecisionTrace trace = q.trace(DECISION).orElseThrow();

    List<ConsideredContribution> considered = trace.considered();
    assertEquals(List.of(P1, P2), considered.stream().map(c -> c.contribution().id()).toList());

    VotingRecord p1 = considered.get(0).voting();
    assertEquals(1, p1.events().size());
    VoteResult ev = p1.events().get(0);
    assertEquals(3L, ev.tallied(FOR));
    assertEquals(1L, ev.tallied(AGAINST));
    assertEquals(2L, ev.ballots(FOR));
    assertEquals(1L, ev.ballots(AGAINST));
    assertTrue(p1.ballotsOutsideEvents().isEmpty());

    VotingRecord p2 = considered.get(1).voting();
    assertTrue(p2.events().isEmpty());
    assertEquals(Map.of(FOR, 1L), p2.ballotsOutsideEvents());

    assertEquals(1, trace.basedOn().size());
    assertEquals(25L, trace.basedOn().get(0).tallied(FOR));
    assertEquals(Set.of(iri("not-described")), trace.missing());
    assertEquals(considered, q.contributionsTakenIntoAccount(DECISION));
  }

  @Test
  void withoutTheLinkFileTheDecisionTookNothingIntoAccount() {
    DebateQueries q = DebateQueries.over(List.of(consultation(), council()));
    assertTrue(q.contributionsTakenIntoAccount(DECISION).isEmpty());
    assertTrue(q.trace(iri("unknown")).isEmpty());
  }

  @Test
  void argumentsAndProposalsAreFoundByWhatTheyAreAbout() {
    DebateQueries q = DebateQueries.over(consultation());
    assertEquals(List.of(iri("arg")), q.argumentsOn(P1).stream().map(Argument::id).toList());
    assertTrue(q.argumentsOn(P2).isEmpty());
    assertEquals(List.of(P1, P2), q.proposalsOf(D).stream().map(Proposal::id).toList());
    assertTrue(q.votingOn(iri("nothing")).isEmpty());
  }
}
