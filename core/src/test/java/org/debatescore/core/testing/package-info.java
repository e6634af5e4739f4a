/**
 * Test support shared through the core test-jar: QuickTheories generators of Debatescore data
 * ({@link org.debatescore.core.testing.DebateGenerators}) and assertions that say what differs
 * ({@link org.debatescore.core.testing.DataAssertions}). Other modules depend on {@code
 * debatescore-core} with {@code <type>test-jar</type>} and scope {@code test}.
 */
package org.debatescore.core.testing;
