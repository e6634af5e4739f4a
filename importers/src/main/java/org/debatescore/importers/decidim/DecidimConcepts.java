package org.debatescore.importers.decidim;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.debatescore.core.model.Extensions;
import org.debatescore.core.model.LangText;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Literal;
import org.debatescore.core.rdf.Triple;
import org.debatescore.importers.ImportSession;
import org.debatescore.importers.support.CsvRow;
import org.debatescore.importers.support.Texts;
import org.debatescore.vocab.Terms;

/**
 * How a Decidim record is classified: its category ({@code category/id}, {@code
 * category/name/<locale>}) and, from 0.30, its taxonomies ({@code taxonomies/id}, a list, with
 * {@code taxonomies/name/<locale>}) become {@code dct:subject}; its scope ({@code scope/id}, {@code
 * scope/name/<locale>}), which Decidim uses for districts and territories, becomes {@code
 * dct:spatial}. Each value is a {@code skos:Concept} with its localised names, written the first
 * time a record uses it (the ids are kept in memory: an instance has tens of them).
 */
final class DecidimConcepts {

  private static final Iri SUBJECT = Iri.of(Terms.DCT.subject);
  private static final Iri SPATIAL = Iri.of(Terms.DCT.spatial);

  /** A classification column family: its base name, IRI type, the link it gives. */
  private record Family(String base, String type, Iri link) {}

  private static final List<Family> FAMILIES =
      List.of(
          new Family("category", "category", SUBJECT),
          new Family("taxonomies", "taxonomy", SUBJECT),
          new Family("scope", "scope", SPATIAL));

  private final ImportSession session;
  private final String lang;
  private final Set<String> written = new HashSet<>();

  DecidimConcepts(ImportSession session, String lang) {
    this.session = session;
    this.lang = lang;
  }

  /** Adds the row's classification links to {@code ext}, writing concepts not yet written. */
  void classify(CsvRow row, Extensions.Builder ext) {
    for (Family f : FAMILIES) {
      String ids = row.get(f.base() + "/id");
      if (ids == null) {
        continue;
      }
      String[] idList = ids.split(",\\s*");
      LangText names = row.localized(f.base() + "/name", Texts::clean);
      String plain = row.get(f.base() + "/name");
      for (int i = 0; i < idList.length; i++) {
        String id = idList[i].strip();
        if (id.isEmpty()) {
          continue;
        }
        Iri concept = session.iri(f.type(), id);
        if (written.add(concept.value())) {
          // names only when they are one record's: a list of several names cannot be split safely
          // (a name may contain the ", " that joins them)
          write(
              concept,
              id,
              idList.length == 1 ? names : LangText.EMPTY,
              idList.length == 1 ? plain : null);
        }
        ext.add(f.link(), concept);
      }
    }
  }

  private void write(Iri concept, String id, LangText names, String plain) {
    session.write(Triple.of(concept, Iri.of(Terms.RDF.type), Iri.of(Terms.SKOS.Concept)));
    session.write(Triple.of(concept, Iri.of(Terms.DCT.identifier), Literal.string(id)));
    for (int i = 0; i < names.size(); i++) {
      session.write(
          Triple.of(
              concept,
              Iri.of(Terms.SKOS.prefLabel),
              Literal.lang(names.text(i), names.language(i))));
    }
    if (names.isEmpty() && plain != null) {
      String p = Texts.clean(plain);
      if (p != null && !p.isEmpty()) {
        session.write(Triple.of(concept, Iri.of(Terms.SKOS.prefLabel), Literal.lang(p, lang)));
      }
    }
  }
}
