package org.corroborate.truth;

import java.util.List;
import java.util.Objects;
import org.corroborate.Explanation;
import org.corroborate.model.Value;

/**
 * What an algorithm concludes about one item: the value or values it chooses, and the confidence of
 * every value claimed.
 */
public final class ItemResult {
  private final String itemId;
  private final List<Value> chosen;
  private final List<ValueConfidence> values;

  private ItemResult(String itemId, List<Value> chosen, List<ValueConfidence> values) {
    this.itemId = Objects.requireNonNull(itemId, "itemId");
    this.chosen = List.copyOf(chosen);
    this.values = List.copyOf(values);
    if (this.values.isEmpty()) {
      throw new IllegalArgumentException("item " + itemId + " has no values");
    }
    if (this.chosen.isEmpty()) {
      throw new IllegalArgumentException("item " + itemId + " has no chosen value");
    }
  }

  /**
   * Returns an item's result.
   *
   * @param chosen the values chosen as true, most confident first; at least one
   * @param values every value claimed, most confident first; the service orders ties by the number
   *     of sources, then by their summed trust, then by a hash of (item id, value) seeded with
   *     {@link TruthDiscoveryConfig#seed()}, never by the value's spelling
   */
  public static ItemResult of(String itemId, List<Value> chosen, List<ValueConfidence> values) {
    return new ItemResult(itemId, chosen, values);
  }

  /** The item's id. */
  public String itemId() {
    return itemId;
  }

  /** The chosen value: the first of {@link #chosenValues()}. */
  public Value chosen() {
    return chosen.get(0);
  }

  /** The values chosen as true: one for single-truth algorithms, possibly several otherwise. */
  public List<Value> chosenValues() {
    return chosen;
  }

  /** The confidence of the chosen value, in [0, 1]. */
  public double confidence() {
    return values.get(0).confidence();
  }

  /** Every value claimed for the item, most confident first. */
  public List<ValueConfidence> values() {
    return values;
  }

  /** The explanation of the chosen value's confidence. */
  public Explanation explanation() {
    return values.get(0).explanation();
  }

  @Override
  public String toString() {
    return itemId + " -> " + chosen;
  }
}
