package org.corroborate.impl.stance;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.corroborate.Combination;
import org.corroborate.Explanation;
import org.corroborate.impl.lang.Language;

/**
 * Decides the stance of a document toward a claim (agree, disagree, discuss, unrelated) from
 * named heuristic features ({@link StanceFeatures}: word and word-pair overlap, refuting, hedging
 * and confirming cues near the claim's words, negation, numbers, and the register of short
 * documents such as headlines: deny, reporting and question cues) weighed by a two-stage logistic
 * model: P(related), then P(agree | related), P(disagree | related), P(discuss | related). The
 * probability of a related stance is {@code P(related) * P(stance | related)}; of UNRELATED, {@code
 * 1 - P(related)}. Every result explains its probability down to each feature's contribution.
 *
 * <p>Documents may be article bodies (FNC-1: the claim is a headline) or headlines and other short
 * texts (Emergent: the claim is a claim's headline, the document an article's headline; for,
 * against, observing are AGREE, DISAGREE, DISCUSS). For a document known to be about the claim,
 * {@link StanceResult#relatedLabel()} leaves UNRELATED out.
 *
 * <p>The shipped weights ({@code stance-model.json}, version 2) were
 * fitted by {@link #fit(List, String)} on the training part (80%, split by body, {@link BodySplit})
 * of the FNC-1 training set together with the article headlines of emergent-train, each counted 3
 * times; {@code docs/accuracy.md} gives the command ({@code corroborate stance --fit FILE
 * --emergent DIR}) that reproduces them byte for byte. Word weights (inverse document
 * frequencies) come from the documents of each batch, so no vocabulary ships with the library.
 *
 * <p>Immutable and thread-safe.
 */
public final class StanceClassifier {
  private static final String MODEL = "stance-model.json";

  private final StanceFeatures features;
  private final StanceModel model;

  private StanceClassifier(StanceFeatures features, StanceModel model) {
    this.features = features;
    this.model = model;
  }

