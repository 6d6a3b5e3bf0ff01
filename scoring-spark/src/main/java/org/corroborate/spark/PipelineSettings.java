package org.corroborate.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.corroborate.impl.extract.PatternClaimExtractor;
import org.corroborate.impl.match.ClaimMatcher;
import org.corroborate.impl.match.ClaimStatistics;
import org.corroborate.impl.relate.AgreementScorer;
import org.corroborate.impl.news.NewsPipeline;
import org.corroborate.news.ScoringConfig;

/**
 * The settings of a {@link ScoringConfig} that claim extraction, blocking and the agreement scorer
 * read (language, replaced word lists, aliases, the sentence cut, the check-worthiness threshold,
 * the block size and candidates per claim, the ten agreement settings), in a form Spark can send
 * to its tasks, and the single-machine
 * pipeline they make ({@code NewsPipeline.of(config)}), once per JVM and settings, with its
 * extractor, its blocking and its agreement scorer (and the agreement settings it reads).
 */
final class PipelineSettings implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final Map<PipelineSettings, NewsPipeline> PIPELINES =
      new ConcurrentHashMap<>();

  private final String language;
  private final TreeMap<String, ArrayList<String>> lexicons = new TreeMap<>();
  private final ArrayList<String> aliases;
  private final int maxSentenceChars;
  private final double checkWorthinessThreshold;
  private final int maxBlockSize;
  private final int maxCandidatesPerClaim;
  /** The agreement settings, in the order of {@code AgreementSettings}' components. */
  private final double[] agreement;

  PipelineSettings(ScoringConfig config) {
    Objects.requireNonNull(config, "config");
    this.language = config.language();
    for (Map.Entry<String, List<String>> e : config.lexicons().entrySet()) {
      lexicons.put(e.getKey(), new ArrayList<>(e.getValue()));
    }
    this.aliases = new ArrayList<>(config.aliases());
    this.maxSentenceChars = config.maxSentenceChars();
    this.checkWorthinessThreshold = config.checkWorthinessThreshold();
    this.maxBlockSize = config.maxBlockSize();
    this.maxCandidatesPerClaim = config.maxCandidatesPerClaim();
    this.agreement = new double[] {config.matchWordWeight(), config.matchEntityWeight(),
        config.matchEventWeight(), config.sameThreshold(), config.topicThreshold(),
        config.polarityThreshold(), config.gateFactor(), config.exactTolerance(),
        config.approximateTolerance(), config.unverifiedAgreement()};
  }

  /** The configuration these settings came from, as far as extraction reads it. */
  private ScoringConfig config() {
    ScoringConfig.Builder b = ScoringConfig.builder()
        .language(language)
        .aliases(aliases)
        .maxSentenceChars(maxSentenceChars)
        .checkWorthinessThreshold(checkWorthinessThreshold)
        .maxBlockSize(maxBlockSize)
        .maxCandidatesPerClaim(maxCandidatesPerClaim)
        .matchWordWeight(agreement[0])
        .matchEntityWeight(agreement[1])
        .matchEventWeight(agreement[2])
        .sameThreshold(agreement[3])
        .topicThreshold(agreement[4])
        .polarityThreshold(agreement[5])
        .gateFactor(agreement[6])
        .exactTolerance(agreement[7])
        .approximateTolerance(agreement[8])
        .unverifiedAgreement(agreement[9]);
    for (Map.Entry<String, ArrayList<String>> e : lexicons.entrySet()) {
      b.lexicon(e.getKey(), e.getValue());
    }
    return b.build();
  }

  /** The single-machine pipeline of these settings, made once per JVM. */
  private NewsPipeline pipeline() {
    return PIPELINES.computeIfAbsent(this, s -> NewsPipeline.of(s.config()));
  }

  /** The single-machine pipeline's extractor for these settings. */
  PatternClaimExtractor extractor() {
    return pipeline().extractor();
  }

  /** The single-machine pipeline's agreement scorer for these settings, over {@code statistics}. */
  AgreementScorer scorer(ClaimStatistics statistics) {
    return pipeline().scorer(statistics);
  }

  /** The single-machine pipeline's blocking for these settings. */
  ClaimMatcher matcher() {
    return pipeline().matcher();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PipelineSettings s && language.equals(s.language)
        && lexicons.equals(s.lexicons) && aliases.equals(s.aliases)
        && maxSentenceChars == s.maxSentenceChars
        && Double.compare(checkWorthinessThreshold, s.checkWorthinessThreshold) == 0
        && maxBlockSize == s.maxBlockSize && maxCandidatesPerClaim == s.maxCandidatesPerClaim
        && java.util.Arrays.equals(agreement, s.agreement);
  }

  @Override
  public int hashCode() {
    return Objects.hash(language, lexicons, aliases, maxSentenceChars, checkWorthinessThreshold,
        maxBlockSize, maxCandidatesPerClaim, java.util.Arrays.hashCode(agreement));
  }
}
