package org.corroborate.news;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Checks shared by the result types. */
final class Results {
  private Results() {}

  static double unit(double value, String what) {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw new IllegalArgumentException(what + " must be in [0, 1], was " + value);
    }
    return value;
  }

  /** A sorted, unmodifiable copy whose values are each checked to lie in [0, 1]. */
  static Map<String, Double> unitMap(Map<String, Double> values, String what) {
    TreeMap<String, Double> copy = new TreeMap<>();
    for (Map.Entry<String, Double> e : values.entrySet()) {
      copy.put(e.getKey(), unit(e.getValue(), what + "." + e.getKey()));
    }
    return Collections.unmodifiableMap(copy);
  }

}
