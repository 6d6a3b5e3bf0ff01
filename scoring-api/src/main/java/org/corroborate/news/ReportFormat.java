package org.corroborate.news;

/** The formats a {@link CorroborationReport} can be written in. */
public enum ReportFormat {
  /** A readable report: sources ranked with their top reasons, then the propositions. */
  TEXT,
  /** The JSON report of the design contract, schema version 1. */
  JSON,
  /** schema.org ClaimReview JSON-LD, one review per proposition. */
  CLAIMREVIEW,
  /**
   * One self-contained HTML page (styles, scripts and SVG charts inline; no network): sources
   * ranked with their reliability and its signals, propositions with their positions (contested
   * first), a graph of outlets and propositions, search and filters. Written with {@link
   * NewsScoring#write(CorroborationReport, org.corroborate.model.Corpus, ReportFormat,
   * java.io.OutputStream)}, it also shows each article's text with the claim highlighted at its
   * offsets; without the corpus the claims are listed without their articles.
   */
  HTML
}
