package org.corroborate.impl.truth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.corroborate.Corroborate;
import org.corroborate.impl.compare.Similarities;
import org.corroborate.model.ObservationSet;
import org.corroborate.model.Value;
import org.corroborate.truth.AlgorithmInfo;
import org.corroborate.truth.ItemResult;
import org.corroborate.truth.SourceDependence;
import org.corroborate.truth.SourceTrust;
import org.corroborate.truth.TruthDiscovery;
import org.corroborate.truth.TruthDiscoveryConfig;
import org.corroborate.truth.TruthDiscoveryResult;
import org.corroborate.truth.ValueConfidence;
import org.junit.jupiter.api.Test;

/**
 * Threads change how fast a run goes, never its answer: every algorithm gives the same numbers to
 * the last bit with 1, 2 and 16 threads, on data large enough that each iteration splits its
 * claims and items into several blocks of rows, and its 120 sources (30,000 edges) into several
 * blocks of work.
 */
class ThreadCountTest {
  /** 6,000 items (more than one block of items), about 18,000 claims, 120 sources. */
  static ObservationSet data() {
    SplittableRandom random = new SplittableRandom(2026);
    int sources = 120;
    double[] accuracy = new double[sources];
    for (int s = 0; s < sources; s++) {
      accuracy[s] = 0.3 + 0.65 * random.nextDouble();
    }
    ObservationSet.Builder b = ObservationSet.builder();
    for (int i = 0; i < 6000; i++) {
      int truth = random.nextInt(4);
      for (int k = 0; k < 5; k++) {
        int s = random.nextInt(sources);
        int value = random.nextDouble() < accuracy[s] ? truth : (truth + 1 + random.nextInt(3)) % 4;
        b.add(String.format(java.util.Locale.ROOT, "s%03d", s),
            String.format(java.util.Locale.ROOT, "i%05d", i), Value.text("v" + value));
      }
    }
    return b.build();
  }

  /** Every number of a result, doubles in hexadecimal so that no bit can hide. */
  static String fingerprint(TruthDiscoveryResult r) {
    StringBuilder out = new StringBuilder();
    out.append(r.iterations()).append(' ').append(r.converged()).append('\n');
    for (ItemResult item : r.items()) {
      out.append(item.itemId()).append(' ').append(item.chosen().canonical()).append(' ')
          .append(Double.toHexString(item.confidence()));
      for (ValueConfidence v : item.values()) {
        out.append(' ').append(v.value().canonical()).append('=')
            .append(Double.toHexString(v.confidence()));
      }
      out.append('\n');
    }
    for (SourceTrust s : r.sources()) {
      out.append(s.sourceId()).append(' ').append(Double.toHexString(s.trust())).append('\n');
    }
    for (SourceDependence d : r.dependencies()) {
      out.append(d.first()).append('~').append(d.second()).append(' ')
          .append(Double.toHexString(d.probability())).append('\n');
    }
    return out.toString();
  }

  @Test
  void everyAlgorithm_sameNumbersToTheLastBit_with1_2_and16Threads() {
    TruthDiscovery engine = Corroborate.truthDiscovery();
    ObservationSet data = data();
    for (AlgorithmInfo info : engine.algorithms()) {
      String one = fingerprint(engine.discover(data, TruthDiscoveryConfig.builder()
          .algorithm(info.name()).maxIterations(8).threads(1).build()));
      for (int threads : new int[] {2, 16}) {
        String many = fingerprint(engine.discover(data, TruthDiscoveryConfig.builder()
            .algorithm(info.name()).maxIterations(8).threads(threads).build()));
        assertThat(many).as("%s with %d threads", info.name(), threads).isEqualTo(one);
      }
    }
  }

