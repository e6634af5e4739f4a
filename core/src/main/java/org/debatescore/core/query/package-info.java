/**
 * Questions apps and researchers ask of a debate graph, answered from the model without SPARQL: the
 * contributions a decision took into account and how each was voted on, the arguments on a
 * proposal, the proposals of a debate. Engine-neutral: works on a {@link
 * org.debatescore.core.model.DebateData} read by either binding or built in code.
 */
package org.debatescore.core.query;
