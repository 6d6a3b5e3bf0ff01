package org.corroborate.impl.verdict;

import org.corroborate.news.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.corroborate.Combination;
import org.corroborate.Explanation;

/**
 * A fitted verdict model: P(true) = 1 / (1 + exp(-z)), z = bias + Σ weight_i × feature_i over the
 * {@code VerdictFeatures}; the verdict is UNVERIFIED when the evidence is empty (no item that is
 * not a copy, or all weigh 0) or |P - 1/2| &le; band, else TRUE when P &gt; 1/2 and FALSE below.
 *
 * <p>Weights and band come from {@link VerdictTrainer} and live in a tab-separated file ({@link
 * #RESOURCE} for the shipped one): {@code #} comment lines, then {@code version 1}, {@code band
 * h}, {@code bias b} and one {@code weight NAME w} line per feature in the order of {@code
 * VerdictFeatures.NAMES}. Immutable and thread-safe.
 */
public final class VerdictModel {
  /** The version of the file format and feature set this class reads and writes. */
  public static final int VERSION = 1;

  /** The shipped model, on the class path of this package. */
  public static final String RESOURCE = "model.tsv";

  /** The stance each of the first three features counts, in the order of the features. */
  private static final Evidence.Stance[] STANCE_OF_COUNT = {
    Evidence.Stance.FOR, Evidence.Stance.AGAINST, Evidence.Stance.OBSERVING};

  private final double bias;
  private final double[] weights;
  private final double band;
  private final String comment;

  VerdictModel(double bias, double[] weights, double band, String comment) {
    if (weights.length != VerdictFeatures.NAMES.size()) {
      throw new IllegalArgumentException("expected " + VerdictFeatures.NAMES.size()
          + " weights, got " + weights.length);
    }
    if (!Double.isFinite(bias)) {
      throw new IllegalArgumentException("bias must be finite, was " + bias);
    }
    for (int i = 0; i < weights.length; i++) {
      if (!Double.isFinite(weights[i])) {
        throw new IllegalArgumentException(
            "weight " + VerdictFeatures.NAMES.get(i) + " must be finite, was " + weights[i]);
      }
    }
    if (!(band >= 0.0 && band < 0.5)) {
      throw new IllegalArgumentException("band must be in [0, 0.5), was " + band);
    }
    if (comment.contains("\n") || comment.contains("\r")) {
      throw new IllegalArgumentException("comment must be one line, was '" + comment + "'");
    }
    this.bias = bias;
    this.weights = weights.clone();
    this.band = band;
    this.comment = comment;
  }

  private static final class Shipped {
    static final VerdictModel MODEL = load();

    private static VerdictModel load() {
      try (InputStream in = VerdictModel.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("verdict model resource "
              + "org/corroborate/impl/verdict/" + RESOURCE + " is missing");
        }
        return read(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read verdict model " + RESOURCE, e);
      }
    }
  }

  /**
   * The shipped model ({@link #RESOURCE}), read once.
   *
   * @throws IllegalArgumentException if the resource is malformed, naming its line and field
   */
  public static VerdictModel shipped() {
    return Shipped.MODEL;
  }

  /** The half-width of the band around 1/2 in which the verdict is UNVERIFIED. */
  public double band() {
    return band;
  }

  /** The bias (intercept) of the logistic model. */
  public double bias() {
    return bias;
  }

  /** The feature weights, in the order of the feature names. */
  public List<Double> weights() {
    List<Double> out = new ArrayList<>(weights.length);
    for (double w : weights) {
      out.add(w);
    }
    return List.copyOf(out);
  }

  /**
   * Judges a proposition from its evidence.
   *
   * @return the verdict, the probability that it is true (finite, in [0, 1]) and its explanation:
   *     the bias and each weighted feature, the three counts with one leaf per item (its name,
   *     outlet, stance and weight; a copy weighs 0)
   */
  public VerdictResult judge(Evidence evidence) {
    VerdictFeatures.Counts counts = VerdictFeatures.counts(Objects.requireNonNull(evidence));
    double[] x = VerdictFeatures.of(counts);
    List<Explanation> terms = new ArrayList<>();
    terms.add(Explanation.leaf(bias, "bias"));
    List<List<Explanation>> itemsByStance = new ArrayList<>();
    for (int s = 0; s < Evidence.Stance.values().length; s++) {
      itemsByStance.add(new ArrayList<>());
    }
    List<Evidence.Item> items = evidence.items();
    for (int n = 0; n < items.size(); n++) {
      Evidence.Item item = items.get(n);
      itemsByStance.get(item.stance().ordinal())
          .add(Explanation.leaf(item.weight(), item.describe(n + 1)));
    }
    for (int i = 0; i < x.length; i++) {
      String name = VerdictFeatures.NAMES.get(i);
      Explanation feature = i < 3
          ? Explanation.of(x[i], VerdictFeatures.describe(i, counts), Combination.FORMULA,
              List.of(Explanation.sum(countName(STANCE_OF_COUNT[i])
                  + " = sum of the weights of the items " + STANCE_OF_COUNT[i],
                  itemsByStance.get(STANCE_OF_COUNT[i].ordinal()))))
          : Explanation.leaf(x[i], VerdictFeatures.describe(i, counts));
      terms.add(Explanation.product("weight x " + name, List.of(
          Explanation.leaf(weights[i], "weight of " + name), feature)));
    }
    Explanation z = Explanation.sum("z = bias + sum of weight x feature", terms);
    double p = probability(z.value());
    boolean thin = counts.empty();
    Verdict verdict = thin ? Verdict.UNVERIFIED : verdict(p);
    String rule = thin ? "no independent evidence"
        : "band |P - 0.5| <= " + VerdictFeatures.num(band);
    Explanation root = Explanation.of(p, "P(true) = 1 / (1 + exp(-z)); verdict " + verdict
        + " (" + rule + ")", Combination.FORMULA, List.of(z));
    return new VerdictResult(verdict, p, root, counts.forCount(), counts.against(),
        counts.observing(), counts.independent());
  }

