package org.corroborate.impl.report;

import java.util.Objects;
import org.corroborate.impl.independence.Corroboration;
import org.corroborate.news.CorroborationReport;

/**
 * The result of the news pipeline over a corpus: the immutable {@link CorroborationReport} hosts
 * see, with the analysis it was built from (claims with their token-level features, relations,
 * blocking statistics), which the tests and benchmarks of this module read. {@link ReportWriter}
 * writes the report.
 *
 * @param report the report
 * @param result the analysis behind the report: claims, relations, clusters and the engine's result
 */
public record NewsReport(CorroborationReport report, Corroboration.Result result) {
  /** Checks both parts are present. */
  public NewsReport {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(result, "result");
  }
}
