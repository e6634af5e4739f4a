package org.debatescore.core.rdf;

/** A term that can be the subject of a statement: an IRI or a blank node. */
public sealed interface Resource extends Term permits Iri, BlankNode {}