  /** A count's name as the feature descriptions write it: "for", "against", "observing". */
  private static String countName(Evidence.Stance stance) {
    return stance.name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The probability for a feature vector: 1 / (1 + exp(-z)), finite and in [0, 1]. */
  double probability(double[] features) {
    double z = bias;
    for (int i = 0; i < features.length; i++) {
      z += weights[i] * features[i];
    }
    return probability(z);
  }

  private static double probability(double z) {
    return 1.0 / (1.0 + StrictMath.exp(-z));
  }

  /** The verdict of a probability for evidence that is not empty. */
  Verdict verdict(double p) {
    return Math.abs(p - 0.5) <= band ? Verdict.UNVERIFIED : p > 0.5 ? Verdict.TRUE : Verdict.FALSE;
  }

  /** Returns the model in its file format; {@link #read} gives back an equal model. */
  public String toTsv() {
    StringBuilder out = new StringBuilder();
    out.append("# Corroborate verdict model: P(true) = 1 / (1 + exp(-(bias + sum weight x"
        + " feature))); written by VerdictTrainer\n");
    if (!comment.isEmpty()) {
      out.append("# ").append(comment).append('\n');
    }
    out.append("version\t").append(VERSION).append('\n');
    out.append("band\t").append(band).append('\n');
    out.append("bias\t").append(bias).append('\n');
    for (int i = 0; i < weights.length; i++) {
      out.append("weight\t").append(VerdictFeatures.NAMES.get(i)).append('\t').append(weights[i])
          .append('\n');
    }
    return out.toString();
  }

  /**
   * Reads a model in the format of {@link #toTsv()}.
   *
   * @param text the file's content
   * @param file names the file in error messages
   * @throws IllegalArgumentException naming the file, line and field of the first error
   */
  public static VerdictModel read(String text, String file) {
    String[] lines = text.split("\r?\n", -1);
    Double band = null;
    Double bias = null;
    boolean version = false;
    double[] weights = new double[VerdictFeatures.NAMES.size()];
    int nextWeight = 0;
    String comment = "";
    for (int n = 1; n <= lines.length; n++) {
      String line = lines[n - 1];
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("#")) {
        if (n == 2) {
          comment = line.substring(1).strip();
        }
        continue;
      }
      String[] f = line.split("\t", -1);
      String where = file + " line " + n;
      switch (f[0]) {
        case "version" -> {
          fields(f, 2, where);
          if (!f[1].equals(Integer.toString(VERSION))) {
            throw new IllegalArgumentException(where + " field version: expected " + VERSION
                + ", found '" + f[1] + "'");
          }
          version = true;
        }
        case "band" -> {
          fields(f, 2, where);
          band = number(f[1], where, "band");
          if (!(band >= 0.0 && band < 0.5)) {
            throw new IllegalArgumentException(where + " field band: must be in [0, 0.5), was "
                + f[1]);
          }
        }
        case "bias" -> {
          fields(f, 2, where);
          bias = number(f[1], where, "bias");
        }
        case "weight" -> {
          fields(f, 3, where);
          if (nextWeight >= weights.length
              || !f[1].equals(VerdictFeatures.NAMES.get(nextWeight))) {
            throw new IllegalArgumentException(where + " field feature: expected "
                + (nextWeight < weights.length ? "'" + VerdictFeatures.NAMES.get(nextWeight) + "'"
                    : "no more features") + ", found '" + f[1] + "'");
          }
          weights[nextWeight++] = number(f[2], where, "weight of " + f[1]);
        }
        default -> throw new IllegalArgumentException(where + " field key: expected version,"
            + " band, bias or weight, found '" + f[0] + "'");
      }
      if (!version) {
        throw new IllegalArgumentException(where + " field version: the first line that is no"
            + " comment must be 'version\t" + VERSION + "'");
      }
    }
    if (!version || band == null || bias == null || nextWeight < weights.length) {
      List<String> missing = new ArrayList<>();
      if (!version) {
        missing.add("version");
      }
      if (band == null) {
        missing.add("band");
      }
      if (bias == null) {
        missing.add("bias");
      }
      for (int i = nextWeight; i < weights.length; i++) {
        missing.add("weight " + VerdictFeatures.NAMES.get(i));
      }
      throw new IllegalArgumentException(file + ": missing " + String.join(", ", missing));
    }
    return new VerdictModel(bias, weights, band, comment);
  }

  private static void fields(String[] f, int expected, String where) {
    if (f.length != expected) {
      throw new IllegalArgumentException(where + " field " + f[0] + ": expected " + expected
          + " tab-separated fields, found " + f.length);
    }
  }

  private static double number(String s, String where, String field) {
    double v;
    try {
      v = Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(where + " field " + field + ": not a number: '" + s
          + "'", e);
    }
    if (!Double.isFinite(v) || !s.equals(s.strip())) {
      throw new IllegalArgumentException(where + " field " + field + ": not a finite number: '"
          + s + "'");
    }
    return v;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof VerdictModel that && Double.compare(bias, that.bias) == 0
        && Arrays.equals(weights, that.weights) && Double.compare(band, that.band) == 0
        && comment.equals(that.comment);
  }

  @Override
  public int hashCode() {
    return Objects.hash(bias, Arrays.hashCode(weights), band, comment);
  }

  @Override
  public String toString() {
    return toTsv();
  }
}
