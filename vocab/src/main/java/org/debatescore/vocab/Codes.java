package org.debatescore.vocab;

/**
 * IRIs of the Debatescore code lists (SKOS concept schemes) and of their concepts.
 *
 * <p>One nested class per scheme: {@code SCHEME} is the scheme IRI, {@code NS} the namespace of its
 * concepts (the scheme IRI followed by {@code /}, also the JSON-LD {@code @vocab} used for the
 * property that takes these codes) and {@code PREFIX} the Turtle prefix. A concept constant is its
 * code in UPPER_SNAKE_CASE: {@code Codes.ProposalStatus.UNDER_REVIEW} is {@code
 * https://w3id.org/debatescore/code/proposal-status/under-review}. A test checks that this class
 * and {@code debatescore-codelists.ttl} define exactly the same schemes and concepts.
 */
public final class Codes {

  /** Common base of all code-list IRIs. */
  public static final String BASE = "https://w3id.org/debatescore/code/";

  /** Kinds of participatory process (dbs:processKind). */
  public static final class ProcessKind {
    /** IRI of the concept scheme. */
    public static final String SCHEME = BASE + "process-kind";

    /** Namespace of the concepts. */
    public static final String NS = SCHEME + "/";

    /** Preferred Turtle prefix, without the colon. */
    public static final String PREFIX = "process";

    /** Code {@code public-consultation}. */
    public static final String PUBLIC_CONSULTATION = NS + "public-consultation";

    /** Code {@code council-deliberation}. */
    public static final String COUNCIL_DELIBERATION = NS + "council-deliberation";

    /** Code {@code public-debate}. */
    public static final String PUBLIC_DEBATE = NS + "public-debate";

    /** Code {@code participatory-budget}. */
    public static final String PARTICIPATORY_BUDGET = NS + "participatory-budget";

    /** Code {@code workshop}. */
    public static final String WORKSHOP = NS + "workshop";

    /** Code {@code citizens-assembly}. */
    public static final String CITIZENS_ASSEMBLY = NS + "citizens-assembly";

    private ProcessKind() {}
  }

  /** Kinds of debate phase (dbs:phaseKind). */
  public static final class PhaseKind {
    /** IRI of the concept scheme. */
    public static final String SCHEME = BASE + "phase-kind";

    /** Namespace of the concepts. */
    public static final String NS = SCHEME + "/";

    /** Preferred Turtle prefix, without the colon. */
    public static final String PREFIX = "phase";

    /** Code {@code information}. */
    public static final String INFORMATION = NS + "information";

    /** Code {@code contribution}. */
    public static final String CONTRIBUTION = NS + "contribution";

    /** Code {@code deliberation}. */
    public static final String DELIBERATION = NS + "deliberation";

    /** Code {@code decision}. */
    public static final String DECISION = NS + "decision";

    /** Code {@code follow-up}. */
    public static final String FOLLOW_UP = NS + "follow-up";

    /** Code {@code preparation}. */
    public static final String PREPARATION = NS + "preparation";

    /** Code {@code reporting}. */
    public static final String REPORTING = NS + "reporting";

    private PhaseKind() {}
  }

  /** Channels of participation (dbs:channel). */
  public static final class Channel {
    /** IRI of the concept scheme. */
    public static final String SCHEME = BASE + "channel";

    /** Namespace of the concepts. */
    public static final String NS = SCHEME + "/";

    /** Preferred Turtle prefix, without the colon. */
    public static final String PREFIX = "channel";

    /** Code {@code online-platform}. */
    public static final String ONLINE_PLATFORM = NS + "online-platform";

    /** Code {@code in-person-meeting}. */
    public static final String IN_PERSON_MEETING = NS + "in-person-meeting";

    /** Code {@code postal-mail}. */
    public static final String POSTAL_MAIL = NS + "postal-mail";

    private Channel() {}
  }

  /** Kinds of document (dbs:documentKind). */
  public static final class DocumentKind {
    /** IRI of the concept scheme. */
    public static final String SCHEME = BASE + "document-kind";

    /** Namespace of the concepts. */
    public static final String NS = SCHEME + "/";

    /** Preferred Turtle prefix, without the colon. */
    public static final String PREFIX = "doctype";

    /** Code {@code report}. */
    public static final String REPORT = NS + "report";

