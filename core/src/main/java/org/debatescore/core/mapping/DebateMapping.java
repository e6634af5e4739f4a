package org.debatescore.core.mapping;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.debatescore.core.model.Amendment;
import org.debatescore.core.model.Answer;
import org.debatescore.core.model.Argument;
import org.debatescore.core.model.Assessment;
import org.debatescore.core.model.Comment;
import org.debatescore.core.model.Contribution;
import org.debatescore.core.model.Debate;
import org.debatescore.core.model.Decision;
import org.debatescore.core.model.Document;
import org.debatescore.core.model.Endorsement;
import org.debatescore.core.model.Entity;
import org.debatescore.core.model.Evidence;
import org.debatescore.core.model.FollowUpItem;
import org.debatescore.core.model.Issue;
import org.debatescore.core.model.Meeting;
import org.debatescore.core.model.Milestone;
import org.debatescore.core.model.OfficialResponse;
import org.debatescore.core.model.Organisation;
import org.debatescore.core.model.Participant;
import org.debatescore.core.model.Person;
import org.debatescore.core.model.Phase;
import org.debatescore.core.model.Proposal;
import org.debatescore.core.model.Provenance;
import org.debatescore.core.model.PublicBody;
import org.debatescore.core.model.Question;
import org.debatescore.core.model.Tally;
import org.debatescore.core.model.Testimony;
import org.debatescore.core.model.Vote;
import org.debatescore.core.model.VoteEvent;
import org.debatescore.core.rdf.Iri;
import org.debatescore.vocab.Codes;
import org.debatescore.vocab.DBS;
import org.debatescore.vocab.Terms.DCT;
import org.debatescore.vocab.Terms.FOAF;
import org.debatescore.vocab.Terms.PROV;
import org.debatescore.vocab.Terms.SCHEMA;

/**
 * The mapping table between the model and RDF, written once: for each class, which predicate fills
 * which field, with which kind of value and which JSON term. The RDF writer and reader and the JSON
 * writer and reader are all driven by these tables.
 */
public final class DebateMapping {

  /** {@code dbs:Debate}. */
  public static final ClassMapping<Debate, Debate.Builder> DEBATE =
      ClassMapping.builder(Debate.class, DBS.Debate, Debate::builder)
          .lang(DCT.title, "title", Debate::title, Debate.Builder::title)
          .lang(DCT.description, "description", Debate::description, Debate.Builder::description)
          .code(
              DBS.processKind,
              "processKind",
              Codes.ProcessKind.NS,
              Debate::processKind,
              Debate.Builder::processKind)
          .refs(DBS.organiser, "organiser", Debate::organisers, Debate.Builder::organisers)
          .refs(DBS.participant, "participants", Debate::participants, Debate.Builder::participants)
          .refs(DBS.phase, "phases", Debate::phases, Debate.Builder::phases)
          .refs(DBS.document, "documents", Debate::documents, Debate.Builder::documents)
          .codes(
              DBS.channel, "channel", Codes.Channel.NS, Debate::channels, Debate.Builder::channels)
          .count(
              DBS.participantCount,
              "participantCount",
              Debate::participantCount,
              Debate.Builder::participantCount)
          .temporal(SCHEMA.startDate, "startDate", Debate::startDate, Debate.Builder::startDate)
          .temporal(SCHEMA.endDate, "endDate", Debate::endDate, Debate.Builder::endDate)
          .iris(DCT.spatial, "spatial", Debate::spatial, Debate.Builder::spatial)
          .iris(DCT.subject, "subject", Debate::subjects, Debate.Builder::subjects)
          .iri(FOAF.homepage, "homepage", Debate::homepage, Debate.Builder::homepage)
          .build();

  /** {@code dbs:Phase}. */
  public static final ClassMapping<Phase, Phase.Builder> PHASE =
      ClassMapping.builder(Phase.class, DBS.Phase, Phase::builder)
          .lang(DCT.title, "title", Phase::title, Phase.Builder::title)
          .lang(DCT.description, "description", Phase::description, Phase.Builder::description)
          .code(
              DBS.phaseKind,
              "phaseKind",
              Codes.PhaseKind.NS,
              Phase::phaseKind,
              Phase.Builder::phaseKind)
          .codes(DBS.channel, "channel", Codes.Channel.NS, Phase::channels, Phase.Builder::channels)
          .temporal(SCHEMA.startDate, "startDate", Phase::startDate, Phase.Builder::startDate)
          .temporal(SCHEMA.endDate, "endDate", Phase::endDate, Phase.Builder::endDate)
          .build();

