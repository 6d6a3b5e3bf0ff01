package org.corroborate.cli;

import org.corroborate.impl.format.Counts;
import org.corroborate.impl.format.Formats;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.corroborate.Explanation;
import org.corroborate.model.DuplicatePolicy;
import org.corroborate.model.ObservationSet;
import org.corroborate.model.Value;
import org.corroborate.truth.ItemResult;
import org.corroborate.truth.ProgressListener;
import org.corroborate.truth.SourceDependence;
import org.corroborate.truth.SourceTrust;
import org.corroborate.truth.TruthDiscoveryResult;
import org.corroborate.truth.ValueComparison;
import org.corroborate.truth.ValueConfidence;

/**
 * Writes the report of {@code discover}, one algorithm at a time so that results need not be held
 * together. Items come in id order and sources in id order (JSON) or by trust, then id (text);
 * scores are rounded from their exact values, so output is the same byte for byte on every run.
 */
abstract class DiscoverReport {

  /** Writes what applies to every algorithm. */
  abstract void start(
      InputFormat layout,
      ValueComparison comparison,
      DuplicatePolicy policy,
      ObservationReader.Result data,
      GoldReader.Gold gold)
      throws IOException;

  /** Writes one algorithm's result, with its accuracy when gold was given (else null). */
  abstract void algorithm(TruthDiscoveryResult result, Evaluation evaluation) throws IOException;

  /** Ends the report and flushes it. */
  abstract void finish() throws IOException;

  /**
   * The listener to run the algorithms with: {@code terminal} (progress on a terminal), or one
   * that also records what the report shows of each iteration.
   */
  ProgressListener listener(ProgressListener terminal) {
    return terminal;
  }

  /** Sources by trust, highest first, then by id. */
  static List<SourceTrust> byTrust(List<SourceTrust> sources) {
    List<SourceTrust> sorted = new ArrayList<>(sources);
    sorted.sort(
        Comparator.comparingDouble(SourceTrust::trust)
            .reversed()
            .thenComparing(SourceTrust::sourceId));
    return sorted;
  }

  /**
   * The text report. Per algorithm: a header line {@code == NAME: TITLE}, a summary line, the
   * items (id, chosen value, confidence, tab-separated, in id order), the top {@value
   * DiscoverCommand#TOP_SOURCES} sources by trust (id, trust, claims), and with gold one line
   * {@code accuracy<TAB>NAME<TAB>0.8073<TAB>243/301}. Scores have four decimals.
   */
  static final class Text extends DiscoverReport {
    private final Writer out;
    private final boolean explain;
    private final boolean summaryOnly;
    private final List<Row> rows = new ArrayList<>();
    /** Items formatted together, on one thread, before they are written. */
    private static final int BLOCK_ITEMS = 4096;

    /** One algorithm's line of the summary table. */
    private record Row(String algorithm, int iterations, boolean converged, Evaluation evaluation) {}

    Text(OutputStream out, boolean explain) {
      this(out, explain, false);
    }

    /**
     * A text report; with {@code summaryOnly}, only the input line and the summary table are
     * written.
     */
    Text(OutputStream out, boolean explain, boolean summaryOnly) {
      this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      this.explain = explain;
      this.summaryOnly = summaryOnly;
    }

    /** Appends an item's line: its id, its chosen values and its confidence. */
    private static void itemLine(StringBuilder b, ItemResult item) {
      itemLine(b, TruthDiscoveryResult.Choice.of(item));
    }

    private static void itemLine(StringBuilder b, TruthDiscoveryResult.Choice choice) {
      b.append(Formats.field(choice.itemId())).append('\t');
      List<Value> chosen = choice.chosen();
      for (int i = 0; i < chosen.size(); i++) {
        if (i > 0) {
          b.append(" | ");
        }
        b.append(Formats.field(chosen.get(i).canonical()));
      }
      b.append('\t');
      Formats.appendFixed(b, choice.confidence(), 4).append('\n');
    }

    /**
     * Writes every item's line, in the result's order, from each item's {@link
     * TruthDiscoveryResult#choice} (the line shows nothing else, and the engine finds a choice
     * without making the item). A million items: blocks of {@value #BLOCK_ITEMS} items are
     * formatted on the common pool's threads, a window of them at a time, and written in block
     * order, so the bytes are those of one thread formatting them in turn.
     */
    private void itemLines(TruthDiscoveryResult result) throws IOException {
      int n = result.items().size();
      int blocks = (n + BLOCK_ITEMS - 1) / BLOCK_ITEMS;
      int window = 4 * Runtime.getRuntime().availableProcessors();
      String[] texts = new String[Math.min(blocks, window)];
      for (int first = 0; first < blocks; first += window) {
        int start = first;
        int end = Math.min(blocks, first + window);
        IntStream.range(start, end).parallel().forEach(block -> {
          StringBuilder b = new StringBuilder(BLOCK_ITEMS * 32);
          for (int i = block * BLOCK_ITEMS; i < Math.min(n, (block + 1) * BLOCK_ITEMS); i++) {
            itemLine(b, result.choice(i));
          }
          texts[block - start] = b.toString();
        });
        for (int k = 0; k < end - start; k++) {
          out.write(texts[k]);
          texts[k] = null;
        }
      }
    }