    /** Code {@code minutes}. */
    public static final String MINUTES = NS + "minutes";

    /** Code {@code bilan}. */
    public static final String BILAN = NS + "bilan";

    /** Code {@code compte-rendu}. */
    public static final String COMPTE_RENDU = NS + "compte-rendu";

    /** Code {@code action-plan}. */
    public static final String ACTION_PLAN = NS + "action-plan";

    /** Code {@code background-file}. */
    public static final String BACKGROUND_FILE = NS + "background-file";

    /** Code {@code referral}. */
    public static final String REFERRAL = NS + "referral";

    /** Code {@code position-paper}. */
    public static final String POSITION_PAPER = NS + "position-paper";

    /** Code {@code decision}. */
    public static final String DECISION = NS + "decision";

    private DocumentKind() {}
  }

  /** Statuses of a proposal or amendment (dbs:status). */
  public static final class ProposalStatus {
    /** IRI of the concept scheme. */
    public static final String SCHEME = BASE + "proposal-status";

    /** Namespace of the concepts. */
    public static final String NS = SCHEME + "/";

    /** Preferred Turtle prefix, without the colon. */
    public static final String PREFIX = "pstatus";

    /** Code {@code submitted}. */
    public static final String SUBMITTED = NS + "submitted";

    /** Code {@code under-review}. */
    public static final String UNDER_REVIEW = NS + "under-review";

    /** Code {@code accepted}. */
    public static final String ACCEPTED = NS + "accepted";

    /** Code {@code rejected}. */
    public static final String REJECTED = NS + "rejected";

    /** Code {@code withdrawn}. */
    public static final String WITHDRAWN = NS + "withdrawn";

    /** Code {@code merged}. */
    public static final String MERGED = NS + "merged";

    /** Code {@code implemented}. */
    public static final String IMPLEMENTED = NS + "implemented";

    private ProposalStatus() {}
  }

  /** Stances towards what a contribution replies to (dbs:stance). */
  public static final class Stance {
    /** IRI of the concept scheme. */
    public static final String SCHEME = BASE + "stance";

    /** Namespace of the concepts. */
    public static final String NS = SCHEME + "/";

    /** Preferred Turtle prefix, without the colon. */
    public static final String PREFIX = "stance";

    /** Code {@code for}. */
    public static final String FOR = NS + "for";

    /** Code {@code against}. */
    public static final String AGAINST = NS + "against";

    /** Code {@code neutral}. */
    public static final String NEUTRAL = NS + "neutral";

    private Stance() {}
  }

  /** Standard vote options (dbs:option, dbs:availableOption). */
  public static final class VoteOption {
    /** IRI of the concept scheme. */
    public static final String SCHEME = BASE + "vote-option";

    /** Namespace of the concepts. */
    public static final String NS = SCHEME + "/";

    /** Preferred Turtle prefix, without the colon. */
    public static final String PREFIX = "vote";

    /** Code {@code for}. */
    public static final String FOR = NS + "for";

    /** Code {@code against}. */
    public static final String AGAINST = NS + "against";

    /** Code {@code abstain}. */
    public static final String ABSTAIN = NS + "abstain";

    /** Code {@code blank}. */
    public static final String BLANK = NS + "blank";

    private VoteOption() {}
  }

  /** Outcomes of a decision or vote event (dbs:outcome). */
  public static final class Outcome {
    /** IRI of the concept scheme. */
    public static final String SCHEME = BASE + "outcome";

    /** Namespace of the concepts. */
    public static final String NS = SCHEME + "/";

    /** Preferred Turtle prefix, without the colon. */
    public static final String PREFIX = "outcome";

    /** Code {@code adopted}. */
    public static final String ADOPTED = NS + "adopted";

    /** Code {@code adopted-with-changes}. */
    public static final String ADOPTED_WITH_CHANGES = NS + "adopted-with-changes";

    /** Code {@code rejected}. */
    public static final String REJECTED = NS + "rejected";

    /** Code {@code deferred}. */
    public static final String DEFERRED = NS + "deferred";

    private Outcome() {}
  }

  /** Roles of a participant (dbs:role). */
  public static final class Role {
    /** IRI of the concept scheme. */
    public static final String SCHEME = BASE + "role";

    /** Namespace of the concepts. */
    public static final String NS = SCHEME + "/";

