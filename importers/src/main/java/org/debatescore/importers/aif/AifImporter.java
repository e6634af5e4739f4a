package org.debatescore.importers.aif;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.debatescore.core.LimitExceededException;
import org.debatescore.core.model.Argument;
import org.debatescore.core.model.Comment;
import org.debatescore.core.model.Contribution;
import org.debatescore.core.model.Debate;
import org.debatescore.core.model.Extensions;
import org.debatescore.core.model.Question;
import org.debatescore.core.model.TemporalValue;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Literal;
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
 * Imports argument maps in AIF JSON: the AIFdb form {@code {"nodes": [...], "edges": [...],
 * "locutions": [...], "participants": [...]}} and the xAIF wrapper {@code {"AIF": {...}, "OVA":
 * ..., "text": ...}} (OVA layout and source text are not read).
 *
 * <p>Mapping, one {@link Debate} per file:
 *
 * <ul>
 *   <li>I-node → {@link Argument} with its text. RA (inference): for each premise I → RA →
 *       conclusion I, the premise {@code dbs:supports} the conclusion. CA (conflict): attacker I →
 *       CA → target I gives {@code dbs:attacks}; when the target is an RA node (an undercut, which
 *       attacks the inference rather than a proposition) the attacker attacks the premise arguments
 *       of that RA, since a Debatescore argument stands for its premise together with its support;
 *       each undercut is reported as a note. An I-node that supports or attacks nothing (a main
 *       claim) becomes a {@link Comment}, because a {@code dbs:Argument} must support or attack
 *       something. A link that would make an argument both support and attack the same contribution
 *       is dropped and reported.
 *   <li>L-node → {@link Comment} by its speaker: the participant of its locution ({@code
 *       participants} first name and surname), else the {@code SPEAKER :} prefix of its text, which
 *       is removed from the text; speakers are pseudonymised unless names are kept. A TA
 *       (transition) with one locution before and one after makes the later reply to the earlier
 *       ({@code dbs:replyTo}) unless that would make a reply cycle.
 *   <li>YA (illocutionary anchor): the speech act (Asserting, Questioning, Disagreeing...) kept on
 *       the locution performing it ({@code <base>aif/vocab/illocution}); a questioning locution is
 *       a {@link Question}, an asserted proposition is authored by the speaker, a reply that
 *       disagrees or agrees gets a stance (see {@code illocution}). RA and CA scheme names and ids
 *       ({@code scheme}, {@code schemeID}) are kept on the arguments whose links they give ({@code
 *       <base>aif/vocab/scheme}, {@code schemeId}).
 *   <li>MA (rephrase), PA (preference) and other S-nodes: read and skipped with the reason (no
 *       Debatescore relation); the nodes they link are kept.
 *   <li>Edges: mapped when both nodes exist (their meaning is reported with their S-node), skipped
 *       when one is unknown; {@code formEdgeID} (null, {@code "None"} or an id) is not used.
 *   <li>Timestamps {@code YYYY-MM-DD HH:mm:ss} have no time zone: written as {@code xsd:dateTime}
 *       without one. Texts are tagged {@code und} (AIF does not say their language).
 * </ul>
 *
 * <p>Memory: an argument graph needs all its edges before anything can be written, so the nodes
 * (id, type, text, timestamp), the edges (three ids) and the locutions and participants of one file
 * are held in maps while it is mapped: memory grows with the size of the largest file (about its
 * text plus a hundred bytes per node and edge), not with the number of files. The file is still
 * read with a streaming parser, one node or edge at a time.
 */
public final class AifImporter implements Importer {

  static final String PLATFORM = "aif";
  static final String UND = "und";
  private static final Pattern SPEAKER =
      Pattern.compile("^([^:\\n]{1,60}?)\\s+:\\s+(.+)$", Pattern.DOTALL);

  @Override
  public String name() {
    return "aif";
  }

  @Override
  public String description() {
    return "AIF argument maps (AIFdb JSON, OVA xAIF): propositions, inferences, conflicts, locutions";
  }

