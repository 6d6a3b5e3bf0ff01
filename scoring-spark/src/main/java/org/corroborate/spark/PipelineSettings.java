package org.corroborate.spark;

import java.io.Serializable;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.corroborate.impl.extract.PatternClaimExtractor;
import org.corroborate.impl.match.ClaimMatcher;
import org.corroborate.impl.match.ClaimStatistics;
import org.corroborate.impl.news.NewsPipeline;
import org.corroborate.impl.relate.AgreementScorer;
import org.corroborate.news.ScoringConfig;

/**
 * A {@link ScoringConfig} (serializable, so Spark sends it to its tasks) and the single-machine
 * pipeline it makes ({@code NewsPipeline.of(config)}), once per JVM and configuration, with its
 * extractor, its blocking and its agreement scorer.
 */
final class PipelineSettings implements Serializable {
  private static final long serialVersionUID = 2L;

  private static final Map<ScoringConfig, NewsPipeline> PIPELINES = new ConcurrentHashMap<>();

  private final ScoringConfig config;

  PipelineSettings(ScoringConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /** The single-machine pipeline of this configuration, made once per JVM. */
  private NewsPipeline pipeline() {
    return PIPELINES.computeIfAbsent(config, NewsPipeline::of);
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
}
