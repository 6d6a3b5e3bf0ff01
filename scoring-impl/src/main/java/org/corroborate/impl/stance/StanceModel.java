package org.corroborate.impl.stance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The weights of the two-stage stance model over {@link StanceFeatures}: a logistic regression
 * for "related" (any stance but UNRELATED) and a multinomial logistic regression for AGREE,
 * DISAGREE and DISCUSS among related pairs. Features are standardised with the stored mean and
 * scale before the weights apply. Immutable.
 *
 * <p>JSON form: {@code {"version": 2, "provenance": "...", "features": [names], "mean": [..],
 * "scale": [..], "related": {"bias": b, "weights": [..]}, "agree": {..}, "disagree": {..},
 * "discuss": {..}}}; the version must be {@link #VERSION} and the feature names those of {@link
 * StanceFeatures#NAMES}, in order.
 */
final class StanceModel {
  /**
   * The format and feature-set version written and accepted: 1 was the 25 features for bodies
   * (fitted on FNC-1 alone, no version field), 2 adds the features of short documents.
   */
  static final int VERSION = 2;

  /** Weights of one linear score. */
  record Linear(double bias, double[] weights) {
    Linear {
      weights = weights.clone();
    }

    double score(double[] z) {
      double s = bias;
      for (int i = 0; i < z.length; i++) {
        s += weights[i] * z[i];
      }
      return s;
    }
  }

  final double[] mean;
  final double[] scale;
  final Linear related;
  final Linear[] stance; // AGREE, DISAGREE, DISCUSS
  final String provenance;

  StanceModel(double[] mean, double[] scale, Linear related, Linear[] stance, String provenance) {
    int n = StanceFeatures.NAMES.size();
    if (mean.length != n || scale.length != n || related.weights().length != n
        || stance.length != 3) {
      throw new IllegalArgumentException("a stance model needs " + n + " weights per score");
    }
    for (Linear l : stance) {
      if (l.weights().length != n) {
        throw new IllegalArgumentException("a stance model needs " + n + " weights per score");
      }
    }
    this.mean = mean.clone();
    this.scale = scale.clone();
    this.related = related;
    this.stance = stance.clone();
    this.provenance = Objects.requireNonNull(provenance, "provenance");
  }

  double[] standardise(double[] x) {
    double[] z = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      z[i] = (x[i] - mean[i]) / scale[i];
    }
    return z;
  }

  static StanceModel read(InputStream in, String where) {
    try {
      JsonNode root = new ObjectMapper().readTree(in);
      if (root == null || !root.isObject()) {
        throw new IllegalArgumentException(where + ": must be a JSON object");
      }
      JsonNode version = root.get("version");
      if (version == null || !version.isInt() || version.intValue() != VERSION) {
        throw new IllegalArgumentException(where + ".version: must be " + VERSION
            + " (the stance features of this library), was " + version);
      }
      List<String> names = new ArrayList<>();
      root.get("features").forEach(n -> names.add(n.asText()));
      if (!names.equals(StanceFeatures.NAMES)) {
        throw new IllegalArgumentException(where + ": features must be " + StanceFeatures.NAMES
            + ", were " + names);
      }
      return new StanceModel(array(root.get("mean"), where + ".mean"),
          array(root.get("scale"), where + ".scale"), linear(root.get("related"), where + ".related"),
          new Linear[] {linear(root.get("agree"), where + ".agree"),
              linear(root.get("disagree"), where + ".disagree"),
              linear(root.get("discuss"), where + ".discuss")},
          root.path("provenance").asText(""));
    } catch (IOException e) {
      throw new UncheckedIOException(where + ": cannot be read", e);
    } catch (NullPointerException e) {
      throw new IllegalArgumentException(where + ": a field is missing", e);
    }
  }

  private static Linear linear(JsonNode node, String where) {
    return new Linear(number(node.get("bias"), where + ".bias"), array(node.get("weights"),
        where + ".weights"));
  }

  private static double[] array(JsonNode node, String where) {
    if (node == null || !node.isArray()) {
      throw new IllegalArgumentException(where + ": must be an array of numbers");
    }
    double[] out = new double[node.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = number(node.get(i), where + "[" + i + "]");
    }
    return out;
  }

  private static double number(JsonNode node, String where) {
    if (node == null || !node.isNumber() || !Double.isFinite(node.doubleValue())) {
      throw new IllegalArgumentException(where + ": must be a finite number");
    }
    return node.doubleValue();
  }

  String toJson() {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("version", VERSION);
    root.put("provenance", provenance);
    ArrayNode names = root.putArray("features");
    StanceFeatures.NAMES.forEach(names::add);
    put(root.putArray("mean"), mean);
    put(root.putArray("scale"), scale);
    linear(root.putObject("related"), related);
    linear(root.putObject("agree"), stance[0]);
    linear(root.putObject("disagree"), stance[1]);
    linear(root.putObject("discuss"), stance[2]);
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void linear(ObjectNode node, Linear l) {
    node.put("bias", round(l.bias()));
    put(node.putArray("weights"), l.weights());
  }

  private static void put(ArrayNode array, double[] values) {
    for (double v : values) {
      array.add(round(v));
    }
  }

  private static double round(double v) {
    return Math.rint(v * 1e6) / 1e6;
  }
}
