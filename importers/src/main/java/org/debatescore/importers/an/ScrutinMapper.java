package org.debatescore.importers.an;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.debatescore.core.model.Extensions;
import org.debatescore.core.model.Provenance;
import org.debatescore.core.model.Tally;
import org.debatescore.core.model.TemporalValue;
import org.debatescore.core.model.Vote;
import org.debatescore.core.model.VoteEvent;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Literal;
import org.debatescore.importers.ImportSession;
import org.debatescore.importers.support.JsonSupport;
import org.debatescore.importers.support.Texts;
import org.debatescore.vocab.Codes;

/**
 * Maps one scrutin file, fed by {@link ScrutinReader} in file order: the small top-level fields
 * first, then the political groups one at a time (their ballots written at once), then {@link
 * #finish()} writes the vote event and its tallies and checks the counts against each other. Memory
 * holds one group's tree, the header, and the ids of the deputies who voted in this scrutin.
 *
 * <p>Records counted: the scrutin, and each ballot ({@code votant}) of {@code decompteNominatif}.
 */
final class ScrutinMapper {

  private static final String GROUPS = "scrutin.ventilationVotes.organe.groupes.groupe";
  private static final Position[] POSITIONS = Position.values();

  private final ImportSession s;
  private final SharedEntities shared;
  private final AnVocab vocab;
  private final String source;
  private final String stem;
  private final Map<String, JsonNode> header = new HashMap<>();
  private final Set<String> voters = new HashSet<>();
  private final Set<String> groupRefs = new HashSet<>();
  private final long[] ballots = new long[POSITIONS.length];
  private final List<Group> groups = new ArrayList<>();
  private final Extensions.Builder ext = Extensions.builder();
  private String uid;
  private Iri event;
  private Iri debate;
  private String firstCopy;
  private long copyBallots;
  private String broken;
  private boolean started;

  /** A group's declared counts, by position, and the ballots written for it. */
  private record Group(
      String organeRef, String path, Long[] declared, long[] ballots, Long members, Position top) {}

  ScrutinMapper(ImportSession session, SharedEntities shared, String source, String fileName) {
    this.s = session;
    this.shared = shared;
    this.vocab = shared.vocab();
    this.source = source;
    int dot = fileName.lastIndexOf('.');
    this.stem = dot > 0 ? fileName.substring(0, dot) : fileName;
  }

  // ------------------------------------------------------------------ input

  /** A top-level field of {@code scrutin} (every one but {@code ventilationVotes}). */
  void field(String name, JsonNode value) {
    started = true;
    if (header.put(name, value) != null) {
      note("scrutin." + name, "the field is given twice: the last value is used");
    }
  }

  /** The organ of the breakdown ({@code ventilationVotes.organe.organeRef}). */
  void breakdownOrgan(String organeRef) {
    started = true;
    String main = AnVocab.ref(text("organeRef"));
    if (organeRef != null && main != null && !organeRef.equals(main)) {
      note(
          "scrutin.ventilationVotes.organe.organeRef",
          "breakdown organ " + organeRef + " is not the scrutin's organ " + main);
    }
  }

  /** One group of the breakdown: its ballots are written now, its counts kept for the tallies. */
  void group(String path, JsonNode g) {
    started = true;
    ensureEvent();
    if (g == null || !g.isObject()) {
      note(path, "expected a group object, found " + describe(g) + ": not read");
      return;
    }
    String organeRef = AnVocab.ref(JsonSupport.text(g, "organeRef"));
    JsonNode vote = JsonSupport.object(g, "vote");
    Long[] declared =
        AnCounts.decompte(
            vote == null ? null : vote.get("decompteVoix"),
            path + ".vote.decompteVoix",
            this::note);
    Long members =
        AnCounts.parse(g.get("nombreMembresGroupe"), path + ".nombreMembresGroupe", this::note);
    Position top = Position.ofMajority(JsonSupport.text(vote, "positionMajoritaire"));
    long[] counted = new long[POSITIONS.length];
    JsonNode nominative = vote == null ? null : vote.get("decompteNominatif");
    String np = path + ".vote.decompteNominatif";
    if (nominative != null && nominative.isObject()) {
      for (Position p : POSITIONS) {
        for (Votants.Entry e : Votants.of(nominative.get(p.block), np + "." + p.block)) {
          if (ballot(e, p, organeRef)) {
            counted[p.ordinal()]++;
            ballots[p.ordinal()]++;
          }
        }
      }
      for (Iterator<String> it = nominative.fieldNames(); it.hasNext(); ) {
        String key = it.next();
        if (!isBlock(key) && !nominative.get(key).isNull()) {
          note(
              np + "." + key,
              "not a position of the AN (pours, contres, abstentions," + " nonVotants): not read");
        }
      }
    } else if (nominative != null && !nominative.isNull()) {
      note(np, "expected an object of positions, found " + describe(nominative) + ": not read");
    }
    groups.add(new Group(organeRef, path, declared, counted, members, top));
  }

