package org.corroborate.benchmarks.news;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.corroborate.impl.extract.AliasTable;
import org.corroborate.impl.extract.ExtractedClaim;
import org.corroborate.impl.extract.PatternClaimExtractor;
import org.corroborate.impl.independence.Corroboration;
import org.corroborate.impl.lang.Language;
import org.corroborate.impl.lang.MatchingLexicon;
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

/**
 * Matching cost as the corpus grows: {@link Corroboration#analyse} (blocking, relations,
 * clusters, voices, republication and the truth-discovery engine over the clusters) on the claims
 * of {@code documents} FNC-1 bodies, extracted once at setup. Above 1,683 documents the bodies
 * repeat under new ids and sources, so that the repeated texts are found as republications, as a
 * wire story republished by many outlets would be. The bound: ten times the documents for
 * at most fifteen times the time.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar MatchingBenchmark -f 1 -wi 2 -i 3 -w 5s -r 5s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx8g"})
public class MatchingBenchmark {
  @Param({"168", "1683", "16830"})
  public int documents;

  List<Corroboration.DocumentInfo> infos;
  List<ExtractedClaim> claims;
  AliasTable aliases;

  @Setup(Level.Trial)
  public void setUp() {
    List<Document> corpus = FncBodies.documents(FncBodies.load(), documents);
    PatternClaimExtractor.Extraction extraction =
        new PatternClaimExtractor(Language.english()).extract(corpus);
    claims = extraction.claims();
    aliases = extraction.aliases();
    infos = new ArrayList<>();
    for (Document d : corpus) {
      infos.add(new Corroboration.DocumentInfo(d.id(), d.sourceId(), d.published(),
          java.util.Optional.empty(), d.text()));
    }
    System.out.printf(java.util.Locale.ROOT, "%n%d documents, %d claims%n", corpus.size(),
        claims.size());
  }

  @Benchmark
  public Corroboration.Result analyse() {
    return Corroboration.analyse(infos, claims, Corroboration.Settings.defaults(),
        MatchingLexicon.defaults(), aliases::key);
  }
}