  /**
   * The compiled graph is the same on 1 and 2 threads, array for array, also when one key has
   * several spellings ("v1", " V1", "v1 " under the text comparison) and each claim shows its
   * smallest, the case the second pass of compiling resolves per item.
   */
  @Test
  void compiledGraph_sameArraysWith1And2Threads_severalSpellingsIncluded() {
    SplittableRandom random = new SplittableRandom(7);
    ObservationSet.Builder b = ObservationSet.builder();
    String[] spellings = {"v%d", " V%d", "v%d "};
    for (int i = 0; i < 6000; i++) {
      for (int k = 0; k < 5; k++) {
        int value = random.nextInt(4);
        b.add("s" + random.nextInt(120), String.format(java.util.Locale.ROOT, "i%05d", i),
            Value.text(String.format(java.util.Locale.ROOT,
                spellings[random.nextInt(spellings.length)], value)));
      }
    }
    ObservationSet set = b.build();
    org.corroborate.truth.ValueSimilarity text =
        Similarities.of(org.corroborate.truth.ValueComparison.text());
    ClaimGraph one = ClaimGraph.compile(set, text, Parallel.SERIAL);
    ClaimGraph two;
    try (Parallel parallel = new Parallel(2)) {
      two = ClaimGraph.compile(set, text, parallel);
    }
    assertThat(one.claimCount).isLessThan(set.size()); // spellings merged into claims
    assertThat(two.claimItem).containsExactly(one.claimItem);
    assertThat(two.claimValue).containsExactly(one.claimValue);
    assertThat(two.claimKey).containsExactly(one.claimKey);
    assertThat(two.itemClaimStart).containsExactly(one.itemClaimStart);
    assertThat(two.claimSourceStart).containsExactly(one.claimSourceStart);
    assertThat(two.claimSources).containsExactly(one.claimSources);
    assertThat(two.itemSourceStart).containsExactly(one.itemSourceStart);
    assertThat(two.itemSources).containsExactly(one.itemSources);
    assertThat(two.sourceClaims).containsExactly(one.sourceClaims);
  }

