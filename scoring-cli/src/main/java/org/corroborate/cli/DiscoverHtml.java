package org.corroborate.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.corroborate.impl.format.Html;
import org.corroborate.model.DuplicatePolicy;
import org.corroborate.model.ObservationSet;
import org.corroborate.model.Value;
import org.corroborate.truth.ItemResult;
import org.corroborate.truth.ProgressListener;
import org.corroborate.truth.SourceTrust;
import org.corroborate.truth.TruthDiscoveryResult;
import org.corroborate.truth.ValueComparison;
import org.corroborate.truth.ValueConfidence;

/**
 * The HTML report of {@code discover}: one self-contained page ({@link Html#page}) with the input,
 * the accuracy table against the gold values (when given), per algorithm the histograms of source
 * trust and of value confidence, the convergence curve (the change after each iteration, recorded
 * by {@link #listener}) and the most trusted sources, and the items where the algorithms chose
 * different values (at most {@value #DISAGREEMENTS} rows, with a search box).
 *
 * <p>It keeps, per algorithm, only the numbers its charts need and each item's chosen value (an
 * array in item order: every algorithm reports the same items in id order), and writes the page in
 * {@link #finish}. Algorithms come in the order run; the most common choice of a disagreeing item
 * is the first in value order among those chosen most often.
 */
final class DiscoverHtml extends DiscoverReport {
  /** The most disagreeing items listed. */
  static final int DISAGREEMENTS = 200;
  /** Bins of each histogram. */
  static final int BINS = 10;

  private final OutputStream out;
  private final List<Run> runs = new ArrayList<>();
  /**
   * Each running algorithm's change per iteration, by name, until its result is written: two
   * algorithms may run at a time ({@link AlgorithmRuns}), each reporting on its own thread.
   */
  private final Map<String, List<Double>> changes = new ConcurrentHashMap<>();
  private String input = "";
  private GoldReader.Gold gold;
  private List<String> itemIds;

  /** One algorithm's run as the page shows it. */
  private record Run(String name, String title, int iterations, boolean converged,
      int maxIterations, double[] trust, double[] valueConfidence, double[] changes,
      Evaluation evaluation, List<SourceTrust> topSources, int sources,
      String[] chosen) {}

  DiscoverHtml(OutputStream out) {
    this.out = out;
  }

  @Override
  ProgressListener listener(ProgressListener terminal) {
    return (algorithm, iteration, maxIterations, change) -> {
      changes.computeIfAbsent(algorithm, name -> new ArrayList<>()).add(change);
      terminal.iteration(algorithm, iteration, maxIterations, change);
    };
  }

  @Override
  void start(InputFormat layout, ValueComparison comparison, DuplicatePolicy policy,
      ObservationReader.Result data, GoldReader.Gold gold) {
    ObservationSet set = data.observations();
    this.input = String.format(Locale.ROOT,
        "%d observations, %d items, %d sources (%s, compare %s, duplicates %s)", set.size(),
        set.itemCount(), set.sourceCount(), layout, comparison,
        policy.name().toLowerCase(Locale.ROOT));
    this.gold = gold;
  }

  @Override
  void algorithm(TruthDiscoveryResult result, Evaluation evaluation) {
    double[] trust = new double[result.sources().size()];
    for (int i = 0; i < trust.length; i++) {
      trust[i] = result.sources().get(i).trust();
    }
    // one pass: the engine makes each item when it is read
    List<ItemResult> items = result.items();
    boolean first = itemIds == null;
    if (first) {
      itemIds = new ArrayList<>(items.size());
    }
    String[] chosen = new String[first ? items.size() : itemIds.size()];
    double[] confidence = new double[Math.max(16, 2 * items.size())];
    int k = 0;
    for (int i = 0; i < items.size(); i++) {
      ItemResult item = items.get(i);
      for (ValueConfidence v : item.values()) {
        if (k == confidence.length) {
          confidence = Arrays.copyOf(confidence, 2 * k);
        }
        confidence[k++] = v.confidence();
      }
      if (first) {
        itemIds.add(item.itemId());
      } else if (i >= itemIds.size() || !item.itemId().equals(itemIds.get(i))) {
        throw new IllegalStateException("items of " + result.algorithm().name()
            + " are not those of the first algorithm, in the same order: " + item.itemId());
      }
      chosen[i] = chosen(item);
    }
    confidence = Arrays.copyOf(confidence, k);
    List<Double> recorded = changes.remove(result.algorithm().name());
    double[] change = new double[recorded == null ? 0 : recorded.size()];
    for (int i = 0; i < change.length; i++) {
      change[i] = recorded.get(i);
    }
    List<SourceTrust> top = byTrust(result.sources());
    runs.add(new Run(result.algorithm().name(), result.algorithm().title(), result.iterations(),
        result.converged(), result.maxIterations(), trust, confidence, change, evaluation,
        top.subList(0, Math.min(DiscoverCommand.TOP_SOURCES, top.size())), top.size(), chosen));
  }

