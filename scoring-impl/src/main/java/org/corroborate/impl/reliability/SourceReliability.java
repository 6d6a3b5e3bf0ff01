package org.corroborate.impl.reliability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.TreeSet;
import org.corroborate.Combination;
import org.corroborate.Explanation;
import org.corroborate.impl.format.Formats;
import org.corroborate.news.SignalInfo;

/**
 * A source's reliability from its documents' content signals, its record across the corpus and an
 * optional prior.
 *
 * <p>Source-level signals: each content signal is the mean over the source's documents (each
 * document counts once); {@code corroborated}, {@code contradicted} and {@code alone} are the
 * shares of its claims whose position holds another independent voice, that sit in a losing
 * position of a contested proposition, or neither (the three add up to 1); {@code engineTrust} is
 * the trust the truth-discovery engine gives it over the clusters. A signal with nothing to read
 * (no documents, no claims) is .5, neutral.
 *
 * <p>Combination: each signal gives a reading, its value when higher is better, else one minus
 * it; evidence = the weighted mean of the readings, sum of (weight / total weight) x reading; with
 * a prior p and prior weight w, reliability = (1 - w) x evidence + w x p, else evidence. With every
 * weight 0 the evidence is .5. The explanation holds every term, so each node's value is the number
 * it explains.
 *
 * <p>No evidence: a source with no claims and no word in its documents (no documents, or only
 * empty ones) has nothing to judge; its signals would all be neutral or "nothing found" readings
 * (no loaded words, no opinion, no copied text) that add up to a score above real outlets. Its
 * reliability is then its prior alone when it has one and the prior weight is above 0, marked
 * "prior only" with the reason, else 0, explained as "no evidence" with the reason, so that it never
 * outranks a source with evidence.
 */
public final class SourceReliability {
  static final String CORROBORATED = "corroborated";
  static final String CONTRADICTED = "contradicted";
  static final String ALONE = "alone";
  static final String ENGINE_TRUST = "engineTrust";

  /** Every signal, content ones first, with formula and default weight. */
  public static final List<SignalInfo> SIGNALS = List.of(
      document(ContentSignals.ATTRIBUTION, true, 0.20, "sourcing",
          ContentSignals.ATTRIBUTION_FORMULA + " over the n"
              + " claims: named speakers, direct quotations, speakers with a role; vague and"
              + " anonymous sourcing counted apart"),
      document(ContentSignals.CALIBRATION, true, 0.10, "certainty",
          ContentSignals.CALIBRATION_FORMULA + " over sentences: sweeping"
              + " certainty is calibrated only when a named speaker carries it"),
      document(ContentSignals.LOADED, false, 0.10, "loaded",
          ContentSignals.LOADED_FORMULA + ": pejorative, inflammatory and epithet words"),
      document(ContentSignals.OPINION, true, 0.10, "opinion",
          "1 when labelled opinion or analysis, else 1 - " + ContentSignals.OPINION_DENSITY
              + "sentences with a first-person plural prescription or a call to action"
              + " / sentences)"),
      document(ContentSignals.SPECIFICITY, true, 0.10, "sourcing",
          ContentSignals.SPECIFICITY_FORMULA),
      document(ContentSignals.CONSISTENCY, true, 0.05, null,
          "1 - claims with figures conflicting with another of the same document / claims with"
              + " figures"),
      document(ContentSignals.REPUBLISHING, false, 0.05, null,
          "share of the document's " + ContentSignals.SEQUENCES + " found in another outlet's"
              + " document; 1 when declared republished"),
      source(CORROBORATED, true, 0.10,
          "share of the source's claims whose position holds another independent voice"),
      source(CONTRADICTED, false, 0.10,
          "share of the source's claims in a losing position of a contested proposition"),
      source(ALONE, false, 0.0,
          "share of the source's claims with no other voice and no conflict (weight 0: standing"
              + " alone is not evidence either way)"),
      source(ENGINE_TRUST, true, 0.10,
          "the truth-discovery engine's trust in the source over the clusters"));

