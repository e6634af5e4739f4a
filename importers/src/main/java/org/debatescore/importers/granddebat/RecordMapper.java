package org.debatescore.importers.granddebat;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.debatescore.core.DebatescoreException;
import org.debatescore.core.LimitExceededException;
import org.debatescore.core.model.Answer;
import org.debatescore.core.model.Contribution;
import org.debatescore.core.model.Extensions;
import org.debatescore.core.model.Meeting;
import org.debatescore.core.model.Proposal;
import org.debatescore.core.model.TemporalValue;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.Literal;
import org.debatescore.importers.ImportSession;
import org.debatescore.importers.capcollectif.RelayId;
import org.debatescore.importers.support.InputFile;
import org.debatescore.importers.support.Texts;
import org.debatescore.vocab.Codes;
import org.debatescore.vocab.Terms;

/**
 * Maps the records of one file to Debatescore entities and counts each one as mapped or skipped.
 */
final class RecordMapper implements RecordHandler {

  private static final int MAX_NOTED_LABELS = 100;
  private static final Iri PART_OF = Iri.of(Terms.DCT.NS + "isPartOf");
  private static final Iri ISSUED = Iri.of(Terms.DCT.NS + "issued");
  private static final Iri LATITUDE = Iri.of(Terms.SCHEMA.NS + "latitude");
  private static final Iri LONGITUDE = Iri.of(Terms.SCHEMA.NS + "longitude");

  private final GrandDebatImporter.Run run;
  private final ImportSession s;
  private final String source;
  private final FileKind nameKind;
  private final Topic nameTopic;
  private final Set<String> notedLabels = new HashSet<>();
  private FileKind kind;
  private boolean themeMismatchNoted;
  private boolean noAuthorNoted;

  RecordMapper(GrandDebatImporter.Run run, InputFile file) {
    this.run = run;
    this.s = run.s;
    this.source = file.name();
    this.nameKind = FileKind.ofFileName(file.fileName());
    this.nameTopic = Topic.ofFileName(file.fileName());
  }

  @Override
  public FileKind start(Collection<String> names) {
    kind = nameKind != null ? nameKind : FileKind.ofFields(names);
    if (kind == null || (kind != FileKind.USERS && !names.isEmpty() && !names.contains("id"))) {
      s.read(source);
      s.skipped(
          source,
          1,
          null,
          names.isEmpty()
              ? "no record: nothing to import"
              : "not a Grand Débat open-data file (no 'id' column, or a name and columns of no"
                  + " known kind): not read");
      kind = null;
      return null;
    }
    if (kind == FileKind.USERS) {
      s.note(
          source,
          1,
          null,
          "users become pseudonymised participants (type and postal code kept); usernames,"
              + " biographies and links are not written");
    }
    if (kind == FileKind.EVENTS) {
      s.note(source, 1, null, "event authors are not written: a meeting has no organiser field");
    }
    return kind;
  }

  @Override
  public QuestionCatalog questions() {
    return run.questions;
  }

  @Override
  public void unreadable(long line, String reason) {
    s.read(source);
    s.skipped(source, line, null, reason);
  }

  @Override
  public void note(long line, String reason) {
    s.note(source, line, null, reason);
  }

  @Override
  public void record(GdnRecord r) {
    s.read(source);
    String id = r.get("id");
    if (id == null) {
      s.skipped(source, r.line(), r.get("reference"), "no id");
      return;
    }
    try {
      boolean mapped =
          switch (kind) {
            case THEME -> contribution(r, id);
            case QUESTIONNAIRE -> reply(r, id);
            case EVENTS -> event(r, id);
            case USERS -> user(r, id);
          };
      if (mapped) {
        s.mapped(source);
      }
    } catch (LimitExceededException e) {
      throw e;
    } catch (DebatescoreException | IllegalArgumentException e) {
      s.skipped(source, r.line(), id, "cannot be mapped: " + e.getMessage());
    }
  }

  /** The stable key of a Relay id: its decoded internal id, else the id as written. */
  static String key(String id) {
    return RelayId.decode(id).map(RelayId::internalId).orElse(id);
  }

  // ---- theme contributions

  private boolean contribution(GdnRecord r, String id) {
    String key = key(id);
    Topic topic = topic(r);
    Iri issue = run.issue(topic);
    Iri author = author(r);
    TemporalValue created = date(r, "createdAt", id);
    TemporalValue modified = date(r, "updatedAt", id);
    Extensions.Builder ext = Extensions.builder();
    moderation(r, id, ext);
    String reference = r.get("reference");
    if (reference != null) {
      ext.add(vocab("reference"), Literal.string(Texts.clean(reference)));
    }
    String title = r.get("title") == null ? null : Texts.clean(r.get("title"));
    Iri proposal = null;
    if (title != null && !title.isEmpty()) {
      proposal = s.iri("proposal", key);
      Proposal.Builder b = Proposal.builder().id(proposal).title(GrandDebatImporter.LANG, title);
      common(b, id, issue, author, created, modified, Codes.ContributionKind.PROPOSAL);
      s.write(b.extensions(ext.build()).build());
    } else if (r.responses().isEmpty()) {
      s.skipped(source, r.line(), id, "no title and no answer");
      return false;
    } else {
      s.note(source, r.line(), id, "no title: answers written without a proposal");
    }
    answers(r, id, key, topic, issue, author, created, modified, proposal, ext.build());
    return true;
  }

