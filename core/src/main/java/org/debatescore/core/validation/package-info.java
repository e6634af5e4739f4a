/**
 * Engine-neutral validation: {@link org.debatescore.core.validation.Validator} checks data against
 * the Debatescore SHACL shapes and returns a {@link
 * org.debatescore.core.validation.ValidationReport} of {@link
 * org.debatescore.core.validation.ValidationResult}s, each with a {@link
 * org.debatescore.core.validation.Severity}, a message in the requested language, the source
 * location of its focus node and a link to the specification. {@link
 * org.debatescore.core.validation.ValidationOptions} set the language, the result limits and extra
 * shapes.
 *
 * <p>Findings are data; exceptions ({@link org.debatescore.core.validation.ValidationException} and
 * the other {@link org.debatescore.core.DebatescoreException}s) only mean validation could not run.
 * Reports are written by the renderers of {@code org.debatescore.core.validation.report}.
 */
package org.debatescore.core.validation;
