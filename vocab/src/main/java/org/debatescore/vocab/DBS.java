package org.debatescore.vocab;

/**
 * IRIs of the classes and properties of the Debatescore ontology ({@code dbs:}), as strings so that
 * the jar needs no RDF library.
 *
 * <p>Constant names are the local names: classes in UpperCamelCase, properties in lowerCamelCase.
 * {@code dbs:implements} is a Java keyword and is spelt {@link #implements_}. A test checks that
 * this class and {@code debatescore.ttl} define exactly the same terms.
 */
public final class DBS {

  /** Namespace of the ontology terms. */
  public static final String NS = "https://w3id.org/debatescore/ns#";

  /** Preferred prefix, without the colon. */
  public static final String PREFIX = "dbs";

  /** IRI of the ontology itself (no trailing {@code #}). */
  public static final String ONTOLOGY = "https://w3id.org/debatescore/ns";

  // ---- Classes ----

  /** A debate or participatory process. */
  public static final String Debate = NS + "Debate";

  /** A dated phase of a debate. */
  public static final String Phase = NS + "Phase";

  /** An in-person or online meeting or workshop within a debate. */
  public static final String Meeting = NS + "Meeting";

  /** A report, minutes, bilan or compte rendu produced by a debate. */
  public static final String Document = NS + "Document";

  /** The question put to debate. */
  public static final String Issue = NS + "Issue";

  /** Abstract superclass of what participants contribute. */
  public static final String Contribution = NS + "Contribution";

  /** A proposal. */
  public static final String Proposal = NS + "Proposal";

  /** An amendment to a proposal or a document. */
  public static final String Amendment = NS + "Amendment";

  /** An argument for or against another contribution. */
  public static final String Argument = NS + "Argument";

  /** A comment. */
  public static final String Comment = NS + "Comment";

  /** A question. */
  public static final String Question = NS + "Question";

  /** An answer to a question. */
  public static final String Answer = NS + "Answer";

  /** A testimony. */
  public static final String Testimony = NS + "Testimony";

  /** The official response of the organiser to a contribution. */
  public static final String OfficialResponse = NS + "OfficialResponse";

  /** A source cited by a contribution. */
  public static final String Evidence = NS + "Evidence";

  /** Abstract: anyone who takes part. */
  public static final String Participant = NS + "Participant";

  /** A person. */
  public static final String Person = NS + "Person";

  /** An organisation. */
  public static final String Organisation = NS + "Organisation";

  /** A public body (an organisation). */
  public static final String PublicBody = NS + "PublicBody";

  /** A participant's support of a contribution. */
  public static final String Endorsement = NS + "Endorsement";

  /** One participant's vote. */
  public static final String Vote = NS + "Vote";

  /** A vote taken (ballot), with options and tallies. */
  public static final String VoteEvent = NS + "VoteEvent";

  /** The count of votes for one option, optionally for one group. */
  public static final String Tally = NS + "Tally";

  /** What was decided, by whom, through which act. */
  public static final String Decision = NS + "Decision";

  /** A commitment or implementation item following a decision. */
  public static final String FollowUpItem = NS + "FollowUpItem";

  /** A dated step of a follow-up item. */
  public static final String Milestone = NS + "Milestone";

  /** A score along a named dimension of a contribution or a debate. */
  public static final String Assessment = NS + "Assessment";

  // ---- Properties: text and provenance ----

  /** Body text of an issue or a contribution (language-tagged). */
  public static final String text = NS + "text";

  /** Why a decision was taken (language-tagged). */
  public static final String rationale = NS + "rationale";

  /** How an assessment's score was computed (language-tagged). */
  public static final String method = NS + "method";

  /** Name of the platform a record comes from. */
  public static final String sourcePlatform = NS + "sourcePlatform";

  // ---- Properties: debate structure ----

  /** The debate something belongs to. */
  public static final String debate = NS + "debate";

  /** A participant of a debate. */
  public static final String participant = NS + "participant";

  /** Kind of process (code list process-kind). */
  public static final String processKind = NS + "processKind";

  /** Who organises a debate. */
  public static final String organiser = NS + "organiser";

  /** A phase of a debate. */
  public static final String phase = NS + "phase";

  /** Kind of phase (code list phase-kind). */
  public static final String phaseKind = NS + "phaseKind";

  /** Channel used (code list channel). */
  public static final String channel = NS + "channel";

  /** A document of a debate, meeting or decision. */
  public static final String document = NS + "document";

  /** Kind of document (code list document-kind). */
  public static final String documentKind = NS + "documentKind";

