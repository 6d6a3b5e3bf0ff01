package org.corroborate.news;

import org.corroborate.model.Corpus;

/**
 * Scores corpora with one configuration. Thread-safe and reusable: one scorer may serve any number
 * of calls, from any number of threads, and the same corpus always gives an equal report.
 */
public interface NewsScorer {
  /**
   * Scores a corpus.
   *
   * @param corpus the documents and their sources
   * @return the report
   * @throws IllegalArgumentException when the configuration is strict and a document is not text,
   *     naming the document
   */
  CorroborationReport score(Corpus corpus);

  /** The configuration this scorer was made with. */
  ScoringConfig config();
}
