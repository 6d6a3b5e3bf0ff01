package org.corroborate.news;

/** Where a proposition stands once its claims are grouped and counted. */
public enum ClusterStatus {
  /** At least two independent voices, none against. */
  CORROBORATED,
  /** Claims in conflict: more than one position. */
  CONTESTED,
  /** A single voice. */
  UNCORROBORATED
}
