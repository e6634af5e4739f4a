package org.debatescore.jena.internal;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.irix.IRIx;
import org.apache.jena.irix.IRIxResolver;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.FactoryRDF;
import org.apache.jena.riot.system.ParserProfileStd;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.util.Context;

/**
 * A RIOT parser profile that tells {@link NodePositions} the line and column of every term the
 * parser creates. Turtle, TriG, N-Triples, N-Quads, RDF/JSON and RDF/XML create their terms through
 * the profile; JSON-LD does not (see {@link JsonLdScanner}).
 */
final class LocatingParserProfile extends ParserProfileStd {

  private final NodePositions positions;

  LocatingParserProfile(
      FactoryRDF factory,
      ErrorHandler errorHandler,
      IRIxResolver resolver,
      PrefixMap prefixMap,
      Context context,
      NodePositions positions) {
    super(factory, errorHandler, resolver, prefixMap, context, true, false);
    this.positions = positions;
  }

  @Override
  public Node createURI(String uriStr, long line, long col) {
    Node n = super.createURI(uriStr, line, col);
    positions.created(n, line, col);
    return n;
  }

  @Override
  public Node createURI(IRIx iriX, long line, long col) {
    Node n = super.createURI(iriX, line, col);
    positions.created(n, line, col);
    return n;
  }

  @Override
  public Node createBlankNode(Node scope, String label, long line, long col) {
    Node n = super.createBlankNode(scope, label, line, col);
    positions.created(n, line, col);
    return n;
  }

  @Override
  public Node createBlankNode(Node scope, long line, long col) {
    Node n = super.createBlankNode(scope, line, col);
    positions.created(n, line, col);
    return n;
  }

  @Override
  public Node createTypedLiteral(String lexical, RDFDatatype datatype, long line, long col) {
    positions.seen(line, col);
    return super.createTypedLiteral(lexical, datatype, line, col);
  }

  @Override
  public Node createLangLiteral(String lexical, String langTag, long line, long col) {
    positions.seen(line, col);
    return super.createLangLiteral(lexical, langTag, line, col);
  }

  @Override
  public Node createStringLiteral(String lexical, long line, long col) {
    positions.seen(line, col);
    return super.createStringLiteral(lexical, line, col);
  }
}
