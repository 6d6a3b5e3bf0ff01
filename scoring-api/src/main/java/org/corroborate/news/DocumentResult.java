package org.corroborate.news;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.corroborate.model.Genre;

/**
 * What was read from one document.
 *
 * @param id the document's id
 * @param sourceId its source
 * @param title its title, if known
 * @param published its date, ISO-8601 to the precision known, if known
 * @param genre its genre as declared
 * @param republishedFrom the outlet whose text it declares it republishes, if any
 * @param signals the content signals by name, each in [0, 1] (see {@link
 *     NewsScoring#signals()} for what each measures)
 * @param characters its length in Unicode code points
 * @param words its words (runs of non-space characters holding a letter or digit)
 * @param paragraphs its non-blank lines
 * @param claims how many claims were found in it
 */
public record DocumentResult(
    String id, String sourceId, Optional<String> title, Optional<String> published, Genre genre,
    Optional<String> republishedFrom, Map<String, Double> signals, int characters, int words,
    int paragraphs, int claims) {

  /** Checks the parts and copies the signals. */
  public DocumentResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(genre, "genre");
    Objects.requireNonNull(republishedFrom, "republishedFrom");
    signals = Results.unitMap(signals, "documents[" + id + "].signals");
    if (characters < 0 || words < 0 || paragraphs < 0 || claims < 0) {
      throw new IllegalArgumentException("documents[" + id + "]: negative count");
    }
  }
}
