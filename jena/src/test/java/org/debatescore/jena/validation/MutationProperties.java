package org.debatescore.jena.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.debatescore.core.validation.Severity;
import org.debatescore.core.validation.ValidationOptions;
import org.debatescore.core.validation.ValidationReport;
import org.debatescore.jena.JenaTerms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Property: one random mutation of a valid example debate that breaks a MUST rule of the
 * specification is always reported, as a violation about the mutated resource. The mutations:
 *
 * <ul>
 *   <li>drop a required property (e.g. the title of a proposal, the debate of a comment);
 *   <li>replace a literal by one of the wrong datatype (a plain string for a language-tagged text,
 *       a language-tagged text for a date, an ill-typed lexical form...);
 *   <li>point a reference at an undefined resource or at a resource of the wrong class.
 * </ul>
 *
 * Seed and number of examples come from {@code QT_SEED} and {@code QT_EXAMPLES}, which Surefire
 * sets (see the parent POM).
 */
class MutationProperties {

  private static final String DBS = "https://w3id.org/debatescore/ns#";
  private static final String DCT = "http://purl.org/dc/terms/";
  private static final String XSD = "http://www.w3.org/2001/XMLSchema#";
  private static final String LANG_STRING = RDF.langString.getURI();

  /** Class → properties it MUST have (terms.md, "SHACL rules", violations). */
  private static final Map<String, List<String>> REQUIRED =
      Map.ofEntries(
          Map.entry("Debate", List.of(DCT + "title")),
          Map.entry("Issue", List.of(DBS + "debate")),
          Map.entry("Meeting", List.of(DBS + "debate")),
          Map.entry("Proposal", List.of(DCT + "title", DBS + "debate")),
          Map.entry("Amendment", List.of(DBS + "debate")),
          Map.entry("Argument", List.of(DBS + "text", DBS + "debate")),
          Map.entry("Comment", List.of(DBS + "text", DBS + "debate")),
          Map.entry("Question", List.of(DBS + "text", DBS + "debate")),
          Map.entry("Answer", List.of(DBS + "text", DBS + "debate")),
          Map.entry("Testimony", List.of(DBS + "text", DBS + "debate")),
          Map.entry("OfficialResponse", List.of(DBS + "text", DBS + "debate", DBS + "respondsTo")),
          Map.entry(
              "Decision", List.of(DCT + "title", DCT + "date", DBS + "outcome", DBS + "debate")),
          Map.entry("FollowUpItem", List.of(DCT + "title", DBS + "debate")),
          Map.entry("VoteEvent", List.of(DBS + "debate")),
          Map.entry("Vote", List.of(DBS + "voter", DBS + "option")),
          Map.entry("Tally", List.of(DBS + "option", DBS + "count")),
          Map.entry("Endorsement", List.of(DBS + "endorses")),
          Map.entry("Assessment", List.of(DBS + "assesses", DBS + "dimension", DBS + "score")));

  /** Property → the datatypes it accepts. */
  private static final Map<String, Set<String>> DATATYPES =
      Map.ofEntries(
          Map.entry(DCT + "title", Set.of(LANG_STRING)),
          Map.entry(DCT + "description", Set.of(LANG_STRING)),
          Map.entry(DBS + "text", Set.of(LANG_STRING)),
          Map.entry(DBS + "rationale", Set.of(LANG_STRING)),
          Map.entry("http://xmlns.com/foaf/0.1/name", Set.of(XSD + "string")),
          Map.entry(DCT + "created", Set.of(XSD + "dateTime")),
          Map.entry(DCT + "date", Set.of(XSD + "date", XSD + "dateTime")),
          Map.entry("https://schema.org/startDate", Set.of(XSD + "date", XSD + "dateTime")),
          Map.entry("https://schema.org/endDate", Set.of(XSD + "date", XSD + "dateTime")),
          Map.entry(DBS + "participantCount", Set.of(XSD + "nonNegativeInteger")),
          Map.entry(DBS + "endorsementCount", Set.of(XSD + "nonNegativeInteger")),
          Map.entry(DBS + "count", Set.of(XSD + "nonNegativeInteger")),
          Map.entry(DBS + "progress", Set.of(XSD + "decimal")),
          Map.entry(DBS + "score", Set.of(XSD + "decimal")),
          Map.entry(DBS + "anonymous", Set.of(XSD + "boolean")),
          Map.entry(DBS + "pseudonymous", Set.of(XSD + "boolean")));

