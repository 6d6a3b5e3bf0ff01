package org.corroborate.benchmarks.truth;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import org.corroborate.impl.truth.Settings;
import org.corroborate.model.ObservationSet;
import org.corroborate.model.TextValue;
import org.corroborate.model.Value;

/**
 * A seeded generator of truth-discovery inputs with a known answer: sources with hidden accuracies,
 * items with one true value each, and the observations of each source.
 *
 * <p>Design: source accuracies are drawn uniformly from {@code [minAccuracy, maxAccuracy]}; each
 * item's true value is drawn uniformly from the domain {@code v0 .. v(domain-1)}; a source states
 * the true value with probability equal to its accuracy and otherwise a false value drawn uniformly
 * among the {@code domain - 1} others. Source sizes are proportional to {@code 1 / rank^skew}
 * ({@code skew = 0}: equal sizes; {@code skew = 1}: Zipf), rounded by largest remainder so they
 * sum to the target, capped at the item count (the excess moves to the other sources), and at least
 * one. Each source covers distinct items, drawn by a partial Fisher-Yates shuffle of one shared
 * permutation (O(size) per source), so no (source, item) pair repeats and the {@link
 * ObservationSet} keeps exactly {@link #observationCount()} observations, which equals the target
 * unless the target is smaller than the source count. Coverage follows: a source of size n covers
 * {@code n / items} of the items; by default there are {@code target / 10} items, ten observations
 * per item on average.
 *
 * <p>Ids are zero-padded ({@code s0007}, {@code i0000042}) so their text order is their number
 * order. The same settings always give the same observations, in the same order (source by
 * source). Values are interned: one {@link TextValue} per domain value, whatever the size.
 *
 * <p>Writing a TSV for the CLI ({@code source<TAB>item<TAB>value}, one line per observation):
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.corroborate.benchmarks.truth.SyntheticData \
 *     --observations 10000000 --sources 1000 --domain 10 --seed 1 --out /tmp/syn10m.tsv
 * </pre>
 */
final class SyntheticData {
  private final long target;
  private final int sources;
  private final int items;
  private final int domain;
  private final double minAccuracy;
  private final double maxAccuracy;
  private final double skew;
  private final long seed;

  private final double[] accuracy;
  private final int[] truth;
  private final int[] size;
  private final String[] sourceIds;
  private final String[] itemIds;
  private final Value[] values;

  private SyntheticData(Builder b) {
    this.target = b.observations;
    this.sources = b.sources;
    this.items = b.items > 0 ? b.items : (int) Math.max(1, Math.min(Integer.MAX_VALUE - 8,
        b.observations / 10));
    this.domain = b.domain;
    this.minAccuracy = b.minAccuracy;
    this.maxAccuracy = b.maxAccuracy;
    this.skew = b.skew;
    this.seed = b.seed;
    if ((long) sources * items < target) {
      throw new IllegalArgumentException("observations " + target + " exceed sources * items = "
          + sources + " * " + items);
    }
    SplittableRandom root = new SplittableRandom(seed);
    SplittableRandom accuracyRandom = root.split();
    SplittableRandom truthRandom = root.split();
    this.accuracy = new double[sources];
    for (int s = 0; s < sources; s++) {
      accuracy[s] = minAccuracy + (maxAccuracy - minAccuracy) * accuracyRandom.nextDouble();
    }
    this.truth = new int[items];
    for (int i = 0; i < items; i++) {
      truth[i] = truthRandom.nextInt(domain);
    }
    this.size = sizes(target, sources, items, skew);
    this.sourceIds = ids("s", sources);
    this.itemIds = ids("i", items);
    this.values = new Value[domain];
    for (int v = 0; v < domain; v++) {
      values[v] = new TextValue("v" + v);
    }
  }

  /**
   * The benchmarks' data (benchmarks/README.md): {@code observations} observations of 1,000
   * sources, domain 10, seed 1.
   */
  static SyntheticData standard(long observations) {
    return builder().observations(observations).sources(1000).domain(10).seed(1).build();
  }

  /** Returns a builder; every setting has a default (see {@link Builder}). */
  static Builder builder() {
    return new Builder();
  }

  /** Receives one observation as (source number, item number, value number). */
  @FunctionalInterface
  interface Sink {
    void accept(int source, int item, int value) throws IOException;
  }

  /** Emits every observation, source by source, in a fixed order for the seed. */
  void generate(Sink sink) throws IOException {
    SplittableRandom root = new SplittableRandom(seed);
    root.split(); // accuracies
    root.split(); // truths
    SplittableRandom random = root.split();
    int[] permutation = new int[items];
    for (int i = 0; i < items; i++) {
      permutation[i] = i;
    }
    for (int s = 0; s < sources; s++) {
      double a = accuracy[s];
      for (int k = 0; k < size[s]; k++) {
        int j = k + random.nextInt(items - k);
        int item = permutation[j];
        permutation[j] = permutation[k];
        permutation[k] = item;
        int value = truth[item];
        if (random.nextDouble() >= a) {
          int other = random.nextInt(domain - 1);
          value = other >= value ? other + 1 : other;
        }
        sink.accept(s, item, value);
      }
    }
  }

