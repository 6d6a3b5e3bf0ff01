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
    Checks.httpUrl(url, "url");
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

  /** Returns this document with {@code url} as its address (checked as the record says). */
  public Document withUrl(String url) {
    return new Document(id, sourceId, title, Optional.of(Objects.requireNonNull(url, "url")),
        published, genre, text);
  }
}
