package org.debatescore.importers.popolo;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.debatescore.core.LimitExceededException;
import org.debatescore.core.model.Comment;
import org.debatescore.core.model.Debate;
import org.debatescore.core.model.Decision;
import org.debatescore.core.model.Organisation;
import org.debatescore.core.model.Proposal;
import org.debatescore.core.model.PublicBody;
import org.debatescore.core.model.Tally;
import org.debatescore.core.model.TemporalValue;
import org.debatescore.core.model.Vote;
import org.debatescore.core.model.VoteEvent;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.RdfSink;
import org.debatescore.importers.ImportOptions;
import org.debatescore.importers.ImportReport;
import org.debatescore.importers.ImportSession;
import org.debatescore.importers.Importer;
import org.debatescore.importers.support.InputFile;
import org.debatescore.importers.support.Inputs;
import org.debatescore.importers.support.JsonSupport;
import org.debatescore.importers.support.Texts;
import org.debatescore.vocab.Codes;

/**
 * Imports Popolo JSON (motions, vote events, votes, counts, persons, organizations, memberships,
 * speeches): each input is a single Popolo object (its kind told by the file name, e.g. {@code
 * vote_event.json}, or else by its keys), an array of objects, or a collection document {@code
 * {"persons": [...], "organizations": [...], "motions": [...], "vote_events": [...], "votes":
 * [...], "speeches": [...]}}.
 *
 * <p>Mapping. Each input file gives one {@link Debate} (title: the first legislative session, else
 * the first organization's name, else the first organization_id, else the file name), which every
 * contribution, vote event and decision of the file belongs to.
 *
 * <ul>
 *   <li>motion → {@link Proposal} (text as title, classification and requirement as description,
 *       creator as author, date as created); with a {@code result} of {@code pass} or {@code fail}
 *       and a date, also a {@link Decision} (adopted / rejected) that adopts or rejects the
 *       proposal, decided by the motion's organization and based on its vote events.
 *   <li>vote_event → {@link VoteEvent} (voteOn its motion, start and end date as given, outcome
 *       from {@code result}, available options: every option of its counts and of the votes cast in
 *       it). An end date before the start date is reported as a note; both are kept.
 *   <li>counts → {@link Tally}: yes → {@code vote:for}, no → {@code vote:against}, abstain → {@code
 *       vote:abstain}. Absent, not voting, paired (and any other option) are not votes cast: they
 *       are kept as tallies (and votes) with an option minted under the base IRI ({@code
 *       <base>popolo/vote-option/absent}), listed in the event's available options, each such tally
 *       reported as a note. A count with a group becomes a group tally ({@code dbs:group}: the
 *       organization, or an {@link Organisation} minted from the group's name). A count without
 *       group that disagrees with the individual votes of its event present in the input is skipped
 *       with its reason (the shapes require them to agree; the votes are kept). A count outside a
 *       vote event is skipped.
 *   <li>vote → {@link Vote}: voter the person (or the organization when the id is an organization
 *       of the input), option as for counts; {@code group_id}, {@code role}, {@code weight} and
 *       {@code pair} have no field and are not written.
 *   <li>person → a participant, pseudonymised unless names are kept (Popolo persons are often
 *       public officials; the import still pseudonymises by default); contact details, emails,
 *       identifiers and biographies are never written.
 *   <li>organization → {@link PublicBody} when its classification says it is a legislature,
 *       chamber, committee, government body..., else {@link Organisation}.
 *   <li>speech → {@link Comment} by its creator (or attribution text).
 *   <li>membership → the member's {@code dbs:memberOf} the organization, and an {@code
 *       org:Membership} keeping its role and dates (see {@link PopoloMemberships}).
 *   <li>area, post, event → read and skipped with the reason (no field holds them).
 * </ul>
 *
 * <p>References to motions, vote events or organizations absent from every input are written as
 * stubs (the id only, reported as notes), so that the output is valid on its own.
 *
 * <p>Memory: the inputs are read twice, streaming, one record at a time (a vote event is read
 * whole, with its embedded counts and votes). The first pass keeps the ids of the motions, vote
 * events, persons and organizations, and per vote event its options and vote counts; the second
 * writes. Memory therefore grows with the number of those entities, never with the number of votes
 * or speeches. Texts have no language in Popolo: they are tagged {@code und}.
 */
public final class PopoloImporter implements Importer {

  static final String PLATFORM = "popolo";
  static final String UND = "und";

  /** The kinds of Popolo objects read. */
  enum Kind {
    MOTION,
    VOTE_EVENT,
    VOTE,
    COUNT,
    PERSON,
    ORGANIZATION,
    MEMBERSHIP,
    SPEECH
  }