  /** An item's chosen value, or its values joined with {@code " | "} when it has several. */
  private static String chosen(ItemResult item) {
    List<Value> values = item.chosenValues();
    if (values.size() == 1) {
      return values.get(0).canonical();
    }
    List<String> names = new ArrayList<>(values.size());
    for (Value v : values) {
      names.add(v.canonical());
    }
    return String.join(" | ", names);
  }

  @Override
  void finish() throws IOException {
    StringBuilder b = new StringBuilder(1 << 16);
    b.append("<header class=\"top\" id=\"summary\"><h1>Corroborate truth discovery</h1><p>")
        .append(Html.text(input)).append("</p><p>").append(runs.size())
        .append(runs.size() == 1 ? " algorithm" : " algorithms");
    if (gold != null) {
      b.append("; gold values for ").append(gold.values().size()).append(" items");
    }
    b.append("</p></header>\n<nav class=\"toc\">");
    if (gold != null) {
      b.append("<a href=\"#accuracy\">Accuracy</a>");
    }
    b.append("<a href=\"#algorithms\">Algorithms</a><a href=\"#disagreements\">Disagreements</a>"
        + "</nav>\n<main>\n");
    if (gold != null) {
      accuracy(b);
    }
    b.append("<section class=\"part\" id=\"algorithms\"><h2>Algorithms</h2>\n");
    for (int i = 0; i < runs.size(); i++) {
      algorithm(b, i, runs.get(i));
    }
    b.append("</section>\n");
    disagreements(b);
    b.append("</main>\n");
    Html.page("Corroborate truth discovery", b.toString(), "", "", out);
    out.flush();
  }

  private void accuracy(StringBuilder b) {
    b.append("<section class=\"part\" id=\"accuracy\"><h2>Accuracy against the gold values</h2>\n"
        + "<table class=\"grid\" id=\"accuracy-table\"><thead><tr><th>algorithm</th>"
        + "<th>correct</th><th>of</th><th>accuracy</th></tr></thead><tbody>\n");
    for (Run r : runs) {
      if (r.evaluation() == null) {
        continue;
      }
      double acc = r.evaluation().accuracy().doubleValue();
      b.append("<tr><td>").append(Html.text(r.name())).append("</td><td class=\"num\">")
          .append(r.evaluation().correct()).append("</td><td class=\"num\">")
          .append(r.evaluation().total()).append("</td><td class=\"num\">")
          .append(r.evaluation().accuracy().toPlainString()).append(' ')
          .append(Html.bar(acc, 160, "accuracy " + r.evaluation().accuracy().toPlainString()))
          .append("</td></tr>\n");
    }
    b.append("</tbody></table></section>\n");
  }

