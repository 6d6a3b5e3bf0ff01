package org.corroborate.cli;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corroborate.model.Value;
import org.corroborate.truth.ItemResult;
import org.corroborate.truth.TruthDiscoveryResult;
import org.corroborate.truth.ValueSimilarity;

/**
 * Author-level scoring of a book result, as Zhao et al. (VLDB 2012, section 6.2.1) score LTM: each
 * (book, author) pair is a fact; precision, recall and F1 are micro-averaged over the facts of the
 * gold books present in the result.
 *
 * <p>An author is the key of one name under the {@code authors} comparison (normalised surname
 * and first initial, e.g. {@code knuth d}): the comparison's key of a list is its names' keys
 * joined by {@code "; "}, which this splits. The predicted authors of a book are those of every
 * chosen value (one list for LTM with author lists); the gold authors those of every gold value. A
 * list without a recognisable name ({@code ~unknown}) has no authors. Gold books absent from the
 * data do not count, as in {@link Evaluation}.
 *
 * @param truePositives predicted (book, author) facts that are in the gold
 * @param predicted all predicted facts of the gold books present
 * @param gold all gold facts of the gold books present
 */
record AuthorFactEvaluation(int truePositives, int predicted, int gold) {

  static AuthorFactEvaluation of(
      TruthDiscoveryResult result, Map<String, List<Value>> gold, ValueSimilarity authors) {
    int tp = 0;
    int predicted = 0;
    int expected = 0;
    for (Map.Entry<String, List<Value>> entry : gold.entrySet()) {
      Optional<ItemResult> item = Evaluation.find(result, entry.getKey());
      if (item.isEmpty()) {
        continue;
      }
      Set<String> truth = authors(entry.getValue(), authors);
      Set<String> chosen = authors(item.get().chosenValues(), authors);
      predicted += chosen.size();
      expected += truth.size();
      for (String author : chosen) {
        tp += truth.contains(author) ? 1 : 0;
      }
    }
    return new AuthorFactEvaluation(tp, predicted, expected);
  }

  static Set<String> authors(List<Value> values, ValueSimilarity authors) {
    Set<String> out = new LinkedHashSet<>();
    for (Value value : values) {
      String key = authors.key(value);
      if (key.startsWith("~")) {
        continue;
      }
      for (String author : key.split("; ")) {
        out.add(author);
      }
    }
    return out;
  }

  double precision() {
    return predicted == 0 ? 0.0 : truePositives / (double) predicted;
  }

  double recall() {
    return gold == 0 ? 0.0 : truePositives / (double) gold;
  }

  double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }
}
