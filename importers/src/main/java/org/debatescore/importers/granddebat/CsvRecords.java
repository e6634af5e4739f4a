package org.debatescore.importers.granddebat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.debatescore.importers.support.CsvRow;
import org.debatescore.importers.support.CsvTable;
import org.debatescore.importers.support.InputFile;
import org.debatescore.importers.support.TextEncoding;

/**
 * Reads a Grand Débat CSV file (json2csv: comma, {@code "} quoting, UTF-8; sniffed anyway, with a
 * windows-1252 fallback for re-saved copies) into records. Columns are bound by name, never by
 * position: fixed fields by their names, question columns by their decoded question id whatever the
 * header form, so columns may move, be missing or be extra between snapshots.
 */
final class CsvRecords {

  /** The fixed columns of every file kind ({@code exploreProposals}, {@code exploreEvents}...). */
  static final Set<String> FIELDS =
      Set.of(
          "id",
          "reference",
          "title",
          "createdAt",
          "publishedAt",
          "updatedAt",
          "trashed",
          "trashedStatus",
          "authorId",
          "authorType",
          "authorZipCode",
          "authorUsername",
          "authorEmail",
          "startAt",
          "endAt",
          "enabled",
          "lat",
          "lng",
          "fullAddress",
          "zipCode",
          "link",
          "url",
          "body",
          "username",
          "email",
          "type",
          "deletedAccountAt",
          "biography",
          "consentInternalCommunication",
          "avatarUrl",
          "websiteUrl",
          "linkedInUrl",
          "twitterUrl",
          "facebookUrl");

  private CsvRecords() {}

  /** A question column: where it is and which question it answers. */
  private record Column(int index, String key, String title) {}

  /** Learns the titles of the question headers that carry an id, for matching bare titles. */
  static void learn(InputFile file, QuestionCatalog questions) {
    Charset charset = TextEncoding.detect(file, GrandDebatImporter.FALLBACK);
    char delimiter = CsvTable.sniffDelimiter(file, charset, ',', ';', '\t');
    try (CsvTable table = CsvTable.open(file, delimiter, charset)) {
      for (String h : table.headers()) {
        if (!FIELDS.contains(h)) {
          questions.learn(QuestionHeader.parse(h));
        }
      }
    }
  }

  /** Reads {@code file}, giving each row to {@code handler}. */
  static void read(InputFile file, RecordHandler handler) {
    Charset charset = TextEncoding.detect(file, GrandDebatImporter.FALLBACK);
    char delimiter = CsvTable.sniffDelimiter(file, charset, ',', ';', '\t');
    if (delimiter != ',') {
      handler.note(1, "'" + delimiter + "'-separated (the generator writes ','): read as such");
    }
    if (!charset.equals(StandardCharsets.UTF_8) && !charset.equals(StandardCharsets.US_ASCII)) {
      handler.note(1, "not valid UTF-8 (the generator writes UTF-8): read as " + charset.name());
    }
    try (CsvTable table = CsvTable.open(file, delimiter, charset)) {
      List<String> headers = table.headers();
      FileKind kind = handler.start(headers);
      if (kind == null) {
        return;
      }
      Map<String, Integer> fields = new LinkedHashMap<>();
      List<Column> columns = new ArrayList<>();
      bind(headers, kind, handler, fields, columns);
      for (CsvRow row : table) {
        handler.record(record(row, fields, columns, kind == FileKind.QUESTIONNAIRE));
      }
      if (table.error() != null) {
        handler.unreadable(
            table.errorLine(), table.error() + "; the rest of the file was not read");
      }
    }
  }

  private static void bind(
      List<String> headers,
      FileKind kind,
      RecordHandler handler,
      Map<String, Integer> fields,
      List<Column> columns) {
    boolean questionsExpected = kind == FileKind.THEME || kind == FileKind.QUESTIONNAIRE;
    QuestionCatalog questions = handler.questions();
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < headers.size(); i++) {
      String h = headers.get(i);
      if (FIELDS.contains(h)) {
        if (fields.putIfAbsent(h, i) != null) {
          handler.note(1, "column '" + h + "' appears twice: the first one is read");
        }
        continue;
      }
      QuestionHeader q = QuestionHeader.parse(h);
      if (!questionsExpected || (q.questionId() == null && !looksLikeTitle(h))) {
        handler.note(1, "unknown column '" + clip(h) + "': not read");
        continue;
      }
      String key = questions.key(q);
      if (!keys.add(key)) {
        handler.note(
            1, "column '" + clip(h) + "' is a second column of the same question: not read");
        continue;
      }
      if (q.questionId() == null) {
        handler.note(
            1,
            QuestionCatalog.isTitleKey(key)
                ? "column '"
                    + clip(h)
                    + "' has no question id and its title was seen with no id"
                    + (questions.ambiguous(h) ? " (it is shared by several ids)" : "")
                    + ": answers kept under a question keyed by the title"
                : "column '"
                    + clip(h)
                    + "' has no question id: matched by its title to question "
                    + key);
      }
      columns.add(new Column(i, key, q.title()));
    }
  }

  /** A bare header is a question title when it reads like a sentence, not like a field name. */
  private static boolean looksLikeTitle(String header) {
    return header.length() > 3 && (header.indexOf(' ') > 0 || header.endsWith("?"));
  }

  private static GdnRecord record(
      CsvRow row, Map<String, Integer> fields, List<Column> columns, boolean closed) {
    Map<String, String> values = new HashMap<>();
    fields.forEach((name, i) -> values.put(name, row.get(i)));
    List<GdnRecord.Response> responses = new ArrayList<>();
    for (Column c : columns) {
      String v = row.get(c.index());
      if (v == null || v.isBlank()) {
        continue;
      }
      List<String> choices = closed ? choices(v) : List.of();
      responses.add(new GdnRecord.Response(c.key(), c.title(), v, choices, null));
    }
    return new GdnRecord(row.line(), values, responses);
  }

  /**
   * The option labels of a closed answer: the cell split on {@code |} (the generator's separator,
   * an "other" text last, indistinguishable from a label in CSV); none when a part is too long to
   * be an option label (free text in a questionnaire).
   */
  static List<String> choices(String value) {
    List<String> parts =
        Arrays.stream(value.split("\\|")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    return parts.stream().allMatch(p -> p.length() <= MAX_LABEL) ? parts : List.of();
  }

  static final int MAX_LABEL = 200;

  static String clip(String text) {
    String t = text.length() > 80 ? text.substring(0, 80) + "…" : text;
    return org.debatescore.importers.support.Texts.clean(t);
  }
}
