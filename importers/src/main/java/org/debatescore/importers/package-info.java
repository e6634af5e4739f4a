/**
 * Importers: streaming converters from platform exports to Debatescore RDF.
 *
 * <p>An {@link org.debatescore.importers.Importer} reads the files of one platform's export and
 * pushes Debatescore statements into a core {@link org.debatescore.core.rdf.RdfSink} as it goes; it
 * returns an {@link org.debatescore.importers.ImportReport} that accounts for every source record
 * (mapped, flagged, or skipped with file, line and reason). People are pseudonymised unless {@link
 * org.debatescore.importers.ImportOptions#keepNames()} is set. Find importers by name with {@link
 * org.debatescore.importers.Importers}.
 */
package org.debatescore.importers;
