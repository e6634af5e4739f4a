package org.debatescore.cli;

import org.debatescore.core.validation.ValidationOptions;
import org.debatescore.core.validation.Validator;
import org.debatescore.jena.validation.JenaShaclValidator;

/** The RDF engines the tool can run on. */
final class Engines {

  /** Engine names as typed on the command line. */
  enum Engine {
    jena
  }

  private Engines() {}

  static Validator validator(Engine engine, ValidationOptions options) {
    return switch (engine) {
      case jena -> new JenaShaclValidator(options);
    };
  }
}
