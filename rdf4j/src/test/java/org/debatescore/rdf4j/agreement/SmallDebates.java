package org.debatescore.rdf4j.agreement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Literal;
import org.debatescore.core.rdf.Resource;
import org.debatescore.core.rdf.Term;
import org.debatescore.core.rdf.Triple;
import org.debatescore.core.testing.Draw;
import org.debatescore.vocab.Codes;
import org.debatescore.vocab.DBS;
import org.debatescore.vocab.Terms;
import org.quicktheories.core.Gen;

/**
 * Small debates for the cross-engine properties: {@link #valid()} builds a debate that follows
 * every MUST rule (a few SHOULD and MAY rules are left to chance, so warnings and infos occur), and
 * {@link #mutated()} breaks it in one to three places picked from the kinds of mistakes the shapes
 * catch (a missing value, a wrong datatype or node kind, a code from no list, a second value, a
 * reply cycle, a date before the debate, a tally that does not add up...) or just removes or
 * retypes statements at random.
 */
final class SmallDebates {

  static final String NS = "https://example.org/g/";
  private static final String XSD = Terms.XSD.NS;
  private static final String RDF_TYPE = Terms.RDF.type;
  private static final String DCT = Terms.DCT.NS;
  private static final String SCHEMA = Terms.SCHEMA.NS;
  private static final String FOAF = Terms.FOAF.NS;

  /** A generated debate and what was done to it. */
  record Sample(List<Triple> triples, String mutations) {
    @Override
    public String toString() {
      StringBuilder b = new StringBuilder("mutations: ").append(mutations).append('\n');
      triples.forEach(t -> b.append(t.toNTriples()).append('\n'));
      return b.toString();
    }
  }

  private SmallDebates() {}

  static Gen<Sample> valid() {
    return in -> new Sample(new Builder(new Draw(in).fork()).debate(), "none");
  }

  static Gen<Sample> mutated() {
    return in -> {
      Draw d = new Draw(in).fork();
      Builder b = new Builder(d);
      List<Triple> triples = new ArrayList<>(b.debate());
      List<String> done = new ArrayList<>();
      int n = d.between(1, 3);
      for (int i = 0; i < n; i++) {
        done.add(b.mutate(triples));
      }
      return new Sample(triples, String.join(", ", done));
    };
  }

  private static Iri iri(String v) {
    return Iri.of(v);
  }

  private static Iri dbs(String local) {
    return Iri.of(DBS.NS + local);
  }

  /** Builds one debate, remembering its parts for the mutations. */
  private static final class Builder {
    final Draw d;
    final List<Triple> out = new ArrayList<>();
    final List<Resource> persons = new ArrayList<>();
    final List<Resource> contributions = new ArrayList<>();
    final List<Resource> proposals = new ArrayList<>();
    final List<Resource> comments = new ArrayList<>();
    final List<Resource> arguments = new ArrayList<>();
    Resource debate;
    Resource decision;
    String start;
    int counter;

    Builder(Draw d) {
      this.d = d;
    }

    Resource id(String kind) {
      counter++;
      return iri(NS + kind + "/" + counter);
    }

    void add(Resource s, String p, Term o) {
      out.add(Triple.of(s, iri(p), o));
    }

    void type(Resource s, String cls) {
      add(s, RDF_TYPE, dbs(cls));
    }

    Literal lang(String text, String lang) {
      return Literal.lang(text, lang);
    }

    Literal typed(String lexical, String xsdLocal) {
      return Literal.typed(lexical, XSD + xsdLocal);
    }

    String date(int minYear) {
      int y = d.between(minYear, Math.max(minYear, 2030));
      int m = d.between(1, 12);
      int day = d.between(1, 28);
      return y + "-" + (m < 10 ? "0" : "") + m + "-" + (day < 10 ? "0" : "") + day;
    }

    Literal dateOrDateTime(int minYear) {
      String date = date(minYear);
      return d.chance(50)
          ? typed(date, "date")
          : typed(date + "T" + d.pick("10:00:00Z", "09:30:00+02:00", "18:45:12"), "dateTime");
    }