  /** The file broke off (malformed JSON): what was read is written, the rest reported. */
  void broken(String reason) {
    this.broken = reason;
  }

  /** Nothing of a scrutin could be read: one record, skipped. */
  void notAScrutin(String path, String reason) {
    s.read(source);
    s.skipped(source, -1, path, reason);
  }

  boolean started() {
    return started;
  }

  // ------------------------------------------------------------------ ballots

  private boolean ballot(Votants.Entry e, Position p, String organeRef) {
    s.read(source);
    if (firstCopy != null) {
      s.skippedUnlisted(source);
      copyBallots++;
      return false;
    }
    JsonNode n = e.node();
    if (!n.isObject()) {
      return skip(e.path(), "expected a voter object, found " + describe(n));
    }
    String actor = JsonSupport.text(n, "acteurRef");
    if (actor == null || !AnVocab.ACTOR.matcher(actor.strip()).matches()) {
      return skip(
          e.path(),
          actor == null
              ? "a voter without acteurRef (the deputy's id)"
              : "acteurRef '" + AnCounts.shorten(actor) + "' is not a deputy id (PA…)");
    }
    actor = actor.strip();
    if (!voters.add(actor)) {
      return skip(
          e.path(),
          (s.options().keepNames() ? actor : "this deputy")
              + " is listed a second time in this scrutin: only the first ballot is kept");
    }
    Extensions.Builder x = Extensions.builder();
    String delegation = JsonSupport.text(n, "parDelegation");
    if ("true".equals(delegation) || "false".equals(delegation)) {
      x.add(vocab.term("parDelegation"), AnVocab.bool(Boolean.parseBoolean(delegation)));
    } else if (delegation != null) {
      note(
          e.path() + ".parDelegation",
          "'" + AnCounts.shorten(delegation) + "' is not true or false");
    }
    String cause = JsonSupport.text(n, "causePositionVote");
    if (cause != null) {
      cause = cause.strip();
      x.add(vocab.term("causePositionVote"), Literal.string(AnCounts.shorten(cause)));
      String label = AnVocab.CAUSES.get(cause);
      if (label != null) {
        x.add(vocab.term("causePositionVoteLibelle"), Literal.lang(label, "fr"));
      } else {
        note(
            e.path() + ".causePositionVote",
            "unknown cause '" + AnCounts.shorten(cause) + "' (known: MG, PAN, PSE): kept as given");
      }
    }
    if (organeRef != null && !AnVocab.NO_GROUP.equals(organeRef)) {
      x.add(vocab.term("groupe"), shared.group(organeRef));
    }
    if (s.options().keepNames()) {
      // The mandate and the seat identify the deputy as surely as the PA id: only with real names.
      String mandate = AnVocab.ref(JsonSupport.text(n, "mandatRef"));
      String seat = AnVocab.ref(JsonSupport.text(n, "numPlace"));
      if (mandate != null) {
        x.add(vocab.term("mandatRef"), Literal.string(mandate));
      }
      if (seat != null) {
        x.add(vocab.term("numPlace"), Literal.string(seat));
      }
    }
    // No provenance of its own: the vote event's (uid, page, licence) covers its 1.27 M ballots.
    s.write(
        Vote.builder()
            .id(s.iri("vote", uid + "/" + s.pseudonym(actor)))
            .voter(deputy(actor))
            .voteEvent(event)
            .debate(debate)
            .option(shared.option(p))
            .extensions(x.build())
            .build());
    s.mapped(source);
    return true;
  }