  private static SignalInfo document(
      String name, boolean higherIsBetter, double weight, String lexicon, String formula) {
    return new SignalInfo(name, "document", formula, higherIsBetter, weight,
        Optional.ofNullable(lexicon));
  }

  private static SignalInfo source(
      String name, boolean higherIsBetter, double weight, String formula) {
    return new SignalInfo(name, "source", formula, higherIsBetter, weight, Optional.empty());
  }

  private final Map<String, Double> weights;
  private final double priorWeight;

  /**
   * @param overrides weights by signal name replacing the defaults
   * @param priorWeight how much a prior counts, in [0, 1]
   * @throws IllegalArgumentException naming an unknown signal
   */
  public SourceReliability(Map<String, Double> overrides, double priorWeight) {
    Map<String, Double> w = new LinkedHashMap<>();
    for (SignalInfo s : SIGNALS) {
      w.put(s.name(), s.defaultWeight());
    }
    for (Map.Entry<String, Double> e : overrides.entrySet()) {
      if (!w.containsKey(e.getKey())) {
        throw new IllegalArgumentException("signalWeight[" + e.getKey()
            + "]: unknown signal; expected one of " + new TreeSet<>(w.keySet()));
      }
      w.put(e.getKey(), e.getValue());
    }
    this.weights = w;
    this.priorWeight = priorWeight;
  }

  /**
   * What a source's record across the corpus reads.
   *
   * @param claims its claims
   * @param corroborated claims whose position holds another independent voice
   * @param contradicted claims in a losing position of a contested proposition
   * @param trust the engine's trust and its explanation, if the source has claims
   * @param words words in its scored documents; with no claims and no words the source has no
   *     evidence
   */
  public record Record(
      int claims, int corroborated, int contradicted, Optional<Explanation> trust, long words) {}

  /** A source's signals and reliability. */
  public record Result(Map<String, Double> signals, Explanation reliability) {}

  /**
   * Scores a source.
   *
   * @param documents the content signals of each of its documents, by document id
   * @param record its record across the corpus
   * @param prior its prior reliability, if any
   */
  public Result score(
      Map<String, Map<String, Explanation>> documents, Record record, OptionalDouble prior) {
    Map<String, Explanation> signals = new LinkedHashMap<>();
    for (String name : ContentSignals.NAMES) {
      signals.put(name, mean(name, documents));
    }
    signals.putAll(crossSource(record));
    List<Explanation> terms = new ArrayList<>();
    double total = 0.0;
    for (SignalInfo s : SIGNALS) {
      total += weights.get(s.name());
    }
    Map<String, Double> values = new TreeMap<>();
    for (SignalInfo s : SIGNALS) {
      Explanation signal = signals.get(s.name());
      values.put(s.name(), signal.value());
      double w = weights.get(s.name());
      if (w == 0.0 || total == 0.0) {
        continue;
      }
      Explanation reading = s.higherIsBetter() ? signal
          : Explanation.of(1.0 - signal.value(), "1 - " + s.name() + " (lower is better)",
              Combination.FORMULA, List.of(signal));
      terms.add(Explanation.product(s.name() + " x its weight share", List.of(
          Explanation.leaf(w / total, "weight " + Formats.compactText(w, 6) + " of "
              + Formats.compactText(total, 6)), reading)));
    }
    Explanation evidence = terms.isEmpty()
        ? Explanation.leaf(ContentSignals.NEUTRAL,
            "evidence: every weight is 0, neutral " + ContentSignals.text(ContentSignals.NEUTRAL))
        : Explanation.sum("evidence: weighted mean of the signal readings", terms);
    Explanation reliability;
    if (record.claims() == 0 && record.words() == 0) {
      String reason = documents.isEmpty()
          ? "no evidence: the source has no scored documents"
          : "no evidence: its " + (documents.size() == 1 ? "document holds" : documents.size()
              + " documents hold") + " no words and no claims";
      reliability = prior.isPresent() && priorWeight > 0.0
          ? Explanation.of(prior.getAsDouble(), "reliability = prior only (" + reason
              + "; the signals, all neutral or empty readings, are not used)", Combination.SUM,
              List.of(Explanation.leaf(prior.getAsDouble(), "the source's prior reliability")))
          : Explanation.leaf(0.0, "reliability 0, nothing to judge (" + reason + (prior.isPresent()
              ? ", and the prior weight is 0" : ", and no prior") + "): set below every source"
              + " with evidence instead of the .5 and empty readings its signals would give");
      return new Result(values, reliability);
    }
    if (prior.isPresent() && priorWeight > 0.0) {
      reliability = Explanation.sum("reliability = (1 - w) x evidence + w x prior, w = "
          + Formats.compactText(priorWeight, 6), List.of(
              Explanation.product("evidence share",
                  List.of(Explanation.leaf(1.0 - priorWeight, "1 - prior weight"), evidence)),
              Explanation.product("prior share", List.of(
                  Explanation.leaf(priorWeight, "prior weight"),
                  Explanation.leaf(prior.getAsDouble(), "the source's prior reliability")))));
    } else {
      reliability = prior.isPresent()
          ? Explanation.of(evidence.value(), "reliability = evidence (prior weight 0)",
              Combination.SUM, List.of(evidence))
          : Explanation.of(evidence.value(), "reliability = evidence (no prior)",
              Combination.SUM, List.of(evidence));
    }
    double clamped = Math.max(0.0, Math.min(1.0, reliability.value()));
    if (clamped != reliability.value()) {
      reliability = Explanation.of(clamped, "clamped to [0, 1] after rounding",
          Combination.MIN, List.of(reliability, Explanation.leaf(1.0, "upper bound")));
    }
    return new Result(values, reliability);
  }