    void title(Resource s) {
      int k = d.between(0, 9);
      if (k < 6) {
        add(s, DCT + "title", lang("Titre " + counter, "fr"));
        add(s, DCT + "title", lang("Title " + counter, "en"));
      } else if (k < 8) {
        add(s, DCT + "title", lang("Titre " + counter, "fr"));
      } else {
        add(s, DCT + "title", lang("Title " + counter, d.pick("en", "en-GB")));
      }
    }

    void text(Resource s) {
      add(s, DBS.text, lang(d.pick("Oui.", "Je propose des arbres.", "Trop cher"), "fr"));
    }

    Iri code(String ns, List<String> codes) {
      return iri(d.pick(codes));
    }

    void author(Resource s) {
      if (!persons.isEmpty() && d.chance(80)) {
        add(s, DBS.author, d.pick(persons));
      }
    }

    List<Triple> debate() {
      debate = id("debate");
      type(debate, "Debate");
      title(debate);
      if (d.chance(80)) {
        add(debate, DCT + "license", iri("https://creativecommons.org/licenses/by/4.0/"));
      }
      if (d.chance(70)) {
        Literal s = dateOrDateTime(2016);
        start = s.lexical().substring(0, 10);
        add(debate, SCHEMA + "startDate", s);
      }
      if (d.chance(60)) {
        add(debate, DBS.processKind, code(Codes.ProcessKind.NS, codes(Codes.ProcessKind.NS)));
      }
      if (d.chance(30)) {
        add(
            debate,
            DBS.participantCount,
            typed(Integer.toString(d.between(0, 500)), "nonNegativeInteger"));
      }
      int nPersons = d.between(0, 3);
      for (int i = 0; i < nPersons; i++) {
        Resource p = id("person");
        type(p, d.pick("Person", "Person", "Organisation", "PublicBody"));
        add(p, FOAF + "name", Literal.string("Name " + counter));
        if (d.chance(70)) {
          add(p, DBS.role, code(Codes.Role.NS, codes(Codes.Role.NS)));
        }
        add(debate, DBS.participant, p);
        persons.add(p);
      }
      if (!persons.isEmpty() && d.chance(40)) {
        add(debate, DBS.organiser, d.pick(persons));
      }
      if (d.chance(40)) {
        Resource ph = id("phase");
        type(ph, "Phase");
        title(ph);
        add(ph, DBS.phaseKind, code(Codes.PhaseKind.NS, codes(Codes.PhaseKind.NS)));
        add(debate, DBS.phase, ph);
      }
      Resource issue = null;
      if (d.chance(40)) {
        issue = id("issue");
        type(issue, "Issue");
        add(issue, DBS.debate, debate);
        if (d.chance(50)) {
          title(issue);
        } else {
          text(issue);
        }
      }
      int nProposals = d.between(0, 3);
      for (int i = 0; i < nProposals; i++) {
        Resource p = id("proposal");
        type(p, "Proposal");
        add(p, DBS.debate, debate);
        title(p);
        if (d.chance(50)) {
          text(p);
        }
        if (d.chance(80)) {
          add(p, DBS.status, code(Codes.ProposalStatus.NS, codes(Codes.ProposalStatus.NS)));
        }
        if (issue != null && d.chance(40)) {
          add(p, DBS.addresses, issue);
        }
        if (d.chance(50)) {
          add(p, DCT + "created", typed(date(2016) + "T12:00:00Z", "dateTime"));
        }
        author(p);
        proposals.add(p);
        contributions.add(p);
      }
      int nArguments = contributions.isEmpty() ? 0 : d.between(0, 3);
      for (int i = 0; i < nArguments; i++) {
        Resource a = id("argument");
        type(a, "Argument");
        add(a, DBS.debate, debate);
        text(a);
        add(a, d.chance(50) ? DBS.supports : DBS.attacks, d.pick(contributions));
        author(a);
        arguments.add(a);
        contributions.add(a);
      }
      int nComments = d.between(0, 3);
      for (int i = 0; i < nComments; i++) {
        Resource c = id("comment");
        type(c, "Comment");
        add(c, DBS.debate, debate);
        text(c);
        if (!contributions.isEmpty() && d.chance(60)) {
          add(c, DBS.replyTo, d.pick(contributions));
          if (d.chance(30)) {
            add(c, DBS.stance, code(Codes.Stance.NS, codes(Codes.Stance.NS)));
          }
        }
        author(c);
        comments.add(c);
        contributions.add(c);
      }
      if (d.chance(20)) {
        Resource q = id("question");
        type(q, "Question");
        add(q, DBS.debate, debate);
        text(q);
        Resource a = id("answer");
        type(a, "Answer");
        add(a, DBS.debate, debate);
        text(a);
        add(a, DBS.answers, q);
        contributions.add(q);
        contributions.add(a);
      }
      if (!persons.isEmpty() && !proposals.isEmpty() && d.chance(30)) {
        Resource e = id("endorsement");
        type(e, "Endorsement");
        add(e, DBS.endorses, d.pick(proposals));
        add(e, DBS.author, d.pick(persons));
      }
      if (d.chance(35)) {
        voteEvent();
      }
      if (d.chance(60)) {
        decision();
      }
      if (!contributions.isEmpty() && d.chance(25)) {
        Resource a = id("assessment");
        type(a, "Assessment");
        add(a, DBS.assesses, d.pick(contributions));
        add(
            a,
            DBS.dimension,
            code(Codes.AssessmentDimension.NS, codes(Codes.AssessmentDimension.NS)));
        add(a, DBS.score, typed(d.between(0, 10) + "." + d.between(0, 9), "decimal"));
        if (!persons.isEmpty() && d.chance(50)) {
          add(a, DBS.assessor, d.pick(persons));
        } else {
          add(a, DBS.method, lang("Average of the ratings", "en"));
        }
      }
      return out;
    }

