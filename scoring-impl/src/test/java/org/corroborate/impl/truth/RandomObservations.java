package org.corroborate.impl.truth;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.corroborate.model.Observation;
import org.corroborate.model.Value;

/**
 * Seeded random observation sets biased towards the edge cases: items with one source, sources
 * with one claim, unanimous items, items where every value differs, heavy sources.
 */
final class RandomObservations {
  private RandomObservations() {}

  static List<Observation> generate(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int sources = 1 + random.nextInt(12);
    int items = 1 + random.nextInt(25);
    List<Observation> out = new ArrayList<>();
    for (int i = 0; i < items; i++) {
      int shape = random.nextInt(5);
      int domain = shape == 0 ? 1 : (shape == 1 ? 50 : 1 + random.nextInt(4));
      boolean covered = false;
      for (int s = 0; s < sources; s++) {
        double coverage = shape == 2 ? 0.15 : 0.6;
        if (random.nextDouble() < coverage || (!covered && s == sources - 1)) {
          covered = true;
          int value = shape == 1 ? s : random.nextInt(domain);
          out.add(new Observation("s" + s, "item" + i, Value.text("v" + value)));
        }
      }
    }
    return out;
  }

  /**
   * Source {@code s} gives the true value with probability accuracy[s], else one of the four
   * others. Labels are rotated per item so that no spelling is always the truth (a tie rule that
   * favoured a label would gain nothing): item {@code i}'s true value is {@link #truth}{@code (i)},
   * {@code v(i mod 5)}, and its false values are the other four labels.
   */
  static List<Observation> withHiddenAccuracy(long seed, double[] accuracy, int items) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Observation> out = new ArrayList<>();
    for (int i = 0; i < items; i++) {
      for (int s = 0; s < accuracy.length; s++) {
        if (random.nextDouble() < 0.4) {
          int value = random.nextDouble() < accuracy[s] ? 0 : 1 + random.nextInt(4);
          out.add(new Observation("s" + s, "item" + i, Value.text("v" + (value + i) % 5)));
        }
      }
    }
    return out;
  }

  /**
   * {@code observations} and, on about every third of them, a second value from the same source
   * for the same item, a value nobody else gives: a graph where some sources give an item two
   * values, when kept by {@code DuplicatePolicy.ALL}.
   */
  static List<Observation> withSecondValues(List<Observation> observations, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Observation> out = new ArrayList<>(observations);
    for (Observation o : observations) {
      if (random.nextInt(3) == 0) {
        out.add(new Observation(o.sourceId(), o.itemId(), Value.text("second-" + o.sourceId())));
      }
    }
    return out;
  }

  /** The true value of item {@code "item" + i} in {@link #withHiddenAccuracy}. */
  static String truth(String itemId) {
    return "v" + Integer.parseInt(itemId.substring("item".length())) % 5;
  }
}