  /** Value {@code v}, as {@link #generate} numbers values. */
  Value value(int v) {
    return values[v];
  }

  /** Builds the observation set (duplicate policy FIRST; no duplicates arise). */
  ObservationSet observations() {
    ObservationSet.Builder builder = ObservationSet.builder();
    try {
      generate((s, i, v) -> builder.add(sourceIds[s], itemIds[i], values[v]));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return builder.build();
  }

  /** Writes {@code source<TAB>item<TAB>value} lines, UTF-8, one per observation. */
  void writeTsv(OutputStream out) throws IOException {
    byte[][] sourceBytes = bytes(sourceIds);
    byte[][] itemBytes = bytes(itemIds);
    byte[][] valueBytes = new byte[domain][];
    for (int v = 0; v < domain; v++) {
      valueBytes[v] = values[v].canonical().getBytes(StandardCharsets.UTF_8);
    }
    BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
    generate((s, i, v) -> {
      buffered.write(sourceBytes[s]);
      buffered.write('\t');
      buffered.write(itemBytes[i]);
      buffered.write('\t');
      buffered.write(valueBytes[v]);
      buffered.write('\n');
    });
    buffered.flush();
  }

  /** The number of observations generated: the sum of the source sizes. */
  long observationCount() {
    long total = 0;
    for (int n : size) {
      total += n;
    }
    return total;
  }

  int sourceCount() {
    return sources;
  }

  int itemCount() {
    return items;
  }

  String sourceId(int source) {
    return sourceIds[source];
  }

  String itemId(int item) {
    return itemIds[item];
  }

  /** The number of observations of source {@code source}. */
  int sourceSize(int source) {
    return size[source];
  }

  /** The hidden probability that source {@code source} states an item's true value. */
  double hiddenAccuracy(int source) {
    return accuracy[source];
  }

  /** The true value of item {@code item}, one of the interned domain values. */
  Value trueValue(int item) {
    return values[truth[item]];
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT,
        "SyntheticData{observations=%d, sources=%d, items=%d, domain=%d, accuracy=[%s, %s], "
            + "skew=%s, seed=%d}",
        observationCount(), sources, items, domain, minAccuracy, maxAccuracy, skew, seed);
  }

  /** Sizes proportional to 1/rank^skew summing to target, each in [1, items]. */
  static int[] sizes(long target, int sources, int items, double skew) {
    int[] size = new int[sources];
    if (target <= sources) {
      Arrays.fill(size, 1);
      return size;
    }
    boolean[] capped = new boolean[sources];
    long remaining = target;
    while (true) {
      double weightSum = 0.0;
      int open = 0;
      for (int s = 0; s < sources; s++) {
        if (!capped[s]) {
          weightSum += Math.pow(s + 1, -skew);
          open++;
        }
      }
      if (open == 0) {
        throw new IllegalArgumentException("cannot place " + target + " observations");
      }
      // largest-remainder rounding over the open sources
      long assigned = 0;
      double[] remainder = new double[sources];
      for (int s = 0; s < sources; s++) {
        if (!capped[s]) {
          double share = remaining * Math.pow(s + 1, -skew) / weightSum;
          size[s] = (int) Math.min(Integer.MAX_VALUE, (long) Math.floor(share));
          remainder[s] = share - size[s];
          assigned += size[s];
        }
      }
      Integer[] order = new Integer[sources];
      for (int s = 0; s < sources; s++) {
        order[s] = s;
      }
      Arrays.sort(order, (x, y) -> Double.compare(remainder[y], remainder[x]));
      for (int k = 0; assigned < remaining; k = (k + 1) % sources) {
        if (!capped[order[k]]) {
          size[order[k]]++;
          assigned++;
        }
      }
      boolean changed = false;
      for (int s = 0; s < sources; s++) {
        if (!capped[s] && size[s] > items) {
          size[s] = items;
          capped[s] = true;
          remaining -= items;
          changed = true;
        }
      }
      if (!changed) {
        break;
      }
    }
    // every source states at least one value: take from the largest
    for (int s = 0; s < sources; s++) {
      if (size[s] == 0) {
        int largest = 0;
        for (int t = 1; t < sources; t++) {
          if (size[t] > size[largest]) {
            largest = t;
          }
        }
        size[largest]--;
        size[s] = 1;
      }
    }
    return size;
  }

