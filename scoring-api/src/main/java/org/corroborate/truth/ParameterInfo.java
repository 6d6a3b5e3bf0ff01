package org.corroborate.truth;

/**
 * One tunable parameter of an algorithm, with the paper's default and the accepted range.
 *
 * @param name the name used in {@link TruthDiscoveryConfig.Builder#parameter}
 * @param defaultValue the default, from the algorithm's paper
 * @param min the smallest accepted value
 * @param max the largest accepted value
 * @param description what the parameter does
 */
public record ParameterInfo(
    String name, double defaultValue, double min, double max, String description) {

  /** Checks that the default lies in the range. */
  public ParameterInfo {
    if (!(min <= defaultValue && defaultValue <= max)) {
      throw new IllegalArgumentException(
          "default " + defaultValue + " of parameter " + name + " is outside [" + min + ", " + max
              + "]");
    }
  }
}