    /** Preferred Turtle prefix, without the colon. */
    public static final String PREFIX = "role";

    /** Code {@code citizen}. */
    public static final String CITIZEN = NS + "citizen";

    /** Code {@code elected-official}. */
    public static final String ELECTED_OFFICIAL = NS + "elected-official";

    /** Code {@code public-servant}. */
    public static final String PUBLIC_SERVANT = NS + "public-servant";

    /** Code {@code expert}. */
    public static final String EXPERT = NS + "expert";

    /** Code {@code organisation-representative}. */
    public static final String ORGANISATION_REPRESENTATIVE = NS + "organisation-representative";

    /** Code {@code facilitator}. */
    public static final String FACILITATOR = NS + "facilitator";

    /** Code {@code project-owner}. */
    public static final String PROJECT_OWNER = NS + "project-owner";

    /** Code {@code debate-commission}. */
    public static final String DEBATE_COMMISSION = NS + "debate-commission";

    /** Code {@code guarantor}. */
    public static final String GUARANTOR = NS + "guarantor";

    private Role() {}
  }

  /** Original kinds of contribution (dbs:contributionKind). */
  public static final class ContributionKind {
    /** IRI of the concept scheme. */
    public static final String SCHEME = BASE + "contribution-kind";

    /** Namespace of the concepts. */
    public static final String NS = SCHEME + "/";

    /** Preferred Turtle prefix, without the colon. */
    public static final String PREFIX = "ckind";

    /** Code {@code proposal}. */
    public static final String PROPOSAL = NS + "proposal";

    /** Code {@code amendment}. */
    public static final String AMENDMENT = NS + "amendment";

    /** Code {@code argument}. */
    public static final String ARGUMENT = NS + "argument";

    /** Code {@code comment}. */
    public static final String COMMENT = NS + "comment";

    /** Code {@code question}. */
    public static final String QUESTION = NS + "question";

    /** Code {@code answer}. */
    public static final String ANSWER = NS + "answer";

    /** Code {@code testimony}. */
    public static final String TESTIMONY = NS + "testimony";

    /** Code {@code official-response}. */
    public static final String OFFICIAL_RESPONSE = NS + "official-response";

    /** Code {@code recommendation}. */
    public static final String RECOMMENDATION = NS + "recommendation";

    private ContributionKind() {}
  }

  /** Implementation statuses (dbs:implementationStatus). */
  public static final class ImplementationStatus {
    /** IRI of the concept scheme. */
    public static final String SCHEME = BASE + "implementation-status";

    /** Namespace of the concepts. */
    public static final String NS = SCHEME + "/";

    /** Preferred Turtle prefix, without the colon. */
    public static final String PREFIX = "impl";

    /** Code {@code not-started}. */
    public static final String NOT_STARTED = NS + "not-started";

    /** Code {@code in-progress}. */
    public static final String IN_PROGRESS = NS + "in-progress";

    /** Code {@code completed}. */
    public static final String COMPLETED = NS + "completed";

    /** Code {@code abandoned}. */
    public static final String ABANDONED = NS + "abandoned";

    private ImplementationStatus() {}
  }

  /** Assessment dimensions (dbs:dimension). */
  public static final class AssessmentDimension {
    /** IRI of the concept scheme. */
    public static final String SCHEME = BASE + "assessment-dimension";

    /** Namespace of the concepts. */
    public static final String NS = SCHEME + "/";

    /** Preferred Turtle prefix, without the colon. */
    public static final String PREFIX = "dim";

    /** Code {@code value}. */
    public static final String VALUE = NS + "value";

    /** Code {@code impact}. */
    public static final String IMPACT = NS + "impact";

    /** Code {@code plausibility}. */
    public static final String PLAUSIBILITY = NS + "plausibility";

    /** Code {@code feasibility}. */
    public static final String FEASIBILITY = NS + "feasibility";

    /** Code {@code cost}. */
    public static final String COST = NS + "cost";

    /** Code {@code consensus}. */
    public static final String CONSENSUS = NS + "consensus";

    /** Code {@code participation}. */
    public static final String PARTICIPATION = NS + "participation";

    /** Code {@code response-rate}. */
    public static final String RESPONSE_RATE = NS + "response-rate";

    private AssessmentDimension() {}
  }

  private Codes() {}
}
