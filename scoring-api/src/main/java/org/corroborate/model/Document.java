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
 * @param published the publication date, to the precision known
 * @param genre news, opinion, analysis, press release or unknown
 * @param text the full text; may be empty but never null
 */
public record Document(
    String id,
    String sourceId,
    Optional<String> title,
    Optional<PartialDate> published,
    Genre genre,
    String text) {

  /** Validates every component; see the record description for the rules. */
  public Document {
    id = Checks.nonBlank(id, "id");
    sourceId = Checks.nonBlank(sourceId, "sourceId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(genre, "genre");
    Objects.requireNonNull(text, "text");
  }

  /** Returns a document with no title, no date and unknown genre. */
  public static Document of(String id, String sourceId, String text) {
    return new Document(id, sourceId, Optional.empty(), Optional.empty(), Genre.UNKNOWN, text);
  }
}
