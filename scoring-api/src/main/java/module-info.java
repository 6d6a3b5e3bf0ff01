/**
 * Corroborate's API: the immutable model (sources, documents, observations, corpora), the
 * configurations, the explained results and the services, {@link
 * org.corroborate.news.NewsScoring}, {@link org.corroborate.truth.TruthDiscovery}, the
 * pluggable {@link org.corroborate.news.ClaimSimilarity} and the optional {@link
 * org.corroborate.truth.DistributedTruthDiscovery} engines, found
 * through {@link java.util.ServiceLoader} by {@link org.corroborate.Corroborate}. It needs nothing
 * outside the JDK; an implementation (the {@code scoring-impl} artifact, module {@code
 * org.corroborate.impl}) provides the services.
 */
module org.corroborate {
  exports org.corroborate;
  exports org.corroborate.model;
  exports org.corroborate.news;
  exports org.corroborate.truth;

  uses org.corroborate.news.ClaimSimilarity;
  uses org.corroborate.news.NewsScoring;
  uses org.corroborate.truth.DistributedTruthDiscovery;
  uses org.corroborate.truth.TruthDiscovery;
}
