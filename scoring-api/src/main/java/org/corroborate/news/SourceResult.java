package org.corroborate.news;

import java.util.Map;
import java.util.Objects;
import org.corroborate.Explanation;

/**
 * How far a source is trusted, and why.
 *
 * @param id the source's id
 * @param name its display name
 * @param reliability the reliability in [0, 1]
 * @param explanation how the reliability was computed; its value equals {@code reliability}
 * @param signals the source-level signal values by name (each in [0, 1]): the content signals
 *     averaged over its documents, the shares of its claims corroborated, contradicted and standing
 *     alone, and the truth-discovery engine's trust
 * @param documents how many of its documents were scored
 * @param claims how many claims its documents make
 */
public record SourceResult(
    String id, String name, double reliability, Explanation explanation,
    Map<String, Double> signals, int documents, int claims) {

  /** Checks the score, its explanation and the signals. */
  public SourceResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Results.unit(reliability, "sources[" + id + "].reliability");
    Objects.requireNonNull(explanation, "explanation")
        .requireExplains(reliability, "sources[" + id + "].reliability");
    signals = Results.unitMap(signals, "sources[" + id + "].signals");
    if (documents < 0 || claims < 0) {
      throw new IllegalArgumentException("sources[" + id + "]: negative count");
    }
  }
}