    void voteEvent() {
      Resource e = id("vote-event");
      type(e, "VoteEvent");
      add(e, DBS.debate, debate);
      List<Iri> options =
          List.of(iri(Codes.VoteOption.NS + "for"), iri(Codes.VoteOption.NS + "against"));
      boolean offered = d.chance(70);
      if (offered) {
        for (Iri o : options) {
          add(e, DBS.availableOption, o);
        }
      }
      if (!proposals.isEmpty()) {
        add(e, DBS.voteOn, d.pick(proposals));
      }
      int nVotes = persons.isEmpty() ? 0 : d.between(0, 3);
      int[] perOption = new int[2];
      for (int i = 0; i < nVotes; i++) {
        Resource v = id("vote");
        type(v, "Vote");
        add(v, DBS.voter, d.pick(persons));
        add(v, DBS.voteEvent, e);
        int o = d.between(0, 1);
        perOption[o]++;
        add(v, DBS.option, options.get(o));
      }
      if (d.chance(60)) {
        for (int o = 0; o < 2; o++) {
          Resource t = id("tally");
          type(t, "Tally");
          add(e, DBS.tally, t);
          add(t, DBS.option, options.get(o));
          int count = nVotes > 0 ? perOption[o] : d.between(0, 40);
          add(t, DBS.count, typed(Integer.toString(count), "nonNegativeInteger"));
        }
      }
    }

    void decision() {
      decision = id("decision");
      type(decision, "Decision");
      add(decision, DBS.debate, debate);
      title(decision);
      int minYear = start == null ? 2016 : Integer.parseInt(start.substring(0, 4)) + 1;
      add(decision, DCT + "date", dateOrDateTime(minYear));
      add(decision, DBS.outcome, code(Codes.Outcome.NS, codes(Codes.Outcome.NS)));
      if (d.chance(70)) {
        add(decision, DBS.rationale, lang("Parce que.", "fr"));
      }
      if (!proposals.isEmpty() && d.chance(60)) {
        add(decision, d.pick(DBS.adopts, DBS.rejects, DBS.modifies), d.pick(proposals));
      }
      if (!contributions.isEmpty() && d.chance(50)) {
        add(decision, DBS.tookIntoAccount, d.pick(contributions));
      }
      if (!persons.isEmpty() && d.chance(40)) {
        add(decision, DBS.decidedBy, d.pick(persons));
      }
      if (d.chance(50)) {
        Resource f = id("follow-up");
        type(f, "FollowUpItem");
        add(f, DBS.debate, debate);
        title(f);
        add(f, DBS.implements_, decision);
        add(
            f,
            DBS.implementationStatus,
            code(Codes.ImplementationStatus.NS, codes(Codes.ImplementationStatus.NS)));
        if (d.chance(60)) {
          // 0 to 100 in half steps: "100.5" would break the shapes' sh:maxInclusive 100.
          int whole = d.between(0, 100);
          String half = whole < 100 && d.chance(50) ? ".5" : "";
          add(f, DBS.progress, typed(whole + half, "decimal"));
        }
        if (d.chance(60)) {
          Resource m = id("milestone");
          type(m, "Milestone");
          title(m);
          add(m, DCT + "date", dateOrDateTime(2016));
          add(f, DBS.milestone, m);
        }
      }
    }