  static final Map<String, Kind> COLLECTIONS =
      Map.of(
          "motions", Kind.MOTION,
          "vote_events", Kind.VOTE_EVENT,
          "votes", Kind.VOTE,
          "counts", Kind.COUNT,
          "persons", Kind.PERSON,
          "people", Kind.PERSON,
          "organizations", Kind.ORGANIZATION,
          "memberships", Kind.MEMBERSHIP,
          "speeches", Kind.SPEECH);

  static final Set<String> OTHER_COLLECTIONS =
      Set.of("areas", "posts", "events", "group_results", "sources");

  private static final Set<String> PERSONAL_KEYS =
      Set.of(
          "email",
          "contact_details",
          "identifiers",
          "biography",
          "summary",
          "birth_date",
          "death_date",
          "gender",
          "image",
          "national_identity",
          "other_names",
          "links");

  @Override
  public String name() {
    return "popolo";
  }

  @Override
  public String description() {
    return "Popolo JSON: motions, vote events, votes, counts, persons, organizations, memberships,"
        + " speeches";
  }

  @Override
  public ImportReport run(List<Path> inputs, ImportOptions options, RdfSink sink) {
    List<InputFile> files = Inputs.expand(inputs, options);
    List<String> keys = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (InputFile f : files) {
      String k = f.fileName();
      int n = 2;
      while (!used.add(k)) {
        k = f.fileName() + "-" + n++;
      }
      keys.add(k);
    }
    Index index = new Index(options.keepNames());
    for (int i = 0; i < files.size(); i++) {
      index.fileTitle = null;
      index.fileOrganization = null;
      traverse(files.get(i), new Collector(index, keys.get(i)));
      index.titles.add(index.fileTitle != null ? index.fileTitle : index.fileOrganization);
    }
    try (ImportSession session = new ImportSession(name(), PLATFORM, options, sink)) {
      for (int i = 0; i < files.size(); i++) {
        InputFile f = files.get(i);
        session.source(f.name());
        Mapper m = new Mapper(session, index, f.name(), keys.get(i));
        m.writeDebate(index.titles.get(i));
        traverse(f, m);
      }
      return session.finish();
    }
  }

  // ------------------------------------------------------------------ reading

  /** Receives the records of one file. */
  interface Visitor {
    void record(Kind kind, String path, JsonNode node);

    /** An element of a collection that is not mapped (areas, posts...) or not an object. */
    void unmapped(String path, String reason);

    /** A remark that loses no record. */
    void remark(String path, String reason);
  }