  @Override
  public ImportReport run(List<Path> inputs, ImportOptions options, RdfSink sink) {
    List<InputFile> files = Inputs.expand(inputs, options);
    try (ImportSession session = new ImportSession(name(), PLATFORM, options, sink)) {
      Set<String> keys = new HashSet<>();
      for (InputFile f : files) {
        String k = f.fileName();
        int n = 2;
        while (!keys.add(k)) {
          k = f.fileName() + "-" + n++;
        }
        session.source(f.name());
        Graph g = read(f);
        new FileMapper(session, f.name(), k, g).map();
      }
      return session.finish();
    }
  }

  // ------------------------------------------------------------------ reading

  /**
   * A node. {@code scheme} and {@code schemeId}: the AIFdb argumentation or illocutionary scheme of
   * an S-node ({@code scheme}, {@code schemeID}), or {@code null}.
   */
  record Node(
      String id,
      String type,
      String text,
      String timestamp,
      String path,
      String scheme,
      String schemeId) {

    /** The scheme's name: its {@code scheme}, else its text ({@code Default Inference}...). */
    String schemeName() {
      String n = Texts.clean(scheme != null ? scheme : text);
      return n == null || n.isEmpty() ? null : n;
    }
  }

  record Edge(String id, String from, String to, String path) {}

  /** One file's argument graph, and the records that could not be read. */
  static final class Graph {
    final Map<String, Node> nodes = new LinkedHashMap<>();
    final List<Node> duplicateNodes = new ArrayList<>();
    final List<Edge> edges = new ArrayList<>();
    final List<JsonNode> locutions = new ArrayList<>();
    final List<String> locutionPaths = new ArrayList<>();
    final Map<String, String> participantNames = new HashMap<>();
    final List<String[]> bad = new ArrayList<>(); // {path, reason}
    int participants;
    boolean sawGraph;
  }

  static Graph read(InputFile file) {
    Graph g = new Graph();
    String path = "$";
    try (InputStream in = Inputs.open(file);
        JsonParser p = JsonSupport.parser(in)) {
      JsonToken t = p.nextToken();
      if (t != JsonToken.START_OBJECT) {
        g.bad.add(
            new String[] {
              "$", t == null ? "empty file" : "not an AIF document: not a JSON object"
            });
        return g;
      }
      path = readObject(p, g, "");
    } catch (JsonProcessingException e) {
      LimitExceededException limit = JsonSupport.limit(file.name(), e);
      if (limit != null) {
        throw limit;
      }
      g.bad.add(new String[] {path, JsonSupport.message(e) + "; the rest of the file is not read"});
    } catch (IOException e) {
      throw Inputs.failure(file, e);
    }
    if (!g.sawGraph && g.bad.isEmpty()) {
      g.bad.add(new String[] {"$", "not an AIF document: no nodes or edges"});
    }
    return g;
  }