  /** Number of participants. */
  public static final String participantCount = NS + "participantCount";

  // ---- Properties: participants ----

  /** Author of a contribution or an endorsement. */
  public static final String author = NS + "author";

  /** Role of a participant (code list role). */
  public static final String role = NS + "role";

  /** Organisation a person belongs to. */
  public static final String memberOf = NS + "memberOf";

  /** Whether a person is anonymous. */
  public static final String anonymous = NS + "anonymous";

  /** Whether a person's name is a pseudonym or a pseudonymised identifier. */
  public static final String pseudonymous = NS + "pseudonymous";

  // ---- Properties: contributions ----

  /** The issue a contribution addresses. */
  public static final String addresses = NS + "addresses";

  /** Status of a proposal or amendment (code list proposal-status). */
  public static final String status = NS + "status";

  /** Proposal this proposal was merged into. */
  public static final String mergedInto = NS + "mergedInto";

  /** Proposal or document an amendment amends. */
  public static final String amends = NS + "amends";

  /** Contribution an argument supports. */
  public static final String supports = NS + "supports";

  /** Contribution an argument attacks. */
  public static final String attacks = NS + "attacks";

  /** Stance towards what a contribution replies to (code list stance). */
  public static final String stance = NS + "stance";

  /** Evidence cited by a contribution. */
  public static final String cites = NS + "cites";

  /** Contribution this one replies to. */
  public static final String replyTo = NS + "replyTo";

  /** Question an answer answers. */
  public static final String answers = NS + "answers";

  /** Original kind of a contribution (code list contribution-kind). */
  public static final String contributionKind = NS + "contributionKind";

  // ---- Properties: endorsements and votes ----

  /** Contribution an endorsement supports. */
  public static final String endorses = NS + "endorses";

  /** Aggregate number of endorsements when individual ones are unknown. */
  public static final String endorsementCount = NS + "endorsementCount";

  /** Who cast a vote. */
  public static final String voter = NS + "voter";

  /** Vote event a vote belongs to. */
  public static final String voteEvent = NS + "voteEvent";

  /** Option chosen by a vote or counted by a tally. */
  public static final String option = NS + "option";

  /** What is voted on. */
  public static final String voteOn = NS + "voteOn";

  /** An option offered by a vote event. */
  public static final String availableOption = NS + "availableOption";

  /** A tally of a vote event. */
  public static final String tally = NS + "tally";

  /** Number of votes in a tally. */
  public static final String count = NS + "count";

  /** Group a tally counts (e.g. a parliamentary group). */
  public static final String group = NS + "group";

  // ---- Properties: decisions and follow-up ----

  /** Outcome of a decision or vote event (code list outcome). */
  public static final String outcome = NS + "outcome";

  /** Who took a decision. */
  public static final String decidedBy = NS + "decidedBy";

  /** Legal act through which a decision was taken. */
  public static final String legalAct = NS + "legalAct";

  /** Proposal a decision adopts. */
  public static final String adopts = NS + "adopts";

  /** Proposal a decision rejects. */
  public static final String rejects = NS + "rejects";

  /** Proposal a decision adopts with changes. */
  public static final String modifies = NS + "modifies";

  /** Contribution a decision took into account (sub-property of prov:used). */
  public static final String tookIntoAccount = NS + "tookIntoAccount";

  /** Vote event a decision is based on. */
  public static final String basedOnVote = NS + "basedOnVote";

  /** Contribution an official response responds to. */
  public static final String respondsTo = NS + "respondsTo";

  /**
   * Decision or proposal a follow-up item implements: {@code dbs:implements}, renamed because
   * {@code implements} is a Java keyword.
   */
  public static final String implements_ = NS + "implements";

  /** Implementation status (code list implementation-status). */
  public static final String implementationStatus = NS + "implementationStatus";

  /** Progress in percent, 0 to 100. */
  public static final String progress = NS + "progress";

  /** A milestone of a follow-up item. */
  public static final String milestone = NS + "milestone";

  /** Who is responsible for a follow-up item. */
  public static final String responsible = NS + "responsible";

  // ---- Properties: assessments ----

  /** Contribution or debate an assessment assesses. */
  public static final String assesses = NS + "assesses";

  /** Dimension of an assessment (code list assessment-dimension). */
  public static final String dimension = NS + "dimension";

  /** Score of an assessment. */
  public static final String score = NS + "score";

  /** Who made an assessment. */
  public static final String assessor = NS + "assessor";

  private DBS() {}
}
