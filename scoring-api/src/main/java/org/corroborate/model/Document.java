package org.corroborate.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One text published by a source: an article, an opinion piece, a press release.
 *
 * <p>Immutable. The text is kept exactly as given, so that claim offsets index into it.
 *
 * @param id non-blank identifier, unique within a corpus
 * @param sourceId the id of the {@link Source} that published it
 * @param title the title, if known
 * @param url the address it was published at, if known: an absolute {@code http} or {@code https}
 *     URI with a host (any other value is refused, naming the field)
 * @param published the publication date, to the precision known
 * @param genre news, opinion, analysis, press release or unknown
 * @param text the full text; may be empty but never null
 */
public record Document(
    String id,
    String sourceId,
    Optional<String> title,
    Optional<String> url,
    Optional<PartialDate> published,
    Genre genre,
    String text) {

  /** Validates every component; see the record description for the rules. */
  public Document {
    id = Checks.nonBlank(id, "id");
    sourceId = Checks.nonBlank(sourceId, "sourceId");
    Objects.requireNonNull(title, "title");
    checkUrl(url, "url");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(genre, "genre");
    Objects.requireNonNull(text, "text");
  }

  /** A document whose address is not known (the form before documents carried one). */
  public Document(String id, String sourceId, Optional<String> title,
      Optional<PartialDate> published, Genre genre, String text) {
    this(id, sourceId, title, Optional.empty(), published, genre, text);
  }

  /** Returns a document with no title, no address, no date and unknown genre. */
  public static Document of(String id, String sourceId, String text) {
    return new Document(id, sourceId, Optional.empty(), Optional.empty(), Genre.UNKNOWN, text);
  }

  /**
   * Why {@code url} cannot be a document's address, in words ("is not absolute"), or empty when it
   * can: an absolute {@code http} or {@code https} URI (any case of the scheme) with a host, as
   * {@link java.net.URI} parses it (no spaces, no bare {@code %}). Readers use it to name the
   * problem in their own terms (a manifest's field, a page's markup) before a document refuses it.
   */
  public static Optional<String> urlProblem(String url) {
    Objects.requireNonNull(url, "url");
    try {
      java.net.URI uri = new java.net.URI(url);
      String scheme = uri.getScheme() == null ? ""
          : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
      if (!uri.isAbsolute()) {
        return Optional.of("is not absolute");
      }
      if (!scheme.equals("http") && !scheme.equals("https")) {
        return Optional.of("has scheme '" + uri.getScheme() + "', not http or https");
      }
      if (uri.getRawAuthority() == null || uri.getRawAuthority().isEmpty()) {
        return Optional.of("names no host");
      }
      return Optional.empty();
    } catch (java.net.URISyntaxException e) {
      return Optional.of("is not a URI (" + e.getReason() + " at index " + e.getIndex() + ")");
    }
  }

  /**
   * The check a document applies to its address, for the records that carry one (a report's
   * document): {@code url} unchanged when absent or when {@link #urlProblem} finds nothing.
   *
   * @throws IllegalArgumentException naming {@code field}, the value and the problem
   */
  public static Optional<String> checkUrl(Optional<String> url, String field) {
    Objects.requireNonNull(url, field);
    url.flatMap(Document::urlProblem).ifPresent(problem -> {
      throw new IllegalArgumentException(field + " must be an absolute http or https URL, was '"
          + url.get() + "': it " + problem);
    });
    return url;
  }

  /** Returns this document with {@code url} as its address (checked as the record says). */
  public Document withUrl(String url) {
    return new Document(id, sourceId, title, Optional.of(Objects.requireNonNull(url, "url")),
        published, genre, text);
  }
}
