/**
 * The mapping between the model and RDF statements, written once as tables ({@link
 * org.debatescore.core.mapping.DebateMapping}) and applied by {@link
 * org.debatescore.core.mapping.ModelWriter}, {@link org.debatescore.core.mapping.DebateWriter}
 * (streaming) and {@link org.debatescore.core.mapping.ModelReader} (collecting or streaming).
 * Lossless: RDF to model to RDF gives the same statements for any input, model to RDF to model
 * gives an equal model. No RDF engine is needed: engines plug in through {@link
 * org.debatescore.core.rdf.RdfSink}.
 */
package org.debatescore.core.mapping;