  private Topic topic(GdnRecord r) {
    Topic byReference = Topic.ofReference(r.get("reference"));
    if (nameTopic != null && byReference != null && byReference != nameTopic) {
      if (!themeMismatchNoted) {
        themeMismatchNoted = true;
        s.note(
            source,
            r.line(),
            r.get("id"),
            "reference "
                + Texts.clean(r.get("reference"))
                + " is of another theme than the file name: the file name is followed (first case;"
                + " not repeated)");
      }
      return nameTopic;
    }
    return nameTopic != null ? nameTopic : byReference;
  }

  // ---- questionnaire replies

  private boolean reply(GdnRecord r, String id) {
    if (r.responses().isEmpty()) {
      s.skipped(source, r.line(), id, "no answer");
      return false;
    }
    Topic topic = nameTopic;
    Iri issue = run.issue(topic);
    Extensions.Builder ext = Extensions.builder();
    moderation(r, id, ext);
    answers(
        r,
        id,
        key(id),
        topic,
        issue,
        author(r),
        date(r, "createdAt", id),
        date(r, "updatedAt", id),
        null,
        ext.build());
    return true;
  }

  private void answers(
      GdnRecord r,
      String id,
      String key,
      Topic topic,
      Iri issue,
      Iri author,
      TemporalValue created,
      TemporalValue modified,
      Iri proposal,
      Extensions rowExtensions) {
    for (GdnRecord.Response a : r.responses()) {
      String text = Texts.clean(a.text());
      if (text == null || text.isEmpty()) {
        continue;
      }
      Iri question = run.questions.use(a.questionKey(), a.questionTitle(), topic);
      Extensions.Builder ext = Extensions.builder();
      if (proposal != null) {
        ext.add(PART_OF, proposal);
      } else {
        rowExtensions.entries().forEach(e -> ext.add(e.predicate(), e.object()));
      }
      for (String c : a.choices()) {
        ext.add(vocab("choice"), Literal.lang(Texts.clean(c), GrandDebatImporter.LANG));
      }
      if (a.other() != null) {
        ext.add(vocab("other"), Literal.lang(Texts.clean(a.other()), GrandDebatImporter.LANG));
      }
      Answer.Builder b =
          Answer.builder()
              .id(s.iri("answer", key + "/" + a.questionKey()))
              .text(GrandDebatImporter.LANG, text)
              .answers(question);
      common(b, id, issue, author, created, modified, Codes.ContributionKind.ANSWER);
      s.write(b.extensions(ext.build()).build());
    }
  }

  /** What a row's proposal and answers share: debate, issue, author, dates, kind, provenance. */
  private void common(
      Contribution.Builder<?, ?> b,
      String id,
      Iri issue,
      Iri author,
      TemporalValue created,
      TemporalValue modified,
      String kind) {
    b.debate(run.debate)
        .addresses(issue)
        .created(created)
        .modified(modified)
        .contributionKind(Iri.of(kind))
        .channel(Iri.of(Codes.Channel.ONLINE_PLATFORM))
        .provenance(GrandDebatImporter.provenance(s, id, null));
    if (author != null) {
      b.addAuthor(author);
    }
  }

  /** Trashed and unpublished rows: kept, flagged, their state written. */
  private void moderation(GdnRecord r, String id, Extensions.Builder ext) {
    Boolean trashed = GdnValues.bool(r.get("trashed"));
    String status = r.get("trashedStatus");
    if (Boolean.TRUE.equals(trashed) || status != null) {
      ext.add(vocab("trashed"), Literal.typed("true", Terms.XSD.boolean_));
      if (status != null) {
        ext.add(vocab("trashedStatus"), Literal.string(Texts.clean(status)));
      }
      s.flagged(
          source,
          r.line(),
          id,
          "trashed by moderation"
              + (status != null ? " (trashedStatus " + CsvRecords.clip(status) + ")" : "")
              + ": imported with its state");
    } else if (trashed == null && r.get("trashed") != null) {
      s.note(
          source,
          r.line(),
          id,
          "trashed: not a boolean '" + CsvRecords.clip(r.get("trashed")) + "'");
    }
    TemporalValue published = date(r, "publishedAt", id);
    if (published != null) {
      ext.add(ISSUED, Literal.typed(published.lexical(), published.datatype()));
    } else if (r.get("publishedAt") == null) {
      s.flagged(source, r.line(), id, "no publishedAt: possibly never published; imported");
    }
  }