  /** Reference property → the class its value must have. */
  private static final Map<String, String> RANGES =
      Map.ofEntries(
          Map.entry(DBS + "debate", "Debate"),
          Map.entry(DBS + "author", "Participant"),
          Map.entry(DBS + "participant", "Participant"),
          Map.entry(DBS + "organiser", "Participant"),
          Map.entry(DBS + "phase", "Phase"),
          Map.entry(DBS + "document", "Document"),
          Map.entry(DBS + "addresses", "Issue"),
          Map.entry(DBS + "cites", "Evidence"),
          Map.entry(DBS + "replyTo", "Contribution"),
          Map.entry(DBS + "supports", "Contribution"),
          Map.entry(DBS + "attacks", "Contribution"),
          Map.entry(DBS + "answers", "Question"),
          Map.entry(DBS + "endorses", "Contribution"),
          Map.entry(DBS + "respondsTo", "Contribution"),
          Map.entry(DBS + "voter", "Participant"),
          Map.entry(DBS + "voteEvent", "VoteEvent"),
          Map.entry(DBS + "tally", "Tally"),
          Map.entry(DBS + "decidedBy", "Participant"),
          Map.entry(DBS + "adopts", "Proposal"),
          Map.entry(DBS + "rejects", "Proposal"),
          Map.entry(DBS + "basedOnVote", "VoteEvent"),
          Map.entry(DBS + "milestone", "Milestone"),
          Map.entry(DBS + "responsible", "Participant"),
          Map.entry(DBS + "memberOf", "Organisation"));

  /** Class → itself and its subclasses. */
  private static final Map<String, Set<String>> SUBCLASSES =
      Map.of(
          "Contribution",
          Set.of(
              "Contribution",
              "Proposal",
              "Amendment",
              "Argument",
              "Comment",
              "Question",
              "Answer",
              "Testimony",
              "OfficialResponse"),
          "Participant",
          Set.of("Participant", "Person", "Organisation", "PublicBody"),
          "Organisation",
          Set.of("Organisation", "PublicBody"));

  private static final ValidationOptions OPTIONS =
      ValidationOptions.builder().unlimitedResults().build();

  private record Site(int graph, Node subject, Node predicate, Node object) {}

  private static final List<Graph> GRAPHS = new ArrayList<>();
  private static final List<Site> REQUIRED_SITES = new ArrayList<>();
  private static final List<Site> LITERAL_SITES = new ArrayList<>();
  private static final List<Site> REFERENCE_SITES = new ArrayList<>();

