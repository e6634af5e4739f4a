package org.debatescore.jena;

import java.io.OutputStream;
import java.util.Objects;
import org.apache.jena.riot.RDFFormat;
import org.debatescore.core.UnsupportedFormatException;
import org.debatescore.core.rdf.RdfFormat;
import org.debatescore.core.rdf.RdfSink;
import org.debatescore.jena.internal.CollectingWriterSink;
import org.debatescore.jena.internal.GraphWriters;
import org.debatescore.jena.internal.StreamingWriterSink;

/**
 * {@link RdfSink}s that write each RDF syntax with Apache Jena.
 *
 * <ul>
 *   <li><b>Streaming</b> (constant memory): N-Triples and N-Quads always; Turtle and TriG with
 *       {@link WriteStyle#BLOCKS} or {@link WriteStyle#FLAT}. Turtle and TriG declare every project
 *       prefix ({@link DebatescorePrefixes}) at the start.
 *   <li><b>Collecting</b> (the statements are held in an in-memory graph and written at {@code
 *       finish()}): Turtle and TriG with {@link WriteStyle#PRETTY}, RDF/XML, JSON-LD and RDF/JSON.
 *       Only the prefixes whose namespace is used are declared.
 * </ul>
 *
 * <p>JSON-LD is compacted against the Debatescore context (with the context given by its IRI,
 * served offline) so it reads like the plain JSON; with {@link WriteStyle#FLAT} it is Jena's flat
 * (expanded) form instead. Plain Debatescore JSON ({@link RdfFormat#JSON}) goes through the model:
 * see {@link DebatescoreJena}.
 *
 * <p>The sink never closes the stream; {@code finish()} writes what is pending and flushes. RDF/XML
 * cannot write every graph: a predicate IRI with no XML local name (e.g. ending in {@code /}) or a
 * character XML forbids makes {@code finish()} throw a {@link
 * org.debatescore.core.DebatescoreException}.
 */
public final class JenaRdfWriters {

  private JenaRdfWriters() {}

  /** A sink writing {@code format} in its default style: streaming where it can be pretty. */
  public static RdfSink open(RdfFormat format, OutputStream out) {
    return open(format, out, WriteStyle.PRETTY);
  }

  /**
   * A sink writing {@code format} to {@code out}.
   *
   * @throws UnsupportedFormatException for {@link RdfFormat#JSON}, which is not written from bare
   *     statements here (use {@link DebatescoreJena#writeData})
   */
  public static RdfSink open(RdfFormat format, OutputStream out, WriteStyle style) {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(out, "out");
    WriteStyle s = style == null ? WriteStyle.PRETTY : style;
    var prefixes = DebatescorePrefixes.all();
    return switch (format) {
      // Straight from core terms: twice as fast as converting each term to a Jena node first.
      case NTRIPLES -> new org.debatescore.core.rdf.NTriplesWriter(out);
      case NQUADS -> new StreamingWriterSink(out, RDFFormat.NQUADS, prefixes);
      case TURTLE ->
          switch (s) {
            case PRETTY ->
                new CollectingWriterSink(
                    out,
                    GraphWriters.prettyTurtle(RDFFormat.TURTLE_PRETTY, RDFFormat.TURTLE_BLOCKS),
                    prefixes);
            case BLOCKS -> new StreamingWriterSink(out, RDFFormat.TURTLE_BLOCKS, prefixes);
            case FLAT -> new StreamingWriterSink(out, RDFFormat.TURTLE_FLAT, prefixes);
          };
      case TRIG ->
          switch (s) {
            case PRETTY ->
                new CollectingWriterSink(
                    out,
                    GraphWriters.prettyTurtle(RDFFormat.TRIG_PRETTY, RDFFormat.TRIG_BLOCKS),
                    prefixes);
            case BLOCKS -> new StreamingWriterSink(out, RDFFormat.TRIG_BLOCKS, prefixes);
            case FLAT -> new StreamingWriterSink(out, RDFFormat.TRIG_FLAT, prefixes);
          };
      case RDFXML ->
          new CollectingWriterSink(
              out,
              s == WriteStyle.PRETTY
                  ? GraphWriters.riot(RDFFormat.RDFXML_ABBREV, RDFFormat.RDFXML_PLAIN)
                  : GraphWriters.riot(RDFFormat.RDFXML_PLAIN),
              prefixes);
      case JSONLD ->
          new CollectingWriterSink(
              out,
              s == WriteStyle.FLAT
                  ? GraphWriters.riot(RDFFormat.JSONLD_FLAT)
                  : GraphWriters.jsonLdCompacted(),
              prefixes);
      case RDFJSON -> new CollectingWriterSink(out, GraphWriters.rdfJson(), prefixes);
      case JSON ->
          throw new UnsupportedFormatException(
              "plain Debatescore JSON is written from the model, not from statements: use"
                  + " DebatescoreJena.writeData or core's DebateJsonWriter");
    };
  }

  /** Whether {@link #open(RdfFormat, OutputStream, WriteStyle)} writes in constant memory. */
  public static boolean isStreaming(RdfFormat format, WriteStyle style) {
    return switch (format) {
      case NTRIPLES, NQUADS -> true;
      case TURTLE, TRIG -> style == WriteStyle.BLOCKS || style == WriteStyle.FLAT;
      default -> false;
    };
  }
}
