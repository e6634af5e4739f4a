package org.debatescore.importers.granddebat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.debatescore.core.LimitExceededException;
import org.debatescore.importers.support.InputFile;
import org.debatescore.importers.support.Inputs;
import org.debatescore.importers.support.JsonSupport;

/**
 * Reads a Grand Débat JSON file (JSONStream: one top-level array of objects) element by element
 * with Jackson's streaming parser: one record is in memory at a time, never the file. Answers come
 * from {@code responses[{questionId, questionTitle, value, formattedValue}]}: the text is {@code
 * formattedValue}; {@code value}, when it is the JSON of a multiple choice ({@code {"labels":
 * [...], "other": "..."}}), gives the labels and the "other" text apart.
 */
final class JsonRecords {

  private JsonRecords() {}

  /** Learns the question titles of the first record (json2csv took the CSV columns from it). */
  static void learn(InputFile file, QuestionCatalog questions) {
    try (InputStream in = Inputs.open(file);
        JsonParser p = JsonSupport.parser(in)) {
      if (p.nextToken() != JsonToken.START_ARRAY || p.nextToken() != JsonToken.START_OBJECT) {
        return;
      }
      JsonNode first = JsonSupport.tree(p);
      JsonNode responses = first.get("responses");
      if (responses != null && responses.isArray()) {
        for (JsonNode r : responses) {
          String id = QuestionHeader.questionId(JsonSupport.text(r, "questionId"));
          String title = JsonSupport.text(r, "questionTitle");
          if (id != null && title != null) {
            questions.learn(new QuestionHeader(id, title));
          }
        }
      }
    } catch (JsonProcessingException e) {
      // a broken file: reported when it is read
    } catch (IOException e) {
      throw Inputs.failure(file, e);
    }
  }

  /** Reads {@code file}, giving each element to {@code handler}. */
  static void read(InputFile file, RecordHandler handler) {
    long line = 1;
    boolean started = false;
    try (InputStream in = Inputs.open(file);
        JsonParser p = JsonSupport.parser(in)) {
      JsonToken t = p.nextToken();
      if (t != JsonToken.START_ARRAY) {
        handler.unreadable(
            1,
            t == null
                ? "empty file: no JSON value"
                : "not a Grand Débat JSON file: the generator writes one array of records");
        return;
      }
      FileKind kind = null;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
        line = p.currentTokenLocation().getLineNr();
        JsonNode n = JsonSupport.tree(p);
        if (n == null || !n.isObject()) {
          handler.unreadable(line, "not a JSON object");
          continue;
        }
        if (!started) {
          started = true;
          kind = handler.start(fieldNames(n));
          if (kind == null) {
            return;
          }
        }
        handler.record(record(line, n, handler, kind == FileKind.QUESTIONNAIRE));
      }
      if (!started) {
        handler.start(Set.of());
      }
    } catch (JsonProcessingException e) {
      LimitExceededException limit = JsonSupport.limit(file.name(), e);
      if (limit != null) {
        throw limit;
      }
      if (!started) {
        started = true;
        handler.start(Set.of());
      }
      handler.unreadable(line, JsonSupport.message(e) + "; the rest of the file was not read");
    } catch (IOException e) {
      throw Inputs.failure(file, e);
    }
  }

  private static Set<String> fieldNames(JsonNode n) {
    Set<String> names = new LinkedHashSet<>();
    n.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static GdnRecord record(long line, JsonNode n, RecordHandler handler, boolean closed) {
    Map<String, String> fields = new HashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode v = e.getValue();
      if (v.isValueNode() && !v.isNull()) {
        fields.put(e.getKey(), v.asText());
      }
    }
    List<GdnRecord.Response> responses = new ArrayList<>();
    JsonNode list = n.get("responses");
    if (list != null && list.isArray()) {
      Set<String> keys = new HashSet<>();
      for (JsonNode r : list) {
        GdnRecord.Response response = response(r, handler.questions(), closed);
        if (response != null && keys.add(response.questionKey())) {
          responses.add(response);
        }
      }
    }
    return new GdnRecord(line, fields, responses);
  }

  private static GdnRecord.Response response(
      JsonNode r, QuestionCatalog questions, boolean closed) {
    if (r == null || !r.isObject()) {
      return null;
    }
    String title = JsonSupport.text(r, "questionTitle");
    String id = QuestionHeader.questionId(JsonSupport.text(r, "questionId"));
    if (id == null && title == null) {
      return null;
    }
    String key = questions.key(new QuestionHeader(id, title == null ? "" : title));
    String formatted = JsonSupport.text(r, "formattedValue");
    String value = JsonSupport.text(r, "value");
    List<String> choices = List.of();
    String other = null;
    JsonNode parsed = choiceValue(value);
    if (parsed != null) {
      List<String> labels = new ArrayList<>();
      JsonNode ls = parsed.get("labels");
      if (ls != null && ls.isArray()) {
        for (JsonNode l : ls) {
          if (l.isValueNode() && !l.isNull() && !l.asText().isBlank()) {
            labels.add(l.asText().strip());
          }
        }
      }
      choices = labels;
      other = JsonSupport.text(parsed, "other");
      if (formatted == null) {
        List<String> parts = new ArrayList<>(labels);
        if (other != null) {
          parts.add(other);
        }
        formatted = parts.isEmpty() ? null : String.join("|", parts);
      }
    } else if (formatted == null) {
      formatted = value;
    }
    if (formatted == null) {
      return null;
    }
    if (closed && choices.isEmpty() && parsed == null) {
      choices = CsvRecords.choices(formatted);
    }
    return new GdnRecord.Response(key, title == null ? "" : title, formatted, choices, other);
  }

  /** The object of a multiple-choice {@code value} ({@code {"labels":…,"other":…}}), or null. */
  private static JsonNode choiceValue(String value) {
    if (value == null || !value.strip().startsWith("{")) {
      return null;
    }
    try (JsonParser p =
        JsonSupport.parser(new ByteArrayInputStream(value.getBytes(StandardCharsets.UTF_8)))) {
      p.nextToken();
      JsonNode n = JsonSupport.tree(p);
      return n != null && n.isObject() && (n.has("labels") || n.has("other")) ? n : null;
    } catch (IOException e) {
      return null; // plain text that starts with a brace
    }
  }
}
