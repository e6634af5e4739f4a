package org.debatescore.rdf4j;

import java.io.OutputStream;
import java.util.Objects;
import org.debatescore.core.UnsupportedFormatException;
import org.debatescore.core.rdf.RdfFormat;
import org.debatescore.core.rdf.RdfSink;
import org.debatescore.rdf4j.internal.CompactJsonLdWriter;
import org.debatescore.rdf4j.internal.PrettyTurtleWriter;
import org.debatescore.rdf4j.internal.RioReader;
import org.debatescore.rdf4j.internal.WriterSink;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFHandler;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.WriterConfig;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;
import org.eclipse.rdf4j.rio.jsonld.JSONLDMode;
import org.eclipse.rdf4j.rio.jsonld.JSONLDSettings;
import org.eclipse.rdf4j.rio.rdfxml.util.RDFXMLPrettyWriter;
import org.eclipse.rdf4j.rio.turtle.TurtleWriterSettings;

/**
 * {@link RdfSink}s that write each RDF syntax with RDF4J Rio; the counterpart of the Jena binding's
 * {@code JenaRdfWriters}.
 *
 * <ul>
 *   <li><b>Streaming</b> (memory does not grow with the output): N-Triples and N-Quads always;
 *       Turtle and TriG with {@link WriteStyle#BLOCKS} or {@link WriteStyle#FLAT} (Rio groups the
 *       statements of consecutive subjects in a small bounded buffer); plain RDF/XML ({@link
 *       WriteStyle#FLAT}).
 *   <li><b>Collecting</b> (Rio or this class holds the statements until {@code finish()}): Turtle
 *       and TriG with {@link WriteStyle#PRETTY} (blank nodes inlined, unless they form a cycle or a
 *       chain deeper than Rio can nest), abbreviated RDF/XML, JSON-LD and RDF/JSON.
 * </ul>
 *
 * <p>Every writer that has prefixes declares the project prefixes ({@link DebatescorePrefixes}) at
 * the start; a prefix announced later by the sink's caller is declared when it arrives, unless its
 * name or namespace is already taken. JSON-LD is compacted against the Debatescore context (given
 * by its IRI, served offline) so it reads like the plain JSON, except with {@link WriteStyle#FLAT},
 * which writes Rio's expanded form. Plain Debatescore JSON ({@link RdfFormat#JSON}) goes through
 * the model: see {@link DebatescoreRdf4j}.
 *
 * <p>Lexical forms are written as they are: Rio's Turtle abbreviation of numbers and booleans,
 * which rewrites {@code "007"^^xsd:integer} as {@code 7}, is turned off.
 *
 * <p>The sink never closes the stream; {@code finish()} writes what is pending and flushes. RDF/XML
 * cannot write every graph (a predicate IRI with no XML local name, e.g. ending in {@code /}): then
 * the sink throws a {@link org.debatescore.core.DebatescoreException}.
 */
public final class Rdf4jRdfWriters {

  private Rdf4jRdfWriters() {}

  /** A sink writing {@code format} in its default style ({@link WriteStyle#PRETTY}). */
  public static RdfSink open(RdfFormat format, OutputStream out) {
    return open(format, out, WriteStyle.PRETTY);
  }

  /**
   * A sink writing {@code format} to {@code out}.
   *
   * @throws UnsupportedFormatException for {@link RdfFormat#JSON}, which is not written from bare
   *     statements here (use {@link DebatescoreRdf4j#writeData})
   */
  public static RdfSink open(RdfFormat format, OutputStream out, WriteStyle style) {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(out, "out");
    WriteStyle s = style == null ? WriteStyle.PRETTY : style;
    RDFHandler writer =
        switch (format) {
          case JSON ->
              throw new UnsupportedFormatException(
                  "plain Debatescore JSON is written from the model, not from statements: use"
                      + " DebatescoreRdf4j.writeData or core's DebateJsonWriter");
          case JSONLD ->
              s == WriteStyle.FLAT
                  ? configure(Rio.createWriter(RDFFormat.JSONLD, out), format, s)
                  : new CompactJsonLdWriter(out);
          case RDFXML ->
              s == WriteStyle.FLAT
                  ? configure(Rio.createWriter(RDFFormat.RDFXML, out), format, s)
                  : configure(new RDFXMLPrettyWriter(out), format, s);
          case TURTLE, TRIG ->
              s == WriteStyle.PRETTY
                  ? new PrettyTurtleWriter(out, RioReader.rioFormat(format))
                  : configure(Rio.createWriter(RioReader.rioFormat(format), out), format, s);
          default -> configure(Rio.createWriter(RioReader.rioFormat(format), out), format, s);
        };
    return new WriterSink(writer, out, DebatescorePrefixes.all(), format.displayName());
  }

  /** Whether {@link #open(RdfFormat, OutputStream, WriteStyle)} writes in constant memory. */
  public static boolean isStreaming(RdfFormat format, WriteStyle style) {
    return switch (format) {
      case NTRIPLES, NQUADS -> true;
      case TURTLE, TRIG -> style == WriteStyle.BLOCKS || style == WriteStyle.FLAT;
      case RDFXML -> style == WriteStyle.FLAT;
      default -> false;
    };
  }

  private static RDFWriter configure(RDFWriter writer, RdfFormat format, WriteStyle style) {
    WriterConfig c = writer.getWriterConfig();
    switch (format) {
      case TURTLE, TRIG -> {
        c.set(BasicWriterSettings.PRETTY_PRINT, style != WriteStyle.FLAT);
        c.set(BasicWriterSettings.INLINE_BLANK_NODES, false);
        // Rio abbreviates numbers and booleans by re-writing their value: "007"^^xsd:integer would
        // come back as 7. Lexical forms are data here, so they are written as they are.
        c.set(TurtleWriterSettings.ABBREVIATE_NUMBERS, false);
      }
      case JSONLD -> {
        c.set(JSONLDSettings.JSONLD_MODE, JSONLDMode.EXPAND);
        c.set(BasicWriterSettings.PRETTY_PRINT, true);
      }
      case RDFJSON -> c.set(BasicWriterSettings.PRETTY_PRINT, style != WriteStyle.FLAT);
      case RDFXML -> c.set(BasicWriterSettings.PRETTY_PRINT, style != WriteStyle.FLAT);
      default -> {}
    }
    return writer;
  }
}
