package org.debatescore.importers.capcollectif;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import org.debatescore.core.rdf.RdfSink;
import org.debatescore.importers.ImportOptions;
import org.debatescore.importers.ImportReport;
import org.debatescore.importers.ImportSession;
import org.debatescore.importers.Importer;
import org.debatescore.importers.support.CsvTable;
import org.debatescore.importers.support.InputFile;
import org.debatescore.importers.support.Inputs;
import org.debatescore.importers.support.TextEncoding;

/**
 * Cap Collectif consultation exports (law and ministry consultations): one CSV per consultation
 * step, one row per opinion, vote, argument, source, report, version or context element, told apart
 * by a {@code type} column. The three generations of the export are read through one alias table
 * ({@link Field}): the 2018-2019 {@code contributions_*} export (comma, UTF-8 with a BOM), its RUA
 * 2019-2020 republication ({@code ;}, day-first dates, 0/1 booleans, {@code
 * contributions_votes_related_id}) and the current {@code export_contribution_*} export, with keys
 * or French labels. Delimiter ({@code ,} or {@code ;}) and charset (UTF-8, else windows-1252) are
 * sniffed per file.
 *
 * <p>Mapping, each file being one {@code Debate} ({@code <base>capcollectif/debate/<file name
 * without extension>}, titled by the consultation title):
 *
 * <ul>
 *   <li>opinion → {@code Proposal} {@code <base>capcollectif/proposal/<id>}, where {@code <id>} is
 *       the internal id of the Relay id ({@code T3BpbmlvbjoyMjU=} and {@code T3BpbmlvbjoyMjU} are
 *       both {@code 225}) or the id as written when it is no Relay id: stable across snapshots and
 *       derivable with {@code session.iri("proposal", id)}. The raw id is its {@code
 *       dct:identifier}, the decoded {@code Opinion:225} an extension {@code vocab/relayId}; its
 *       section is an {@code Issue} ({@code <base>capcollectif/issue/<file>/<section title>}) that
 *       it addresses; its context elements become {@code vocab/contextElement} texts;
 *   <li>version → {@code Amendment} ({@code amendment/<id>}) amending its opinion, the row before
 *       it (the export gives versions no parent column);
 *   <li>vote → {@code Vote} in the vote event of its opinion or version ({@code
 *       vote-event/proposal/<id>}), d'accord / mitigé / pas d'accord as {@code vote:for}, the
 *       platform concept {@code vote-option/mitige} and {@code vote:against} ({@link VoteOptions});
 *       tallies are counted from the vote rows (the shapes require it), and the counts the opinion
 *       row declares ({@code votesCountOk/Mitige/Nok}) are cross-checked with a note when they
 *       differ. A file without vote rows gets its tallies from those declared counts;
 *   <li>argument → {@code Argument} supporting (FOR) or attacking (AGAINST) its opinion or version,
 *       with that stance; declared {@code argumentsCountFor/Against} are cross-checked;
 *   <li>source → {@code Evidence} cited ({@code dbs:cites}) by its contribution;
 *   <li>reporting → a flag in the report per report, and {@code vocab/reportCount} on the reported
 *       contribution;
 *   <li>an official answer column, if a file has one ({@code contributions_answer_body}, {@code
 *       réponse officielle}...; no known export does), → {@code OfficialResponse};
 *   <li>authors and voters → pseudonymised participants, with the role of their author type:
 *       citoyen → citizen, élu → elected-official, institution and organisations →
 *       organisation-representative (the role is set when the participant is first written).
 * </ul>
 *
 * <p>Unpublished and trashed contributions are written, flagged, and marked with {@code
 * vocab/published false} / {@code vocab/trashed true} (status, date, reason). Texts are tagged
 * {@code @fr}; times without zone are Paris time. Each file is read twice: first its opinions and
 * versions (so that a child row is linked wherever its contribution is, and skipped with a reason
 * when it is not there), then everything. Memory grows with the opinions and versions of a file and
 * 8 bytes per child row (duplicate detection), never with the texts.
 */
public final class CapCollectifImporter implements Importer {

  static final Charset FALLBACK = Charset.forName("windows-1252");

  @Override
  public String name() {
    return "capcollectif";
  }

  @Override
  public String description() {
    return "Cap Collectif consultation export (CSV with a type column: opinions, versions, votes,"
        + " arguments, sources, reports; 2018-2019, RUA and current generations)";
  }

  @Override
  public ImportReport run(List<Path> inputs, ImportOptions options, RdfSink sink) {
    List<InputFile> files = Inputs.expand(inputs, options);
    try (ImportSession session = new ImportSession(name(), "capcollectif", options, sink)) {
      VoteOptions voteOptions = new VoteOptions(session);
      for (InputFile f : files) {
        read(session, f, voteOptions);
      }
      return session.finish();
    }
  }

  private static void read(ImportSession session, InputFile file, VoteOptions voteOptions) {
    String source = file.name();
    session.source(source);
    Charset charset = TextEncoding.detect(file, FALLBACK);
    char delimiter = CsvTable.sniffDelimiter(file, charset, ',', ';');
    Header header;
    try (CsvTable t = CsvTable.open(file, delimiter, charset)) {
      header = new Header(t.headers());
    }
    if (!charset.name().equals("UTF-8")) {
      session.note(source, -1, null, "not valid UTF-8: read as " + charset.name());
    }
    if (!header.unknown().isEmpty()) {
      session.note(source, 1, null, "columns not read: " + header.unknown());
    }
    if (!header.missing().isEmpty()) {
      session.note(source, 1, null, "columns not found: " + header.missing());
    }
    ContributionIndex index = new ContributionIndex(session, header);
    index.read(file, delimiter, charset);
    new ConsultationFile(session, file, header, index, voteOptions).run(delimiter, charset);
  }
}
