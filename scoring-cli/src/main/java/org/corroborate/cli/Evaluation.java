package org.corroborate.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corroborate.model.Value;
import org.corroborate.truth.ItemResult;
import org.corroborate.truth.TruthDiscoveryResult;
import org.corroborate.truth.ValueSimilarity;

/**
 * Accuracy of a truth-discovery result against gold values.
 *
 * <p><b>Scoring rule.</b> Only gold items present in the result count. An item is correct when its
 * chosen value (the first chosen, {@link ItemResult#chosen()}) {@link ValueSimilarity#matches
 * matches} one of the item's gold values. A gold item id matches a data item id when they are
 * equal; failing that, when one is a valid ISBN-10 and the other its ISBN-13 form ({@code 978}
 * prefix, check digit recomputed), see {@link Isbn}. Gold items absent from the data are listed,
 * not counted.
 *
 * @param correct how many gold items present in the data got a correct value
 * @param total how many gold items are present in the data
 * @param missing the gold item ids absent from the data, in id order
 */
record Evaluation(int correct, int total, List<String> missing) {

  /** Copies the list of missing ids. */
  Evaluation {
    missing = List.copyOf(missing);
  }

  /** Evaluates {@code result} against {@code gold} with {@code similarity}. */
  static Evaluation of(
      TruthDiscoveryResult result, Map<String, List<Value>> gold, ValueSimilarity similarity) {
    int correct = 0;
    int total = 0;
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, List<Value>> entry : gold.entrySet()) {
      Optional<ItemResult> item = find(result, entry.getKey());
      if (item.isEmpty()) {
        missing.add(entry.getKey());
        continue;
      }
      total++;
      Value chosen = item.get().chosen();
      for (Value truth : entry.getValue()) {
        if (similarity.matches(chosen, truth)) {
          correct++;
          break;
        }
      }
    }
    return new Evaluation(correct, total, missing);
  }

  /** Finds a gold item in a result: by equal id, else by the other ISBN form. */
  static Optional<ItemResult> find(TruthDiscoveryResult result, String goldId) {
    Optional<ItemResult> exact = result.item(goldId);
    if (exact.isPresent()) {
      return exact;
    }
    Optional<String> other = Isbn.isIsbn10(goldId) ? Isbn.toIsbn13(goldId) : Isbn.toIsbn10(goldId);
    return other.flatMap(result::item);
  }

  /** The share correct, rounded half-even to four decimals; 0 when no gold item is present. */
  BigDecimal accuracy() {
    if (total == 0) {
      return BigDecimal.ZERO.setScale(4);
    }
    return BigDecimal.valueOf(correct).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_EVEN);
  }

  /** The line {@code accuracy<TAB>ALGORITHM<TAB>0.8073<TAB>243/301}. */
  String line(String algorithm) {
    return "accuracy\t" + algorithm + "\t" + accuracy().toPlainString() + "\t" + correct + "/"
        + total;
  }
}