    private void tree(Explanation explanation) throws IOException {
      for (String line : explanation.toString().split("\n", -1)) {
        if (!line.isEmpty()) {
          out.write("    " + Formats.field(line) + "\n");
        }
      }
    }

    @Override
    void start(
        InputFormat layout,
        ValueComparison comparison,
        DuplicatePolicy policy,
        ObservationReader.Result data,
        GoldReader.Gold gold)
        throws IOException {
      ObservationSet set = data.observations();
      out.write(
          String.format(
              Locale.ROOT,
              "input: %s, %s, %s (%s, compare %s, duplicates %s)%n",
              Counts.of(set.size(), "observation"),
              Counts.of(set.itemCount(), "item"),
              Counts.of(set.sourceCount(), "source"),
              layout,
              comparison,
              policy.name().toLowerCase(Locale.ROOT)));
    }

    @Override
    void algorithm(TruthDiscoveryResult result, Evaluation evaluation) throws IOException {
      rows.add(new Row(result.algorithm().name(), result.iterations(), result.converged(),
          evaluation));
      if (summaryOnly) {
        return;
      }
      StringBuilder b = new StringBuilder(256);
      b.append('\n')
          .append("== ")
          .append(result.algorithm().name())
          .append(": ")
          .append(Formats.field(result.algorithm().title()))
          .append('\n');
      b.append(
          String.format(
              Locale.ROOT,
              "%s (%s), %s, %s%n",
              Counts.of(result.iterations(), "iteration"),
              result.converged()
                  ? "converged"
                  : "did not converge within " + result.maxIterations(),
              Counts.of(result.items().size(), "item"),
              Counts.of(result.sources().size(), "source")));
      b.append("item\tchosen\tconfidence\n");
      out.write(b.toString());
      if (explain) {
        for (ItemResult item : result.items()) {
          b.setLength(0);
          itemLine(b, item);
          out.write(b.toString());
          tree(item.explanation());
        }
      } else {
        itemLines(result);
      }
      List<SourceTrust> sources = byTrust(result.sources());
      int shown = Math.min(DiscoverCommand.TOP_SOURCES, sources.size());
      out.write(
          String.format(
              Locale.ROOT,
              "sources: top %d of %d by trust%nsource\ttrust\tclaims%n",
              shown,
              sources.size()));
      for (SourceTrust source : sources.subList(0, shown)) {
        out.write(
            Formats.field(source.sourceId())
                + "\t"
                + Formats.fixed(source.trust(), 4)
                + "\t"
                + source.claimCount()
                + "\n");
        if (explain) {
          tree(source.explanation());
        }
      }
      if (!result.dependencies().isEmpty()) {
        out.write(String.format(Locale.ROOT, "dependent source pairs: %d%n"
            + "first\tsecond\tprobability\tcopier%n", result.dependencies().size()));
        for (SourceDependence d : result.dependencies()) {
          out.write(Formats.field(d.first()) + "\t" + Formats.field(d.second()) + "\t"
              + Formats.fixed(d.probability(), 4) + "\t"
              + d.copier().map(Formats::field).orElse("-") + "\n");
        }
      }
      if (evaluation != null) {
        out.write(evaluation.line(result.algorithm().name()) + "\n");
      }
    }

    /**
     * Ends the report: after a run of several algorithms (or with {@code --summary}), the summary
     * table, one tab-separated line per algorithm. With gold: {@code algorithm, accuracy,
     * correct/total, iterations, converged}, most accurate first (ties by name); without: {@code
     * algorithm, iterations, converged}, in run order.
     */
    @Override
    void finish() throws IOException {
      if (summaryOnly || rows.size() > 1) {
        boolean gold = rows.stream().allMatch(r -> r.evaluation() != null);
        List<Row> ordered = new ArrayList<>(rows);
        StringBuilder b = new StringBuilder();
        b.append("\n== summary: ").append(rows.size())
            .append(rows.size() == 1 ? " algorithm" : " algorithms");
        if (gold) {
          ordered.sort(Comparator.comparing((Row r) -> r.evaluation().accuracy()).reversed()
              .thenComparing(Row::algorithm));
          b.append(", most accurate first\nalgorithm\taccuracy\tcorrect\titerations\tconverged\n");
        } else {
          b.append(", in the order run\nalgorithm\titerations\tconverged\n");
        }
        for (Row r : ordered) {
          b.append(Formats.field(r.algorithm())).append('\t');
          if (gold) {
            b.append(r.evaluation().accuracy().toPlainString()).append('\t')
                .append(r.evaluation().correct()).append('/').append(r.evaluation().total())
                .append('\t');
          }
          b.append(r.iterations()).append('\t').append(r.converged() ? "yes" : "no").append('\n');
        }
        out.write(b.toString());
      }
      out.flush();
    }
  }

