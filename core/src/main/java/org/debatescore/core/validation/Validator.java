package org.debatescore.core.validation;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.debatescore.core.rdf.RdfFormat;

/**
 * Checks Debatescore data against the Debatescore shapes and reports what it found. Implemented
 * once per RDF engine (Jena today: {@code org.debatescore.jena.validation.JenaShaclValidator}), so
 * callers depend only on this interface and the engine-neutral {@link ValidationReport}.
 *
 * <p>Findings about the data, however many, are results in the report, never exceptions. A method
 * throws only when validation could not run: an input cannot be read or parsed ({@link
 * org.debatescore.core.ParseException} with file, line and column), is too large ({@link
 * org.debatescore.core.LimitExceededException}), has an unknown syntax ({@link
 * org.debatescore.core.UnsupportedFormatException}), or the shapes or engine fail ({@link
 * ValidationException}). All are {@link org.debatescore.core.DebatescoreException}s.
 *
 * <p>Implementations are thread-safe: one instance can validate many inputs concurrently.
 */
public interface Validator {

  /** The engine and its version, e.g. {@code jena-shacl 5.6.0}, as written in reports. */
  String engineName();

  /** The options used when a call does not give its own. */
  ValidationOptions options();

  /**
   * Validates several files together, as one graph: a reference from one file to a resource
   * described in another is resolved. Each file's syntax comes from its extension. Results point at
   * the file, line and column where their focus node is first described.
   */
  ValidationReport validate(List<Path> inputs, ValidationOptions options);

  /** Validates a document read from a stream; {@code name} is used in locations and messages. */
  ValidationReport validate(
      InputStream input, RdfFormat format, String name, ValidationOptions options);

  /** {@link #validate(List, ValidationOptions)} with {@link #options()}. */
  default ValidationReport validate(List<Path> inputs) {
    return validate(inputs, options());
  }

  /** Validates one file with {@link #options()}. */
  default ValidationReport validate(Path input) {
    return validate(List.of(input), options());
  }

  /**
   * {@link #validate(InputStream, RdfFormat, String, ValidationOptions)} with {@link #options()}.
   */
  default ValidationReport validate(InputStream input, RdfFormat format, String name) {
    return validate(input, format, name, options());
  }
}
