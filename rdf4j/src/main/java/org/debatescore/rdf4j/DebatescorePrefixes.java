package org.debatescore.rdf4j;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.debatescore.core.mapping.Prefixes;
import org.eclipse.rdf4j.model.Namespace;
import org.eclipse.rdf4j.model.util.Values;

/**
 * The prefixes Debatescore writes: {@code dbs}, the reused vocabularies ({@code dct}, {@code
 * schema}, {@code foaf}, {@code prov}, {@code org}, {@code skos}, {@code xsd}, {@code rdf}, {@code
 * rdfs}, {@code eli}) and one per code list ({@code process}, {@code phase}, {@code channel}...):
 * the same list as the Jena binding's.
 */
public final class DebatescorePrefixes {

  private static final Map<String, String> ALL;

  static {
    Map<String, String> m = new LinkedHashMap<>();
    Map<String, String> standard = Prefixes.standard();
    // Same order as the Jena binding: vocabularies first, then rdfs and eli, then code lists.
    standard.forEach(
        (p, ns) -> {
          if (!ns.startsWith("https://w3id.org/debatescore/code/")) {
            m.put(p, ns);
          }
        });
    m.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
    m.put("eli", "http://data.europa.eu/eli/ontology#");
    standard.forEach(m::putIfAbsent);
    ALL = Collections.unmodifiableMap(m);
  }

  private DebatescorePrefixes() {}

  /** Prefix to namespace, in a stable order. */
  public static Map<String, String> all() {
    return ALL;
  }

  /** The prefixes as RDF4J namespaces, in the same order. */
  public static Set<Namespace> namespaces() {
    Set<Namespace> out = new LinkedHashSet<>();
    ALL.forEach((p, ns) -> out.add(Values.namespace(p, ns)));
    return out;
  }
}
