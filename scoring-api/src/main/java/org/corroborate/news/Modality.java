package org.corroborate.news;

/** How a claim is put forward. */
public enum Modality {
  /** Stated as fact. */
  ASSERTED,
  /** Hedged: may, could, reportedly, allegedly, likely. */
  HEDGED,
  /** Negated or denied. */
  NEGATED,
  /** Asked rather than stated. */
  QUESTIONED,
  /** Reported speech: someone else's statement relayed. */
  REPORTED
}