  private static Explanation mean(String name, Map<String, Map<String, Explanation>> documents) {
    if (documents.isEmpty()) {
      return Explanation.leaf(ContentSignals.NEUTRAL,
          name + ": no documents, neutral " + ContentSignals.text(ContentSignals.NEUTRAL));
    }
    List<Explanation> each = new ArrayList<>();
    double sum = 0.0;
    for (Map.Entry<String, Map<String, Explanation>> d : documents.entrySet()) {
      Explanation e = d.getValue().get(name);
      sum += e.value();
      each.add(Explanation.of(e.value(), d.getKey() + ": " + e.description(), e.combination(),
          e.details()));
    }
    double mean = Math.min(1.0, sum / documents.size());
    return Explanation.of(mean, name + ": mean over " + documents.size() + " documents",
        Combination.FORMULA, each);
  }

  private static Map<String, Explanation> crossSource(Record r) {
    Map<String, Explanation> out = new LinkedHashMap<>();
    if (r.claims() == 0) {
      for (String name : List.of(CORROBORATED, CONTRADICTED, ALONE, ENGINE_TRUST)) {
        out.put(name, Explanation.leaf(ContentSignals.NEUTRAL,
            name + ": no claims, neutral " + ContentSignals.text(ContentSignals.NEUTRAL)));
      }
      return out;
    }
    int alone = r.claims() - r.corroborated() - r.contradicted();
    out.put(CORROBORATED, share(CORROBORATED, r.corroborated(), r.claims(),
        "claims whose position holds another independent voice"));
    out.put(CONTRADICTED, share(CONTRADICTED, r.contradicted(), r.claims(),
        "claims in a losing position of a contested proposition"));
    out.put(ALONE, share(ALONE, alone, r.claims(), "claims with no other voice and no conflict"));
    Explanation trust =
        r.trust().orElse(Explanation.leaf(ContentSignals.NEUTRAL, "no trust from the engine"));
    out.put(ENGINE_TRUST, Explanation.of(trust.value(), ENGINE_TRUST + ": the engine's trust",
        Combination.SUM, List.of(trust)));
    return out;
  }

  private static Explanation share(String name, int count, int n, String what) {
    return Explanation.of((double) count / n, name + " = " + count + "/" + n + " " + what,
        Combination.FORMULA, List.of(Explanation.leaf(count, what), Explanation.leaf(n, "claims")));
  }
}
