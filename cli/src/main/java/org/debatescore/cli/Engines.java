package org.debatescore.cli;

import java.nio.file.Path;
import org.debatescore.core.rdf.RdfFormat;
import org.debatescore.core.validation.ValidationOptions;
import org.debatescore.core.validation.Validator;
import org.debatescore.jena.DebatescoreJena;
import org.debatescore.jena.validation.JenaShaclValidator;
import org.debatescore.rdf4j.DebatescoreRdf4j;
import org.debatescore.rdf4j.validation.Rdf4jShaclValidator;

/** The RDF engines the tool can run on; both give the same results (tested). */
final class Engines {

  /** Engine names as typed on the command line. */
  enum Engine {
    jena,
    rdf4j
  }

  private Engines() {}

  static Validator validator(Engine engine, ValidationOptions options) {
    return switch (engine) {
      case jena -> new JenaShaclValidator(options);
      case rdf4j -> new Rdf4jShaclValidator(options);
    };
  }

  static void convert(
      Engine engine,
      Path in,
      RdfFormat inFormat,
      Path out,
      RdfFormat outFormat,
      boolean allowNetwork,
      boolean pretty) {
    switch (engine) {
      case jena ->
          DebatescoreJena.convert(
              in,
              inFormat,
              out,
              outFormat,
              org.debatescore.jena.ReadOptions.defaults().withAllowNetwork(allowNetwork),
              pretty
                  ? org.debatescore.jena.WriteStyle.PRETTY
                  : org.debatescore.jena.WriteStyle.BLOCKS);
      case rdf4j ->
          DebatescoreRdf4j.convert(
              in,
              inFormat,
              out,
              outFormat,
              org.debatescore.rdf4j.ReadOptions.defaults().withAllowNetwork(allowNetwork),
              pretty
                  ? org.debatescore.rdf4j.WriteStyle.PRETTY
                  : org.debatescore.rdf4j.WriteStyle.BLOCKS);
    }
  }
}
