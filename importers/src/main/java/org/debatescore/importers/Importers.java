package org.debatescore.importers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/** The importers on the class path, found through {@link ServiceLoader}. */
public final class Importers {

  private Importers() {}

  /** Every importer, sorted by name. */
  public static List<Importer> all() {
    List<Importer> list = new ArrayList<>();
    ServiceLoader.load(Importer.class, Importers.class.getClassLoader()).forEach(list::add);
    list.sort(Comparator.comparing(Importer::name));
    return list;
  }

  /** The importer called {@code name}; the message lists the known names when there is none. */
  public static Importer byName(String name) {
    List<Importer> all = all();
    for (Importer importer : all) {
      if (importer.name().equalsIgnoreCase(name)) {
        return importer;
      }
    }
    throw new ImportException(
        "unknown import source '"
            + name
            + "'; known: "
            + String.join(", ", all.stream().map(Importer::name).toList()));
  }
}