  /** The classifier with the shipped cues and weights. */
  public static StanceClassifier defaults() {
    try (InputStream in = StanceClassifier.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/corroborate/impl/stance/" + MODEL);
      }
      return new StanceClassifier(defaultFeatures(), StanceModel.read(in, MODEL));
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The classifier with the shipped cues and the weights in {@code json} (as {@link #fit} writes). */
  public static StanceClassifier withModel(InputStream json, String where) {
    return new StanceClassifier(defaultFeatures(), StanceModel.read(json, where));
  }

  private static StanceFeatures defaultFeatures() {
    return new StanceFeatures(Language.english());
  }

  /** A set of documents analysed once, against which claims are classified. Immutable. */
  public final class Batch {
    private final Map<String, StanceFeatures.Body> bodies;
    private final Map<String, Double> idf;

    private Batch(Map<String, String> documents) {
      Map<String, StanceFeatures.Body> analysed = new LinkedHashMap<>();
      documents.forEach((id, text) -> analysed.put(id, features.body(text)));
      this.bodies = analysed;
      this.idf = StanceFeatures.idf(new ArrayList<>(analysed.values()));
    }

    /**
     * The stance of document {@code documentId} toward {@code claim}.
     *
     * @throws IllegalArgumentException if the batch holds no such document
     */
    public StanceResult classify(String claim, String documentId) {
      StanceFeatures.Body body = bodies.get(documentId);
      if (body == null) {
        throw new IllegalArgumentException("no document with id '" + documentId + "' in the batch");
      }
      return result(features.of(Objects.requireNonNull(claim, "claim"), body, idf));
    }

    double[] features(String claim, String documentId) {
      return features.of(claim, bodies.get(documentId), idf);
    }
  }

  /** Analyses {@code documents} (id to text) once, for classifying many claims against them. */
  public Batch batch(Map<String, String> documents) {
    return new Batch(Map.copyOf(documents));
  }

  /** The stance of {@code document} toward {@code claim}, the document forming its own batch. */
  public StanceResult classify(String claim, String document) {
    return batch(Map.of("document", document)).classify(claim, "document");
  }

  StanceResult result(double[] x) {
    double[] z = model.standardise(x);
    Explanation relatedScore = linear("related score s_r", model.related, z, x);
    double pRelated = 1 / (1 + StrictMath.exp(-relatedScore.value()));
    Explanation related = Explanation.of(pRelated, "P(related) = 1 / (1 + exp(-s_r))",
        Combination.FORMULA, List.of(relatedScore));
    Explanation[] scores = new Explanation[3];
    double max = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < 3; k++) {
      scores[k] = linear("score s_" + Stance.values()[k].label(), model.stance[k], z, x);
      max = Math.max(max, scores[k].value());
    }
    double sum = 0;
    for (Explanation s : scores) {
      sum += StrictMath.exp(s.value() - max);
    }
    Map<Stance, Double> probabilities = new EnumMap<>(Stance.class);
    Map<Stance, Explanation> explanations = new EnumMap<>(Stance.class);
    for (int k = 0; k < 3; k++) {
      Stance s = Stance.values()[k];
      double conditional = StrictMath.exp(scores[k].value() - max) / sum;
      Explanation given = Explanation.of(conditional,
          "P(" + s.label() + " | related) = softmax of s_agree, s_disagree, s_discuss",
          Combination.FORMULA, List.of(scores[0], scores[1], scores[2]));
      Explanation p = Explanation.product(
          "P(" + s.label() + ") = P(related) * P(" + s.label() + " | related)",
          List.of(related, given));
      probabilities.put(s, p.value());
      explanations.put(s, p);
    }
    Explanation unrelated = Explanation.of(1 - pRelated, "P(unrelated) = 1 - P(related)",
        Combination.FORMULA, List.of(related));
    probabilities.put(Stance.UNRELATED, unrelated.value());
    explanations.put(Stance.UNRELATED, unrelated);
    Stance best = Stance.UNRELATED;
    for (Stance s : Stance.values()) {
      if (probabilities.get(s) > probabilities.get(best)) {
        best = s;
      }
    }
    return new StanceResult(best, probabilities, explanations.get(best));
  }

  private static Explanation linear(String name, StanceModel.Linear l, double[] z, double[] x) {
    List<Explanation> terms = new ArrayList<>();
    terms.add(Explanation.leaf(l.bias(), "bias"));
    for (int i = 0; i < z.length; i++) {
      terms.add(Explanation.product(StanceFeatures.NAMES.get(i) + " = "
          + String.format(Locale.ROOT, "%.4f", x[i]) + " (standardised)",
          List.of(Explanation.leaf(l.weights()[i], "weight"),
              Explanation.leaf(z[i], "standardised value"))));
    }
    return Explanation.sum(name + " = bias + sum of weight * standardised feature", terms);
  }

  /**
   * A labelled (claim, document) pair for {@link #fit}.
   *
   * @param claim the claim (an FNC-1 headline, an Emergent claim's headline)
   * @param documentId the id of the document in the documents passed to {@code fit}
   * @param stance the gold stance
   */
  public record Example(String claim, String documentId, Stance stance) {
    /** Checks every component is present. */
    public Example {
      Objects.requireNonNull(claim, "claim");
      Objects.requireNonNull(documentId, "documentId");
      Objects.requireNonNull(stance, "stance");
    }
  }

  /**
   * Fits the two-stage model on labelled examples and returns its JSON, to load with {@link
   * #withModel}. Deterministic: full-batch gradient descent from zero weights, a fixed number of
   * steps, L2 penalty; the stance stage weighs each class by the inverse of its frequency so that
   * the rare DISAGREE is not ignored.
   *
   * @param documents the documents the examples refer to, by id
   * @param provenance a sentence saying what data and split produced the weights
   */
  public static String fit(Map<String, String> documents, List<Example> examples, String provenance) {
    return fit(List.of(new TrainingSet(documents, examples, 1.0)), provenance);
  }

  /**
   * Labelled examples over their own documents, weighed as one corpus in a joint {@link
   * #fit(List, String)}: word weights (inverse document frequencies) come from these documents
   * alone, as when they are classified together.
   *
   * @param documents the documents the examples refer to, by id
   * @param examples the labelled pairs
   * @param weight how much each example counts in the fit (1 for an ordinary example); positive
   */
  public record TrainingSet(Map<String, String> documents, List<Example> examples, double weight) {
    /** Copies the documents and examples; checks the weight is positive and finite. */
    public TrainingSet {
      documents = Map.copyOf(documents);
      examples = List.copyOf(examples);
      if (!(weight > 0) || !Double.isFinite(weight)) {
        throw new IllegalArgumentException("weight: must be positive and finite, was " + weight);
      }
    }
  }

  /**
   * Fits the two-stage model on several corpora at once (for instance FNC-1's headline-body pairs
   * and Emergent's claim-headline pairs) and returns its JSON; each corpus's features use its own
   * documents' word weights, and its examples count {@code weight} times. Deterministic, as {@link
   * #fit(Map, List, String)}.
   */
  public static String fit(List<TrainingSet> sets, String provenance) {
    Rows rows = new Rows();
    for (TrainingSet set : sets) {
      rows.add(set);
    }
    return rows.fit(provenance).toJson();
  }

  /**
   * Cross-validated predictions on {@code folded}: its examples are dealt into {@code folds} folds
   * by {@code Math.floorMod(groups.get(i).hashCode(), folds)} ({@link String#hashCode()} is
   * specified, so the folds are the same on every machine), and each fold is classified by a model
   * fitted on {@code fixed} plus the other folds only, as one batch of the fold's documents.
   * Features of {@code fixed} are computed once.
   *
   * @param groups one key per example of {@code folded} (e.g. its claim id): examples with the same
   *     key are in the same fold
   * @return the results for the examples of {@code folded}, in their order
   */
  public static List<StanceResult> crossValidate(TrainingSet fixed, TrainingSet folded,
      List<String> groups, int folds) {
    if (groups.size() != folded.examples().size()) {
      throw new IllegalArgumentException("groups: need one per example (" + folded.examples().size()
          + "), were " + groups.size());
    }
    if (folds < 2) {
      throw new IllegalArgumentException("folds: must be at least 2, was " + folds);
    }
    Rows base = new Rows();
    base.add(fixed);
    StanceResult[] out = new StanceResult[groups.size()];
    // the folds are independent: fitted side by side, each writing only its own examples' results
    java.util.stream.IntStream.range(0, folds).parallel().forEach(f -> {
      List<Example> train = new ArrayList<>();
      List<Integer> test = new ArrayList<>();
      for (int i = 0; i < groups.size(); i++) {
        if (Math.floorMod(groups.get(i).hashCode(), folds) == f) {
          test.add(i);
        } else {
          train.add(folded.examples().get(i));
        }
      }
      if (test.isEmpty()) {
        return;
      }
      Rows rows = base.copy();
      rows.add(folded, train);
      StanceClassifier classifier = new StanceClassifier(defaultFeatures(),
          rows.fit("fold " + f + " of " + folds));
      Map<String, String> documents = new LinkedHashMap<>();
      for (int i : test) {
        String id = folded.examples().get(i).documentId();
        documents.put(id, document(folded, id));
      }
      Batch batch = classifier.new Batch(documents);
      for (int i : test) {
        Example e = folded.examples().get(i);
        out[i] = batch.classify(e.claim(), e.documentId());
      }
    });
    List<StanceResult> results = new ArrayList<>();
    for (StanceResult r : out) {
      results.add(Objects.requireNonNull(r));
    }
    return List.copyOf(results);
  }

  private static String document(TrainingSet set, String id) {
    String text = set.documents().get(id);
    if (text == null) {
      throw new IllegalArgumentException("no document with id '" + id + "' among the documents");
    }
    return text;
  }

  /** Feature rows, their gold stances and weights, gathered from training sets for one fit. */
  private static final class Rows {
    final List<double[]> x = new ArrayList<>();
    final List<Integer> y = new ArrayList<>();
    final List<Double> weight = new ArrayList<>();

    /** Adds all of {@code set}, its features over all its documents. */
    void add(TrainingSet set) {
      add(set, set.examples(), set.documents());
    }

    /** Adds some of {@code set}'s examples, their features over the documents they refer to. */
    void add(TrainingSet set, List<Example> examples) {
      Map<String, String> documents = new LinkedHashMap<>();
      for (Example e : examples) {
        documents.put(e.documentId(), document(set, e.documentId()));
      }
      add(set, examples, documents);
    }

    private void add(TrainingSet set, List<Example> examples, Map<String, String> documents) {
      StanceClassifier shape = new StanceClassifier(defaultFeatures(), null);
      Batch batch = shape.new Batch(documents);
      for (Example e : examples) {
        x.add(batch.features(e.claim(), e.documentId()));
        y.add(e.stance().ordinal());
        weight.add(set.weight());
      }
    }

    Rows copy() {
      Rows r = new Rows();
      r.x.addAll(x);
      r.y.addAll(y);
      r.weight.addAll(weight);
      return r;
    }

    StanceModel fit(String provenance) {
      int n = x.size();
      int[] labels = new int[n];
      double[] w = new double[n];
      for (int i = 0; i < n; i++) {
        labels[i] = y.get(i);
        w[i] = weight.get(i);
      }
      return StanceTrainer.fit(x.toArray(new double[0][]), labels, w, provenance);
    }
  }
}
