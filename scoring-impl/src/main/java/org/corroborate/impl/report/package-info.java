/**
 * Stage 8, the report: the immutable {@code CorroborationReport} of the API, and its writers.
 *
 * <p><b>Entries:</b> {@link org.corroborate.impl.report.ReportBuilder} assembles the report from
 * the analysis and the reliability scores (rounded to the ten decimals the JSON carries); {@link
 * org.corroborate.impl.report.ReportWriter} is the one place that maps a {@code ReportFormat} to
 * its writer ({@link org.corroborate.impl.report.ReportText}, {@link
 * org.corroborate.impl.report.ReportJson}, which also reads the JSON back, {@link
 * org.corroborate.impl.report.ClaimReviewJson} and {@link org.corroborate.impl.report.ReportHtml},
 * the page that also shows the corpus's texts).
 *
 * <p><b>In:</b> the analysis and the reliability scores. <b>Out:</b> the report and its bytes.
 * <b>May import:</b> every earlier stage and {@code format}. <b>May not import:</b> {@code news}.
 */
package org.corroborate.impl.report;
