package org.corroborate.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.corroborate.Corroborate;
import org.corroborate.model.DuplicatePolicy;
import org.corroborate.model.ObservationSet;
import org.corroborate.truth.ValueComparison;

/**
 * Reads observation files exactly as {@code corroborate discover} does. Public only so that the
 * benchmarks module, to which this package is exported by name, can time the command line's
 * reader; the command line itself is the supported way in.
 */
public final class ObservationFiles {
  private ObservationFiles() {}

  /**
   * Reads a TSV, DAFNA or CSV file (or a folder of them) on up to {@code threads} threads.
   *
   * @param inputFormat {@code tsv}, {@code dafna} or {@code csv}
   * @param comparison a value comparison as {@code --compare} takes it, e.g. {@code exact}
   * @throws IllegalArgumentException for bad input (naming file, line and field), an unknown
   *     format or comparison, or {@code threads} below 1
   */
  public static ObservationSet read(
      Path path, String inputFormat, String comparison, DuplicatePolicy policy, int threads)
      throws IOException {
    ValueComparison parsed = ValueComparison.parse(comparison);
    return new ObservationReader(
            InputFormat.parse(inputFormat),
            Corroborate.truthDiscovery().similarity(parsed),
            parsed.toString(),
            policy,
            threads)
        .read(path)
        .observations();
  }
}
