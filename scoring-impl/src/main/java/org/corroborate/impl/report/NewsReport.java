package org.corroborate.impl.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import org.corroborate.impl.independence.Corroboration;
import org.corroborate.impl.report.ClaimReviewJson;
import org.corroborate.impl.report.ReportJson;
import org.corroborate.impl.report.ReportText;
import org.corroborate.news.CorroborationReport;

/**
 * The result of the news pipeline over a corpus: the immutable {@link CorroborationReport}, with
 * writers for the JSON report of DESIGN.md, the readable text report and ClaimReview JSON-LD.
 * Writing twice gives the same bytes.
 */
public final class NewsReport {
  private final CorroborationReport report;
  private final Corroboration.Result result;

  /** A report with the analysis it was built from. */
  public NewsReport(CorroborationReport report, Corroboration.Result result) {
    this.report = Objects.requireNonNull(report, "report");
    this.result = Objects.requireNonNull(result, "result");
  }

  /** The report. */
  public CorroborationReport report() {
    return report;
  }

  /** The number of claims found. */
  public int claimCount() {
    return report.claims().size();
  }

  /** The number of clusters (propositions). */
  public int clusterCount() {
    return report.clusters().size();
  }

  /** Documents that could not be read as text, each with the reason; they are left out. */
  public List<String> warnings() {
    return report.warnings();
  }

  /** The analysis behind the report: claims, relations, clusters and the engine's result. */
  public Corroboration.Result result() {
    return result;
  }

  /** Writes the JSON report of DESIGN.md, schema version 1. */
  public void writeJson(OutputStream out) throws IOException {
    ReportJson.write(report, out);
  }

  /** Writes the readable report. */
  public void writeText(OutputStream out) throws IOException {
    ReportText.write(report, out);
  }

  /** Writes schema.org ClaimReview JSON-LD, one review per proposition. */
  public void writeClaimReview(OutputStream out) throws IOException {
    ClaimReviewJson.write(report, out);
  }
}
