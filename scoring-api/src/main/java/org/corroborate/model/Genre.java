package org.corroborate.model;

/** The genre of a {@link Document}, as labelled by the outlet or judged from the text. */
public enum Genre {
  /** Reporting of events. */
  NEWS,
  /** Opinion, editorial or commentary. */
  OPINION,
  /** Analysis or explanatory feature. */
  ANALYSIS,
  /** A press release or official statement. */
  PRESS_RELEASE,
  /** Not known. */
  UNKNOWN
}
