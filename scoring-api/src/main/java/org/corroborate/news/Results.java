package org.corroborate.news;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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

  /**
   * Checks an optional web address as {@code org.corroborate.model.Document} does: absent, or an
   * absolute {@code http} / {@code https} URI (any case of the scheme) with an authority.
   */
  static Optional<String> httpUrl(Optional<String> value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isEmpty()) {
      return value;
    }
    String url = value.get();
    String problem;
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      problem = !uri.isAbsolute() ? "is not absolute"
          : !scheme.equals("http") && !scheme.equals("https") ? "has scheme '" + uri.getScheme()
              + "', not http or https"
          : uri.getRawAuthority() == null || uri.getRawAuthority().isEmpty() ? "names no host"
          : null;
    } catch (URISyntaxException e) {
      problem = "is not a URI (" + e.getReason() + " at index " + e.getIndex() + ")";
    }
    if (problem != null) {
      throw new IllegalArgumentException(what + " must be an absolute http or https URL, was '"
          + url + "': it " + problem);
    }
    return value;
  }
}
