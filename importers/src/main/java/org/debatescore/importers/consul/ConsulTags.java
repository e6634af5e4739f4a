package org.debatescore.importers.consul;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.debatescore.core.model.Extensions;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Literal;
import org.debatescore.core.rdf.Triple;
import org.debatescore.importers.ImportSession;
import org.debatescore.importers.support.CsvRow;
import org.debatescore.importers.support.CsvTable;
import org.debatescore.importers.support.InputFile;
import org.debatescore.importers.support.Texts;
import org.debatescore.vocab.Terms;

/**
 * CONSUL tags as subjects: each tag is a {@code skos:Concept} and a tagged proposal or debate gets
 * {@code dct:subject} links to its tags. Tags come from {@code tags.csv} + {@code taggings.csv}
 * (the dump's association table), or from a {@code tag_list} column (comma-separated names, in
 * other exports). The Madrid dump leaves the tag id out of {@code tags.csv}, so a tagging can then
 * not be given its name: its concept is {@code tag-id/<id>}, else {@code tag/<name>}.
 *
 * <p>The taggings are read once before the proposals, since the links belong to the proposals' own
 * statements; memory: one entry per tagging of a proposal or debate.
 */
final class ConsulTags {

  static final String PROPOSAL = "Proposal";
  static final String DEBATE = "Debate";

  private final ImportSession session;
  private final String lang;
  private final Map<String, String> names = new HashMap<>();
  private final Set<String> written = new HashSet<>();
  // "Proposal 12" -> tag ids, from the first pass over taggings.csv
  private final Map<String, List<String>> taggings = new HashMap<>();

  ConsulTags(ImportSession session, String lang) {
    this.session = session;
    this.lang = lang;
  }

  /** A tags.csv row: its concept; the reason it is skipped, or {@code null}. */
  String tag(CsvRow row) {
    String name = Texts.clean(row.get("name"));
    if (name == null || name.isEmpty()) {
      return "tag without name";
    }
    String id = row.get("id");
    if (id != null) {
      names.put(id, name);
    }
    concept(name, id);
    return null;
  }

  /** First pass over taggings.csv: which tags each proposal and debate has. */
  void collect(InputFile file, Charset charset) {
    try (CsvTable t = CsvTable.open(file, ';', charset)) {
      for (CsvRow row : t) {
        String type = row.get("taggable_type");
        String id = row.get("taggable_id");
        String tag = row.get("tag_id");
        if (tag != null && id != null && (PROPOSAL.equals(type) || DEBATE.equals(type))) {
          taggings.computeIfAbsent(type + " " + id, k -> new ArrayList<>(2)).add(tag);
        }
      }
    }
  }

  /** The {@code dct:subject} links of a proposal or debate: its taggings and its tag_list. */
  void subjects(String type, String id, String tagList, Extensions.Builder ext) {
    List<String> ids = taggings.remove(type + " " + id);
    if (ids != null) {
      for (String tag : ids) {
        String name = names.get(tag);
        ext.add(Iri.of(Terms.DCT.subject), concept(name, name == null ? tag : null));
      }
    }
    if (tagList != null) {
      for (String n : tagList.split(",")) {
        String name = Texts.clean(n);
        if (name != null && !name.isEmpty()) {
          ext.add(Iri.of(Terms.DCT.subject), concept(name, null));
        }
      }
    }
  }

  /**
   * A taggings.csv row, read after the proposals and debates: the reason it is skipped, or {@code
   * null} when its link was written.
   */
  static String tagging(CsvRow row, Set<String> proposals, Set<String> debates) {
    String type = row.get("taggable_type");
    String id = row.get("taggable_id");
    if (row.get("tag_id") == null || id == null || type == null) {
      return "tagging without tag_id, taggable_id or taggable_type";
    }
    if (!PROPOSAL.equals(type) && !DEBATE.equals(type)) {
      return "tags of " + Texts.clean(type) + " records are not mapped (not in the dump)";
    }
    boolean written = PROPOSAL.equals(type) ? proposals.contains(id) : debates.contains(id);
    return written ? null : type.toLowerCase(java.util.Locale.ROOT) + " " + id + " is not written";
  }

  /** The concept of a tag, by name when known, else by id; written on first use. */
  private Iri concept(String name, String id) {
    Iri iri = name != null ? session.iri("tag", name) : session.iri("tag-id", id);
    if (written.add(iri.value())) {
      session.write(Triple.of(iri, Iri.of(Terms.RDF.type), Iri.of(Terms.SKOS.Concept)));
      if (name != null) {
        session.write(Triple.of(iri, Iri.of(Terms.SKOS.prefLabel), Literal.lang(name, lang)));
      }
      if (id != null) {
        session.write(Triple.of(iri, Iri.of(Terms.DCT.identifier), Literal.string(id)));
      }
    }
    return iri;
  }
}
