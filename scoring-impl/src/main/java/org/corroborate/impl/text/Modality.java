package org.corroborate.impl.text;

/** How a claim is put forward; the names are the {@code modality} values of the JSON report. */
enum Modality {
  /** Stated as fact by the text itself. */
  ASSERTED,
  /** Softened: may, could, reportedly, allegedly, likely. */
  HEDGED,
  /** Negated or denied. */
  NEGATED,
  /** Asked rather than stated. */
  QUESTIONED,
  /** Put in someone else's mouth: X said, according to X. */
  REPORTED
}