  /** {@code dbs:Meeting}. */
  public static final ClassMapping<Meeting, Meeting.Builder> MEETING =
      ClassMapping.builder(Meeting.class, DBS.Meeting, Meeting::builder)
          .lang(DCT.title, "title", Meeting::title, Meeting.Builder::title)
          .lang(DCT.description, "description", Meeting::description, Meeting.Builder::description)
          .ref(DBS.debate, "debate", Meeting::debate, Meeting.Builder::debate)
          .temporal(SCHEMA.startDate, "startDate", Meeting::startDate, Meeting.Builder::startDate)
          .temporal(SCHEMA.endDate, "endDate", Meeting::endDate, Meeting.Builder::endDate)
          .string(SCHEMA.location, "location", Meeting::location, Meeting.Builder::location)
          .codes(
              DBS.channel,
              "channel",
              Codes.Channel.NS,
              Meeting::channels,
              Meeting.Builder::channels)
          .refs(DBS.document, "documents", Meeting::documents, Meeting.Builder::documents)
          .count(
              DBS.participantCount,
              "participantCount",
              Meeting::participantCount,
              Meeting.Builder::participantCount)
          .build();

  /** {@code dbs:Document}. */
  public static final ClassMapping<Document, Document.Builder> DOCUMENT =
      ClassMapping.builder(Document.class, DBS.Document, Document::builder)
          .lang(DCT.title, "title", Document::title, Document.Builder::title)
          .lang(
              DCT.description, "description", Document::description, Document.Builder::description)
          .ref(DBS.debate, "debate", Document::debate, Document.Builder::debate)
          .code(
              DBS.documentKind,
              "documentKind",
              Codes.DocumentKind.NS,
              Document::documentKind,
              Document.Builder::documentKind)
          .temporal(DCT.date, "date", Document::date, Document.Builder::date)
          .build();

  /** {@code dbs:Issue}. */
  public static final ClassMapping<Issue, Issue.Builder> ISSUE =
      ClassMapping.builder(Issue.class, DBS.Issue, Issue::builder)
          .lang(DCT.title, "title", Issue::title, Issue.Builder::title)
          .lang(DCT.description, "description", Issue::description, Issue.Builder::description)
          .lang(DBS.text, "text", Issue::text, Issue.Builder::text)
          .ref(DBS.debate, "debate", Issue::debate, Issue.Builder::debate)
          .dateTime(DCT.created, "created", Issue::created, Issue.Builder::created)
          .build();

  /** {@code dbs:Proposal}. */
  public static final ClassMapping<Proposal, Proposal.Builder> PROPOSAL =
      ClassMapping.builder(Proposal.class, DBS.Proposal, Proposal::builder)
          .lang(DCT.title, "title", Proposal::title, Proposal.Builder::title)
          .lang(
              DCT.description, "description", Proposal::description, Proposal.Builder::description)
          .apply(DebateMapping::contributionFields)
          .code(
              DBS.status,
              "status",
              Codes.ProposalStatus.NS,
              Proposal::status,
              Proposal.Builder::status)
          .ref(DBS.mergedInto, "mergedInto", Proposal::mergedInto, Proposal.Builder::mergedInto)
          .build();

  /** {@code dbs:Amendment}. */
  public static final ClassMapping<Amendment, Amendment.Builder> AMENDMENT =
      ClassMapping.builder(Amendment.class, DBS.Amendment, Amendment::builder)
          .lang(DCT.title, "title", Amendment::title, Amendment.Builder::title)
          .lang(
              DCT.description,
              "description",
              Amendment::description,
              Amendment.Builder::description)
          .apply(DebateMapping::contributionFields)
          .code(
              DBS.status,
              "status",
              Codes.ProposalStatus.NS,
              Amendment::status,
              Amendment.Builder::status)
          .ref(DBS.amends, "amends", Amendment::amends, Amendment.Builder::amends)
          .build();

  /** {@code dbs:Argument}. */
  public static final ClassMapping<Argument, Argument.Builder> ARGUMENT =
      ClassMapping.builder(Argument.class, DBS.Argument, Argument::builder)
          .apply(DebateMapping::contributionFields)
          .refs(DBS.supports, "supports", Argument::supports, Argument.Builder::supports)
          .refs(DBS.attacks, "attacks", Argument::attacks, Argument.Builder::attacks)
          .build();