  /**
   * Copy detection gives, to the last bit, the numbers of the serial implementation it replaced
   * (the SHA-256 of the fingerprint, taken from the serial version before the per-pair claim lists
   * and the per-thread scratch, with issue 18's tie rule, on one thread), on 1 and 2 threads.
   */
  @Test
  void copyDetection_sameNumbersAsTheSerialImplementation() throws Exception {
    TruthDiscovery engine = Corroborate.truthDiscovery();
    ObservationSet data = data();
    // uniform-accuracy 0: AccuCopy; 1: Depen
    String[] stored = {"5b7552f9293c9fac291bbb7fd4476eaf942f7d7b61d00227423e97e9c7505a73", "429a1e08e1f2535fa6d938661f28ec4f66ba777318849dcad6aed39ff89deb29"};
    for (int uniform = 0; uniform <= 1; uniform++) {
      for (int threads : new int[] {1, 2}) {
        String fingerprint = fingerprint(engine.discover(data, TruthDiscoveryConfig.builder()
            .algorithm("accu-copy").parameter("min-shared-items", 3)
            .parameter("uniform-accuracy", uniform).maxIterations(8).threads(threads).build()));
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
            .digest(fingerprint.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(java.util.HexFormat.of().formatHex(digest))
            .as("uniform-accuracy %d on %d threads", uniform, threads).isEqualTo(stored[uniform]);
      }
    }
  }

  /** Without the per-pair lists (too many entries), the serial walks give the same numbers. */
  @Test
  void copyDetection_withoutPairLists_sameNumbers() {
    ObservationSet data = data();
    org.corroborate.truth.ValueSimilarity similarity =
        Similarities.of(org.corroborate.truth.ValueComparison.exact());
    ClaimGraph graph = ClaimGraph.compile(data, similarity);
    for (int threads : new int[] {1, 2}) {
      Accu lists = new Accu(Accu.Variant.COPY);
      Accu walks = new Accu(Accu.Variant.COPY, 0);
      Settings settings = GraphTruthDiscovery.resolve(lists.info(), TruthDiscoveryConfig.builder()
          .algorithm("accu-copy").parameter("min-shared-items", 3).maxIterations(8)
          .threads(threads).build(), graph, similarity);
      try (Parallel parallel = settings.parallel()) {
        Outcome a = lists.run(graph, settings, org.corroborate.truth.ProgressListener.NONE);
        Outcome b = walks.run(graph, settings, org.corroborate.truth.ProgressListener.NONE);
        assertThat(b.iterations()).isEqualTo(a.iterations());
        for (int c = 0; c < graph.claimCount; c++) {
          assertThat(b.claimConfidence(c)).as("claim %d", c).isEqualTo(a.claimConfidence(c));
        }
        for (int s = 0; s < graph.sourceCount; s++) {
          assertThat(b.sourceTrust(s)).as("source %d", s).isEqualTo(a.sourceTrust(s));
        }
        assertThat(b.dependencies()).hasSameSizeAs(a.dependencies());
        for (int d = 0; d < a.dependencies().size(); d++) {
          assertThat(b.dependencies().get(d).probability())
              .isEqualTo(a.dependencies().get(d).probability());
        }
        assertThat(parallel.threads()).isEqualTo(threads);
      }
    }
  }

  @Test
  void rows_runBlocksOnSeveralThreadsAtOnce() throws InterruptedException {
    // each of two blocks waits until both have started: this ends only if two threads run them
    CountDownLatch started = new CountDownLatch(2);
    Set<String> threads = ConcurrentHashMap.newKeySet();
    try (Parallel parallel = new Parallel(2)) {
      parallel.rows(2 * Parallel.BLOCK, (from, to) -> {
        threads.add(Thread.currentThread().getName());
        started.countDown();
        try {
          assertThat(started.await(30, TimeUnit.SECONDS)).as("the other block started").isTrue();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      });
    }
    assertThat(threads).hasSize(2).allMatch(name -> name.startsWith("corroborate-truth-"));
  }

  @Test
  void both_runsItsTwoPiecesAtOnce_withTwoThreads_andInTurn_withOne() throws InterruptedException {
    // each piece waits until both have started: this ends only if two threads run them
    CountDownLatch started = new CountDownLatch(2);
    Runnable piece = () -> {
      started.countDown();
      try {
        assertThat(started.await(30, TimeUnit.SECONDS)).as("the other piece started").isTrue();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    };
    try (Parallel parallel = new Parallel(2)) {
      parallel.both(piece, piece);
    }
    StringBuilder order = new StringBuilder();
    Parallel.SERIAL.both(() -> order.append("first "), () -> order.append("second"));
    assertThat(order).hasToString("first second");
    try (Parallel parallel = new Parallel(2)) {
      assertThatThrownBy(() -> parallel.both(() -> { }, () -> {
        throw new IllegalStateException("second failed");
      })).hasMessageContaining("second failed");
      // a failing first piece is not hidden by the second's failure, and the second has ended
      CountDownLatch secondEnded = new CountDownLatch(1);
      assertThatThrownBy(() -> parallel.both(() -> {
        throw new IllegalStateException("first failed");
      }, () -> {
        secondEnded.countDown();
        throw new IllegalArgumentException("second failed too");
      })).hasMessage("first failed")
          .satisfies(e -> assertThat(e.getSuppressed()).hasSize(1));
      assertThat(secondEnded.getCount()).isZero();
    }
  }

  @Test
  void rows_coverEveryRowOnce_inBlocksOfTheFixedSize() {
    int n = 3 * Parallel.BLOCK + 17;
    int[] seen = new int[n];
    Set<Integer> sizes = ConcurrentHashMap.newKeySet();
    try (Parallel parallel = new Parallel(3)) {
      parallel.rows(n, (from, to) -> {
        sizes.add(to - from);
        for (int i = from; i < to; i++) {
          seen[i]++;
        }
      });
    }
    assertThat(seen).containsOnly(1);
    assertThat(sizes).containsExactlyInAnyOrder(Parallel.BLOCK, 17);
  }

  @Test
  void ranges_oneContiguousRangePerThread_coverEveryRowOnce() {
    // rows of equal cost; 10 rows on 3 threads: 0-3, 3-6, 6-10; 2 rows on 5 threads: one per row
    int[][] cases = {{10, 1}, {10, 3}, {2, 5}, {1, 4}, {0, 2}, {100_003, 2}};
    String[] expected = {"[0-10]", "[0-3, 3-6, 6-10]", "[0-1, 1-2]", "[0-1]", "[0-0]",
        "[0-50001, 50001-100003]"};
    for (int k = 0; k < cases.length; k++) {
      int n = cases[k][0];
      int[] unitCosts = new int[n + 1];
      for (int r = 0; r < n; r++) {
        unitCosts[r + 1] = r + 1;
      }
      int[] seen = new int[n];
      Set<String> ranges = ConcurrentHashMap.newKeySet();
      try (Parallel parallel = new Parallel(cases[k][1])) {
        parallel.ranges(n, unitCosts, (from, to) -> {
          ranges.add(from + "-" + to);
          for (int i = from; i < to; i++) {
            seen[i]++;
          }
        });
      }
      assertThat(inOrder(ranges)).as("n %d on %d threads", n, cases[k][1])
          .isEqualTo(expected[k]);
      for (int i = 0; i < n; i++) {
        assertThat(seen[i]).isEqualTo(1);
      }
    }
  }

  @Test
  void weightedRanges_cutWhereTheWorkBeforeReachesEachShare() {
    // row 0 costs 100, rows 1 to 9 one each: 109 in all. Two threads: the second range starts at
    // the first row with 54 units before it, row 1; three: 36 and 72 units, row 1 both times
    int n = 10;
    int[] starts = new int[n + 1];
    for (int r = 0; r < n; r++) {
      starts[r + 1] = starts[r] + (r == 0 ? 100 : 1);
    }
    // twelve equal rows on three threads: cuts after 4 and 8 rows
    int[] even = new int[13];
    for (int r = 0; r < 12; r++) {
      even[r + 1] = even[r] + 5;
    }
    Object[][] cases = {{starts, 2, "[0-1, 1-10]"}, {starts, 3, "[0-1, 1-1, 1-10]"},
        {even, 3, "[0-4, 4-8, 8-12]"}, {starts, 1, "[0-10]"}};
    for (Object[] c : cases) {
      int[] s = (int[]) c[0];
      int rows = s.length - 1;
      int[] seen = new int[rows];
      Set<String> ranges = ConcurrentHashMap.newKeySet();
      try (Parallel parallel = new Parallel((Integer) c[1])) {
        parallel.ranges(rows, s, (from, to) -> {
          ranges.add(from + "-" + to);
          for (int i = from; i < to; i++) {
            seen[i]++;
          }
        });
      }
      assertThat(inOrder(ranges)).as("%d threads", c[1]).isEqualTo(c[2]);
      assertThat(seen).containsOnly(1);
    }
  }

  /** Ranges "from-to" by start, then end. */
  private static String inOrder(Set<String> ranges) {
    java.util.List<int[]> list = new java.util.ArrayList<>();
    for (String r : ranges) {
      int dash = r.indexOf('-');
      list.add(new int[] {Integer.parseInt(r.substring(0, dash)),
          Integer.parseInt(r.substring(dash + 1))});
    }
    list.sort(java.util.Comparator.<int[]>comparingInt(r -> r[0]).thenComparingInt(r -> r[1]));
    java.util.List<String> out = new java.util.ArrayList<>();
    for (int[] r : list) {
      out.add(r[0] + "-" + r[1]);
    }
    return out.toString();
  }

  @Test
  void weightedRows_cutByWork_coverEveryRowOnce_andTheCutsDependOnTheDataAlone() {
    // 10 sources of 5,000 claims each, then 5,000 sources of one claim each
    int n = 10 + 5000;
    int[] starts = new int[n + 1];
    for (int r = 0; r < n; r++) {
      starts[r + 1] = starts[r] + (r < 10 ? 5000 : 1);
    }
    // a block ends once it holds 8,192 units: after every second heavy source (10,000 units);
    // then the light ones by 4,096 rows (4,096 units), and the rest up to n
    assertThat(Parallel.WORK).isEqualTo(8192);
    assertThat(Parallel.cuts(n, starts)).containsExactly(0, 2, 4, 6, 8, 10, 4106, 5010);
    for (int threads : new int[] {2, 3, 16}) {
      int[] seen = new int[n];
      Set<String> blocks = ConcurrentHashMap.newKeySet();
      try (Parallel parallel = new Parallel(threads)) {
        parallel.rows(n, starts, (from, to) -> {
          blocks.add(from + "-" + to);
          for (int i = from; i < to; i++) {
            seen[i]++;
          }
        });
      }
      assertThat(seen).containsOnly(1);
      assertThat(blocks).containsExactlyInAnyOrder(
          "0-2", "2-4", "4-6", "6-8", "8-10", "10-4106", "4106-5010");
    }
    // one thread runs the whole range on the caller's thread, in one call
    Set<String> serial = ConcurrentHashMap.newKeySet();
    Parallel.SERIAL.rows(n, starts, (from, to) -> serial.add(from + "-" + to));
    assertThat(serial).containsExactly("0-5010");
  }

  @Test
  void threads_outsideOneTo4096_refused() {
    assertThatThrownBy(() -> TruthDiscoveryConfig.builder().threads(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was 0");
    assertThatThrownBy(() -> TruthDiscoveryConfig.builder().threads(4097))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4096");
    assertThat(TruthDiscoveryConfig.builder().algorithm("vote").threads(3).build().threads())
        .hasValue(3);
    assertThat(TruthDiscoveryConfig.of("vote").effectiveThreads())
        .isEqualTo(Runtime.getRuntime().availableProcessors());
  }
}
