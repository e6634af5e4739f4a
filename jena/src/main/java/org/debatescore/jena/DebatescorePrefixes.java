package org.debatescore.jena;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.debatescore.vocab.Codes;
import org.debatescore.vocab.DBS;
import org.debatescore.vocab.Terms;

/**
 * The prefixes Debatescore writes: {@code dbs}, the reused vocabularies ({@code dct}, {@code
 * schema}, {@code foaf}, {@code prov}, {@code org}, {@code skos}, {@code xsd}, {@code rdfs}, {@code
 * eli}) and one per code list ({@code process}, {@code phase}, {@code channel}...).
 *
 * <p>{@code rdf} is left out on purpose: with it declared, Jena writes {@code rdf:type} instead of
 * Turtle's {@code a}.
 */
public final class DebatescorePrefixes {

  private static final Map<String, String> ALL;

  static {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(DBS.PREFIX, DBS.NS);
    m.put(Terms.DCT.PREFIX, Terms.DCT.NS);
    m.put(Terms.SCHEMA.PREFIX, Terms.SCHEMA.NS);
    m.put(Terms.FOAF.PREFIX, Terms.FOAF.NS);
    m.put(Terms.PROV.PREFIX, Terms.PROV.NS);
    m.put(Terms.ORG.PREFIX, Terms.ORG.NS);
    m.put(Terms.SKOS.PREFIX, Terms.SKOS.NS);
    m.put(Terms.XSD.PREFIX, Terms.XSD.NS);
    m.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
    m.put("eli", "http://data.europa.eu/eli/ontology#");
    m.put(Codes.ProcessKind.PREFIX, Codes.ProcessKind.NS);
    m.put(Codes.PhaseKind.PREFIX, Codes.PhaseKind.NS);
    m.put(Codes.Channel.PREFIX, Codes.Channel.NS);
    m.put(Codes.DocumentKind.PREFIX, Codes.DocumentKind.NS);
    m.put(Codes.ProposalStatus.PREFIX, Codes.ProposalStatus.NS);
    m.put(Codes.Stance.PREFIX, Codes.Stance.NS);
    m.put(Codes.VoteOption.PREFIX, Codes.VoteOption.NS);
    m.put(Codes.Outcome.PREFIX, Codes.Outcome.NS);
    m.put(Codes.Role.PREFIX, Codes.Role.NS);
    m.put(Codes.ContributionKind.PREFIX, Codes.ContributionKind.NS);
    m.put(Codes.ImplementationStatus.PREFIX, Codes.ImplementationStatus.NS);
    m.put(Codes.AssessmentDimension.PREFIX, Codes.AssessmentDimension.NS);
    ALL = Collections.unmodifiableMap(m);
  }

  private DebatescorePrefixes() {}

  /** Prefix to namespace, in a stable order. */
  public static Map<String, String> all() {
    return ALL;
  }

  /** A new, modifiable Jena prefix map with all the prefixes. */
  public static PrefixMap prefixMap() {
    return PrefixMapFactory.create(ALL);
  }
}
