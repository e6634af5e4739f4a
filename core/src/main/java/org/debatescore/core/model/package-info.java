/**
 * The Debatescore model: one immutable record and builder per concrete class of the vocabulary
 * ({@link org.debatescore.core.model.Debate}, {@link org.debatescore.core.model.Proposal}...),
 * grouped under {@link org.debatescore.core.model.Entity}, {@link
 * org.debatescore.core.model.Contribution} and {@link org.debatescore.core.model.Participant}; the
 * value types that keep data exactly as published ({@link org.debatescore.core.model.LangText},
 * {@link org.debatescore.core.model.TemporalValue}, {@link org.debatescore.core.model.Extensions},
 * {@link org.debatescore.core.model.Provenance}); id minting; and {@link
 * org.debatescore.core.model.DebateData}, a whole document.
 *
 * <p>Entities refer to each other by id, so any amount of data can be streamed. Builders check the
 * fields the vocabulary requires; readers of external data use {@code buildUnchecked()} and leave
 * the reporting to validation.
 */
package org.debatescore.core.model;
