package org.debatescore.core.validation.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import org.debatescore.core.rdf.BlankNode;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Literal;
import org.debatescore.core.rdf.Term;

/** Jackson plumbing shared by the JSON and SARIF renderers. */
final class JsonSupport {

  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(JsonFactory.Feature.INTERN_FIELD_NAMES).build();

  private JsonSupport() {}

  /** A pretty-printing generator that does not close {@code out}. */
  static JsonGenerator generator(Writer out) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.useDefaultPrettyPrinter();
    return g;
  }

  /** {@code {"type": "iri"|"bnode"|"literal", "value": …, "datatype": …, "language": …}}. */
  static void term(JsonGenerator g, Term term) throws IOException {
    if (term == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    if (term instanceof Iri iri) {
      g.writeStringField("type", "iri");
      g.writeStringField("value", iri.value());
    } else if (term instanceof BlankNode b) {
      g.writeStringField("type", "bnode");
      g.writeStringField("value", b.label());
    } else {
      Literal l = (Literal) term;
      g.writeStringField("type", "literal");
      g.writeStringField("value", l.lexical());
      g.writeStringField("datatype", l.datatype());
      if (l.language() != null) {
        g.writeStringField("language", l.language());
      }
    }
    g.writeEndObject();
  }

  static void stringOrNull(JsonGenerator g, String field, String value) throws IOException {
    if (value == null) {
      g.writeNullField(field);
    } else {
      g.writeStringField(field, value);
    }
  }
}