  /** {@code dbs:Comment}. */
  public static final ClassMapping<Comment, Comment.Builder> COMMENT =
      ClassMapping.builder(Comment.class, DBS.Comment, Comment::builder)
          .apply(DebateMapping::contributionFields)
          .build();

  /** {@code dbs:Question}. */
  public static final ClassMapping<Question, Question.Builder> QUESTION =
      ClassMapping.builder(Question.class, DBS.Question, Question::builder)
          .apply(DebateMapping::contributionFields)
          .build();

  /** {@code dbs:Answer}. */
  public static final ClassMapping<Answer, Answer.Builder> ANSWER =
      ClassMapping.builder(Answer.class, DBS.Answer, Answer::builder)
          .apply(DebateMapping::contributionFields)
          .ref(DBS.answers, "answers", Answer::answers, Answer.Builder::answers)
          .build();

  /** {@code dbs:Testimony}. */
  public static final ClassMapping<Testimony, Testimony.Builder> TESTIMONY =
      ClassMapping.builder(Testimony.class, DBS.Testimony, Testimony::builder)
          .apply(DebateMapping::contributionFields)
          .build();

  /** {@code dbs:OfficialResponse}. */
  public static final ClassMapping<OfficialResponse, OfficialResponse.Builder> OFFICIAL_RESPONSE =
      ClassMapping.builder(OfficialResponse.class, DBS.OfficialResponse, OfficialResponse::builder)
          .apply(DebateMapping::contributionFields)
          .refs(
              DBS.respondsTo,
              "respondsTo",
              OfficialResponse::respondsTo,
              OfficialResponse.Builder::respondsTo)
          .build();

  /** {@code dbs:Evidence}. */
  public static final ClassMapping<Evidence, Evidence.Builder> EVIDENCE =
      ClassMapping.builder(Evidence.class, DBS.Evidence, Evidence::builder)
          .lang(DCT.title, "title", Evidence::title, Evidence.Builder::title)
          .lang(
              DCT.description, "description", Evidence::description, Evidence.Builder::description)
          .build();

  /** {@code dbs:Person}. */
  public static final ClassMapping<Person, Person.Builder> PERSON =
      ClassMapping.builder(Person.class, DBS.Person, Person::builder)
          .apply(DebateMapping::participantFields)
          .refs(DBS.memberOf, "memberOf", Person::memberOf, Person.Builder::memberOf)
          .bool(DBS.anonymous, "anonymous", Person::anonymous, Person.Builder::anonymous)
          .bool(
              DBS.pseudonymous, "pseudonymous", Person::pseudonymous, Person.Builder::pseudonymous)
          .build();

  /** {@code dbs:Organisation}. */
  public static final ClassMapping<Organisation, Organisation.Builder> ORGANISATION =
      ClassMapping.builder(Organisation.class, DBS.Organisation, Organisation::builder)
          .apply(DebateMapping::participantFields)
          .build();

  /** {@code dbs:PublicBody}. */
  public static final ClassMapping<PublicBody, PublicBody.Builder> PUBLIC_BODY =
      ClassMapping.builder(PublicBody.class, DBS.PublicBody, PublicBody::builder)
          .apply(DebateMapping::participantFields)
          .build();

  /** {@code dbs:Endorsement}. */
  public static final ClassMapping<Endorsement, Endorsement.Builder> ENDORSEMENT =
      ClassMapping.builder(Endorsement.class, DBS.Endorsement, Endorsement::builder)
          .ref(DBS.endorses, "endorses", Endorsement::endorses, Endorsement.Builder::endorses)
          .ref(DBS.author, "author", Endorsement::author, Endorsement.Builder::author)
          .dateTime(DCT.created, "created", Endorsement::created, Endorsement.Builder::created)
          .ref(DBS.debate, "debate", Endorsement::debate, Endorsement.Builder::debate)
          .build();

  /** {@code dbs:Vote}. */
  public static final ClassMapping<Vote, Vote.Builder> VOTE =
      ClassMapping.builder(Vote.class, DBS.Vote, Vote::builder)
          .ref(DBS.voter, "voter", Vote::voter, Vote.Builder::voter)
          .ref(DBS.voteEvent, "voteEvent", Vote::voteEvent, Vote.Builder::voteEvent)
          .ref(DBS.voteOn, "voteOn", Vote::voteOn, Vote.Builder::voteOn)
          .code(DBS.option, "option", Codes.VoteOption.NS, Vote::option, Vote.Builder::option)
          .dateTime(DCT.created, "created", Vote::created, Vote.Builder::created)
          .ref(DBS.debate, "debate", Vote::debate, Vote.Builder::debate)
          .build();