  /** A deputy: an elected official, pseudonymised unless names are kept. */
  private Iri deputy(String actor) {
    boolean keep = s.options().keepNames();
    return s.participant(
        actor,
        null,
        b -> {
          b.addRole(Iri.of(Codes.Role.ELECTED_OFFICIAL));
          if (keep) {
            b.homepage(Iri.of(AnVocab.SITE + "deputes/" + actor));
          }
        });
  }

  // ------------------------------------------------------------------ the vote event

  /** Fixes the scrutin's id, its debate and whether it is a second copy; once. */
  private void ensureEvent() {
    if (event != null) {
      return;
    }
    String given = text("uid");
    uid = AnVocab.ref(given);
    if (uid == null) {
      uid = AnVocab.ref(stem) != null ? stem : "file-" + ImportSession.segment(stem);
      note(
          "scrutin.uid",
          (given == null ? "no uid" : "uid '" + AnCounts.shorten(given) + "' is not an AN id")
              + " (before the ballots): the file name "
              + uid
              + " is used");
    }
    event = s.iri("vote-event", uid);
    firstCopy = shared.firstCopy(uid, source);
    if (firstCopy == null) {
      String seance = AnVocab.ref(text("seanceRef"));
      if (seance == null) {
        note("scrutin.seanceRef", "no sitting reference: the scrutin is put in its législature");
      }
      debate =
          shared.sitting(seance, legislature(), shared.assembly(AnVocab.ref(text("organeRef"))));
    }
  }

  /** Writes the vote event and its tallies (or reports the second copy); counts the scrutin. */
  void finish() {
    ensureEvent();
    s.read(source);
    if (firstCopy != null) {
      s.skipped(
          source,
          -1,
          uid,
          "scrutin " + uid + " was already read from " + firstCopy + ": this copy is not written");
      if (copyBallots > 0) {
        s.note(source, -1, uid, copyBallots + " ballots of the copy skipped with it");
      }
      return;
    }
    String later = AnVocab.ref(text("uid"));
    if (later != null && !later.equals(uid)) {
      note("scrutin.uid", "uid " + later + " comes after the ballots, which use " + uid);
    }
    String title = clean(text("titre"));
    String object = clean(text(JsonSupport.object(header.get("objet"), "libelle")));
    String number = text("numero");
    VoteEvent.Builder b = VoteEvent.builder().id(event).debate(debate);
    b.title("fr", title != null ? title : object != null ? object : "Scrutin " + uid);
    if (object != null && !object.equals(title)) {
      b.description("fr", object);
    }
    date(b);
    outcome(b);
    b.provenance(licensed(uid, page(number)));
    ext.add(AnVocab.RIGHTS, AnVocab.ATTRIBUTION);
    JsonNode synthesis = header.get("syntheseVote");
    Map<String, Long> figures = new HashMap<>();
    for (String f : List.of("nombreVotants", "suffragesExprimes", "nbrSuffragesRequis")) {
      Long n = count(synthesis, f);
      if (n != null) {
        figures.put(f, n);
        ext.add(vocab.term(f), AnVocab.integer(n));
      }
    }
    details(number);
    misesAuPoint(header.get("miseAuPoint"));
    Long[] overall =
        AnCounts.decompte(
            JsonSupport.object(header.get("syntheseVote"), "decompte"),
            "scrutin.syntheseVote.decompte",
            this::note);
    Set<Position> options = options(overall);
    for (Position p : options) {
      b.addAvailableOption(shared.option(p));
    }
    overallTallies(b, options, overall);
    groupTallies(b, options);
    checks(overall, figures);
    if (broken != null) {
      s.flagged(
          source,
          -1,
          uid,
          broken
              + "; the rest of the file was not read: the scrutin is"
              + " written with what came before");
    }
    s.write(b.extensions(ext.build()).build());
    s.mapped(source);
  }

  private void date(VoteEvent.Builder b) {
    String raw = text("dateScrutin");
    TemporalValue d = JsonSupport.temporal(raw);
    if (d != null) {
      b.startDate(d);
    } else if (raw != null) {
      note("scrutin.dateScrutin", "'" + AnCounts.shorten(raw) + "' is not a date: not written");
    }
  }

