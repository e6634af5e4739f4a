package org.debatescore.core.rdf;

import java.util.Objects;

/** One RDF statement. */
public record Triple(Resource subject, Iri predicate, Term object) {

  public Triple {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(predicate, "predicate");
    Objects.requireNonNull(object, "object");
  }

  public static Triple of(Resource subject, Iri predicate, Term object) {
    return new Triple(subject, predicate, object);
  }

  public String toNTriples() {
    return subject.toNTriples() + " " + predicate.toNTriples() + " " + object.toNTriples() + " .";
  }

  @Override
  public String toString() {
    return toNTriples();
  }
}