    // ---------------------------------------------------------------- mutations

    String mutate(List<Triple> triples) {
      if (triples.isEmpty()) {
        return "nothing to mutate";
      }
      int k = d.between(0, 13);
      Triple t = d.pick(triples);
      switch (k) {
        case 0, 1 -> {
          triples.remove(t);
          return "removed " + t;
        }
        case 2 -> {
          // A literal replaced by one of another kind.
          List<Triple> literals = literals(triples);
          if (literals.isEmpty()) {
            return "no literal";
          }
          Triple l = d.pick(literals);
          Literal old = (Literal) l.object();
          Term repl =
              switch (d.between(0, 5)) {
                case 0 -> Literal.string(old.lexical());
                case 1 -> typed(old.lexical(), "date");
                case 2 ->
                    typed("not a value", old.isLangString() ? "string" : localName(old.datatype()));
                case 3 -> typed("-3", "nonNegativeInteger");
                case 4 -> lang(old.lexical(), "fr");
                default -> typed("2024-05-01T10:00:00Z", "dateTime");
              };
          replace(triples, l, Triple.of(l.subject(), l.predicate(), repl));
          return "literal " + l + " -> " + repl;
        }
        case 3 -> {
          // An IRI object replaced by a literal.
          Triple r = pickResourceObject(triples);
          if (r == null) {
            return "no IRI object";
          }
          Term repl = Literal.string(r.object().toString());
          replace(triples, r, Triple.of(r.subject(), r.predicate(), repl));
          return "node kind " + r;
        }
        case 4 -> {
          // A code from no list.
          Triple r = pickResourceObject(triples);
          if (r == null) {
            return "no code";
          }
          Iri repl = iri(Codes.BASE + "proposal-status/bogus");
          replace(triples, r, Triple.of(r.subject(), r.predicate(), repl));
          return "object " + r + " -> bogus code";
        }
        case 5 -> {
          // A second value for what may have one.
          Triple copy = t;
          Term second =
              copy.object() instanceof Literal l && l.isLangString()
                  ? lang(l.lexical() + " bis", l.language())
                  : copy.object() instanceof Literal l2
                      ? Literal.typed(
                          l2.lexical().isEmpty() ? "0" : l2.lexical() + "0", l2.datatype())
                      : iri(NS + "other/" + counter++);
          triples.add(Triple.of(copy.subject(), copy.predicate(), second));
          return "second value for " + copy;
        }
        case 6 -> {
          if (contributions.isEmpty()) {
            return "no contribution";
          }
          Resource c = d.pick(contributions);
          triples.add(Triple.of(c, iri(DBS.replyTo), d.chance(50) ? c : d.pick(contributions)));
          return "reply " + c;
        }
        case 7 -> {
          if (arguments.isEmpty() || contributions.isEmpty()) {
            return "no argument";
          }
          Resource a = d.pick(arguments);
          Resource target = d.pick(contributions);
          triples.add(Triple.of(a, iri(DBS.supports), target));
          triples.add(Triple.of(a, iri(DBS.attacks), target));
          return "supports and attacks " + a;
        }
        case 8 -> {
          Resource s = t.subject();
          triples.add(
              Triple.of(s, iri(DBS.progress), typed(d.pick("150", "-1", "100.0", "0"), "decimal")));
          return "progress on " + s;
        }
        case 9 -> {
          if (decision == null) {
            return "no decision";
          }
          triples.removeIf(
              x -> x.subject().equals(decision) && x.predicate().value().equals(DCT + "date"));
          triples.add(Triple.of(decision, iri(DCT + "date"), dateOrDateTime(2000)));
          if (start == null) {
            triples.add(Triple.of(debate, iri(SCHEMA + "startDate"), typed("2031-01-01", "date")));
          }
          return "decision date";
        }
        case 10 -> {
          // Retype a resource with another Debatescore class.
          List<Triple> types = new ArrayList<>();
          for (Triple x : triples) {
            if (x.predicate().value().equals(RDF_TYPE)) {
              types.add(x);
            }
          }
          Triple ty = d.pick(types);
          Iri repl =
              dbs(
                  d.pick(
                      "Proposal",
                      "Comment",
                      "Person",
                      "Debate",
                      "Decision",
                      "Vote",
                      "Tally",
                      "Contribution",
                      "Participant",
                      "Argument",
                      "Milestone"));
          replace(triples, ty, Triple.of(ty.subject(), ty.predicate(), repl));
          return "retyped " + ty.subject() + " as " + repl;
        }
        case 11 -> {
          // A vote for an option the event does not offer, or a tally that does not add up.
          List<Triple> counts = new ArrayList<>();
          List<Triple> options = new ArrayList<>();
          for (Triple x : triples) {
            if (x.predicate().value().equals(DBS.count)) {
              counts.add(x);
            } else if (x.predicate().value().equals(DBS.option)) {
              options.add(x);
            }
          }
          if (!counts.isEmpty() && d.chance(50)) {
            Triple c = d.pick(counts);
            replace(
                triples,
                c,
                Triple.of(c.subject(), c.predicate(), typed("97", "nonNegativeInteger")));
            return "tally " + c.subject();
          }
          if (!options.isEmpty()) {
            Triple o = d.pick(options);
            replace(
                triples,
                o,
                Triple.of(o.subject(), o.predicate(), iri(Codes.VoteOption.NS + "abstain")));
            return "option " + o.subject();
          }
          return "no vote";
        }
        case 12 -> {
          // A reference to something of the wrong class.
          Triple r = pickResourceObject(triples);
          if (r == null) {
            return "no reference";
          }
          Resource target = d.pick(List.of(debate, r.subject()));
          replace(triples, r, Triple.of(r.subject(), r.predicate(), target));
          return "reference " + r + " -> " + target;
        }
        default -> {
          // A statement with a Debatescore predicate and an arbitrary object.
          Iri p =
              dbs(
                  d.pick(
                      "author",
                      "debate",
                      "status",
                      "count",
                      "score",
                      "text",
                      "supports",
                      "option",
                      "voter",
                      "anonymous",
                      "implements",
                      "endorsementCount"));
          Term o =
              switch (d.between(0, 3)) {
                case 0 -> debate;
                case 1 -> Literal.string("x");
                case 2 -> typed("true", "boolean");
                default -> lang("x", "en");
              };
          triples.add(Triple.of(t.subject(), p, o));
          return "added " + p + " " + o + " to " + t.subject();
        }
      }
    }

