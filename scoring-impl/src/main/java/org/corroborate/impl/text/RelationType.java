package org.corroborate.impl.text;

/** How two claims relate; the names are the {@code relations[].type} values of the JSON report. */
enum RelationType {
  /** The same proposition, with compatible figures and the same polarity. */
  AGREES,
  /** The same proposition, with incompatible figures or opposite polarity. */
  CONFLICTS,
  /** The same proposition, one claim ({@code a}) more specific than the other. */
  REFINES,
  /** Not the same proposition, though similar enough to be compared. */
  UNRELATED
}