  /** {@code dbs:VoteEvent}. */
  public static final ClassMapping<VoteEvent, VoteEvent.Builder> VOTE_EVENT =
      ClassMapping.builder(VoteEvent.class, DBS.VoteEvent, VoteEvent::builder)
          .lang(DCT.title, "title", VoteEvent::title, VoteEvent.Builder::title)
          .lang(
              DCT.description,
              "description",
              VoteEvent::description,
              VoteEvent.Builder::description)
          .ref(DBS.debate, "debate", VoteEvent::debate, VoteEvent.Builder::debate)
          .ref(DBS.voteOn, "voteOn", VoteEvent::voteOn, VoteEvent.Builder::voteOn)
          .codes(
              DBS.availableOption,
              "availableOptions",
              Codes.VoteOption.NS,
              VoteEvent::availableOptions,
              VoteEvent.Builder::availableOptions)
          .refs(DBS.tally, "tallies", VoteEvent::tallies, VoteEvent.Builder::tallies)
          .code(
              DBS.outcome,
              "outcome",
              Codes.Outcome.NS,
              VoteEvent::outcome,
              VoteEvent.Builder::outcome)
          .temporal(
              SCHEMA.startDate, "startDate", VoteEvent::startDate, VoteEvent.Builder::startDate)
          .temporal(SCHEMA.endDate, "endDate", VoteEvent::endDate, VoteEvent.Builder::endDate)
          .build();

  /** {@code dbs:Tally}. */
  public static final ClassMapping<Tally, Tally.Builder> TALLY =
      ClassMapping.builder(Tally.class, DBS.Tally, Tally::builder)
          .code(DBS.option, "option", Codes.VoteOption.NS, Tally::option, Tally.Builder::option)
          .count(DBS.count, "count", Tally::count, Tally.Builder::count)
          .ref(DBS.group, "group", Tally::group, Tally.Builder::group)
          .build();

  /** {@code dbs:Decision}. */
  public static final ClassMapping<Decision, Decision.Builder> DECISION =
      ClassMapping.builder(Decision.class, DBS.Decision, Decision::builder)
          .lang(DCT.title, "title", Decision::title, Decision.Builder::title)
          .lang(
              DCT.description, "description", Decision::description, Decision.Builder::description)
          .ref(DBS.debate, "debate", Decision::debate, Decision.Builder::debate)
          .temporal(DCT.date, "date", Decision::date, Decision.Builder::date)
          .code(
              DBS.outcome,
              "outcome",
              Codes.Outcome.NS,
              Decision::outcome,
              Decision.Builder::outcome)
          .lang(DBS.rationale, "rationale", Decision::rationale, Decision.Builder::rationale)
          .refs(DBS.decidedBy, "decidedBy", Decision::decidedBy, Decision.Builder::decidedBy)
          .iri(DBS.legalAct, "legalAct", Decision::legalAct, Decision.Builder::legalAct)
          .refs(DBS.adopts, "adopts", Decision::adopts, Decision.Builder::adopts)
          .refs(DBS.rejects, "rejects", Decision::rejects, Decision.Builder::rejects)
          .refs(DBS.modifies, "modifies", Decision::modifies, Decision.Builder::modifies)
          .refs(
              DBS.tookIntoAccount,
              "tookIntoAccount",
              Decision::tookIntoAccount,
              Decision.Builder::tookIntoAccount)
          .refs(
              DBS.basedOnVote, "basedOnVote", Decision::basedOnVote, Decision.Builder::basedOnVote)
          .refs(DBS.document, "documents", Decision::documents, Decision.Builder::documents)
          .build();

  /** {@code dbs:FollowUpItem}. */
  public static final ClassMapping<FollowUpItem, FollowUpItem.Builder> FOLLOW_UP_ITEM =
      ClassMapping.builder(FollowUpItem.class, DBS.FollowUpItem, FollowUpItem::builder)
          .lang(DCT.title, "title", FollowUpItem::title, FollowUpItem.Builder::title)
          .lang(
              DCT.description,
              "description",
              FollowUpItem::description,
              FollowUpItem.Builder::description)
          .ref(DBS.debate, "debate", FollowUpItem::debate, FollowUpItem.Builder::debate)
          .refs(
              DBS.implements_,
              "implements",
              FollowUpItem::implements_,
              FollowUpItem.Builder::implements_)
          .code(
              DBS.implementationStatus,
              "implementationStatus",
              Codes.ImplementationStatus.NS,
              FollowUpItem::implementationStatus,
              FollowUpItem.Builder::implementationStatus)
          .decimal(DBS.progress, "progress", FollowUpItem::progress, FollowUpItem.Builder::progress)
          .refs(
              DBS.milestone,
              "milestones",
              FollowUpItem::milestones,
              FollowUpItem.Builder::milestones)
          .refs(
              DBS.responsible,
              "responsible",
              FollowUpItem::responsible,
              FollowUpItem.Builder::responsible)
          .temporal(
              SCHEMA.startDate,
              "startDate",
              FollowUpItem::startDate,
              FollowUpItem.Builder::startDate)
          .temporal(SCHEMA.endDate, "endDate", FollowUpItem::endDate, FollowUpItem.Builder::endDate)
          .build();