  /** Streams {@code file}: one record at a time, as a tree. */
  static void traverse(InputFile file, Visitor v) {
    String path = "$";
    try (InputStream in = Inputs.open(file);
        JsonParser p = JsonSupport.parser(in)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        v.unmapped("$", "empty file: no JSON value");
        return;
      }
      if (t == JsonToken.START_ARRAY) {
        int i = 0;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
          path = "[" + i + "]";
          element(v, path, JsonSupport.tree(p), null);
          i++;
        }
      } else if (t == JsonToken.START_OBJECT) {
        t = p.nextToken();
        if (t != JsonToken.FIELD_NAME) {
          v.unmapped("$", "an empty JSON object: no Popolo record");
          return;
        }
        String first = p.currentName();
        if (COLLECTIONS.containsKey(first) || OTHER_COLLECTIONS.contains(first)) {
          do {
            String key = p.currentName();
            JsonToken vt = p.nextToken();
            Kind kind = COLLECTIONS.get(key);
            if (vt == JsonToken.START_ARRAY) {
              int i = 0;
              while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                path = key + "[" + i + "]";
                JsonNode n = JsonSupport.tree(p);
                if (kind == null) {
                  v.unmapped(path, "Popolo " + key + " are not mapped: no Debatescore class");
                } else if (!n.isObject()) {
                  v.unmapped(path, "not a JSON object");
                } else {
                  v.record(kind, path, n);
                }
                i++;
              }
            } else {
              p.skipChildren();
              v.remark(key, "top-level key '" + key + "' is not a list of records: not read");
            }
          } while (p.nextToken() == JsonToken.FIELD_NAME);
        } else {
          ObjectNode obj = JsonNodeFactory.instance.objectNode();
          do {
            String key = p.currentName();
            p.nextToken();
            obj.set(key, JsonSupport.tree(p));
          } while (p.nextToken() == JsonToken.FIELD_NAME);
          element(v, "$", obj, hint(file.fileName()));
        }
      } else {
        v.unmapped("$", "not a Popolo JSON document: it is a single " + t + " value");
      }
    } catch (JsonProcessingException e) {
      LimitExceededException limit = JsonSupport.limit(file.name(), e);
      if (limit != null) {
        throw limit;
      }
      v.unmapped(path, JsonSupport.message(e) + "; the rest of the file is not read");
    } catch (IOException e) {
      throw Inputs.failure(file, e);
    }
  }

  private static void element(Visitor v, String path, JsonNode n, Kind hint) {
    if (n == null || !n.isObject()) {
      v.unmapped(path, "not a JSON object");
      return;
    }
    Kind kind = hint != null ? hint : detect(n);
    if (kind == null) {
      v.unmapped(path, "not a recognisable Popolo object (no motion, vote event, vote, person...)");
    } else {
      v.record(kind, path, n);
    }
  }

  /** The kind a file name tells ({@code vote_events.json}, {@code persons.json}...), or null. */
  static Kind hint(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    int dot = n.indexOf('.');
    if (dot > 0) {
      n = n.substring(0, dot);
    }
    n = n.replace("-", "_");
    switch (n) {
      case "motion", "motions":
        return Kind.MOTION;
      case "vote_event", "vote_events", "voteevent", "voteevents":
        return Kind.VOTE_EVENT;
      case "vote", "votes":
        return Kind.VOTE;
      case "count", "counts":
        return Kind.COUNT;
      case "person", "persons", "people":
        return Kind.PERSON;
      case "organization", "organizations", "organisation", "organisations":
        return Kind.ORGANIZATION;
      case "membership", "memberships":
        return Kind.MEMBERSHIP;
      case "speech", "speeches":
        return Kind.SPEECH;
      default:
        return null;
    }
  }

  /** The kind told by an object's keys, or null. */
  static Kind detect(JsonNode n) {
    if (n.has("person_id") && (n.has("organization_id") || n.has("post_id"))) {
      return Kind.MEMBERSHIP;
    }
    if (n.has("voter_id") || n.has("voter")) {
      return Kind.VOTE;
    }
    if (n.has("option") && n.has("value")) {
      return Kind.COUNT;
    }
    if (n.has("counts")
        || n.has("votes")
        || n.has("motion_id")
        || n.has("group_results")
        || n.has("start_date") && n.has("motion")) {
      return Kind.VOTE_EVENT;
    }
    if (n.has("requirement") || n.has("vote_events") || n.has("result") && n.has("text")) {
      return Kind.MOTION;
    }
    if (n.has("attribution_text")
        || n.has("audio")
        || n.has("event_id")
        || "speech".equals(JsonSupport.text(n, "type"))
        || n.has("text") && (n.has("creator_id") || n.has("creator"))) {
      return Kind.SPEECH;
    }
    if (n.has("founding_date")
        || n.has("dissolution_date")
        || n.has("parent_id")
        || n.has("classification") && n.has("name")) {
      return Kind.ORGANIZATION;
    }
    if (n.has("name")
        || n.has("given_name")
        || n.has("family_name")
        || n.has("birth_date")
        || n.has("gender")) {
      return Kind.PERSON;
    }
    return null;
  }

  // ------------------------------------------------------------------ shared helpers

  /** The id of a reference given as {@code <name>_id} or as an embedded object with an id. */
  static String refId(JsonNode n, String name) {
    String id = JsonSupport.text(n, name + "_id");
    if (id == null) {
      id = JsonSupport.text(JsonSupport.object(n, name), "id");
    }
    return id;
  }

  /** The key of a vote event: its id, else where it is in the input. */
  static String eventKey(JsonNode n, String fileKey, String path) {
    String id = JsonSupport.text(n, "id");
    return id != null ? id : fileKey + "/" + path;
  }

  /** The voter's source id: {@code voter_id}, the voter's id, or {@code name:} its name. */
  static String voterId(JsonNode vote) {
    String id = refId(vote, "voter");
    if (id == null) {
      String name = JsonSupport.text(JsonSupport.object(vote, "voter"), "name");
      id = name != null ? "name:" + name : null;
    }
    return id;
  }

  /** The vote event of a vote outside any event, or null. */
  static String voteEventOf(JsonNode vote) {
    return refId(vote, "vote_event");
  }

  /** The option of a vote or count, lower case, or null. */
  static String option(JsonNode n) {
    String o = JsonSupport.text(n, "option");
    return o == null ? null : o.strip().toLowerCase(Locale.ROOT);
  }

  /** The integer value of a count, or null when it is not a non-negative integer. */
  static Long countValue(JsonNode count) {
    JsonNode v = count.get("value");
    if (v == null) {
      return null;
    }
    if (v.isIntegralNumber() && v.canConvertToLong() && v.asLong() >= 0) {
      return v.asLong();
    }
    if (v.isTextual() && v.asText().strip().matches("\\d{1,18}")) {
      return Long.parseLong(v.asText().strip());
    }
    return null;
  }

  // ------------------------------------------------------------------ pass 1

  /** What the first pass learns about the whole input. */
  static final class Index {
    final boolean keepNames;
    final Set<String> motions = new HashSet<>();
    final Set<String> events = new HashSet<>();
    final Set<String> organizations = new HashSet<>();
    final Map<String, String> personNames = new HashMap<>();
    final Map<String, Set<String>> eventOptions = new HashMap<>();
    final Map<String, Map<String, Long>> eventVotes = new HashMap<>();

    /** Member id to the organisation ids of its memberships, for {@code dbs:memberOf}. */
    final Map<String, Set<String>> memberships = new HashMap<>();

    final List<String> titles = new ArrayList<>();

    /** What the second pass has written (or refused as duplicate), over all files. */
    final Set<String> written = new HashSet<>();

    String fileTitle;
    String fileOrganization;

    Index(boolean keepNames) {
      this.keepNames = keepNames;
    }

    void option(String event, String option) {
      eventOptions.computeIfAbsent(event, k -> new LinkedHashSet<>()).add(option);
    }

    void vote(String event, String option) {
      option(event, option);
      eventVotes.computeIfAbsent(event, k -> new HashMap<>()).merge(option, 1L, Long::sum);
    }

    void title(String t) {
      if (fileTitle == null && t != null) {
        fileTitle = t;
      }
    }
  }

  /** The first pass: ids, options and vote counts. */
  static final class Collector implements Visitor {
    private final Index index;
    private final String fileKey;

    Collector(Index index, String fileKey) {
      this.index = index;
      this.fileKey = fileKey;
    }

    @Override
    public void record(Kind kind, String path, JsonNode n) {
      if (index.fileOrganization == null) {
        index.fileOrganization = refId(n, "organization");
      }
      JsonNode session = n.get("legislative_session");
      if (session != null) {
        index.title(
            session.isObject()
                ? JsonSupport.text(session, "name")
                : JsonSupport.text(n, "legislative_session"));
      }
      switch (kind) {
        case MOTION -> {
          String id = JsonSupport.text(n, "id");
          if (id != null) {
            index.motions.add(id);
          }
          index.title(JsonSupport.text(JsonSupport.object(n, "organization"), "name"));
        }
        case VOTE_EVENT -> {
          String key = eventKey(n, fileKey, path);
          if (!index.events.add(key)) {
            return; // a duplicate: skipped in the second pass
          }
          index.title(JsonSupport.text(JsonSupport.object(n, "organization"), "name"));
          JsonNode motion = JsonSupport.object(n, "motion");
          String motionId = JsonSupport.text(motion, "id");
          if (motionId != null) {
            index.motions.add(motionId);
          }
          JsonNode counts = n.get("counts");
          if (counts != null && counts.isArray()) {
            for (JsonNode c : counts) {
              if (c.isObject() && option(c) != null && countValue(c) != null) {
                index.option(key, option(c));
              }
            }
          }
          JsonNode votes = n.get("votes");
          if (votes != null && votes.isArray()) {
            for (JsonNode vote : votes) {
              if (vote.isObject() && option(vote) != null && voterId(vote) != null) {
                index.vote(key, option(vote));
              }
            }
          }
        }
        case VOTE -> {
          String event = voteEventOf(n);
          if (event != null && option(n) != null && voterId(n) != null) {
            index.vote(event, option(n));
          }
        }
        case PERSON -> {
          String id = JsonSupport.text(n, "id");
          if (id != null && index.keepNames) {
            index.personNames.put(id, JsonSupport.text(n, "name"));
          }
        }
        case ORGANIZATION -> {
          String id = JsonSupport.text(n, "id");
          if (id != null) {
            index.organizations.add(id);
          }
          index.title(JsonSupport.text(n, "name"));
        }
        case MEMBERSHIP -> {
          String member = PopoloMemberships.memberOf(n);
          String org = PopoloMemberships.organizationOf(n);
          if (member != null && org != null) {
            index.memberships.computeIfAbsent(member, k -> new LinkedHashSet<>()).add(org);
          }
        }
        default -> {
          // nothing to learn
        }
      }
    }

    @Override
    public void unmapped(String path, String reason) {}

    @Override
    public void remark(String path, String reason) {}
  }

  // ------------------------------------------------------------------ pass 2

  /** The second pass: writes. */
  static final class Mapper implements Visitor {
    private final ImportSession session;
    private final Index index;
    private final String source;
    private final String fileKey;
    private Iri debate;
    private final Set<String> written;
    private final String lang;

    Mapper(ImportSession session, Index index, String source, String fileKey) {
      this.session = session;
      this.lang = session.options().languageOr(UND);
      this.index = index;
      this.source = source;
      this.fileKey = fileKey;
      this.written = index.written;
    }

    void writeDebate(String title) {
      debate = session.iri("debate", fileKey);
      String t = title != null ? Texts.clean(title) : null;
      if (t == null || t.isEmpty()) {
        t = "Popolo data: " + fileKey;
      }
      session.write(
          Debate.builder()
              .id(debate)
              .title(lang, t)
              .provenance(session.provenance(fileKey, null))
              .build());
    }

    @Override
    public void unmapped(String path, String reason) {
      session.read(source);
      session.skipped(source, -1, path, reason);
    }

    @Override
    public void remark(String path, String reason) {
      session.note(source, -1, path, reason);
    }

    private void skip(String path, String reason) {
      session.skipped(source, -1, path, reason);
    }

    private void note(String path, String reason) {
      session.note(source, -1, path, reason);
    }

    @Override
    public void record(Kind kind, String path, JsonNode n) {
      switch (kind) {
        case MOTION -> motion(path, n, JsonSupport.text(n, "id"));
        case VOTE_EVENT -> voteEvent(path, n);
        case VOTE -> vote(path, n, voteEventOf(n));
        case COUNT -> {
          session.read(source);
          skip(path, "a count outside a vote event: no vote event to attach its tally to");
        }
        case PERSON -> person(path, n);
        case ORGANIZATION -> organization(path, n);
        case MEMBERSHIP -> membership(path, n);
        case SPEECH -> speech(path, n);
      }
    }

    // ---- references

    /** A person or (when the id is one of the input's organizations) an organization. */
    private Iri participant(String id, String name) {
      if (index.organizations.contains(id)) {
        return organizationRef(id, name);
      }
      String display = name != null ? name : index.personNames.get(id);
      Set<String> orgs = index.memberships.get(id);
      return session.participant(
          id,
          display,
          orgs == null
              ? null
              : b -> {
                for (String org : orgs) {
                  b.addMemberOf(organizationRef(org, null));
                }
              });
    }

    private Iri organizationRef(String id, String name) {
      Iri iri = session.iri("organization", id);
      if (!index.organizations.contains(id) && written.add("organization:" + id)) {
        session.write(
            Organisation.builder()
                .id(iri)
                .name(name)
                .provenance(session.provenance(id, null))
                .build());
        session.note(
            source, -1, null, "organization " + id + " is not in the input: written with its id");
      }
      return iri;
    }

    private Iri groupRef(JsonNode count) {
      String id = refId(count, "group");
      JsonNode group = JsonSupport.object(count, "group");
      String name = JsonSupport.text(group, "name");
      if (id != null) {
        return organizationRef(id, name);
      }
      if (name == null) {
        return null;
      }
      Iri iri = session.iri("group", name);
      if (written.add("group:" + name)) {
        session.write(
            Organisation.builder()
                .id(iri)
                .name(name)
                .provenance(session.provenance(null, null))
                .build());
      }
      return iri;
    }

    private Iri eventRef(String key) {
      Iri iri = session.iri("vote-event", key);
      if (!index.events.contains(key) && written.add("stub-event:" + key)) {
        session.write(
            VoteEvent.builder()
                .id(iri)
                .debate(debate)
                .provenance(session.provenance(key, null))
                .build());
        session.note(
            source, -1, null, "vote event " + key + " is not in the input: written with its id");
      }
      return iri;
    }

    private Iri optionIri(String option) {
      return switch (option) {
        case "yes", "aye", "yea", "for" -> Iri.of(Codes.VoteOption.FOR);
        case "no", "nay", "against" -> Iri.of(Codes.VoteOption.AGAINST);
        case "abstain", "abstention" -> Iri.of(Codes.VoteOption.ABSTAIN);
        default -> session.iri("vote-option", option);
      };
    }

    private static boolean isCode(String option) {
      return switch (option) {
        case "yes", "aye", "yea", "for", "no", "nay", "against", "abstain", "abstention" -> true;
        default -> false;
      };
    }

    private TemporalValue date(String path, JsonNode n, String field) {
      String raw = JsonSupport.text(n, field);
      TemporalValue t = JsonSupport.temporal(raw);
      if (raw != null && t == null) {
        note(path, field + " '" + raw + "' is not a full date or date-time: not written");
      }
      return t;
    }

    private TemporalValue dateTime(String path, JsonNode n, String field) {
      TemporalValue t = date(path, n, field);
      if (t != null && !t.isDateTime()) {
        note(path, field + " " + t.lexical() + " has no time of day: not written as creation time");
        return null;
      }
      return t;
    }

    // ---- records

    private void motion(String path, JsonNode n, String id) {
      session.read(source);
      String key = id != null ? id : fileKey + "/" + path;
      String text = Texts.clean(JsonSupport.text(n, "text"));
      if (text == null || text.isEmpty()) {
        skip(path, "a motion without text: no title for its proposal");
        return;
      }
      if (!written.add("motion:" + key)) {
        skip(path, "duplicate motion id " + key);
        return;
      }
      Iri proposal = session.iri("motion", key);
      Proposal.Builder b =
          Proposal.builder()
              .id(proposal)
              .debate(debate)
              .title(lang, text)
              .created(dateTime(path, n, "date"))
              .contributionKind(Iri.of(Codes.ContributionKind.PROPOSAL))
              .provenance(session.provenance(key, null));
      List<String> desc = new ArrayList<>();
      String cls = Texts.clean(JsonSupport.text(n, "classification"));
      if (cls != null && !cls.isEmpty()) {
        desc.add(cls);
      }
      String req = Texts.clean(JsonSupport.text(n, "requirement"));
      if (req != null && !req.isEmpty()) {
        desc.add("Requirement: " + req);
      }
      if (!desc.isEmpty()) {
        b.description(lang, String.join("\n", desc));
      }
      String creator = refId(n, "creator");
      String creatorName = JsonSupport.text(JsonSupport.object(n, "creator"), "name");
      if (creator == null && creatorName != null) {
        creator = "name:" + creatorName;
      }
      if (creator != null) {
        b.addAuthor(participant(creator, creatorName));
      }
      session.write(b.build());
      session.mapped(source);
      decision(path, n, key, proposal, text);
    }

    private void decision(String path, JsonNode n, String key, Iri proposal, String text) {
      String result = JsonSupport.text(n, "result");
      if (result == null) {
        return;
      }
      String r = result.strip().toLowerCase(Locale.ROOT);
      Iri outcome =
          switch (r) {
            case "pass", "passed", "adopted" -> Iri.of(Codes.Outcome.ADOPTED);
            case "fail", "failed", "rejected" -> Iri.of(Codes.Outcome.REJECTED);
            default -> null;
          };
      if (outcome == null) {
        note(path, "result '" + result + "' is not pass or fail: no decision written");
        return;
      }
      TemporalValue date = date(path, n, "date");
      if (date == null) {
        note(
            path,
            "the motion has a result but no date: no decision written (a decision needs one)");
        return;
      }
      String title = text.length() > 200 ? text.substring(0, 200) + "..." : text;
      Decision.Builder d =
          Decision.builder()
              .id(session.iri("decision", key))
              .debate(debate)
              .title(lang, "Result of the motion: " + title)
              .date(date)
              .outcome(outcome)
              .provenance(session.provenance(key, null));
      if (outcome.value().equals(Codes.Outcome.ADOPTED)) {
        d.addAdopts(proposal);
      } else {
        d.addRejects(proposal);
      }
      String org = refId(n, "organization");
      if (org != null) {
        d.addDecidedBy(
            organizationRef(org, JsonSupport.text(JsonSupport.object(n, "organization"), "name")));
      }
      JsonNode events = n.get("vote_events");
      if (events != null && events.isArray()) {
        for (JsonNode e : events) {
          String ek = e.isValueNode() && !e.isNull() ? e.asText() : JsonSupport.text(e, "id");
          if (ek != null && !ek.isBlank()) {
            d.addBasedOnVote(eventRef(ek));
          }
        }
      }
      session.write(d.build());
    }

    private void voteEvent(String path, JsonNode n) {
      session.read(source);
      String key = eventKey(n, fileKey, path);
      if (!written.add("event:" + key)) {
        skip(path, "duplicate vote event id " + key);
        return;
      }
      Iri event = session.iri("vote-event", key);
      VoteEvent.Builder b =
          VoteEvent.builder().id(event).debate(debate).provenance(session.provenance(key, null));
      String motionId = refId(n, "motion");
      JsonNode motion = JsonSupport.object(n, "motion");
      if (motion != null) {
        String mk = motionId != null ? motionId : key + "/motion";
        motion(path + ".motion", motion, mk);
        b.voteOn(session.iri("motion", mk));
        String mt = Texts.clean(JsonSupport.text(motion, "text"));
        if (mt != null && !mt.isEmpty()) {
          b.title(lang, mt);
        }
      } else if (motionId != null) {
        b.voteOn(session.iri("motion", motionId));
        if (!index.motions.contains(motionId)) {
          note(
              path,
              "motion " + motionId + " is not in the input: the vote event refers to its IRI");
        }
      }
      TemporalValue start = date(path, n, "start_date");
      TemporalValue end = date(path, n, "end_date");
      b.startDate(start).endDate(end);
      if (start != null && end != null && before(end, start)) {
        note(
            path,
            "end_date "
                + end.lexical()
                + " is before start_date "
                + start.lexical()
                + ": both kept as given");
      }
      String result = JsonSupport.text(n, "result");
      if (result != null) {
        switch (result.strip().toLowerCase(Locale.ROOT)) {
          case "pass", "passed", "adopted" -> b.outcome(Iri.of(Codes.Outcome.ADOPTED));
          case "fail", "failed", "rejected" -> b.outcome(Iri.of(Codes.Outcome.REJECTED));
          default -> note(path, "result '" + result + "' is not pass or fail: no outcome written");
        }
      }
      if (n.has("group_results")) {
        note(path, "group_results have no Debatescore field: not written (group counts are)");
      }
      for (String o : index.eventOptions.getOrDefault(key, Set.of())) {
        b.addAvailableOption(optionIri(o));
      }
      List<Tally> tallies = new ArrayList<>();
      JsonNode counts = n.get("counts");
      if (counts != null && counts.isArray()) {
        Map<String, Long> votes = index.eventVotes.get(key);
        int i = 0;
        for (JsonNode c : counts) {
          String cp = path + ".counts[" + i + "]";
          session.read(source);
          Tally t = tally(cp, c, key, i, votes);
          if (t != null) {
            tallies.add(t);
            b.addTally(t.id());
          }
          i++;
        }
      }
      session.write(b.build());
      session.mapped(source);
      for (Tally t : tallies) {
        session.write(t);
        session.mapped(source);
      }
      JsonNode votes = n.get("votes");
      if (votes != null && votes.isArray()) {
        int i = 0;
        for (JsonNode v : votes) {
          String vp = path + ".votes[" + i + "]";
          if (v.isObject()) {
            vote(vp, v, key);
          } else {
            session.read(source);
            skip(vp, "not a JSON object");
          }
          i++;
        }
      }
    }

    private Tally tally(String path, JsonNode c, String key, int i, Map<String, Long> votes) {
      if (!c.isObject()) {
        skip(path, "not a JSON object");
        return null;
      }
      String option = option(c);
      Long value = countValue(c);
      if (option == null || value == null) {
        skip(path, "a count needs an option and a non-negative integer value");
        return null;
      }
      Iri group = groupRef(c);
      if (group == null && votes != null) {
        long cast = votes.getOrDefault(option, 0L);
        if (cast != value) {
          skip(
              path,
              "count "
                  + value
                  + " for '"
                  + option
                  + "' disagrees with the "
                  + cast
                  + " individual votes of this event in the input: tally not written (the votes"
                  + " are)");
          return null;
        }
      }
      Iri optionIri = optionIri(option);
      if (!isCode(option)) {
        note(
            path,
            "option '"
                + option
                + "' is not a vote cast for, against or abstaining: kept as a tally with the"
                + " option "
                + optionIri.value());
      }
      return Tally.builder()
          .id(session.iri("tally", key + "/" + i))
          .option(optionIri)
          .count(value)
          .group(group)
          .provenance(session.provenance(null, null))
          .build();
    }

    private void vote(String path, JsonNode n, String eventKey) {
      session.read(source);
      String option = option(n);
      String voter = voterId(n);
      if (eventKey == null) {
        skip(path, "a vote without vote_event_id: no vote event to count it in");
        return;
      }
      if (option == null || voter == null) {
        skip(path, "a vote needs an option and a voter");
        return;
      }
      String name = JsonSupport.text(JsonSupport.object(n, "voter"), "name");
      String id = JsonSupport.text(n, "id");
      Iri iri = session.iri("vote", id != null ? id : fileKey + "/" + path);
      session.write(
          Vote.builder()
              .id(iri)
              .voter(participant(voter, name))
              .voteEvent(eventRef(eventKey))
              .option(optionIri(option))
              .debate(debate)
              .provenance(session.provenance(id, null))
              .build());
      session.mapped(source);
    }

    /**
     * A membership: the member's {@code dbs:memberOf} (set when the member is written, from the
     * first pass), and the membership with its role and dates (see {@link PopoloMemberships}).
     */
    private void membership(String path, JsonNode n) {
      session.read(source);
      String member = PopoloMemberships.memberOf(n);
      String org = PopoloMemberships.organizationOf(n);
      if (member == null || org == null) {
        skip(path, "a membership without " + (member == null ? "person_id" : "organization_id"));
        return;
      }
      String id = JsonSupport.text(n, "id");
      String key = id != null ? id : member + "@" + org;
      if (!written.add("membership:" + key)) {
        skip(path, "duplicate membership id " + key);
        return;
      }
      Iri memberIri = participant(member, null);
      Iri orgIri = organizationRef(org, null);
      PopoloMemberships.write(
          session, key, n, memberIri, orgIri, lang, written, reason -> note(path, reason));
      if (JsonSupport.text(n, "post_id") != null || n.has("post")) {
        note(path, "post not mapped (no Debatescore field): the membership is kept without it");
      }
      session.mapped(source);
    }

    private void person(String path, JsonNode n) {
      session.read(source);
      String id = JsonSupport.text(n, "id");
      String name = JsonSupport.text(n, "name");
      if (id == null && name == null) {
        skip(path, "a person without id or name");
        return;
      }
      participant(id != null ? id : "name:" + name, name);
      session.mapped(source);
      List<String> personal = new ArrayList<>();
      n.fieldNames()
          .forEachRemaining(
              f -> {
                if (PERSONAL_KEYS.contains(f)) {
                  personal.add(f);
                }
              });
      if (!personal.isEmpty()) {
        note(path, "personal details not written: " + String.join(", ", personal));
      }
    }

    private void organization(String path, JsonNode n) {
      session.read(source);
      String id = JsonSupport.text(n, "id");
      String name = Texts.clean(JsonSupport.text(n, "name"));
      if (id == null && name == null) {
        skip(path, "an organization without id or name");
        return;
      }
      String key = id != null ? id : "name:" + name;
      if (!written.add("organization:" + key)) {
        skip(path, "duplicate organization id " + key);
        return;
      }
      Iri iri = session.iri("organization", key);
      String cls = JsonSupport.text(n, "classification");
      if (cls != null && isPublicBody(cls)) {
        session.write(
            PublicBody.builder()
                .id(iri)
                .name(name)
                .provenance(session.provenance(key, null))
                .build());
      } else {
        session.write(
            Organisation.builder()
                .id(iri)
                .name(name)
                .provenance(session.provenance(key, null))
                .build());
      }
      session.mapped(source);
    }

    static boolean isPublicBody(String classification) {
      String c = classification.toLowerCase(Locale.ROOT);
      for (String w :
          List.of(
              "legislature",
              "parliament",
              "chamber",
              "house",
              "senate",
              "assembly",
              "council",
              "committee",
              "government",
              "executive",
              "ministry",
              "department",
              "agency",
              "municipal",
              "court",
              "cabinet")) {
        if (c.contains(w)) {
          return true;
        }
      }
      return false;
    }

    private void speech(String path, JsonNode n) {
      session.read(source);
      String text = Texts.fromHtml(JsonSupport.text(n, "text"));
      if (text == null || text.isEmpty()) {
        skip(path, "a speech without text");
        return;
      }
      String id = JsonSupport.text(n, "id");
      String key = id != null ? id : fileKey + "/" + path;
      if (!written.add("speech:" + key)) {
        skip(path, "duplicate speech id " + key);
        return;
      }
      Comment.Builder b =
          Comment.builder()
              .id(session.iri("speech", key))
              .debate(debate)
              .text(lang, text)
              .created(dateTime(path, n, "date"))
              .provenance(session.provenance(id, null));
      String creator = refId(n, "creator");
      String creatorName = JsonSupport.text(JsonSupport.object(n, "creator"), "name");
      String attribution = JsonSupport.text(n, "attribution_text");
      if (creator == null && creatorName != null) {
        creator = "name:" + creatorName;
      }
      if (creator == null && attribution != null) {
        creator = "name:" + attribution;
        creatorName = attribution;
      }
      if (creator != null) {
        b.addAuthor(participant(creator, creatorName != null ? creatorName : attribution));
      }
      session.write(b.build());
      session.mapped(source);
    }
  }

  /** Whether {@code a} is strictly before {@code b}, when they can be compared. */
  static boolean before(TemporalValue a, TemporalValue b) {
    try {
      if (a.isDateTime() && b.isDateTime()) {
        if (a.hasTimezone() && b.hasTimezone()) {
          return a.toOffsetDateTime().isBefore(b.toOffsetDateTime());
        }
        if (!a.hasTimezone() && !b.hasTimezone()) {
          return a.toLocalDateTime().isBefore(b.toLocalDateTime());
        }
        return false;
      }
      return a.toLocalDate().isBefore(b.toLocalDate());
    } catch (RuntimeException e) {
      return false;
    }
  }
}
