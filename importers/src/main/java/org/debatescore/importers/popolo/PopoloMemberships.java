package org.debatescore.importers.popolo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;
import org.debatescore.core.model.TemporalValue;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Literal;
import org.debatescore.core.rdf.Triple;
import org.debatescore.importers.ImportSession;
import org.debatescore.importers.support.JsonSupport;
import org.debatescore.importers.support.Texts;
import org.debatescore.vocab.Terms;

/**
 * A Popolo membership beside the member's {@code dbs:memberOf} link: the model has the link only,
 * so the membership itself, with its role and dates, is written as a W3C ORG {@code org:Membership}
 * ({@code org:member}, {@code org:organization}, {@code org:role}) with {@code schema:startDate}
 * and {@code schema:endDate}. Popolo dates may be partial ({@code 1970-01}): they keep their
 * precision as {@code xsd:gYear} or {@code xsd:gYearMonth}. Labels are not written (they often name
 * the person, who is pseudonymised).
 */
final class PopoloMemberships {

  private static final String ORG = Terms.ORG.NS;
  private static final Iri TYPE = Iri.of(Terms.RDF.type);
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

  private PopoloMemberships() {}

  /** The organisation id of a membership ({@code organization_id} or {@code organization.id}). */
  static String organizationOf(JsonNode n) {
    return PopoloImporter.refId(n, "organization");
  }

  /** The member id: {@code person_id}, else {@code member_id} / {@code member.id}. */
  static String memberOf(JsonNode n) {
    String id = PopoloImporter.refId(n, "person");
    return id != null ? id : PopoloImporter.refId(n, "member");
  }

  /**
   * Writes the membership's statements; the problems met (unreadable dates) go to {@code note}.
   *
   * @param key the membership's id, or a key made of the member and organisation ids
   */
  static void write(
      ImportSession session,
      String key,
      JsonNode n,
      Iri member,
      Iri organisation,
      String lang,
      java.util.Set<String> written,
      java.util.function.Consumer<String> note) {
    Iri m = session.iri("membership", key);
    session.write(Triple.of(m, TYPE, Iri.of(ORG + "Membership")));
    session.write(Triple.of(m, Iri.of(ORG + "member"), member));
    session.write(Triple.of(m, Iri.of(ORG + "organization"), organisation));
    session.write(Triple.of(m, Iri.of(Terms.DCT.identifier), Literal.string(key)));
    String role = Texts.clean(JsonSupport.text(n, "role"));
    if (role != null && !role.isEmpty()) {
      Iri r = session.iri("role", role);
      session.write(Triple.of(m, Iri.of(ORG + "role"), r));
      if (written.add("role:" + role)) {
        session.write(Triple.of(r, TYPE, Iri.of(ORG + "Role")));
        session.write(Triple.of(r, Iri.of(Terms.SKOS.prefLabel), Literal.lang(role, lang)));
      }
    }
    date(session, m, n, "start_date", Terms.SCHEMA.startDate, note);
    date(session, m, n, "end_date", Terms.SCHEMA.endDate, note);
  }

  private static void date(
      ImportSession session,
      Iri m,
      JsonNode n,
      String field,
      String property,
      java.util.function.Consumer<String> note) {
    String raw = JsonSupport.text(n, field);
    if (raw == null) {
      return;
    }
    Literal value = literal(raw.strip());
    if (value == null) {
      note.accept(field + " '" + raw + "' is not a date: not written");
    } else {
      session.write(Triple.of(m, Iri.of(property), value));
    }
  }

  /** A Popolo date (year, year-month, date, date-time) as a typed literal, or {@code null}. */
  static Literal literal(String v) {
    if (YEAR.matcher(v).matches()) {
      return Literal.typed(v, Terms.XSD.NS + "gYear");
    }
    if (YEAR_MONTH.matcher(v).matches()) {
      return Literal.typed(v, Terms.XSD.NS + "gYearMonth");
    }
    TemporalValue t = JsonSupport.temporal(v);
    return t == null ? null : Literal.typed(t.lexical(), t.datatype());
  }
}