  /** {@code dbs:Milestone}. */
  public static final ClassMapping<Milestone, Milestone.Builder> MILESTONE =
      ClassMapping.builder(Milestone.class, DBS.Milestone, Milestone::builder)
          .lang(DCT.title, "title", Milestone::title, Milestone.Builder::title)
          .lang(
              DCT.description,
              "description",
              Milestone::description,
              Milestone.Builder::description)
          .temporal(DCT.date, "date", Milestone::date, Milestone.Builder::date)
          .code(
              DBS.implementationStatus,
              "implementationStatus",
              Codes.ImplementationStatus.NS,
              Milestone::implementationStatus,
              Milestone.Builder::implementationStatus)
          .decimal(DBS.progress, "progress", Milestone::progress, Milestone.Builder::progress)
          .build();

  /** {@code dbs:Assessment}. */
  public static final ClassMapping<Assessment, Assessment.Builder> ASSESSMENT =
      ClassMapping.builder(Assessment.class, DBS.Assessment, Assessment::builder)
          .ref(DBS.assesses, "assesses", Assessment::assesses, Assessment.Builder::assesses)
          .code(
              DBS.dimension,
              "dimension",
              Codes.AssessmentDimension.NS,
              Assessment::dimension,
              Assessment.Builder::dimension)
          .decimal(DBS.score, "score", Assessment::score, Assessment.Builder::score)
          .ref(DBS.assessor, "assessor", Assessment::assessor, Assessment.Builder::assessor)
          .lang(DBS.method, "method", Assessment::method, Assessment.Builder::method)
          .temporal(DCT.date, "date", Assessment::date, Assessment.Builder::date)
          .ref(DBS.debate, "debate", Assessment::debate, Assessment.Builder::debate)
          .build();

  private static <E extends Contribution, B extends Contribution.Builder<E, B>>
      ClassMapping.Builder<E, B> contributionFields(ClassMapping.Builder<E, B> m) {
    return m.ref(DBS.debate, "debate", Contribution::debate, Contribution.Builder::debate)
        .refs(DBS.author, "author", Contribution::authors, Contribution.Builder::authors)
        .dateTime(DCT.created, "created", Contribution::created, Contribution.Builder::created)
        .dateTime(DCT.modified, "modified", Contribution::modified, Contribution.Builder::modified)
        .lang(DBS.text, "text", Contribution::text, Contribution.Builder::text)
        .ref(DBS.addresses, "addresses", Contribution::addresses, Contribution.Builder::addresses)
        .ref(DBS.replyTo, "replyTo", Contribution::replyTo, Contribution.Builder::replyTo)
        .code(
            DBS.stance,
            "stance",
            Codes.Stance.NS,
            Contribution::stance,
            Contribution.Builder::stance)
        .refs(DBS.cites, "cites", Contribution::cites, Contribution.Builder::cites)
        .code(
            DBS.channel,
            "channel",
            Codes.Channel.NS,
            Contribution::channel,
            Contribution.Builder::channel)
        .code(
            DBS.contributionKind,
            "contributionKind",
            Codes.ContributionKind.NS,
            Contribution::contributionKind,
            Contribution.Builder::contributionKind)
        .count(
            DBS.endorsementCount,
            "endorsementCount",
            Contribution::endorsementCount,
            Contribution.Builder::endorsementCount);
  }

  private static <E extends Participant, B extends Participant.Builder<E, B>>
      ClassMapping.Builder<E, B> participantFields(ClassMapping.Builder<E, B> m) {
    return m.string(FOAF.name, "name", Participant::name, Participant.Builder::name)
        .codes(DBS.role, "role", Codes.Role.NS, Participant::roles, Participant.Builder::roles)
        .iri(FOAF.homepage, "homepage", Participant::homepage, Participant.Builder::homepage);
  }