  /** {@code sort.code} adopté / rejeté. The announcement and label are kept as given. */
  private void outcome(VoteEvent.Builder b) {
    JsonNode sort = header.get("sort");
    String code = JsonSupport.text(sort, "code");
    if (code == null) {
      note("scrutin.sort.code", "no outcome (sort.code)");
      return;
    }
    String c = code.strip().toLowerCase(Locale.ROOT);
    if (c.startsWith("adopt")) {
      b.outcome(Iri.of(Codes.Outcome.ADOPTED));
    } else if (c.startsWith("rejet")) {
      b.outcome(Iri.of(Codes.Outcome.REJECTED));
    } else {
      note(
          "scrutin.sort.code",
          "outcome '"
              + AnCounts.shorten(code)
              + "' is neither adopté nor rejeté: no outcome written (the code is kept)");
    }
    ext.add(vocab.term("sortCode"), Literal.string(AnCounts.shorten(code.strip())));
  }

  /** The fields no Debatescore property holds, kept as statements of the vote event. */
  private void details(String number) {
    if (number != null && AnVocab.DIGITS.matcher(number.strip()).matches()) {
      ext.add(vocab.term("numero"), AnVocab.integer(Long.parseLong(number.strip())));
    }
    JsonNode type = header.get("typeVote");
    literal("codeTypeVote", JsonSupport.text(type, "codeTypeVote"), null);
    literal("libelleTypeVote", JsonSupport.text(type, "libelleTypeVote"), "fr");
    literal("typeMajorite", JsonSupport.text(type, "typeMajorite"), "fr");
    literal("sortLibelle", JsonSupport.text(header.get("sort"), "libelle"), "fr");
    literal("demandeur", JsonSupport.text(header.get("demandeur"), "texte"), "fr");
    literal("seanceRef", AnVocab.ref(text("seanceRef")), null);
    literal("sessionRef", AnVocab.ref(text("sessionRef")), null);
    literal("legislature", legislature(), null);
    literal("lieuVote", text("lieuVote"), "fr");
    literal("modePublicationDesVotes", text("modePublicationDesVotes"), null);
    JsonNode dossier = JsonSupport.object(header.get("objet"), "dossierLegislatif");
    String dossierRef = AnVocab.ref(JsonSupport.text(dossier, "dossierRef"));
    literal("dossierLegislatif", dossierRef, null);
    JsonNode synthesis = header.get("syntheseVote");
    literal("annonce", JsonSupport.text(synthesis, "annonce"), "fr");
  }

  private void literal(String term, String value, String lang) {
    String v = clean(value);
    if (v != null && !v.isEmpty()) {
      ext.add(vocab.term(term), lang == null ? Literal.string(v) : Literal.lang(v, lang));
    }
  }

  /**
   * The options offered: for, against, abstain (a motion de censure records only for), plus every
   * position with a ballot or a count above zero, so that every vote's option is listed.
   */
  private Set<Position> options(Long[] overall) {
    Set<Position> options = EnumSet.of(Position.POUR);
    if (!isCensure()) {
      options.add(Position.CONTRE);
      options.add(Position.ABSTENTION);
    }
    for (Position p : POSITIONS) {
      boolean used = ballots[p.ordinal()] > 0 || positive(overall[p.ordinal()]);
      for (Group g : groups) {
        used |= positive(g.declared()[p.ordinal()]);
      }
      if (used) {
        options.add(p);
      }
    }
    return options;
  }

  private boolean isCensure() {
    return "MOC".equals(JsonSupport.text(header.get("typeVote"), "codeTypeVote"));
  }

  /**
   * The tallies of the whole Assemblée. With ballots, the shapes require each to equal its ballots:
   * a declared count that does not is kept as a statement ({@code decompte-pour}...) and flagged.
   */
  private void overallTallies(VoteEvent.Builder b, Set<Position> options, Long[] overall) {
    boolean nominative = sum(ballots) > 0;
    for (Position p : options) {
      Long declared = overall[p.ordinal()];
      if (declared == null) {
        continue;
      }
      if (nominative && declared != ballots[p.ordinal()]) {
        ext.add(vocab.term("decompte-" + p.slug), AnVocab.integer(declared));
        s.flagged(
            source,
            -1,
            uid,
            "syntheseVote counts "
                + declared
                + " "
                + p.count
                + " but "
                + ballots[p.ordinal()]
                + " ballots are listed: the overall tally is not written"
                + " (kept as decompte-"
                + p.slug
                + "); the ballots and group tallies are");
        continue;
      }
      Iri tally = s.iri("tally", uid + "/" + p.slug);
      s.write(Tally.builder().id(tally).option(shared.option(p)).count(declared).build());

      b.addTally(tally);
    }
  }

