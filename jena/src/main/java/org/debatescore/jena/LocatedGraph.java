package org.debatescore.jena;

import org.apache.jena.graph.Graph;
import org.debatescore.core.rdf.SourceIndex;

/**
 * A graph read from a document, with where each subject was first read (empty unless locations were
 * tracked). The graph's prefix mapping holds the prefixes the document declared.
 */
public record LocatedGraph(Graph graph, SourceIndex locations) {}
