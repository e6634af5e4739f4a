package org.debatescore.rdf4j;

import org.debatescore.core.model.DebateData;
import org.debatescore.core.rdf.RdfFormat;
import org.debatescore.core.rdf.SourceIndex;

/**
 * A document read by {@link DebatescoreRdf4j}.
 *
 * @param data the entities and other statements
 * @param locations where each subject was first read; empty unless {@link
 *     ReadOptions#trackLocations()}
 * @param format the syntax that was read
 * @param source the name of the input (file path or the name given)
 */
public record ReadResult(DebateData data, SourceIndex locations, RdfFormat format, String source) {}