  @BeforeAll
  static void loadExamples() throws IOException {
    Path dir = Fixtures.root().resolve("examples/debates");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(f -> f.toString().endsWith(".ttl")).sorted().toList();
    }
    assertFalse(files.isEmpty(), "no example debate in " + dir);
    for (Path f : files) {
      Graph g = RDFParser.source(f).toGraph();
      ValidationReport before = Fixtures.VALIDATOR.validate(g, List.of(), List.of(), OPTIONS);
      assertEquals(0, before.count(Severity.VIOLATION), f + " must be valid to start with");
      int index = GRAPHS.size();
      GRAPHS.add(g);
      for (Triple t : g.find().toList()) {
        if (t.getPredicate().equals(RDF.type.asNode()) && t.getObject().isURI()) {
          String type = t.getObject().getURI();
          List<String> required =
              type.startsWith(DBS) ? REQUIRED.get(type.substring(DBS.length())) : null;
          for (String p : required == null ? List.<String>of() : required) {
            Node pn = NodeFactory.createURI(p);
            if (g.contains(t.getSubject(), pn, Node.ANY)) {
              REQUIRED_SITES.add(new Site(index, t.getSubject(), pn, null));
            }
          }
        }
        String p = t.getPredicate().getURI();
        // Shapes target Debatescore classes only: a foaf:Person credited with a document (the
        // OGP example) may have any name, so its statements are not mutation sites.
        if (!hasDebatescoreType(g, t.getSubject())) {
          continue;
        }
        if (DATATYPES.containsKey(p) && t.getObject().isLiteral()) {
          LITERAL_SITES.add(new Site(index, t.getSubject(), t.getPredicate(), t.getObject()));
        }
        if (RANGES.containsKey(p) && t.getObject().isURI()) {
          REFERENCE_SITES.add(new Site(index, t.getSubject(), t.getPredicate(), t.getObject()));
        }
      }
    }
    assertFalse(REQUIRED_SITES.isEmpty());
    assertFalse(LITERAL_SITES.isEmpty());
    assertFalse(REFERENCE_SITES.isEmpty());
  }

  private static boolean hasDebatescoreType(Graph g, Node subject) {
    return g.find(subject, RDF.type.asNode(), Node.ANY)
        .filterKeep(t -> t.getObject().isURI() && t.getObject().getURI().startsWith(DBS))
        .hasNext();
  }

  @Test
  void everyMutationThatBreaksAMustRuleIsReported() {
    qt().forAll(integers().between(0, 2), integers().between(0, 1 << 20), integers().between(0, 7))
        .checkAssert(
            (kind, pick, variant) -> {
              Site site = site(kind, pick);
              Graph g = copy(GRAPHS.get(site.graph()));
              String what = mutate(g, kind, site, variant);
              ValidationReport report =
                  Fixtures.VALIDATOR.validate(g, List.of(), List.of(), OPTIONS);
              assertFalse(report.conforms(), what);
              assertTrue(
                  report.results(Severity.VIOLATION).stream()
                      .anyMatch(r -> r.focusNode().equals(JenaTerms.toTerm(site.subject()))),
                  () -> what + " gave no violation about the subject: " + report.results());
            });
  }

  private static Site site(int kind, int pick) {
    List<Site> sites =
        switch (kind) {
          case 0 -> REQUIRED_SITES;
          case 1 -> LITERAL_SITES;
          default -> REFERENCE_SITES;
        };
    return sites.get(pick % sites.size());
  }

  private static String mutate(Graph g, int kind, Site site, int variant) {
    switch (kind) {
      case 0 -> {
        g.remove(site.subject(), site.predicate(), Node.ANY);
        return "drop " + site.predicate() + " of " + site.subject();
      }
      case 1 -> {
        Node wrong = wrongLiteral(site, variant);
        g.delete(Triple.create(site.subject(), site.predicate(), site.object()));
        g.add(Triple.create(site.subject(), site.predicate(), wrong));
        return "replace " + site.object() + " by " + wrong + " in " + site;
      }
      default -> {
        Node target = variant % 2 == 0 ? undefined(variant) : wrongClass(g, site, variant);
        g.delete(Triple.create(site.subject(), site.predicate(), site.object()));
        g.add(Triple.create(site.subject(), site.predicate(), target));
        return "point " + site.predicate() + " of " + site.subject() + " at " + target;
      }
    }
  }

  /** A literal whose datatype the property does not accept, or whose lexical form is ill-typed. */
  private static Node wrongLiteral(Site site, int variant) {
    Set<String> allowed = DATATYPES.get(site.predicate().getURI());
    List<Node> choices = new ArrayList<>();
    if (!allowed.contains(XSD + "string")) {
      choices.add(NodeFactory.createLiteralString("not the right kind of value"));
    }
    if (!allowed.contains(LANG_STRING)) {
      choices.add(NodeFactory.createLiteralLang("valeur", "fr"));
    }
    if (!allowed.contains(XSD + "boolean")) {
      choices.add(NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
    }
    String first = allowed.iterator().next();
    if (!first.equals(LANG_STRING) && !first.equals(XSD + "string")) {
      RDFDatatype dt = TypeMapper.getInstance().getSafeTypeByName(first);
      choices.add(NodeFactory.createLiteralDT("not-a-" + dt.getURI().substring(XSD.length()), dt));
    }
    return choices.get(variant % choices.size());
  }

  private static Node undefined(int variant) {
    return NodeFactory.createURI("https://example.org/undefined/resource-" + variant);
  }

  /** A resource of the graph that has a Debatescore type, none of which the property accepts. */
  private static Node wrongClass(Graph g, Site site, int variant) {
    String range = RANGES.get(site.predicate().getURI());
    Set<String> accepted = SUBCLASSES.getOrDefault(range, Set.of(range));
    List<Node> candidates = new ArrayList<>();
    Set<Node> seen = new HashSet<>();
    for (Triple t : g.find(Node.ANY, RDF.type.asNode(), Node.ANY).toList()) {
      Node s = t.getSubject();
      if (!seen.add(s) || !s.isURI()) {
        continue;
      }
      boolean dbsTyped = false;
      boolean ok = false;
      for (Triple type : g.find(s, RDF.type.asNode(), Node.ANY).toList()) {
        String iri = type.getObject().isURI() ? type.getObject().getURI() : "";
        if (iri.startsWith(DBS)) {
          dbsTyped = true;
          ok |= accepted.contains(iri.substring(DBS.length()));
        }
      }
      if (dbsTyped && !ok) {
        candidates.add(s);
      }
    }
    return candidates.isEmpty() ? undefined(variant) : candidates.get(variant % candidates.size());
  }

  private static Graph copy(Graph g) {
    Graph c = GraphFactory.createDefaultGraph();
    g.find().forEachRemaining(c::add);
    return c;
  }
}
