package org.debatescore.importers.an;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import org.debatescore.core.LimitExceededException;
import org.debatescore.importers.support.InputFile;
import org.debatescore.importers.support.Inputs;
import org.debatescore.importers.support.JsonSupport;

/**
 * Streams one scrutin file into a {@link ScrutinMapper}: {@code {"scrutin": {...}}}, its fields
 * read one by one as small trees, except {@code ventilationVotes}, walked down to its groups, each
 * group read as one tree. A file of any size is held one group at a time. The groups' list may be a
 * bare object (one group), like every list of the AN's XML-to-JSON transcription.
 */
final class ScrutinReader {

  private ScrutinReader() {}

  static void read(InputFile file, ScrutinMapper m) {
    String path = "$";
    try (InputStream in = Inputs.open(file);
        JsonParser p = JsonSupport.parser(in)) {
      JsonToken t = p.nextToken();
      if (t != JsonToken.START_OBJECT) {
        m.notAScrutin(
            path,
            t == null ? "empty file: no scrutin" : "not an AN scrutin: a single " + t + " value");
        return;
      }
      boolean found = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        t = p.nextToken();
        if ("scrutin".equals(name) && t == JsonToken.START_OBJECT && !found) {
          found = true;
          path = "scrutin";
          scrutin(p, m);
          path = "$";
        } else {
          p.skipChildren();
          m.note("$." + name, "not read: a scrutin file holds one object, 'scrutin'");
        }
      }
      if (found) {
        m.finish();
      } else {
        m.notAScrutin(path, "not an AN scrutin: no 'scrutin' object");
      }
    } catch (JsonProcessingException e) {
      LimitExceededException limit = JsonSupport.limit(file.name(), e);
      if (limit != null) {
        throw limit;
      }
      if (m.started()) {
        m.broken(JsonSupport.message(e));
        m.finish();
      } else {
        m.notAScrutin(path, JsonSupport.message(e) + "; nothing of the scrutin could be read");
      }
    } catch (IOException e) {
      throw Inputs.failure(file, e);
    }
  }

  private static void scrutin(JsonParser p, ScrutinMapper m) throws IOException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken t = p.nextToken();
      if ("ventilationVotes".equals(name) && t == JsonToken.START_OBJECT) {
        ventilation(p, m);
      } else {
        m.field(name, JsonSupport.tree(p));
      }
    }
  }

  /** {@code ventilationVotes}: its organ (one, or a list of them). */
  private static void ventilation(JsonParser p, ScrutinMapper m) throws IOException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken t = p.nextToken();
      if ("organe".equals(name) && t == JsonToken.START_OBJECT) {
        organ(p, m);
      } else if ("organe".equals(name) && t == JsonToken.START_ARRAY) {
        while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
          if (t == JsonToken.START_OBJECT) {
            organ(p, m);
          } else {
            p.skipChildren();
          }
        }
      } else {
        unread(p, m, t, "scrutin.ventilationVotes." + name);
      }
    }
  }

  /** {@code ventilationVotes.organe}: {@code organeRef} and {@code groupes}. */
  private static void organ(JsonParser p, ScrutinMapper m) throws IOException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken t = p.nextToken();
      if ("organeRef".equals(name) && t.isScalarValue()) {
        m.breakdownOrgan(AnVocab.ref(p.getValueAsString()));
      } else if ("groupes".equals(name) && t == JsonToken.START_OBJECT) {
        groups(p, m);
      } else {
        unread(p, m, t, "scrutin.ventilationVotes.organe." + name);
      }
    }
  }

  private static void unread(JsonParser p, ScrutinMapper m, JsonToken t, String path)
      throws IOException {
    p.skipChildren();
    if (t != JsonToken.VALUE_NULL) {
      m.note(path, "not read: not part of the AN's breakdown by group");
    }
  }

  private static void groups(JsonParser p, ScrutinMapper m) throws IOException {
    int index = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken t = p.nextToken();
      if ("groupe".equals(name) && t == JsonToken.START_ARRAY) {
        while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
          m.group(ScrutinMapper.groupPath(index++), JsonSupport.tree(p));
        }
      } else if ("groupe".equals(name) && t == JsonToken.START_OBJECT) {
        m.group(ScrutinMapper.groupPath(index++), JsonSupport.tree(p));
      } else {
        unread(p, m, t, "scrutin.ventilationVotes.organe.groupes." + name);
      }
    }
  }
}
