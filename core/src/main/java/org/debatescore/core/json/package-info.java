/**
 * Debatescore JSON: the JSON-LD compact form under the bundled Debatescore context, readable by web
 * developers as plain JSON and by JSON-LD processors as RDF. {@link
 * org.debatescore.core.json.DebateJsonWriter} writes it (flat and streamable, or nested), {@link
 * org.debatescore.core.json.DebateJsonReader} reads it and hand-written variants, through the same
 * mapping tables as RDF, so nothing is lost either way. Jackson streaming only; remote contexts are
 * never fetched.
 */
package org.debatescore.core.json;
