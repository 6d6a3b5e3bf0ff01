package org.corroborate.benchmarks.news;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.corroborate.impl.extract.PatternClaimExtractor;
import org.corroborate.impl.lang.Language;
import org.corroborate.model.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Claim extraction throughput: {@link PatternClaimExtractor#extract} (cleaning, sentences, alias
 * table, quantities, dates, entities, attribution, modality) over the first {@code documents}
 * FNC-1 bodies, on {@code threads} threads (1 by default). MB per second is {@code megabytes / (seconds per call)}, with
 * {@code megabytes} printed at setup (UTF-8 size of the texts).
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ExtractionBenchmark -f 1 -wi 2 -i 3 -w 5s -r 5s
 * java -jar benchmarks/target/benchmarks.jar ExtractionBenchmark -p threads=1,2 -f 1 -wi 2 -i 3
 * </pre>
 *
 * <p>{@link #luceneAnalysis} is a reference point, not part of the pipeline: the same texts
 * through Lucene's {@code StandardTokenizer}, lower-casing, its English stop words and the Snowball
 * English stemmer (the one {@code Stemmer} wraps), every token read, on one thread. It bounds what
 * one stage of tokenising and stemming costs when a mature library does it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx4g"})
public class ExtractionBenchmark {
  @Param({"1683"})
  public int documents;

  /** Threads of {@link PatternClaimExtractor#extract(List, int)}; 1 measures one core. */
  @Param({"1"})
  public int threads;

  List<Document> corpus;
  PatternClaimExtractor extractor;
  Analyzer analyzer = new ReferenceAnalyzer();

  @Setup(Level.Trial)
  public void setUp() {
    corpus = FncBodies.documents(FncBodies.load(), documents);
    extractor = new PatternClaimExtractor(Language.english());
    long bytes = 0;
    for (Document d : corpus) {
      bytes += d.text().getBytes(StandardCharsets.UTF_8).length;
    }
    System.out.printf(java.util.Locale.ROOT, "%n%d documents, %.3f MB%n", corpus.size(), bytes / 1e6);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    analyzer.close();
  }

  @Benchmark
  public PatternClaimExtractor.Extraction extract() {
    return extractor.extract(corpus, threads);
  }

  /** Characters of the stems Lucene's analysis gives for the corpus (see the class comment). */
  @Benchmark
  public long luceneAnalysis() throws IOException {
    long characters = 0;
    for (Document d : corpus) {
      try (TokenStream stream = analyzer.tokenStream("text", d.text())) {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        stream.reset();
        while (stream.incrementToken()) {
          characters += term.length();
        }
        stream.end();
      }
    }
    return characters;
  }

  /** Tokenizer, lower case, English stop words, Snowball English stems. */
  private static final class ReferenceAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String field) {
      Tokenizer tokenizer = new StandardTokenizer();
      TokenStream stream = new LowerCaseFilter(tokenizer);
      stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
      stream = new SnowballFilter(stream, new EnglishStemmer());
      return new TokenStreamComponents(tokenizer, stream);
    }
  }
}
