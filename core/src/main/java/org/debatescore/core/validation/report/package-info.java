/**
 * Writers for validation reports: human text ({@link
 * org.debatescore.core.validation.report.TextReportRenderer}), JSON with a published schema ({@link
 * org.debatescore.core.validation.report.JsonReportRenderer}), the W3C SHACL report in Turtle
 * ({@link org.debatescore.core.validation.report.TurtleReportRenderer}), SARIF 2.1.0 ({@link
 * org.debatescore.core.validation.report.SarifReportRenderer}) and a self-contained HTML page
 * ({@link org.debatescore.core.validation.report.HtmlReportRenderer}). Pick one by name with {@link
 * org.debatescore.core.validation.report.ReportFormat}.
 */
package org.debatescore.core.validation.report;
