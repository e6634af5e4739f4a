package org.debatescore.jena;

import java.util.Objects;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.debatescore.core.rdf.BlankNode;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Literal;
import org.debatescore.core.rdf.Resource;
import org.debatescore.core.rdf.Term;
import org.debatescore.core.rdf.Triple;

/**
 * Converts between Jena {@link Node}s and Debatescore {@link Term}s.
 *
 * <p>Lexical forms and datatypes are kept exactly; blank nodes keep their label. Jena 5 puts
 * language tags in their canonical case ({@code en-gb} becomes {@code en-GB}); RDF compares tags
 * case-insensitively, so this changes no statement, but a tag read back may differ in case from the
 * tag written.
 *
 * <p>Debatescore terms have no RDF 1.2 triple terms and no base direction: converting such a Jena
 * node throws an {@link UnsupportedTermException}.
 */
public final class JenaTerms {

  private JenaTerms() {}

  /** A Jena node the Debatescore term model cannot hold. */
  public static final class UnsupportedTermException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public UnsupportedTermException(String message) {
      super(message);
    }
  }

  /** The Jena node for a term. */
  public static Node toNode(Term term) {
    Objects.requireNonNull(term, "term");
    if (term instanceof Iri iri) {
      return NodeFactory.createURI(iri.value());
    }
    if (term instanceof BlankNode b) {
      return NodeFactory.createBlankNode(b.label());
    }
    Literal l = (Literal) term;
    if (l.isLangString()) {
      return NodeFactory.createLiteralLang(l.lexical(), l.language());
    }
    return NodeFactory.createLiteralDT(l.lexical(), datatype(l.datatype()));
  }

  /** The Jena triple for a statement. */
  public static org.apache.jena.graph.Triple toJena(Triple triple) {
    return org.apache.jena.graph.Triple.create(
        toNode(triple.subject()), toNode(triple.predicate()), toNode(triple.object()));
  }

  /**
   * The Debatescore term for a Jena node.
   *
   * @throws UnsupportedTermException for variables, triple terms, graph nodes and literals with a
   *     base direction
   */
  public static Term toTerm(Node node) {
    Objects.requireNonNull(node, "node");
    if (node.isURI()) {
      return Iri.of(node.getURI());
    }
    if (node.isBlank()) {
      return BlankNode.of(node.getBlankNodeLabel());
    }
    if (node.isLiteral()) {
      if (node.getLiteralBaseDirection() != null) {
        throw new UnsupportedTermException(
            "literal with a base direction (RDF 1.2) is not supported: " + node);
      }
      String lang = node.getLiteralLanguage();
      if (lang != null && !lang.isEmpty()) {
        return Literal.lang(node.getLiteralLexicalForm(), lang);
      }
      return Literal.typed(node.getLiteralLexicalForm(), node.getLiteralDatatypeURI());
    }
    if (node.isTripleTerm()) {
      throw new UnsupportedTermException("triple term (RDF 1.2) is not supported: " + node);
    }
    throw new UnsupportedTermException("not an RDF term: " + node);
  }

  /**
   * The Debatescore resource for a Jena IRI or blank node.
   *
   * @throws UnsupportedTermException if the node is not an IRI or a blank node
   */
  public static Resource toResource(Node node) {
    Term t = toTerm(node);
    if (t instanceof Resource r) {
      return r;
    }
    throw new UnsupportedTermException("a literal cannot be a subject: " + node);
  }

  /**
   * The IRI for a Jena node.
   *
   * @throws UnsupportedTermException if the node is not an IRI
   */
  public static Iri toIri(Node node) {
    if (node.isURI()) {
      return Iri.of(node.getURI());
    }
    throw new UnsupportedTermException("a predicate must be an IRI: " + node);
  }

  /**
   * The Debatescore statement for a Jena triple.
   *
   * @throws UnsupportedTermException if a position holds a term Debatescore cannot represent
   */
  public static Triple fromJena(org.apache.jena.graph.Triple triple) {
    return Triple.of(
        toResource(triple.getSubject()), toIri(triple.getPredicate()), toTerm(triple.getObject()));
  }

  private static RDFDatatype datatype(String iri) {
    if (iri.equals(Literal.XSD_STRING)) {
      return XSDDatatype.XSDstring;
    }
    return TypeMapper.getInstance().getSafeTypeByName(iri);
  }
}