  // ---- authors

  private Iri author(GdnRecord r) {
    String authorId = r.get("authorId");
    if (authorId == null) {
      if (!noAuthorNoted) {
        noAuthorNoted = true;
        s.note(source, r.line(), r.get("id"), "no authorId: written without author (first case)");
      }
      return null;
    }
    return participant(r, authorId, null, r.get("authorType"), r.get("authorZipCode"));
  }

  private Iri participant(GdnRecord r, String userId, String name, String type, String zip) {
    return s.participant(
        userId,
        name,
        p -> {
          String role = GdnValues.role(type);
          if (role != null) {
            p.addRole(Iri.of(role));
          } else if (type != null
              && notedLabels.size() < MAX_NOTED_LABELS
              && notedLabels.add(type)) {
            s.note(
                source,
                r.line(),
                r.get("id"),
                "author type '" + CsvRecords.clip(type) + "' has no role code: kept as text only");
          }
          Extensions.Builder ext = Extensions.builder();
          if (type != null) {
            ext.add(vocab("authorType"), Literal.lang(Texts.clean(type), GrandDebatImporter.LANG));
          }
          if (zip != null) {
            String z = Texts.clean(zip);
            ext.add(vocab("postalCode"), Literal.string(z));
            if (!GdnValues.isPostalCode(z)) {
              s.note(
                  source,
                  r.line(),
                  r.get("id"),
                  "postal code '" + CsvRecords.clip(z) + "' is not five digits: kept as written");
            }
          }
          p.extensions(ext.build());
        });
  }

  // ---- events and users

  private boolean event(GdnRecord r, String id) {
    String page = r.get("url");
    Meeting.Builder b =
        Meeting.builder()
            .id(s.iri("meeting", key(id)))
            .debate(run.debate)
            .startDate(date(r, "startAt", id))
            .endDate(date(r, "endAt", id))
            .addChannel(Iri.of(Codes.Channel.IN_PERSON_MEETING))
            .provenance(
                GrandDebatImporter.provenance(
                    s, id, page != null && page.matches("https?://\\S+") ? Iri.of(page) : null));
    String title = Texts.clean(r.get("title"));
    if (title != null && !title.isEmpty()) {
      b.title(GrandDebatImporter.LANG, title);
    }
    String body = Texts.fromHtml(r.get("body") == null ? "" : r.get("body"));
    if (body != null && !body.isEmpty()) {
      b.description(GrandDebatImporter.LANG, body);
    }
    String address = Texts.clean(r.get("fullAddress"));
    if (address != null && !address.isEmpty()) {
      b.location(address);
    }
    Extensions.Builder ext = Extensions.builder();
    coordinate(r, "lat", LATITUDE, 90, ext);
    coordinate(r, "lng", LONGITUDE, 180, ext);
    if (Boolean.FALSE.equals(GdnValues.bool(r.get("enabled")))) {
      ext.add(vocab("enabled"), Literal.typed("false", Terms.XSD.boolean_));
      s.flagged(source, r.line(), id, "disabled event (enabled = false): imported");
    }
    b.extensions(ext.build());
    s.write(b.build());
    return true;
  }

  private void coordinate(
      GdnRecord r, String field, Iri property, int max, Extensions.Builder ext) {
    String v = r.get(field);
    if (v == null) {
      return;
    }
    try {
      double d = Double.parseDouble(v);
      if (v.length() <= 32 && Math.abs(d) <= max) {
        ext.add(
            property,
            Literal.typed(new java.math.BigDecimal(v).toPlainString(), Terms.XSD.NS + "decimal"));
        return;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    s.note(
        source, r.line(), r.get("id"), field + ": not a coordinate '" + CsvRecords.clip(v) + "'");
  }

  private boolean user(GdnRecord r, String id) {
    if (r.get("deletedAccountAt") != null) {
      s.skipped(source, r.line(), id, "account deleted (deletedAccountAt): not written");
      return false;
    }
    participant(r, id, r.get("username"), r.get("type"), r.get("zipCode"));
    return true;
  }

  // ---- values

  private TemporalValue date(GdnRecord r, String field, String id) {
    String v = r.get(field);
    if (v == null) {
      return null;
    }
    TemporalValue t = GdnValues.dateTime(v);
    if (t == null) {
      s.note(source, r.line(), id, field + ": not a date '" + CsvRecords.clip(v) + "', left out");
    }
    return t;
  }

  private Iri vocab(String local) {
    return Iri.of(s.options().baseIri() + GrandDebatImporter.PLATFORM + "/vocab#" + local);
  }
}