  /** Reads the fields of an object (the document or its {@code AIF} member). */
  private static String readObject(JsonParser p, Graph g, String prefix) throws IOException {
    String path = prefix.isEmpty() ? "$" : prefix;
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      JsonToken vt = p.nextToken();
      if (key.equals("AIF") && vt == JsonToken.START_OBJECT) {
        readObject(p, g, prefix + "AIF.");
        continue;
      }
      boolean known =
          key.equals("nodes")
              || key.equals("edges")
              || key.equals("locutions")
              || key.equals("participants");
      if (!known || vt != JsonToken.START_ARRAY) {
        p.skipChildren();
        continue;
      }
      g.sawGraph |= key.equals("nodes") || key.equals("edges");
      int i = 0;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        path = prefix + key + "[" + i + "]";
        JsonNode n = JsonSupport.tree(p);
        i++;
        if (!n.isObject()) {
          g.bad.add(new String[] {path, "not a JSON object"});
          continue;
        }
        switch (key) {
          case "nodes" -> {
            String id = JsonSupport.text(n, "nodeID");
            String type = JsonSupport.text(n, "type");
            if (id == null || type == null) {
              g.bad.add(new String[] {path, "a node needs a nodeID and a type"});
            } else {
              Node node =
                  new Node(
                      id,
                      type.strip().toUpperCase(Locale.ROOT),
                      JsonSupport.text(n, "text"),
                      JsonSupport.text(n, "timestamp"),
                      path,
                      JsonSupport.text(n, "scheme"),
                      JsonSupport.text(n, "schemeID"));
              if (g.nodes.putIfAbsent(id, node) != null) {
                g.duplicateNodes.add(node);
              }
            }
          }
          case "edges" -> {
            String from = JsonSupport.text(n, "fromID");
            String to = JsonSupport.text(n, "toID");
            if (from == null || to == null) {
              g.bad.add(new String[] {path, "an edge needs a fromID and a toID"});
            } else {
              g.edges.add(new Edge(JsonSupport.text(n, "edgeID"), from, to, path));
            }
          }
          case "locutions" -> {
            g.locutions.add(n);
            g.locutionPaths.add(path);
          }
          default -> {
            String pid = JsonSupport.text(n, "participantID");
            if (pid == null) {
              g.bad.add(new String[] {path, "a participant without participantID"});
            } else {
              String first = JsonSupport.text(n, "firstname");
              String last = JsonSupport.text(n, "surname");
              String name =
                  ((first == null ? "" : first) + " " + (last == null ? "" : last)).strip();
              g.participantNames.put(pid, name.isEmpty() ? null : name);
              g.participants++;
            }
          }
        }
      }
    }
    return path;
  }

  // ------------------------------------------------------------------ mapping

  /** Maps one file's graph. */
  static final class FileMapper {
    private final ImportSession session;
    private final String source;
    private final String fileKey;
    private final Graph g;
    private Iri debate;
    private final Map<String, List<String>> in = new HashMap<>();
    private final Map<String, List<String>> out = new HashMap<>();
    private final Map<String, Set<String>> supports = new LinkedHashMap<>();
    private final Map<String, Set<String>> attacks = new LinkedHashMap<>();
    private final Map<String, String> replyTo = new HashMap<>();
    private final Map<String, String> speaker = new HashMap<>();

    private final String lang;

    FileMapper(ImportSession session, String source, String fileKey, Graph g) {
      this.session = session;
      this.lang = session.options().languageOr(UND);
      this.source = source;
      this.fileKey = fileKey;
      this.g = g;
    }

    private Iri node(String id) {
      return session.iri("node", fileKey + "/" + id);
    }

    private void skip(String path, String reason) {
      session.skipped(source, -1, path, reason);
    }

    private void note(String path, String reason) {
      session.note(source, -1, path, reason);
    }

    void map() {
      for (String[] b : g.bad) {
        session.read(source);
        skip(b[0], b[1]);
      }
      for (Node d : g.duplicateNodes) {
        session.read(source);
        skip(d.path(), "duplicate nodeID " + d.id() + ": the first node with it is kept");
      }
      if (g.nodes.isEmpty() && g.edges.isEmpty()) {
        return;
      }
      debate = session.iri("debate", fileKey);
      session.write(
          Debate.builder()
              .id(debate)
              .title(lang, "Argument map " + fileKey)
              .provenance(session.provenance(fileKey, null))
              .build());
      for (Edge e : g.edges) {
        session.read(source);
        boolean fromKnown = g.nodes.containsKey(e.from());
        boolean toKnown = g.nodes.containsKey(e.to());
        if (!fromKnown || !toKnown) {
          skip(
              e.path(),
              "edge "
                  + (e.id() == null ? "" : e.id() + " ")
                  + "refers to unknown node "
                  + (fromKnown ? e.to() : e.from()));
          continue;
        }
        out.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e.to());
        in.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e.from());
        session.mapped(source);
      }
      locutions();
      for (Node n : g.nodes.values()) {
        switch (n.type()) {
          case "RA" -> inference(n);
          case "CA" -> conflict(n);
          default -> {
            // later
          }
        }
      }
      transitions();
      for (Node n : g.nodes.values()) {
        if (n.type().equals("YA")) {
          illocution(n);
        }
      }
      for (Node n : g.nodes.values()) {
        session.read(source);
        switch (n.type()) {
          case "I" -> proposition(n);
          case "L" -> locution(n);
          case "RA", "CA", "TA", "YA" -> {
            // counted when linked, see below
            if (used.contains(n.id())) {
              session.mapped(source);
            } else {
              skip(n.path(), unusedReason.getOrDefault(n.id(), n.type() + " node links nothing"));
            }
          }
          case "MA" ->
              skip(n.path(), "rephrase (MA): no Debatescore relation; both propositions are kept");
          case "PA" -> skip(n.path(), "preference (PA): no Debatescore relation");
          default ->
              skip(n.path(), "node type " + n.type() + " is not an AIF node type mapped here");
        }
      }
    }

    private final Set<String> used = new HashSet<>();
    // from the YA nodes: the locution performing each speech act, and what it does
    private final Map<String, Set<String>> illocutions = new HashMap<>();
    private final Map<String, Iri> stances = new HashMap<>();
    private final Set<String> questions = new HashSet<>();
    private final Map<String, String> assertedBy = new HashMap<>();
    // from the RA and CA nodes: the schemes of each argument's links
    private final Map<String, Set<Node>> schemes = new HashMap<>();
    private final Map<String, String> unusedReason = new HashMap<>();

    private List<String> ofType(List<String> ids, String type) {
      List<String> r = new ArrayList<>();
      if (ids != null) {
        for (String id : ids) {
          Node n = g.nodes.get(id);
          if (n.type().equals(type) && (!(type.equals("I") || type.equals("L")) || hasText(n))) {
            r.add(id);
          }
        }
      }
      return r;
    }

    private void inference(Node ra) {
      List<String> premises = ofType(in.get(ra.id()), "I");
      List<String> conclusions = ofType(out.get(ra.id()), "I");
      if (premises.isEmpty() || conclusions.isEmpty()) {
        unusedReason.put(ra.id(), "inference (RA) without a premise and a conclusion proposition");
        return;
      }
      for (String p : premises) {
        for (String c : conclusions) {
          if (!p.equals(c) && link(supports, attacks, p, c, ra.path())) {
            used.add(ra.id());
            schemes.computeIfAbsent(p, k -> new LinkedHashSet<>()).add(ra);
          }
        }
      }
      if (!used.contains(ra.id())) {
        unusedReason.put(ra.id(), "inference (RA) gives no link that can be kept");
      }
    }

    private void conflict(Node ca) {
      List<String> attackers = ofType(in.get(ca.id()), "I");
      List<String> targets = new ArrayList<>(ofType(out.get(ca.id()), "I"));
      for (String ra : ofType(out.get(ca.id()), "RA")) {
        List<String> premises = ofType(in.get(ra), "I");
        if (!premises.isEmpty()) {
          note(
              ca.path(),
              "undercut: conflict "
                  + ca.id()
                  + " attacks inference "
                  + ra
                  + "; mapped as attacks on its premise argument(s) "
                  + String.join(", ", premises));
          targets.addAll(premises);
        }
      }
      if (attackers.isEmpty() || targets.isEmpty()) {
        unusedReason.put(ca.id(), "conflict (CA) without an attacking proposition and a target");
        return;
      }
      for (String a : attackers) {
        for (String t : targets) {
          if (!a.equals(t) && link(attacks, supports, a, t, ca.path())) {
            used.add(ca.id());
            schemes.computeIfAbsent(a, k -> new LinkedHashSet<>()).add(ca);
          }
        }
      }
      if (!used.contains(ca.id())) {
        unusedReason.put(ca.id(), "conflict (CA) gives no link that can be kept");
      }
    }

    private boolean link(
        Map<String, Set<String>> kind,
        Map<String, Set<String>> other,
        String from,
        String to,
        String path) {
      if (other.getOrDefault(from, Set.of()).contains(to)) {
        note(
            path,
            "node "
                + from
                + " would both support and attack node "
                + to
                + ": this link is not written");
        return false;
      }
      kind.computeIfAbsent(from, k -> new LinkedHashSet<>()).add(to);
      return true;
    }

    private void locutions() {
      for (int i = 0; i < g.locutions.size(); i++) {
        JsonNode l = g.locutions.get(i);
        String path = g.locutionPaths.get(i);
        session.read(source);
        String nodeId = JsonSupport.text(l, "nodeID");
        String person = JsonSupport.text(l, "personID");
        Node n = nodeId == null ? null : g.nodes.get(nodeId);
        if (n == null || !n.type().equals("L")) {
          skip(path, "locution of " + (nodeId == null ? "no node" : "unknown L-node " + nodeId));
        } else if (person == null) {
          skip(path, "locution without personID");
        } else if (speaker.putIfAbsent(nodeId, person) != null
            && !speaker.get(nodeId).equals(person)) {
          skip(
              path,
              "another locution of L-node " + nodeId + " names another person: the first is kept");
        } else {
          session.mapped(source);
        }
      }
      for (int i = 0; i < g.participants; i++) {
        session.read(source);
        session.mapped(source);
      }
    }

    private void transitions() {
      for (Node ta : g.nodes.values()) {
        if (!ta.type().equals("TA")) {
          continue;
        }
        List<String> before = ofType(in.get(ta.id()), "L");
        List<String> after = ofType(out.get(ta.id()), "L");
        if (before.size() != 1 || after.size() != 1) {
          unusedReason.put(
              ta.id(), "transition (TA) not between exactly one locution and the next: no reply");
          continue;
        }
        String from = before.get(0);
        String to = after.get(0);
        if (replyTo.containsKey(to)) {
          unusedReason.put(ta.id(), "locution " + to + " already replies to another");
          continue;
        }
        String cur = from;
        boolean cycle = false;
        while (cur != null) {
          if (cur.equals(to)) {
            cycle = true;
            break;
          }
          cur = replyTo.get(cur);
        }
        if (cycle) {
          unusedReason.put(ta.id(), "transition (TA) would make a reply cycle");
          continue;
        }
        replyTo.put(to, from);
        used.add(ta.id());
      }
    }

    /**
     * An illocutionary anchor (YA): the speech act a locution performs, kept on that locution
     * ({@code illocution}). It anchors either a locution to a proposition (L → YA → I: asserting,
     * questioning, challenging it) or a transition to a relation (TA → YA → RA/CA/MA: arguing,
     * disagreeing, agreeing, restating), performed by the transition's later locution. Where the
     * model has a field for it: a questioning locution is a {@code dbs:Question}; a proposition
     * asserted (or agreed to, restated, argued) by a locution is authored by its speaker; a reply
     * that disagrees or challenges has stance against, one that agrees stance for.
     */
    private void illocution(Node ya) {
      String name = ya.schemeName();
      if (name == null) {
        unusedReason.put(ya.id(), "illocutionary anchor (YA) without a name");
        return;
      }
      String act = name.toLowerCase(Locale.ROOT);
      boolean question = act.contains("question");
      boolean against = act.contains("disagree") || act.contains("challeng");
      boolean agree = !against && act.contains("agree");
      for (String from : ofType(in.get(ya.id()), "L")) {
        perform(ya, from, name);
        if (question) {
          questions.add(from);
        } else if (!against) {
          for (String i : ofType(out.get(ya.id()), "I")) {
            assertedBy.putIfAbsent(i, from);
          }
        }
      }
      for (String ta : ofType(in.get(ya.id()), "TA")) {
        List<String> after = ofType(out.get(ta), "L");
        if (after.size() != 1) {
          continue;
        }
        String reply = after.get(0);
        perform(ya, reply, name);
        if (question) {
          questions.add(reply);
        } else if ((against || agree) && replyTo.containsKey(reply)) {
          stances.putIfAbsent(reply, Iri.of(against ? Codes.Stance.AGAINST : Codes.Stance.FOR));
        }
      }
      if (!used.contains(ya.id())) {
        unusedReason.put(
            ya.id(),
            "illocutionary anchor (YA "
                + name
                + ") of no locution with text: nothing to keep it on");
      }
    }

    private void perform(Node ya, String locution, String name) {
      illocutions.computeIfAbsent(locution, k -> new LinkedHashSet<>()).add(name);
      used.add(ya.id());
    }

    /** The scheme names and ids of the RA and CA nodes an argument's links come from. */
    private Extensions schemeExtensions(String id) {
      Extensions.Builder b = Extensions.builder();
      for (Node s : schemes.getOrDefault(id, Set.of())) {
        String name = s.schemeName();
        if (name != null) {
          b.add(session.iri("vocab", "scheme"), Literal.string(name));
        }
        if (s.schemeId() != null) {
          b.add(session.iri("vocab", "schemeId"), Literal.string(Texts.clean(s.schemeId())));
        }
      }
      return b.build();
    }

    /** The participant who spoke locution {@code id}, or {@code null}. */
    private Iri speakerOf(String id) {
      Node n = g.nodes.get(id);
      String person = speaker.get(id);
      String prefixName = null;
      Matcher m = n == null || n.text() == null ? null : SPEAKER.matcher(Texts.clean(n.text()));
      if (m != null && m.matches()) {
        prefixName = m.group(1).strip();
      }
      if (person != null) {
        String name = g.participantNames.get(person);
        return session.participant(person, name != null ? name : prefixName, null);
      }
      return prefixName == null
          ? null
          : session.participant("speaker:" + prefixName, prefixName, null);
    }

    private TemporalValue created(Node n) {
      TemporalValue t = JsonSupport.temporal(n.timestamp());
      if (n.timestamp() != null && (t == null || !t.isDateTime())) {
        note(n.path(), "timestamp '" + n.timestamp() + "' is not a date-time: not written");
        return null;
      }
      return t;
    }

    private void proposition(Node n) {
      String text = Texts.clean(n.text());
      if (text == null || text.isEmpty()) {
        skip(n.path(), "I-node without text");
        return;
      }
      Set<String> sup = supports.getOrDefault(n.id(), Set.of());
      Set<String> att = attacks.getOrDefault(n.id(), Set.of());
      String asserter = assertedBy.get(n.id());
      Iri author = asserter == null ? null : speakerOf(asserter);
      if (sup.isEmpty() && att.isEmpty()) {
        Comment.Builder b =
            Comment.builder()
                .id(node(n.id()))
                .debate(debate)
                .text(lang, text)
                .created(created(n))
                .provenance(session.provenance(n.id(), null));
        if (author != null) {
          b.addAuthor(author);
        }
        session.write(b.build());
      } else {
        Argument.Builder b =
            Argument.builder()
                .id(node(n.id()))
                .debate(debate)
                .text(lang, text)
                .created(created(n))
                .contributionKind(Iri.of(Codes.ContributionKind.ARGUMENT))
                .extensions(schemeExtensions(n.id()))
                .provenance(session.provenance(n.id(), null));
        if (author != null) {
          b.addAuthor(author);
        }
        sup.forEach(s -> b.addSupports(node(s)));
        att.forEach(a -> b.addAttacks(node(a)));
        session.write(b.build());
      }
      session.mapped(source);
    }

    private void locution(Node n) {
      String text = Texts.clean(n.text());
      if (text == null || text.isEmpty()) {
        skip(n.path(), "L-node without text");
        return;
      }
      Matcher m = SPEAKER.matcher(text);
      if (m.matches()) {
        text = m.group(2).strip();
      }
      if (questions.contains(n.id())) {
        session.write(
            locution(Question.builder(), n, text)
                .contributionKind(Iri.of(Codes.ContributionKind.QUESTION))
                .build());
      } else {
        session.write(locution(Comment.builder(), n, text).build());
      }
      session.mapped(source);
    }

    /** The fields a locution has whether it is a comment or a question. */
    private <E extends Contribution, B extends Contribution.Builder<E, B>> B locution(
        B b, Node n, String text) {
      b.id(node(n.id()))
          .debate(debate)
          .text(lang, text)
          .created(created(n))
          .stance(stances.get(n.id()))
          .provenance(session.provenance(n.id(), null));
      Iri author = speakerOf(n.id());
      if (author != null) {
        b.addAuthor(author);
      }
      String reply = replyTo.get(n.id());
      if (reply != null && g.nodes.get(reply) != null && hasText(g.nodes.get(reply))) {
        b.replyTo(node(reply));
      }
      Extensions.Builder ext = Extensions.builder();
      for (String act : illocutions.getOrDefault(n.id(), Set.of())) {
        ext.add(session.iri("vocab", "illocution"), Literal.string(act));
      }
      return b.extensions(ext.build());
    }

    private static boolean hasText(Node n) {
      String t = Texts.clean(n.text());
      return t != null && !t.isEmpty();
    }
  }
}
