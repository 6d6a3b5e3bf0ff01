package org.corroborate.impl.io;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The rule of {@link org.corroborate.model.Document#url()} applied where a reader meets an
 * address: an absolute {@code http} or {@code https} URI (any case of the scheme) with an
 * authority, as {@link URI} parses it. The reader says what is wrong in the terms of its file (a
 * manifest's field, a page's markup) before the document refuses it.
 */
final class WebAddress {
  private WebAddress() {}

  /** Why {@code url} is not a document's address, in words ("is not absolute"), or null. */
  static String problem(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!uri.isAbsolute()) {
        return "is not absolute";
      }
      if (!scheme.equals("http") && !scheme.equals("https")) {
        return "has scheme '" + uri.getScheme() + "', not http or https";
      }
      if (uri.getRawAuthority() == null || uri.getRawAuthority().isEmpty()) {
        return "names no host";
      }
      return null;
    } catch (URISyntaxException e) {
      return "is not a URI (" + e.getReason() + " at index " + e.getIndex() + ")";
    }
  }
}
