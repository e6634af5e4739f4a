package org.debatescore.rdf4j.internal;

import java.util.regex.Pattern;

/** Which prefix names every Debatescore writer can use. */
public final class PrefixNames {

  private static final Pattern NAME =
      Pattern.compile("^(?:[A-Za-z](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?)?$");

  private PrefixNames() {}

  /** A prefix legal in Turtle, TriG and RDF/XML (ASCII letters first), with a namespace. */
  public static boolean isLegal(String prefix, String namespace) {
    return prefix != null
        && namespace != null
        && !namespace.isEmpty()
        && NAME.matcher(prefix).matches();
  }
}
