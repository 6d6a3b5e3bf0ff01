package org.corroborate.cli;

import java.util.Locale;

/** The layouts of observation files the command line reads. */
enum InputFormat {
  /** {@code source<TAB>item<TAB>value}, one observation per line. */
  TSV,
  /**
   * The DAFNA claim layout, seven fields each ended by {@code |<TAB>}: {@code
   * claimId|\t|\tobjectId|\tpropertyName|\tvalue|\tsourceId|\ttimestamp|\t}.
   */
  DAFNA;

  /** Parses {@code tsv} or {@code dafna}, ignoring case. */
  static InputFormat parse(String text) {
    String s = text.trim().toLowerCase(Locale.ROOT);
    switch (s) {
      case "tsv":
        return TSV;
      case "dafna":
        return DAFNA;
      default:
        throw new IllegalArgumentException(
            "unknown input format '" + text + "': expected tsv or dafna");
    }
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
