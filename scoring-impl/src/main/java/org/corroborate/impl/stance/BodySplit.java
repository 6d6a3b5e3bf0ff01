package org.corroborate.impl.stance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * The body-disjoint 80/20 split of FNC-1 that the shipped stance weights and the accuracy floors
 * use: the body ids are sorted (as strings), shuffled by Fisher-Yates with {@code
 * SplittableRandom(}{@link #SEED}{@code )}, and the first fifth is held back.
 */
public final class BodySplit {
  /** Seed of the shuffle. */
  public static final long SEED = 20_170_601L;

  private BodySplit() {}

  /** The body ids held back: 20% of the distinct ids (rounded down). */
  public static Set<String> holdout(Set<String> bodyIds) {
    List<String> ids = new ArrayList<>(new TreeSet<>(bodyIds));
    SplittableRandom random = new SplittableRandom(SEED);
    for (int i = ids.size() - 1; i > 0; i--) {
      Collections.swap(ids, i, random.nextInt(i + 1));
    }
    return Set.copyOf(ids.subList(0, ids.size() / 5));
  }
}