  private static void algorithm(StringBuilder b, int index, Run r) {
    b.append("<article class=\"card algorithm\" id=\"alg-").append(index)
        .append("\" data-algorithm=\"").append(Html.text(r.name())).append("\"><h3>")
        .append(Html.text(r.name())).append(" <span class=\"muted small\">")
        .append(Html.text(r.title())).append("</span></h3><p class=\"small\">")
        .append(r.iterations()).append(r.iterations() == 1 ? " iteration" : " iterations")
        .append(r.converged() ? " (converged)" : " (did not converge within "
            + r.maxIterations() + ")");
    if (r.evaluation() != null) {
      b.append("; accuracy ").append(r.evaluation().accuracy().toPlainString()).append(" (")
          .append(r.evaluation().correct()).append('/').append(r.evaluation().total())
          .append(')');
    }
    b.append("</p><div class=\"charts\">")
        .append(Html.histogram("source trust", r.trust(), BINS))
        .append(Html.histogram("value confidence", r.valueConfidence(), BINS))
        .append(Html.lineChart("convergence: change per iteration", r.changes()))
        .append("</div><details><summary>top ").append(r.topSources().size()).append(" of ")
        .append(r.sources()).append(" sources by trust</summary><table class=\"grid\"><thead>"
            + "<tr><th>source</th><th>trust</th><th>claims</th></tr></thead><tbody>");
    for (SourceTrust s : r.topSources()) {
      b.append("<tr><td>").append(Html.text(s.sourceId())).append("</td><td class=\"num\">")
          .append(Html.num(s.trust(), 4)).append(' ')
          .append(Html.bar(s.trust(), 100, "trust " + Html.num(s.trust(), 4)))
          .append("</td><td class=\"num\">").append(s.claimCount()).append("</td></tr>");
    }
    b.append("</tbody></table></details></article>\n");
  }

  private void disagreements(StringBuilder b) {
    b.append("<section class=\"part\" id=\"disagreements\"><h2>Items where the algorithms"
        + " disagree</h2>\n");
    List<String> rows = new ArrayList<>();
    int total = 0;
    if (runs.size() > 1 && itemIds != null) {
      for (int i = 0; i < itemIds.size(); i++) {
        Map<String, Integer> votes = new TreeMap<>();
        for (Run r : runs) {
          votes.merge(r.chosen()[i], 1, Integer::sum);
        }
        if (votes.size() < 2) {
          continue;
        }
        total++;
        if (rows.size() < DISAGREEMENTS) {
          rows.add(row(i, votes));
        }
      }
    }
    if (runs.size() < 2) {
      b.append("<p class=\"muted\">One algorithm ran; run several (--algorithm all) to compare"
          + " them.</p>");
    } else if (total == 0) {
      b.append("<p class=\"muted\">Every algorithm chose the same values.</p>");
    } else {
      b.append("<div class=\"controls\"><input id=\"q\" type=\"search\" placeholder=\"Search"
          + " items and values\" aria-label=\"search\"><span class=\"muted\"><span id=\"shown\">")
          .append(rows.size()).append("</span> of ").append(total).append(" items")
          .append(total > rows.size() ? " (the first " + rows.size() + " in id order listed)"
              : "").append("</span></div>\n<div style=\"overflow-x:auto\"><table class=\"grid\""
              + " id=\"disagreement-table\"><thead><tr><th>item</th>");
      if (gold != null) {
        b.append("<th>gold</th>");
      }
      for (Run r : runs) {
        b.append("<th>").append(Html.text(r.name())).append("</th>");
      }
      b.append("</tr></thead><tbody>\n");
      for (String row : rows) {
        b.append(row);
      }
      b.append("</tbody></table></div>");
    }
    b.append("</section>\n");
  }

  /** One item's row: its chosen value per algorithm, those outside the most common one marked. */
  private String row(int index, Map<String, Integer> votes) {
    String item = itemIds.get(index);
    String common = null;
    for (Map.Entry<String, Integer> e : votes.entrySet()) {
      if (common == null || e.getValue() > votes.get(common)) {
        common = e.getKey();
      }
    }
    StringBuilder search = new StringBuilder(item);
    StringBuilder cells = new StringBuilder();
    if (gold != null) {
      List<Value> g = gold.values().get(item);
      List<String> names = new ArrayList<>();
      if (g != null) {
        for (Value v : g) {
          names.add(v.canonical());
        }
      }
      cells.append("<td>").append(Html.text(String.join(" | ", names))).append("</td>");
    }
    for (Run r : runs) {
      String v = r.chosen()[index];
      search.append(' ').append(v);
      cells.append(v.equals(common) ? "<td>" : "<td class=\"odd\" style=\"background:#fdecea\">")
          .append(Html.text(v)).append("</td>");
    }
    return "<tr class=\"item\" data-s=\"" + Html.searchText(search.toString()) + "\"><td>"
        + Html.text(item) + "</td>" + cells + "</tr>\n";
  }
}
