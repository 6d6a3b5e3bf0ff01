package org.corroborate.news;

/** The formats a {@link CorroborationReport} can be written in. */
public enum ReportFormat {
  /** A readable report: sources ranked with their top reasons, then the propositions. */
  TEXT,
  /** The JSON report of the design contract, schema version 1. */
  JSON,
  /** schema.org ClaimReview JSON-LD, one review per proposition. */
  CLAIMREVIEW
}
