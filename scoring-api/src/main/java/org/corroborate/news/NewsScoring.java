package org.corroborate.news;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * The news pipeline as a service: makes scorers, lists the reliability signals, and writes and
 * reads reports. Found through {@link org.corroborate.Corroborate#news()}.
 */
public interface NewsScoring {
  /**
   * Returns a scorer for this configuration.
   *
   * @throws IllegalArgumentException naming the setting when the configuration names an unknown
   *     signal, lexicon or algorithm, or a word list is malformed
   */
  NewsScorer scorer(ScoringConfig config);

  /** The reliability signals with their formulas and default weights, in report order. */
  List<SignalInfo> signals();

  /**
   * Writes a report; the same report gives the same bytes on any machine and locale.
   *
   * @throws IOException when writing fails
   */
  void write(CorroborationReport report, ReportFormat format, OutputStream out) throws IOException;

  /**
   * Reads a JSON report written by {@link #write} with {@link ReportFormat#JSON}; the result
   * equals the report written.
   *
   * @throws IOException when reading fails
   * @throws IllegalArgumentException naming the field when the JSON is not such a report
   */
  CorroborationReport readJson(InputStream in) throws IOException;
}
