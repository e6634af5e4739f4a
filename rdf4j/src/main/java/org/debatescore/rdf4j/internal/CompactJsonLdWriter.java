package org.debatescore.rdf4j.internal;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import no.hasmac.jsonld.JsonLd;
import no.hasmac.jsonld.JsonLdError;
import no.hasmac.jsonld.document.JsonDocument;
import org.debatescore.rdf4j.Rdf4jRdfReader;
import org.debatescore.rdf4j.ReadOptions;
import org.debatescore.vocab.DebatescoreVocabulary;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFHandlerException;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler;
import org.eclipse.rdf4j.rio.jsonld.JSONLDMode;
import org.eclipse.rdf4j.rio.jsonld.JSONLDSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects statements and, at the end, writes them as JSON-LD compacted against the Debatescore
 * context, referenced by its IRI ({@value DebatescoreVocabulary#CONTEXT_IRI}) and loaded from the
 * jar, so the output reads like the plain Debatescore JSON. Rio's own compaction only builds a
 * context from prefixes; this uses the JSON-LD processor Rio ships (hasmac-json-ld) directly.
 *
 * <p>The compacted document is read back and compared with the statements; when compaction lost
 * something (it can: see {@link #endRDF()}), the expanded form is written instead.
 */
public final class CompactJsonLdWriter extends AbstractRDFHandler {

  private static final Logger LOG = LoggerFactory.getLogger(CompactJsonLdWriter.class);

  private final OutputStream out;
  private final Model model = new LinkedHashModel();

  public CompactJsonLdWriter(OutputStream out) {
    this.out = out;
  }

  @Override
  public void handleStatement(Statement st) {
    model.add(st.getSubject(), st.getPredicate(), st.getObject());
  }

  @Override
  public void endRDF() {
    try {
      ByteArrayOutputStream expanded = new ByteArrayOutputStream();
      RDFWriter w = Rio.createWriter(RDFFormat.JSONLD, expanded);
      w.getWriterConfig().set(JSONLDSettings.JSONLD_MODE, JSONLDMode.EXPAND);
      Rio.write(model, w);
      JsonDocument doc = JsonDocument.of(new ByteArrayInputStream(expanded.toByteArray()));
      JsonObject compacted =
          JsonLd.compact(doc, DebatescoreVocabulary.CONTEXT_IRI)
              .loader(new OfflineDocumentLoader(false))
              .get();
      String text = pretty(contextFirst(compacted));
      if (!readsBackTheSame(text)) {
        // Compaction is not always lossless: a code such as channel:a:b compacts to "a:b", which
        // expands as the IRI <a:b>. Then the expanded form is written: plainer, but exact.
        LOG.debug("compacted JSON-LD would not read back as the same graph; writing it expanded");
        text = pretty(doc.getJsonContent().orElseThrow());
      }
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      writer.write(text);
      writer.write('\n');
      writer.flush();
    } catch (JsonLdError | IOException e) {
      throw new RDFHandlerException("cannot compact JSON-LD: " + e.getMessage(), e);
    }
  }

  /**
   * The same object with the context referenced by its IRI (the processor inlines the context it
   * compacted with) as its first member, where people look for it.
   */
  private static JsonObject contextFirst(JsonObject o) {
    jakarta.json.JsonObjectBuilder b = Json.createObjectBuilder();
    b.add("@context", DebatescoreVocabulary.CONTEXT_IRI);
    o.forEach(
        (k, v) -> {
          if (!k.equals("@context")) {
            b.add(k, v);
          }
        });
    return b.build();
  }

  private static String pretty(jakarta.json.JsonStructure json) {
    StringWriter w = new StringWriter();
    try (JsonWriter writer =
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(w)) {
      writer.write(json);
    }
    return w.toString().strip();
  }

  private boolean readsBackTheSame(String json) {
    try {
      Model back =
          Rdf4jRdfReader.readModel(
                  new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                  "compacted.jsonld",
                  org.debatescore.core.rdf.RdfFormat.JSONLD,
                  ReadOptions.defaults())
              .model();
      return Models.isomorphic(model, back);
    } catch (RuntimeException e) {
      LOG.debug("compacted JSON-LD cannot be read back", e);
      return false;
    }
  }
}