  /** One tally per group and option, with the group's size; positionMajoritaire when it voted. */
  private void groupTallies(VoteEvent.Builder b, Set<Position> options) {
    boolean nominative = sum(ballots) > 0;
    for (Group g : groups) {
      if (g.organeRef() == null || AnVocab.NO_GROUP.equals(g.organeRef())) {
        note(
            g.path() + ".organeRef",
            (g.organeRef() == null ? "no group reference" : "dangling group reference PO0")
                + ": its tallies are not written (no group to"
                + " count them for); its "
                + sum(g.ballots())
                + " ballots are kept");
        continue;
      }
      if (!groupRefs.add(g.organeRef())) {
        note(
            g.path(),
            "group "
                + g.organeRef()
                + " appears twice: its second tallies are not"
                + " written; its ballots are kept");
        continue;
      }
      long total = 0;
      for (Long n : g.declared()) {
        total += n == null ? 0 : n;
      }
      Iri group = shared.group(g.organeRef());
      for (Position p : options) {
        Long declared = g.declared()[p.ordinal()];
        if (declared == null) {
          continue;
        }
        if (nominative && declared != g.ballots()[p.ordinal()]) {
          note(
              g.path(),
              "group "
                  + g.organeRef()
                  + " counts "
                  + declared
                  + " "
                  + p.count
                  + " but lists "
                  + g.ballots()[p.ordinal()]
                  + " ballots");
        }
        Extensions.Builder x = Extensions.builder();
        if (g.members() != null) {
          x.add(vocab.term("nombreMembresGroupe"), AnVocab.integer(g.members()));
        }
        // A group where nobody voted still says "pour": meaningless, so not kept.
        if (p == g.top() && total > 0) {
          x.add(vocab.term("positionMajoritaire"), AnVocab.bool(true));
        }
        Iri tally = s.iri("tally", uid + "/" + g.organeRef() + "/" + p.slug);
        s.write(
            Tally.builder()
                .id(tally)
                .option(shared.option(p))
                .count(declared)
                .group(group)
                .extensions(x.build())
                .build());
        b.addTally(tally);
      }
    }
  }

  /** The AN's invariants between its counts; a broken one is flagged, nothing is changed. */
  private void checks(Long[] o, Map<String, Long> figures) {
    Long voting = figures.get("nombreVotants");
    Long cast = figures.get("suffragesExprimes");
    Long pour = o[Position.POUR.ordinal()];
    Long contre = o[Position.CONTRE.ordinal()];
    Long abst = o[Position.ABSTENTION.ordinal()];
    if (voting != null
        && pour != null
        && contre != null
        && abst != null
        && voting != pour + contre + abst) {
      s.flagged(
          source,
          -1,
          uid,
          "nombreVotants "
              + voting
              + " is not pour + contre + abstentions"
              + " ("
              + (pour + contre + abst)
              + ")");
    }
    if (cast != null && pour != null && contre != null && cast != pour + contre) {
      s.flagged(
          source,
          -1,
          uid,
          "suffragesExprimes " + cast + " is not pour + contre (" + (pour + contre) + ")");
    }
    if (groups.isEmpty()) {
      return;
    }
    for (Position p : POSITIONS) {
      long total = 0;
      boolean complete = o[p.ordinal()] != null;
      for (Group g : groups) {
        Long n = g.declared()[p.ordinal()];
        complete &= n != null;
        total += n == null ? 0 : n;
      }
      if (complete && total != o[p.ordinal()]) {
        s.flagged(
            source,
            -1,
            uid,
            "the groups count "
                + total
                + " "
                + p.count
                + " in all, syntheseVote "
                + o[p.ordinal()]);
      }
    }
    if (isCensure() && (positive(contre) || positive(abst))) {
      note(
          "scrutin.syntheseVote.decompte",
          "a motion de censure records only 'pour', yet contre "
              + contre
              + " / abstentions "
              + abst
              + " are given: kept as tallies");
    }
  }

