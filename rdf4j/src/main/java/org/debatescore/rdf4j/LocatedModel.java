package org.debatescore.rdf4j;

import org.debatescore.core.rdf.SourceIndex;
import org.eclipse.rdf4j.model.Model;

/**
 * A model read from a document, with where each subject was first read (empty unless locations were
 * tracked). The model's namespaces hold the prefixes the document declared.
 */
public record LocatedModel(Model model, SourceIndex locations) {}
