/**
 * Corroborate's implementation: it provides the services of the API (the news pipeline, truth
 * discovery and the lexical claim similarity) and exports none of its packages to hosts. The
 * command line and the benchmarks reach the few internals they need through qualified exports:
 * the number formats, the corpus reader, the stance classifier and the verdict model for the command line; the word
 * lists, the extractor, the grouping of claims, the analysis of a corpus, the compiled claim graph
 * with the algorithms, and value comparison for the benchmarks; the extractor, the
 * blocking, the agreement scorer, the pipeline and the text check for the Spark module.
 *
 * <p>The packages, in pipeline order: {@code lang} (word lists), {@code token}, {@code clean},
 * {@code sentence}, {@code extract}, {@code match}, {@code relate}, {@code independence}, {@code
 * verdict}, {@code reliability}, {@code report}, and {@code news} (the pipeline and the
 * service); {@code truth} (the algorithms) with {@code compare} (value comparison); {@code
 * stance}, {@code io}, {@code format}. Each package's {@code package-info.java} says what comes
 * in, what goes out and what it may not import.
 */
// "module": the modules named by qualified exports are built after this one
@SuppressWarnings("module")
module org.corroborate.impl {
  requires org.corroborate;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires org.apache.commons.statistics.distribution;
  requires org.apache.lucene.analysis.common;
  requires org.jsoup;

  provides org.corroborate.news.ClaimSimilarity with org.corroborate.impl.match.LexicalSimilarity;
  provides org.corroborate.news.NewsScoring with org.corroborate.impl.news.NewsScoringService;
  provides org.corroborate.truth.TruthDiscovery with org.corroborate.impl.truth.GraphTruthDiscovery;

  exports org.corroborate.impl.format to org.corroborate.cli;
  exports org.corroborate.impl.io to org.corroborate.cli;
  exports org.corroborate.impl.stance to org.corroborate.cli;
  exports org.corroborate.impl.verdict to org.corroborate.cli;

  exports org.corroborate.impl.lang to org.corroborate.benchmarks;
  exports org.corroborate.impl.extract to org.corroborate.benchmarks, org.corroborate.spark;
  exports org.corroborate.impl.news to org.corroborate.spark;
  exports org.corroborate.impl.clean to org.corroborate.spark;
  exports org.corroborate.impl.relate to org.corroborate.spark;
  exports org.corroborate.impl.match to org.corroborate.benchmarks, org.corroborate.spark;
  exports org.corroborate.impl.independence to org.corroborate.benchmarks;
  exports org.corroborate.impl.truth to org.corroborate.benchmarks, org.corroborate.spark;
  exports org.corroborate.impl.compare to org.corroborate.benchmarks;
}
