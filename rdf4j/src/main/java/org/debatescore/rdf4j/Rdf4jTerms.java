package org.debatescore.rdf4j;

import java.util.Objects;
import org.debatescore.core.rdf.BlankNode;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Literal;
import org.debatescore.core.rdf.Resource;
import org.debatescore.core.rdf.Term;
import org.debatescore.core.rdf.Triple;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.vocabulary.XSD;

/**
 * Converts between RDF4J {@link Value}s and Debatescore {@link Term}s.
 *
 * <p>Lexical forms, datatypes and language tags are kept exactly as given (RDF4J does not change
 * the case of a language tag); blank nodes keep their identifier. A simple literal is {@code
 * xsd:string}, a language-tagged one {@code rdf:langString}, in both models.
 *
 * <p>Debatescore terms have no RDF-star triple terms: converting such an RDF4J value throws an
 * {@link UnsupportedTermException}.
 */
public final class Rdf4jTerms {

  private static final ValueFactory VF = SimpleValueFactory.getInstance();

  private Rdf4jTerms() {}

  /** An RDF4J value the Debatescore term model cannot hold. */
  public static final class UnsupportedTermException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public UnsupportedTermException(String message) {
      super(message);
    }
  }

  /** The value factory used for conversions (RDF4J's simple, thread-safe factory). */
  public static ValueFactory valueFactory() {
    return VF;
  }

  /** The RDF4J value for a term. */
  public static Value toValue(Term term) {
    Objects.requireNonNull(term, "term");
    if (term instanceof Iri iri) {
      return VF.createIRI(iri.value());
    }
    if (term instanceof BlankNode b) {
      return VF.createBNode(b.label());
    }
    Literal l = (Literal) term;
    if (l.isLangString()) {
      return VF.createLiteral(l.lexical(), l.language());
    }
    if (l.datatype().equals(Literal.XSD_STRING)) {
      return VF.createLiteral(l.lexical(), XSD.STRING);
    }
    return VF.createLiteral(l.lexical(), VF.createIRI(l.datatype()));
  }

  /** The RDF4J resource (IRI or blank node) for a Debatescore resource. */
  public static org.eclipse.rdf4j.model.Resource toResource(Resource resource) {
    return (org.eclipse.rdf4j.model.Resource) toValue(resource);
  }

  /** The RDF4J IRI for a Debatescore IRI. */
  public static IRI toIri(Iri iri) {
    return VF.createIRI(iri.value());
  }

  /** The RDF4J statement (in the default graph) for a Debatescore statement. */
  public static Statement toStatement(Triple triple) {
    return VF.createStatement(
        toResource(triple.subject()), toIri(triple.predicate()), toValue(triple.object()));
  }

  /**
   * The Debatescore term for an RDF4J value.
   *
   * @throws UnsupportedTermException for an RDF-star triple term
   */
  public static Term toTerm(Value value) {
    Objects.requireNonNull(value, "value");
    if (value.isIRI()) {
      return Iri.of(value.stringValue());
    }
    if (value.isBNode()) {
      return BlankNode.of(((BNode) value).getID());
    }
    if (value.isLiteral()) {
      org.eclipse.rdf4j.model.Literal l = (org.eclipse.rdf4j.model.Literal) value;
      String lang = l.getLanguage().orElse(null);
      if (lang != null && !lang.isEmpty()) {
        return Literal.lang(l.getLabel(), lang);
      }
      IRI datatype = l.getDatatype();
      return Literal.typed(
          l.getLabel(), datatype == null ? Literal.XSD_STRING : datatype.stringValue());
    }
    throw new UnsupportedTermException(
        "triple term (RDF-star) is not supported: " + value.stringValue());
  }

  /**
   * The Debatescore resource for an RDF4J IRI or blank node.
   *
   * @throws UnsupportedTermException for a literal or a triple term
   */
  public static Resource toResource(Value value) {
    Term t = toTerm(value);
    if (t instanceof Resource r) {
      return r;
    }
    throw new UnsupportedTermException("a literal cannot be a subject: " + value);
  }

  /** The Debatescore IRI for an RDF4J IRI. */
  public static Iri toIri(IRI iri) {
    return Iri.of(iri.stringValue());
  }

  /**
   * The Debatescore statement for an RDF4J statement; the graph name, if any, is dropped.
   *
   * @throws UnsupportedTermException if a position holds a term Debatescore cannot represent
   */
  public static Triple fromStatement(Statement st) {
    return Triple.of(toResource(st.getSubject()), toIri(st.getPredicate()), toTerm(st.getObject()));
  }
}