    private static String localName(String iri) {
      return iri.startsWith(XSD) ? iri.substring(XSD.length()) : "string";
    }

    private List<Triple> literals(List<Triple> triples) {
      List<Triple> out = new ArrayList<>();
      for (Triple t : triples) {
        if (t.object() instanceof Literal) {
          out.add(t);
        }
      }
      return out;
    }

    private Triple pickResourceObject(List<Triple> triples) {
      List<Triple> out = new ArrayList<>();
      for (Triple t : triples) {
        if (t.object() instanceof Iri && !t.predicate().value().equals(RDF_TYPE)) {
          out.add(t);
        }
      }
      return out.isEmpty() ? null : d.pick(out);
    }

    private static void replace(List<Triple> triples, Triple old, Triple repl) {
      int i = triples.indexOf(old);
      triples.set(i, repl);
    }
  }

  /** The codes of a list, from the vocabulary constants. */
  static List<String> codes(String namespace) {
    Set<String> out = new LinkedHashSet<>();
    for (Class<?> c : Codes.class.getDeclaredClasses()) {
      try {
        if (namespace.equals(c.getField("NS").get(null))) {
          for (var f : c.getFields()) {
            if (f.getType() == String.class) {
              String v = (String) f.get(null);
              if (v.startsWith(namespace) && v.length() > namespace.length()) {
                out.add(v);
              }
            }
          }
        }
      } catch (ReflectiveOperationException e) {
        // not a code list class
      }
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("no codes for " + namespace);
    }
    return new ArrayList<>(out);
  }
}
