package org.debatescore.importers.granddebat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.debatescore.core.model.Debate;
import org.debatescore.core.model.Issue;
import org.debatescore.core.model.Provenance;
import org.debatescore.core.rdf.Iri;
import org.debatescore.core.rdf.RdfSink;
import org.debatescore.importers.ImportOptions;
import org.debatescore.importers.ImportReport;
import org.debatescore.importers.ImportSession;
import org.debatescore.importers.Importer;
import org.debatescore.importers.support.InputFile;
import org.debatescore.importers.support.Inputs;
import org.debatescore.vocab.Codes;

/**
 * Imports the open data of the Grand Débat national 2019 as written by Cap Collectif's generator
 * ({@code granddebat.fr-opendata}): the theme files ({@code LA_TRANSITION_ECOLOGIQUE} and the three
 * others), the {@code QUESTIONNAIRE_*} files, {@code EVENTS} and {@code USERS}, each in its CSV or
 * JSON form, plain, gzipped, in a folder or a zip.
 *
 * <p>Mapping. One {@code dbs:Debate} "Grand débat national" with one {@code dbs:Issue} per theme
 * (and per local-meeting questionnaire). Each question is a {@code dbs:Question} addressing its
 * issue, keyed on the decoded question id whatever the header form. A theme row is the
 * participant's {@code dbs:Proposal} (its title; reference and id as provenance) and each non-empty
 * cell a {@code dbs:Answer} to its question, part of the proposal ({@code dct:isPartOf}). A
 * questionnaire row gives answers only (their texts are the option labels; the labels are also kept
 * one by one as {@code choice} statements): the options are not for/against/abstain, and an "other"
 * text cannot be a vote option, so answers say what was chosen without inventing vote concepts.
 * Events are {@code dbs:Meeting}s; users pseudonymised participants. Authors are pseudonymised
 * participants with their role (from the author type) and postal code (a string). Trashed and
 * unpublished rows are imported and flagged. Dates without offset are Paris time. Texts are tagged
 * {@code fr}; the Licence Ouverte 2.0 is in the provenance.
 *
 * <p>Memory: files are streamed a row (or JSON element) at a time; what is kept is the question
 * catalog, the issues written and the session's participants.
 */
public final class GrandDebatImporter implements Importer {

  static final String PLATFORM = "granddebat";
  static final String LANG = "fr";
  static final Charset FALLBACK = Charset.forName("windows-1252");

  /** Etalab's Licence Ouverte / Open Licence 2.0, under which the files were published. */
  static final String LICENCE = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/";

  static final String DATASET =
      "https://www.data.gouv.fr/fr/datasets/donnees-ouvertes-du-grand-debat-national/";
  static final String HOMEPAGE = "https://granddebat.fr/";

  @Override
  public String name() {
    return "granddebat";
  }

  @Override
  public String description() {
    return "Grand Débat national 2019 open data (theme, QUESTIONNAIRE_*, EVENTS, USERS; CSV or"
        + " JSON)";
  }

  @Override
  public ImportReport run(List<Path> inputs, ImportOptions options, RdfSink sink) {
    List<InputFile> files = Inputs.expand(inputs, options);
    try (ImportSession session = new ImportSession(name(), PLATFORM, options, sink)) {
      Run run = new Run(session);
      for (InputFile f : files) {
        if (isJson(f)) {
          JsonRecords.learn(f, run.questions);
        } else {
          CsvRecords.learn(f, run.questions);
        }
      }
      for (InputFile f : files) {
        session.source(f.name());
        RecordMapper mapper = new RecordMapper(run, f);
        if (isJson(f)) {
          JsonRecords.read(f, mapper);
        } else {
          CsvRecords.read(f, mapper);
        }
      }
      return session.finish();
    }
  }

  /** JSON when the first character after blanks and a byte-order mark is {@code [} or {@code {}. */
  static boolean isJson(InputFile file) {
    try (InputStream in = Inputs.open(file)) {
      for (int i = 0, c; i < 4096 && (c = in.read()) >= 0; i++) {
        if (c == '[' || c == '{') {
          return true;
        }
        if (!(c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0xEF || c == 0xBB
            || c == 0xBF)) {
          return false;
        }
      }
      return false;
    } catch (IOException e) {
      throw Inputs.failure(file, e);
    }
  }

  /** A record's provenance: its id, its page, the platform, the import time and the licence. */
  static Provenance provenance(ImportSession s, String identifier, Iri source) {
    return s.provenance(identifier, source).toBuilder().license(Iri.of(LICENCE)).build();
  }

  /** The IRI of a topic's issue. */
  static Iri issueIri(ImportSession s, Topic topic) {
    return s.iri("issue", topic.slug());
  }

  /** What one import shares across files: the debate, the issues written, the questions. */
  static final class Run {
    final ImportSession s;
    final Iri debate;
    final QuestionCatalog questions;
    private final Set<Topic> issues = EnumSet.noneOf(Topic.class);

    Run(ImportSession s) {
      this.s = s;
      this.debate = s.iri("debate", "grand-debat-national");
      this.questions = new QuestionCatalog(s, debate, this::issue);
      s.write(
          Debate.builder()
              .id(debate)
              .title(LANG, "Grand débat national")
              .description(
                  LANG,
                  "Contributions en ligne au Grand débat national (2019), données ouvertes publiées"
                      + " par la plateforme granddebat.fr.")
              .processKind(Iri.of(Codes.ProcessKind.PUBLIC_CONSULTATION))
              .addChannel(Iri.of(Codes.Channel.ONLINE_PLATFORM))
              .homepage(Iri.of(HOMEPAGE))
              .provenance(provenance(s, null, Iri.of(DATASET)))
              .build());
    }

    /** The issue of a topic, written on first use; {@code null} for no topic. */
    Iri issue(Topic topic) {
      if (topic == null) {
        return null;
      }
      Iri iri = issueIri(s, topic);
      if (issues.add(topic)) {
        s.write(
            Issue.builder()
                .id(iri)
                .debate(debate)
                .title(LANG, topic.title)
                .provenance(provenance(s, topic.key, null))
                .build());
      }
      return iri;
    }
  }
}
