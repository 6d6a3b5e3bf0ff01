package org.corroborate.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.corroborate.impl.extract.PatternClaimExtractor;
import org.corroborate.impl.news.NewsPipeline;
import org.corroborate.news.ScoringConfig;

/**
 * The settings of a {@link ScoringConfig} that claim extraction reads (language, replaced word
 * lists, aliases, the sentence cut and the check-worthiness threshold), in a form Spark can send
 * to its tasks, and the extractor they make: {@code NewsPipeline.of(config).extractor()}, the
 * single-machine pipeline's own, made once per JVM and settings.
 */
final class ExtractionSettings implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final Map<ExtractionSettings, PatternClaimExtractor> EXTRACTORS =
      new ConcurrentHashMap<>();

  private final String language;
  private final TreeMap<String, ArrayList<String>> lexicons = new TreeMap<>();
  private final ArrayList<String> aliases;
  private final int maxSentenceChars;
  private final double checkWorthinessThreshold;

  ExtractionSettings(ScoringConfig config) {
    Objects.requireNonNull(config, "config");
    this.language = config.language();
    for (Map.Entry<String, List<String>> e : config.lexicons().entrySet()) {
      lexicons.put(e.getKey(), new ArrayList<>(e.getValue()));
    }
    this.aliases = new ArrayList<>(config.aliases());
    this.maxSentenceChars = config.maxSentenceChars();
    this.checkWorthinessThreshold = config.checkWorthinessThreshold();
  }

  /** The configuration these settings came from, as far as extraction reads it. */
  private ScoringConfig config() {
    ScoringConfig.Builder b = ScoringConfig.builder()
        .language(language)
        .aliases(aliases)
        .maxSentenceChars(maxSentenceChars)
        .checkWorthinessThreshold(checkWorthinessThreshold);
    for (Map.Entry<String, ArrayList<String>> e : lexicons.entrySet()) {
      b.lexicon(e.getKey(), e.getValue());
    }
    return b.build();
  }

  /** The single-machine pipeline's extractor for these settings, made once per JVM. */
  PatternClaimExtractor extractor() {
    return EXTRACTORS.computeIfAbsent(this, s -> NewsPipeline.of(s.config()).extractor());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExtractionSettings s && language.equals(s.language)
        && lexicons.equals(s.lexicons) && aliases.equals(s.aliases)
        && maxSentenceChars == s.maxSentenceChars
        && Double.compare(checkWorthinessThreshold, s.checkWorthinessThreshold) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(language, lexicons, aliases, maxSentenceChars, checkWorthinessThreshold);
  }
}