  /**
   * All class mappings, in priority order: a subject typed with several Debatescore classes becomes
   * an entity of the first, the other types go to its extensions.
   */
  static final List<ClassMapping<?, ?>> PRIORITY =
      List.of(
          DEBATE,
          PHASE,
          MEETING,
          DOCUMENT,
          ISSUE,
          PROPOSAL,
          AMENDMENT,
          ARGUMENT,
          ANSWER,
          QUESTION,
          OFFICIAL_RESPONSE,
          TESTIMONY,
          COMMENT,
          EVIDENCE,
          PUBLIC_BODY,
          ORGANISATION,
          PERSON,
          ENDORSEMENT,
          VOTE_EVENT,
          VOTE,
          TALLY,
          DECISION,
          FOLLOW_UP_ITEM,
          MILESTONE,
          ASSESSMENT);

  /** The provenance fields, shared by every class: they fill the entity's {@link Provenance}. */
  public static final List<FieldMapping<Provenance, Provenance.Builder>> PROVENANCE =
      List.of(
          FieldMapping.single(
              DCT.identifier,
              "identifier",
              ValueKind.STRING,
              Provenance::identifier,
              Provenance.Builder::identifier),
          FieldMapping.single(
              DCT.source, "source", ValueKind.IRI, Provenance::source, Provenance.Builder::source),
          FieldMapping.single(
              DBS.sourcePlatform,
              "sourcePlatform",
              ValueKind.STRING,
              Provenance::sourcePlatform,
              Provenance.Builder::sourcePlatform),
          FieldMapping.single(
              PROV.wasDerivedFrom,
              "wasDerivedFrom",
              ValueKind.IRI,
              Provenance::wasDerivedFrom,
              Provenance.Builder::wasDerivedFrom),
          FieldMapping.single(
              PROV.generatedAtTime,
              "generatedAtTime",
              ValueKind.DATE_TIME,
              Provenance::generatedAtTime,
              Provenance.Builder::generatedAtTime),
          FieldMapping.single(
              DCT.license,
              "license",
              ValueKind.IRI,
              Provenance::license,
              Provenance.Builder::license));

  private static final Map<Iri, ClassMapping<?, ?>> BY_RDF_TYPE = new HashMap<>();
  private static final Map<Class<?>, ClassMapping<?, ?>> BY_TYPE = new HashMap<>();
  private static final Map<Iri, Integer> PRIORITY_BY_RDF_TYPE = new HashMap<>();

  static {
    for (int i = 0; i < PRIORITY.size(); i++) {
      ClassMapping<?, ?> m = PRIORITY.get(i);
      BY_RDF_TYPE.put(m.rdfType(), m);
      BY_TYPE.put(m.type(), m);
      PRIORITY_BY_RDF_TYPE.put(m.rdfType(), i);
      for (FieldMapping<Provenance, Provenance.Builder> p : PROVENANCE) {
        if (m.field(p.predicate()) != null) {
          throw new IllegalStateException(m + " maps a provenance property: " + p);
        }
      }
    }
  }

  private DebateMapping() {}

  /** All class mappings, in priority order. */
  public static List<ClassMapping<?, ?>> all() {
    return PRIORITY;
  }

  /** The mapping of a Debatescore class IRI, or {@code null} (abstract or unknown class). */
  public static ClassMapping<?, ?> forRdfType(Iri rdfType) {
    return BY_RDF_TYPE.get(rdfType);
  }

  /** The mapping of a record class. */
  @SuppressWarnings("unchecked")
  public static <E extends Entity> ClassMapping<E, ?> forType(Class<E> type) {
    ClassMapping<?, ?> m = BY_TYPE.get(type);
    if (m == null) {
      throw new IllegalArgumentException("not a concrete entity class: " + type);
    }
    return (ClassMapping<E, ?>) m;
  }

  /** The mapping of an entity's class. */
  @SuppressWarnings("unchecked")
  public static <E extends Entity> ClassMapping<E, ?> of(E entity) {
    return (ClassMapping<E, ?>) BY_TYPE.get(entity.getClass());
  }

  /**
   * The rank of a class IRI: lower wins when a subject has several Debatescore types; -1 if it is
   * no concrete Debatescore class.
   */
  public static int priority(Iri rdfType) {
    Integer p = PRIORITY_BY_RDF_TYPE.get(rdfType);
    return p == null ? -1 : p;
  }
}
