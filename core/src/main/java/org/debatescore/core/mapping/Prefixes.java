package org.debatescore.core.mapping;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.debatescore.vocab.Codes;
import org.debatescore.vocab.DBS;
import org.debatescore.vocab.Terms;

/** The namespace prefixes Debatescore data uses, for writers that want readable output. */
public final class Prefixes {

  private static final Map<String, String> STANDARD;

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
    m.put(Terms.RDF.PREFIX, Terms.RDF.NS);
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
    STANDARD = Collections.unmodifiableMap(m);
  }

  private Prefixes() {}

  /** {@code dbs}, the reused vocabularies and the code lists, in a stable order. */
  public static Map<String, String> standard() {
    return STANDARD;
  }
}
