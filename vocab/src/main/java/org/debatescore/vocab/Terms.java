package org.debatescore.vocab;

/**
 * IRIs of the terms Debatescore reuses from other vocabularies instead of minting its own, limited
 * to those the model uses (as properties, superclasses, datatypes or value classes).
 *
 * <p>Constant names are local names; {@code xsd:boolean} is spelt {@link XSD#boolean_} because
 * {@code boolean} is a Java keyword. A test checks that every reused term in the ontology, shapes,
 * code lists and JSON-LD context has a constant here, and that every constant is used.
 */
public final class Terms {

  /** DCMI Metadata Terms. */
  public static final class DCT {
    public static final String NS = "http://purl.org/dc/terms/";
    public static final String PREFIX = "dct";

    /** Title (language-tagged). */
    public static final String title = NS + "title";

    /** Description (language-tagged). */
    public static final String description = NS + "description";

    /** When a contribution, vote or endorsement was made ({@code xsd:dateTime}). */
    public static final String created = NS + "created";

    /** When it was last modified ({@code xsd:dateTime}). */
    public static final String modified = NS + "modified";

    /** Date of a decision, milestone, assessment or document. */
    public static final String date = NS + "date";

    /** Licence of a debate or of any content. */
    public static final String license = NS + "license";

    /** Territorial scope of a debate. */
    public static final String spatial = NS + "spatial";

    /** Topic of a debate. */
    public static final String subject = NS + "subject";

    /** Original identifier in the source platform. */
    public static final String identifier = NS + "identifier";

    /** Cited resource of an evidence, or original record URL. */
    public static final String source = NS + "source";

    /** Who wrote or issued a document, such as the project owner for a referral. */
    public static final String creator = NS + "creator";

    /** When the organisers validated an answer before publishing it. */
    public static final String dateAccepted = NS + "dateAccepted";

    private DCT() {}
  }

  /** Schema.org. */
  public static final class SCHEMA {
    public static final String NS = "https://schema.org/";
    public static final String PREFIX = "schema";

    /** Superclass of {@code dbs:Meeting}. */
    public static final String Event = NS + "Event";

    /** Start date or date-time. */
    public static final String startDate = NS + "startDate";

    /** End date or date-time. */
    public static final String endDate = NS + "endDate";

    /** Place of a meeting. */
    public static final String location = NS + "location";

    /** A domain of a property with several domains (no inference, unlike rdfs:domain). */
    public static final String domainIncludes = NS + "domainIncludes";

    /** A range of a property with several ranges (no inference, unlike rdfs:range). */
    public static final String rangeIncludes = NS + "rangeIncludes";

    private SCHEMA() {}
  }

  /** FOAF. */
  public static final class FOAF {
    public static final String NS = "http://xmlns.com/foaf/0.1/";
    public static final String PREFIX = "foaf";

    /** Superclass of {@code dbs:Document}. */
    public static final String Document = NS + "Document";

    /** Superclass of {@code dbs:Person}. */
    public static final String Person = NS + "Person";

    /** Display name of a participant (a pseudonym is allowed). */
    public static final String name = NS + "name";

    /** Home page of a participant or a debate. */
    public static final String homepage = NS + "homepage";

    private FOAF() {}
  }

  /** PROV-O. */
  public static final class PROV {
    public static final String NS = "http://www.w3.org/ns/prov#";
    public static final String PREFIX = "prov";

    /** Superclass of {@code dbs:Debate} and {@code dbs:Decision}. */
    public static final String Activity = NS + "Activity";

    /** Superclass of {@code dbs:Contribution} and {@code dbs:Evidence}. */
    public static final String Entity = NS + "Entity";

    /** Superclass of {@code dbs:Participant}. */
    public static final String Agent = NS + "Agent";

    /** Super-property of {@code dbs:tookIntoAccount}. */
    public static final String used = NS + "used";

    /** Record this one was derived from (provenance of imports). */
    public static final String wasDerivedFrom = NS + "wasDerivedFrom";

    /** Import date. */
    public static final String generatedAtTime = NS + "generatedAtTime";

    private PROV() {}
  }

  /** W3C Organization Ontology. */
  public static final class ORG {
    public static final String NS = "http://www.w3.org/ns/org#";
    public static final String PREFIX = "org";

    /** Superclass of {@code dbs:Organisation}. */
    public static final String Organization = NS + "Organization";

    private ORG() {}
  }

  /** XML Schema datatypes. */
  public static final class XSD {
    public static final String NS = "http://www.w3.org/2001/XMLSchema#";
    public static final String PREFIX = "xsd";

    public static final String string = NS + "string";
    public static final String dateTime = NS + "dateTime";
    public static final String date = NS + "date";
    public static final String decimal = NS + "decimal";
    public static final String nonNegativeInteger = NS + "nonNegativeInteger";

    /** {@code xsd:boolean}, renamed because {@code boolean} is a Java keyword. */
    public static final String boolean_ = NS + "boolean";

    private XSD() {}
  }

  /** RDF. */
  public static final class RDF {
    public static final String NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String PREFIX = "rdf";

    public static final String type = NS + "type";

    /** Datatype of language-tagged strings (titles, texts). */
    public static final String langString = NS + "langString";

    private RDF() {}
  }

  /** SKOS (code lists). */
  public static final class SKOS {
    public static final String NS = "http://www.w3.org/2004/02/skos/core#";
    public static final String PREFIX = "skos";

    public static final String Concept = NS + "Concept";
    public static final String ConceptScheme = NS + "ConceptScheme";
    public static final String prefLabel = NS + "prefLabel";
    public static final String definition = NS + "definition";
    public static final String notation = NS + "notation";
    public static final String inScheme = NS + "inScheme";
    public static final String topConceptOf = NS + "topConceptOf";

    private SKOS() {}
  }

  /**
   * The RSS 1.0 content module: importers keep the original markup of a text (the HTML a platform
   * stored) in {@code content:encoded} beside the plain {@code dbs:text}.
   */
  public static final class CONTENT {
    public static final String NS = "http://purl.org/rss/1.0/modules/content/";
    public static final String PREFIX = "content";

    /** The original markup of a text, language-tagged like the plain text. */
    public static final String encoded = NS + "encoded";

    private CONTENT() {}
  }

  private Terms() {}
}