  private static String[] ids(String prefix, int count) {
    int width = Integer.toString(Math.max(0, count - 1)).length();
    String[] ids = new String[count];
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < count; k++) {
      sb.setLength(0);
      sb.append(prefix);
      String digits = Integer.toString(k);
      for (int pad = digits.length(); pad < width; pad++) {
        sb.append('0');
      }
      ids[k] = sb.append(digits).toString();
    }
    return ids;
  }

  private static byte[][] bytes(String[] strings) {
    byte[][] bytes = new byte[strings.length][];
    for (int k = 0; k < strings.length; k++) {
      bytes[k] = strings[k].getBytes(StandardCharsets.UTF_8);
    }
    return bytes;
  }

  /** Settings of a generator, each checked on arrival. */
  static final class Builder {
    private long observations = 10_000;
    private int sources = 100;
    private int items;
    private int domain = 10;
    private double minAccuracy = 0.6;
    private double maxAccuracy = 0.95;
    private double skew;
    private long seed = 1;

    private Builder() {}

    /** Target observation count, at least 1; default 10,000. */
    Builder observations(long observations) {
      if (observations < 1 || observations > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException(
            "observations must be in [1, " + (Integer.MAX_VALUE - 8) + "], was " + observations);
      }
      this.observations = observations;
      return this;
    }

    /** Number of sources, at least 1; default 100. */
    Builder sources(int sources) {
      if (sources < 1) {
        throw new IllegalArgumentException("sources must be >= 1, was " + sources);
      }
      this.sources = sources;
      return this;
    }

    /** Number of items, at least 1; default observations / 10. */
    Builder items(int items) {
      if (items < 1) {
        throw new IllegalArgumentException("items must be >= 1, was " + items);
      }
      this.items = items;
      return this;
    }

    /** Possible values per item, at least 2; default 10. */
    Builder domain(int domain) {
      if (domain < 2) {
        throw new IllegalArgumentException("domain must be >= 2, was " + domain);
      }
      this.domain = domain;
      return this;
    }

    /** Range of the hidden accuracies, within [0, 1]; default [0.6, 0.95]. */
    Builder accuracy(double min, double max) {
      if (!(min >= 0.0 && min <= max && max <= 1.0)) {
        throw new IllegalArgumentException(
            "accuracy range must satisfy 0 <= min <= max <= 1, was [" + min + ", " + max + "]");
      }
      this.minAccuracy = min;
      this.maxAccuracy = max;
      return this;
    }

    /** Zipf exponent of source sizes, at least 0 (equal sizes); default 0. */
    Builder skew(double skew) {
      if (!(skew >= 0.0 && skew <= 10.0)) {
        throw new IllegalArgumentException("skew must be in [0, 10], was " + skew);
      }
      this.skew = skew;
      return this;
    }

    /** Seed of every random choice; default 1. */
    Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    SyntheticData build() {
      return new SyntheticData(this);
    }
  }

  /**
   * Writes a TSV: {@code --observations N --sources S --domain D --seed X --out FILE} and
   * optionally {@code --items I --skew Z --min-accuracy A --max-accuracy B}; {@code --out -} writes
   * to standard output.
   */
  public static void main(String[] args) throws IOException {
    Builder builder = builder();
    String out = null;
    double min = 0.6;
    double max = 0.95;
    for (int k = 0; k < args.length; k++) {
      String flag = args[k];
      if (k + 1 >= args.length) {
        throw new IllegalArgumentException("missing value after " + flag);
      }
      String value = args[++k];
      switch (flag) {
        case "--observations" -> builder.observations(Long.parseLong(value));
        case "--sources" -> builder.sources(Integer.parseInt(value));
        case "--items" -> builder.items(Integer.parseInt(value));
        case "--domain" -> builder.domain(Integer.parseInt(value));
        case "--skew" -> builder.skew(Double.parseDouble(value));
        case "--seed" -> builder.seed(Long.parseLong(value));
        case "--min-accuracy" -> min = Double.parseDouble(value);
        case "--max-accuracy" -> max = Double.parseDouble(value);
        case "--out" -> out = value;
        default -> throw new IllegalArgumentException("unknown option " + flag
            + "; known: --observations --sources --items --domain --skew --seed "
            + "--min-accuracy --max-accuracy --out");
      }
    }
    if (out == null) {
      throw new IllegalArgumentException("--out FILE (or -) is required");
    }
    SyntheticData data = builder.accuracy(min, max).build();
    long start = System.nanoTime();
    if (out.equals("-")) {
      data.writeTsv(System.out);
    } else {
      try (OutputStream stream = Files.newOutputStream(Path.of(out))) {
        data.writeTsv(stream);
      }
    }
    System.err.printf(Locale.ROOT, "%s written to %s in %.1f s%n", data, out,
        (System.nanoTime() - start) / 1e9);
  }
}