  /**
   * The JSON report: {@code schemaVersion}, {@code input}, {@code gold} (when given) and {@code
   * algorithms}, each with name, title, parameters, iterations, converged, accuracy (when gold is
   * given), items and sources. Scores have at most {@value Formats#JSON_DECIMALS} decimals.
   */
  static final class Json extends DiscoverReport {
    private final JsonGenerator json;
    private final boolean explain;

    Json(OutputStream out, boolean explain) throws IOException {
      this.json = Formats.json(out);
      this.explain = explain;
    }

    /**
     * Writes an {@code explanation} field when {@code --explain} was given; the tree is made only
     * then (each tree lists the sources of its score, so making one per item and source only to
     * drop it took more than half of a large report's time).
     */
    private void explanation(Supplier<Explanation> tree) throws IOException {
      if (explain) {
        json.writeFieldName("explanation");
        Formats.explanation(json, tree.get());
      }
    }

    @Override
    void start(
        InputFormat layout,
        ValueComparison comparison,
        DuplicatePolicy policy,
        ObservationReader.Result data,
        GoldReader.Gold gold)
        throws IOException {
      ObservationSet set = data.observations();
      json.writeStartObject();
      json.writeNumberField("schemaVersion", 1);
      json.writeObjectFieldStart("input");
      json.writeStringField("format", layout.toString());
      json.writeStringField("comparison", comparison.toString());
      json.writeStringField("duplicates", policy.name().toLowerCase(Locale.ROOT));
      json.writeNumberField("lines", data.lines());
      json.writeNumberField("observations", set.size());
      json.writeNumberField("items", set.itemCount());
      json.writeNumberField("sources", set.sourceCount());
      json.writeNumberField("repeated", set.repeatedCount());
      json.writeNumberField("conflicting", set.conflictingCount());
      json.writeEndObject();
      if (gold != null) {
        json.writeObjectFieldStart("gold");
        json.writeNumberField("items", gold.values().size());
        json.writeEndObject();
      }
      json.writeArrayFieldStart("algorithms");
    }

    @Override
    void algorithm(TruthDiscoveryResult result, Evaluation evaluation) throws IOException {
      json.writeStartObject();
      json.writeStringField("name", result.algorithm().name());
      json.writeStringField("title", result.algorithm().title());
      json.writeObjectFieldStart("parameters");
      for (Map.Entry<String, Double> p : result.effectiveParameters().entrySet()) {
        Formats.number(json, p.getKey(), p.getValue());
      }
      json.writeEndObject();
      json.writeNumberField("maxIterations", result.maxIterations());
      Formats.number(json, "tolerance", result.tolerance());
      json.writeNumberField("iterations", result.iterations());
      json.writeBooleanField("converged", result.converged());
      if (evaluation != null) {
        json.writeObjectFieldStart("accuracy");
        json.writeNumberField("correct", evaluation.correct());
        json.writeNumberField("total", evaluation.total());
        BigDecimal value = evaluation.accuracy();
        json.writeFieldName("value");
        json.writeNumber(value);
        json.writeArrayFieldStart("absent");
        for (String id : evaluation.missing()) {
          json.writeString(id);
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeArrayFieldStart("items");
      for (ItemResult item : result.items()) {
        json.writeStartObject();
        json.writeStringField("id", item.itemId());
        json.writeStringField("chosen", item.chosen().canonical());
        if (item.chosenValues().size() > 1) {
          json.writeArrayFieldStart("chosenValues");
          for (Value v : item.chosenValues()) {
            json.writeString(v.canonical());
          }
          json.writeEndArray();
        }
        Formats.number(json, "confidence", item.confidence());
        json.writeArrayFieldStart("values");
        for (ValueConfidence value : item.values()) {
          json.writeStartObject();
          json.writeStringField("value", value.value().canonical());
          Formats.number(json, "confidence", value.confidence());
          json.writeArrayFieldStart("sources");
          for (String source : value.sourceIds()) {
            json.writeString(source);
          }
          json.writeEndArray();
          json.writeEndObject();
        }
        json.writeEndArray();
        explanation(item::explanation);
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("sources");
      for (SourceTrust source : result.sources()) {
        json.writeStartObject();
        json.writeStringField("id", source.sourceId());
        Formats.number(json, "trust", source.trust());
        json.writeNumberField("claims", source.claimCount());
        explanation(source::explanation);
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("dependencies");
      for (SourceDependence d : result.dependencies()) {
        json.writeStartObject();
        json.writeStringField("first", d.first());
        json.writeStringField("second", d.second());
        Formats.number(json, "probability", d.probability());
        if (d.copier().isPresent()) {
          json.writeStringField("copier", d.copier().get());
        }
        explanation(d::explanation);
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }

    @Override
    void finish() throws IOException {
      json.writeEndArray();
      json.writeEndObject();
      json.writeRaw('\n');
      json.flush();
    }
  }
}
