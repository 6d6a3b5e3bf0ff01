package org.corroborate.impl.truth;

import java.util.SplittableRandom;
import org.corroborate.model.ObservationSet;
import org.corroborate.model.Value;

/**
 * Seeded data of the shape issue 18 compared us with DAFNA-EA on: source accuracies uniform in
 * {@code [minAccuracy, maxAccuracy]}, every source speaking on every item with probability {@code
 * coverage} (an item nobody covered gets one source drawn uniformly, so every item has at least
 * one), {@code domain} values per item of which one is true, a wrong source picking uniformly among
 * the others. Value labels are shuffled per item ({@code v0 .. v(domain-1)} in a random order), so
 * the true value is no particular spelling and a tie rule that favours a label gains nothing.
 */
record PeerShapeData(ObservationSet observations, String[] truth) {

  static PeerShapeData generate(long seed, int sources, int items, double coverage, int domain,
      double minAccuracy, double maxAccuracy) {
    return generate(seed, sources, items, coverage, domain, minAccuracy, maxAccuracy, true);
  }

  /** As above; {@code shuffle = false} makes {@code v0} every item's true value. */
  static PeerShapeData generate(long seed, int sources, int items, double coverage, int domain,
      double minAccuracy, double maxAccuracy, boolean shuffle) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] accuracy = new double[sources];
    String[] sourceIds = new String[sources];
    for (int s = 0; s < sources; s++) {
      accuracy[s] = minAccuracy + (maxAccuracy - minAccuracy) * random.nextDouble();
      sourceIds[s] = String.format(java.util.Locale.ROOT, "s%05d", s);
    }
    Value[] values = new Value[domain];
    for (int v = 0; v < domain; v++) {
      values[v] = Value.text("v" + v);
    }
    String[] truth = new String[items];
    int[] label = new int[domain];
    ObservationSet.Builder builder = ObservationSet.builder();
    for (int i = 0; i < items; i++) {
      String item = String.format(java.util.Locale.ROOT, "i%07d", i);
      for (int v = 0; v < domain; v++) {
        label[v] = v;
      }
      if (shuffle) {
        for (int v = domain - 1; v > 0; v--) {
          int j = random.nextInt(v + 1);
          int t = label[v];
          label[v] = label[j];
          label[j] = t;
        }
      }
      truth[i] = "v" + label[0];
      boolean covered = false;
      for (int s = 0; s < sources; s++) {
        if (random.nextDouble() < coverage) {
          covered = true;
          builder.add(sourceIds[s], item, values[label[said(random, accuracy[s], domain)]]);
        }
      }
      if (!covered) {
        int s = random.nextInt(sources);
        builder.add(sourceIds[s], item, values[label[said(random, accuracy[s], domain)]]);
      }
    }
    return new PeerShapeData(builder.build(), truth);
  }

  /** 0 (the true value's position) with the source's accuracy, else one of 1 .. domain - 1. */
  private static int said(SplittableRandom random, double accuracy, int domain) {
    return random.nextDouble() < accuracy ? 0 : 1 + random.nextInt(domain - 1);
  }

  /** The share of items whose chosen value is the true one. */
  double accuracy(org.corroborate.truth.TruthDiscoveryResult result) {
    int right = 0;
    for (org.corroborate.truth.ItemResult item : result.items()) {
      int i = Integer.parseInt(item.itemId().substring(1));
      if (item.chosen().canonical().equals(truth[i])) {
        right++;
      }
    }
    return right / (double) truth.length;
  }
}
