package org.corroborate.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** Argument checks whose messages name the field and its bad value. */
final class Checks {
  private Checks() {}

  static String nonBlank(String value, String field) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank, was '" + value + "'");
    }
    return value;
  }

  static double probability(double value, String field) {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw new IllegalArgumentException(field + " must be in [0, 1], was " + value);
    }
    return value;
  }

  static double finite(double value, String field) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(field + " must be finite, was " + value);
    }
    return value;
  }

  /**
   * Checks an optional web address: absent, or an absolute {@code http} / {@code https} URI (any
   * case of the scheme) with an authority, as {@link URI} parses it (no spaces, no bare
   * {@code %}).
   */
  static Optional<String> httpUrl(Optional<String> value, String field) {
    Objects.requireNonNull(value, field);
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
      throw new IllegalArgumentException(field + " must be an absolute http or https URL, was '"
          + url + "': it " + problem);
    }
    return value;
  }
}
