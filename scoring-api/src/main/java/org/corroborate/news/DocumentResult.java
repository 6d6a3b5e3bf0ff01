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
 * @param url the address it was published at, if known: an absolute {@code http} or {@code
 *     https} URI with a host (see {@link org.corroborate.model.Document#url()})
 * @param published its date, ISO-8601 to the precision known, if known
 * @param genre its genre as declared
 * @param republishedFrom the outlet whose text it declares it republishes, if any
 * @param signals the content signals by name, each in [0, 1] (see {@link
 *     NewsScoring#signals()} for what each measures)
 * @param characters its length in Unicode code points
 * @param words its words (runs of non-space characters holding a letter or digit)
 * @param paragraphs its non-blank lines
 * @param claims how many claims were found in it
 * @param sentences how many sentences were considered for claims: those of its text, and its
 *     title when the text does not hold it; {@code claims + sentencesBelowThreshold}
 * @param sentencesBelowThreshold how many of them were not claims: below {@link
 *     ScoringConfig#checkWorthinessThreshold()} and neither title nor headline
 */
public record DocumentResult(
    String id, String sourceId, Optional<String> title, Optional<String> url,
    Optional<String> published, Genre genre,
    Optional<String> republishedFrom, Map<String, Double> signals, int characters, int words,
    int paragraphs, int claims, int sentences, int sentencesBelowThreshold) {

  /** Checks the parts and the counts, and copies the signals. */
  public DocumentResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(title, "title");
    org.corroborate.model.Document.checkUrl(url, "documents[" + id + "].url");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(genre, "genre");
    Objects.requireNonNull(republishedFrom, "republishedFrom");
    signals = Results.unitMap(signals, "documents[" + id + "].signals");
    if (characters < 0 || words < 0 || paragraphs < 0 || claims < 0 || sentences < 0
        || sentencesBelowThreshold < 0) {
      throw new IllegalArgumentException("documents[" + id + "]: negative count");
    }
    if (claims + sentencesBelowThreshold != sentences) {
      throw new IllegalArgumentException("documents[" + id + "]: claims (" + claims
          + ") + sentencesBelowThreshold (" + sentencesBelowThreshold + ") must equal sentences ("
          + sentences + ")");
    }
  }

  /** A document whose address is not known (the form before documents carried one). */
  public DocumentResult(
      String id, String sourceId, Optional<String> title, Optional<String> published, Genre genre,
      Optional<String> republishedFrom, Map<String, Double> signals, int characters, int words,
      int paragraphs, int claims, int sentences, int sentencesBelowThreshold) {
    this(id, sourceId, title, Optional.empty(), published, genre, republishedFrom, signals,
        characters, words, paragraphs, claims, sentences, sentencesBelowThreshold);
  }

  /**
   * A document whose every sentence considered is a claim (none below the threshold), for hosts
   * that build results themselves (the form before sentences were counted).
   */
  public DocumentResult(
      String id, String sourceId, Optional<String> title, Optional<String> published, Genre genre,
      Optional<String> republishedFrom, Map<String, Double> signals, int characters, int words,
      int paragraphs, int claims) {
    this(id, sourceId, title, Optional.empty(), published, genre, republishedFrom, signals,
        characters, words, paragraphs, claims, claims, 0);
  }
}
