package org.corroborate.impl.stance;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.corroborate.Explanation;

/**
 * The stance found for one (claim, document) pair: the label, a probability for each of the four
 * stances (they sum to 1), and the explanation of the chosen label's probability. Immutable.
 */
public final class StanceResult {
  private final Stance label;
  private final Map<Stance, Double> scores;
  private final Explanation explanation;

  StanceResult(Stance label, Map<Stance, Double> scores, Explanation explanation) {
    this.label = Objects.requireNonNull(label, "label");
    EnumMap<Stance, Double> copy = new EnumMap<>(Stance.class);
    copy.putAll(scores);
    for (Stance s : Stance.values()) {
      double v = copy.getOrDefault(s, Double.NaN);
      if (!(v >= 0 && v <= 1)) {
        throw new IllegalArgumentException("score of " + s + " must be in [0, 1], was " + v);
      }
    }
    this.scores = java.util.Collections.unmodifiableMap(copy);
    this.explanation = Objects.requireNonNull(explanation, "explanation");
    if (explanation.value() != copy.get(label)) {
      throw new IllegalArgumentException("explanation " + explanation.value()
          + " differs from the score " + copy.get(label) + " of " + label);
    }
  }

  /** The most probable stance. */
  public Stance label() {
    return label;
  }

  /**
   * The most probable of AGREE, DISAGREE and DISCUSS, for a document known to be about the claim
   * (a headline gathered for it): the label with UNRELATED left out; on a tie the earlier in enum
   * order.
   */
  public Stance relatedLabel() {
    Stance best = Stance.AGREE;
    for (Stance s : new Stance[] {Stance.DISAGREE, Stance.DISCUSS}) {
      if (scores.get(s) > scores.get(best)) {
        best = s;
      }
    }
    return best;
  }

  /** The probability of each stance, in enum order; they sum to 1. */
  public Map<Stance, Double> scores() {
    return scores;
  }

  /** The probability of the chosen stance: {@code scores().get(label())}. */
  public double score() {
    return scores.get(label);
  }

  /** How {@link #score()} was computed; its value equals the score. */
  public Explanation explanation() {
    return explanation;
  }

  @Override
  public String toString() {
    return label.label() + " " + score();
  }
}
