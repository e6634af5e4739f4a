package org.debatescore.jena;

import java.util.ArrayList;
import java.util.List;
import org.debatescore.core.rdf.BlankNode;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Literal;
import org.debatescore.core.rdf.Resource;
import org.debatescore.core.rdf.Term;
import org.debatescore.core.rdf.Triple;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * QuickTheories generators of RDF statements that every syntax can carry: IRIs with XML-friendly
 * local names (RDF/XML needs them for predicates), language tags in their canonical case (Jena
 * normalises case), and text with no character XML 1.0 forbids.
 */
final class RdfGenerators {

  private static final String EX = "http://example.org/";
  private static final String DBS = "https://w3id.org/debatescore/ns#";
  private static final String XSD = "http://www.w3.org/2001/XMLSchema#";

  private RdfGenerators() {}

  static Gen<Iri> iris() {
    Gen<Iri> numbered = Generate.range(0, 12).map(i -> Iri.of(EX + "s" + i));
    Gen<Iri> odd =
        Generate.pick(
            List.of(
                Iri.of(EX + "caf%C3%A9"),
                Iri.of(EX + "débat/é"),
                Iri.of("https://participer.example/processes/1?x=1#frag"),
                Iri.of("urn:x-debate:item-1"),
                Iri.of("https://w3id.org/debatescore/code/proposal-status/accepted"),
                Iri.of(DBS + "Proposal"),
                Iri.of(EX + "a_b-c.d")));
    return Generate.frequency(
        org.quicktheories.api.Pair.of(4, numbered), org.quicktheories.api.Pair.of(1, odd));
  }

  static Gen<BlankNode> blankNodes() {
    return Generate.range(0, 4).map(i -> BlankNode.of("b" + i));
  }

  static Gen<Resource> subjects() {
    Gen<Resource> iri = iris().map(i -> (Resource) i);
    Gen<Resource> bnode = blankNodes().map(b -> (Resource) b);
    return Generate.frequency(
        org.quicktheories.api.Pair.of(4, iri), org.quicktheories.api.Pair.of(1, bnode));
  }

  static Gen<Iri> predicates() {
    return Generate.pick(
        List.of(
            Iri.of("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
            Iri.of(DBS + "text"),
            Iri.of(DBS + "debate"),
            Iri.of(DBS + "status"),
            Iri.of("http://purl.org/dc/terms/title"),
            Iri.of("http://xmlns.com/foaf/0.1/name"),
            Iri.of(EX + "p"),
            Iri.of(EX + "q"),
            Iri.of(EX + "ns/Term_1")));
  }

  /** Text with awkward but legal characters: quotes, escapes, newlines, accents, emoji. */
  static Gen<String> texts() {
    List<String> pieces =
        List.of(
            "a", "Z", "0", " ", "é", "ß", "中", "😀", "\"", "'", "\\", "\n", "\t", "<", "&", ">",
            "@", "#", ":", "{", "}", "[", "]", "\u00a0", "\u2028", "--", "]]>", "\r\n");
    return SourceDSL.lists()
        .of(Generate.pick(pieces))
        .ofSizeBetween(0, 12)
        .map(l -> String.join("", l));
  }

  static Gen<Literal> literals() {
    Gen<Literal> plain = texts().map(Literal::string);
    Gen<Literal> lang =
        texts()
            .zip(
                Generate.pick(List.of("en", "fr", "en-GB", "de-CH", "zh-Hant-TW", "br")),
                Literal::lang);
    Gen<Literal> typed =
        Generate.pick(
            List.of(
                Literal.typed("42", XSD + "integer"),
                Literal.typed("007", XSD + "integer"),
                Literal.typed("-0", XSD + "integer"),
                Literal.typed("+1", XSD + "integer"),
                Literal.typed("1.50", XSD + "decimal"),
                Literal.typed("42.5", XSD + "decimal"),
                Literal.typed("1e3", XSD + "double"),
                Literal.typed("true", XSD + "boolean"),
                Literal.typed("1", XSD + "boolean"),
                Literal.typed("2016-12-09", XSD + "date"),
                Literal.typed("2016-12-09T10:30:00+01:00", XSD + "dateTime"),
                Literal.typed("12", XSD + "nonNegativeInteger"),
                Literal.typed("abc", XSD + "integer"),
                Literal.typed("x y", EX + "dt")));
    return Generate.frequency(
        org.quicktheories.api.Pair.of(3, plain),
        org.quicktheories.api.Pair.of(2, lang),
        org.quicktheories.api.Pair.of(2, typed));
  }

  static Gen<Term> objects() {
    return Generate.frequency(
        org.quicktheories.api.Pair.of(2, iris().map(i -> (Term) i)),
        org.quicktheories.api.Pair.of(1, blankNodes().map(b -> (Term) b)),
        org.quicktheories.api.Pair.of(3, literals().map(l -> (Term) l)));
  }

  static Gen<Triple> triples() {
    return subjects().zip(predicates(), objects(), Triple::of);
  }

  static Gen<List<Triple>> graphs() {
    return SourceDSL.lists().of(triples()).ofSizeBetween(0, 25).map(ArrayList::new);
  }
}