  /**
   * {@code miseAuPoint}: deputies who said afterwards how they meant to vote, and votes lost to a
   * malfunction ({@code dysfonctionnement}). They never change the outcome or the counts: each is
   * kept as a statement of the vote event ({@code miseAuPoint-pours} → the deputy).
   */
  private void misesAuPoint(JsonNode m) {
    if (m == null || m.isNull()) {
      return;
    }
    if (!m.isObject()) {
      note("scrutin.miseAuPoint", "expected an object, found " + describe(m) + ": not read");
      return;
    }
    int kept = 0;
    for (Iterator<String> it = m.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      JsonNode v = m.get(key);
      if ("dysfonctionnement".equals(key) && v.isObject()) {
        for (Iterator<String> sub = v.fieldNames(); sub.hasNext(); ) {
          String k = sub.next();
          kept +=
              statedVoters(
                  "dysfonctionnement-" + k, v.get(k), "scrutin.miseAuPoint." + key + "." + k);
        }
      } else {
        kept += statedVoters("miseAuPoint-" + key, v, "scrutin.miseAuPoint." + key);
      }
    }
    if (kept > 0) {
      note(
          "scrutin.miseAuPoint",
          kept
              + " mises au point kept as statements of the vote event;"
              + " they do not change the outcome or the counts");
    }
  }

  private int statedVoters(String term, JsonNode block, String path) {
    int kept = 0;
    if (!AnVocab.REF.matcher(term).matches()) {
      note(path, "not a position: not read");
      return 0;
    }
    for (Votants.Entry e : Votants.of(block, path)) {
      String actor = JsonSupport.text(e.node(), "acteurRef");
      if (actor != null && AnVocab.ACTOR.matcher(actor.strip()).matches()) {
        ext.add(vocab.term(term), deputy(actor.strip()));
        kept++;
      } else if (!e.node().isObject() || e.node().size() > 0) {
        note(e.path(), "not a deputy (no acteurRef PA…): not kept");
      }
    }
    return kept;
  }

  // ------------------------------------------------------------------ helpers

  private Provenance licensed(String identifier, Iri page) {
    return s.provenance(identifier, page).toBuilder().license(AnVocab.LICENCE).build();
  }

  /** The scrutin's page on the AN site, when the législature and number are plain numbers. */
  private Iri page(String number) {
    String leg = legislature();
    if (leg == null || number == null || !AnVocab.DIGITS.matcher(number.strip()).matches()) {
      return null;
    }
    return Iri.of(AnVocab.SITE + leg + "/scrutins/" + number.strip());
  }

  private String legislature() {
    String l = text("legislature");
    return l != null && AnVocab.DIGITS.matcher(l.strip()).matches() ? l.strip() : null;
  }

  private Long count(JsonNode synthesis, String field) {
    return synthesis == null || !synthesis.isObject()
        ? null
        : AnCounts.parse(synthesis.get(field), "scrutin.syntheseVote." + field, this::note);
  }

  private String text(String field) {
    JsonNode v = header.get(field);
    return v == null || !v.isValueNode() || v.isNull() || v.asText().isBlank() ? null : v.asText();
  }

  private static String text(JsonNode v) {
    return v == null || !v.isValueNode() || v.isNull() ? null : v.asText();
  }

  private static String clean(String text) {
    String t = Texts.clean(text);
    return t == null || t.isBlank() ? null : t.strip();
  }

  private static boolean isBlock(String key) {
    for (Position p : POSITIONS) {
      if (p.block.equals(key)) {
        return true;
      }
    }
    return false;
  }

  private static boolean positive(Long n) {
    return n != null && n > 0;
  }

  private static long sum(long[] counts) {
    long t = 0;
    for (long c : counts) {
      t += c;
    }
    return t;
  }

  private static String describe(JsonNode v) {
    return v == null ? "nothing" : AnCounts.describe(v);
  }

  private boolean skip(String path, String reason) {
    s.skipped(source, -1, path, reason);
    return false;
  }

  void note(String path, String reason) {
    s.note(source, -1, path, reason);
  }

  static String groupPath(int index) {
    return GROUPS + "[" + index + "]";
  }
}
