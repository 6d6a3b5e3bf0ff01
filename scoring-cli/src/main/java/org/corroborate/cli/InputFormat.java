package org.corroborate.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The layouts of observation files the command line reads. */
enum InputFormat {
  /** {@code source<TAB>item<TAB>value}, one observation per line. */
  TSV,
  /**
   * The DAFNA claim layout, seven fields each ended by {@code |<TAB>}: {@code
   * claimId|\t|\tobjectId|\tpropertyName|\tvalue|\tsourceId|\ttimestamp|\t}.
   */
  DAFNA,
  /** CSV with a header naming source, item and value ({@link RecordReader}). */
  CSV,
  /** One JSON object {@code {"source", "item", "value"}} per line ({@link RecordReader}). */
  JSONL;

  /**
   * Parses {@code tsv}, {@code dafna}, {@code csv} or {@code jsonl}, ignoring case; {@code auto}
   * (or null) is decided later from the files' names, {@link #detect}.
   *
   * @return the layout, or null for {@code auto}
   */
  static InputFormat parse(String text) {
    String s = text == null ? "auto" : text.trim().toLowerCase(Locale.ROOT);
    switch (s) {
      case "auto":
        return null;
      case "tsv":
        return TSV;
      case "dafna":
        return DAFNA;
      case "csv":
        return CSV;
      case "jsonl":
      case "ndjson":
        return JSONL;
      default:
        throw new IllegalArgumentException(
            "unknown input format '" + text + "': expected auto, tsv, dafna, csv or jsonl");
    }
  }

  /**
   * The layout of {@code files} by their names: {@code .csv} is CSV, {@code .jsonl} and {@code
   * .ndjson} are JSON lines, anything else TSV (DAFNA files have no telling name: say {@code
   * --input-format dafna}). Files of different layouts read together are an error.
   *
   * @throws InputFormatException naming the first file whose layout differs
   */
  static InputFormat detect(List<Path> files) {
    InputFormat first = null;
    for (Path file : files) {
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      InputFormat f = name.endsWith(".csv") ? CSV
          : name.endsWith(".jsonl") || name.endsWith(".ndjson") ? JSONL : TSV;
      if (first == null) {
        first = f;
      } else if (f != first) {
        throw new InputFormatException(file, 0, "", 0, "is " + f + " by its name, but "
            + files.get(0).getFileName() + " is " + first + "; read one layout at a time, or"
            + " say which with --input-format");
      }
    }
    return first == null ? TSV : first;
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
