package org.corroborate.impl.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.corroborate.Combination;
import org.corroborate.Explanation;
import org.corroborate.impl.extract.ExtractedClaim;
import org.corroborate.impl.lang.MatchingLexicon;
import org.corroborate.impl.match.ClaimStatistics;
import org.corroborate.news.Modality;
import org.corroborate.news.Quantity;
import org.corroborate.news.RelationType;

/**
 * Scores how two claims relate: AGREES, CONFLICTS, REFINES or UNRELATED, with a score in [0, 1]
 * and the reasons, from one code path.
 *
 * <p>First, the probability that both claims state the same proposition:
 *
 * <pre>
 *   P(same) = gate * (wordWeight * dice_idf(words) + entityWeight * dice_idf(entities)
 *                     + eventWeight * events)
 * </pre>
 *
 * where {@code dice_idf} is the Dice coefficient weighted by inverse claim frequency (of the content
 * words, and of the entity keys), {@code events} the Jaccard index of the event types when both
 * claims name one and 0 otherwise, and {@code gate} multiplies in {@code gateFactor} for each sign of a different event:
 * both claims name events and share none ("escaped" against "released"), or both name years and
 * share none. The same figure about another event thus never counts as agreement.
 *
 * <p>Below {@code sameThreshold} the relation is UNRELATED with score {@code 1 - P(same)} (and
 * marked kept apart when only a gate made it so). Otherwise the evidence decides, and the score is
 * {@code P(same) * evidence}:
 *
 * <ul>
 *   <li>CONFLICTS, evidence 1: one claim is NEGATED and the other is not (an assertion against a
 *       denial) and P(same) reaches {@code polarityThreshold}, or the claims give figures for the same kind of thing whose ranges, widened by
 *       the tolerance (exact or approximate), do not overlap.
 *   <li>REFINES, evidence 1: comparable figures overlap and one range lies strictly inside the
 *       other ("between 1,500 and 3,000" against "2,000"); {@code a} is the narrower claim.
 *   <li>AGREES, evidence 1: comparable figures overlap.
 *   <li>AGREES, evidence {@code unverifiedAgreement}: nothing to compare beyond the topic, and
 *       P(same) reaches {@code topicThreshold} (below it: UNRELATED).
 * </ul>
 *
 * <p>Figures are comparable when they count the same kind of thing ({@link MatchingLexicon#kind})
 * in the same unit; open bounds ("more than 1,500") extend to infinity on their open side.
 */
public final class AgreementScorer {
  private final AgreementSettings settings;
  private final MatchingLexicon lexicon;
  private final ClaimStatistics statistics;

  /** A scorer with these settings, word lists and corpus statistics. */
  public AgreementScorer(AgreementSettings settings, MatchingLexicon lexicon, ClaimStatistics statistics) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.statistics = Objects.requireNonNull(statistics, "statistics");
  }

  /** The relation between claims {@code a} and {@code b}, whose corpus indices are given. */
  public ClaimRelation relate(int ia, ExtractedClaim a, int ib, ExtractedClaim b) {
    double[] parts = sameParts(a, b);
    double p = parts[0];
    ClaimRelation[] built = new ClaimRelation[1];
    Supplier<Explanation> explain = () -> {
      if (built[0] == null) {
        built[0] = explained(ia, a, ib, b);
      }
      return built[0].explanation();
    };
    FigureComparison figures = compareFigures(a, b);
    if (p < settings.sameThreshold()) {
      boolean keptApart = parts[2] > 0 && (parts[1] >= settings.sameThreshold()
          || figures.agreement != null || figures.refinement != null);
      return new ClaimRelation(ia, ib, RelationType.UNRELATED, 1.0 - p, explain, keptApart);
    }
    boolean negA = a.modality() == Modality.NEGATED;
    boolean negB = b.modality() == Modality.NEGATED;
    if (negA != negB && p >= settings.polarityThreshold()) {
      return new ClaimRelation(ia, ib, RelationType.CONFLICTS, p * 1.0, explain, false);
    }
    if (figures.conflict != null) {
      return new ClaimRelation(ia, ib, RelationType.CONFLICTS, p * 1.0, explain, false);
    }
    if (figures.refinement != null) {
      return figures.aNarrower
          ? new ClaimRelation(ia, ib, RelationType.REFINES, p * 1.0, explain, false)
          : new ClaimRelation(ib, ia, RelationType.REFINES, p * 1.0, explain, false);
    }
    if (figures.agreement != null) {
      return new ClaimRelation(ia, ib, RelationType.AGREES, p * 1.0, explain, false);
    }
    if (p < settings.topicThreshold()) {
      return new ClaimRelation(ia, ib, RelationType.UNRELATED, 1.0 - p, explain, false);
    }
    return new ClaimRelation(ia, ib, RelationType.AGREES, p * settings.unverifiedAgreement(),
        explain, false);
  }

  /**
   * P(same proposition), the similarity before the gates, and the number of gates, computed with
   * the same arithmetic, in the same order, as {@link #sameProposition}, so that a relation's
   * score equals its explanation's value to the last bit.
   */
  private double[] sameParts(ExtractedClaim a, ExtractedClaim b) {
    double words = statistics.wordDice(a, b);
    double entities = statistics.entityDice(a, b);
    double events = 0.0;
    if (!a.events().isEmpty() && !b.events().isEmpty()) {
      TreeSet<String> union = new TreeSet<>(a.events());
      union.addAll(b.events());
      TreeSet<String> shared = new TreeSet<>(a.events());
      shared.retainAll(b.events());
      events = (double) shared.size() / union.size();
    }
    double similarity = 0.0;
    similarity += 1.0 * settings.wordWeight() * words;
    similarity += 1.0 * settings.entityWeight() * entities;
    similarity += 1.0 * settings.eventWeight() * events;
    double p = 1.0 * similarity;
    int gates = 0;
    if (!a.events().isEmpty() && !b.events().isEmpty() && disjoint(a.events(), b.events())) {
      p *= settings.gateFactor();
      gates++;
    }
    if (!a.years().isEmpty() && !b.years().isEmpty() && disjoint(a.years(), b.years())) {
      p *= settings.gateFactor();
      gates++;
    }
    return new double[] {gates == 0 ? similarity : p, similarity, gates};
  }

  /** The relation with its explanation built now (the path {@link #relate} defers). */
  ClaimRelation explained(int ia, ExtractedClaim a, int ib, ExtractedClaim b) {
    Explanation same = sameProposition(a, b);
    double p = same.value();
    FigureComparison figures = compareFigures(a, b);
    if (p < settings.sameThreshold()) {
      boolean gated = same.details().size() > 1;
      boolean keptApart = gated && (same.details().get(0).value() >= settings.sameThreshold()
          || figures.agreement != null || figures.refinement != null);
      return unrelated(ia, ib, same, "P below the threshold " + num(settings.sameThreshold())
          + (keptApart ? "; kept apart by a different event despite "
              + (figures.agreement != null || figures.refinement != null
                  ? "compatible figures" : "the likeness") : ""), keptApart);
    }
    boolean negA = a.modality() == Modality.NEGATED;
    boolean negB = b.modality() == Modality.NEGATED;
    if (negA != negB && p >= settings.polarityThreshold()) {
      Explanation evidence = Explanation.leaf(1.0,
          "opposite polarity: " + (negA ? "the first" : "the second")
              + " claim denies what the other states");
      return scored(ia, ib, RelationType.CONFLICTS, same, evidence);
    }
    if (figures.conflict != null) {
      return scored(ia, ib, RelationType.CONFLICTS, same,
          Explanation.leaf(1.0, "incompatible figures: " + figures.conflict));
    }
    if (figures.refinement != null) {
      boolean aNarrower = figures.aNarrower;
      return aNarrower
          ? scored(ia, ib, RelationType.REFINES, same,
              Explanation.leaf(1.0, "more specific figure: " + figures.refinement))
          : scored(ib, ia, RelationType.REFINES, same,
              Explanation.leaf(1.0, "more specific figure: " + figures.refinement));
    }
    if (figures.agreement != null) {
      return scored(ia, ib, RelationType.AGREES, same,
          Explanation.leaf(1.0, "compatible figures: " + figures.agreement));
    }
    if (p < settings.topicThreshold()) {
      return unrelated(ia, ib, same, "nothing to compare but the topic, and P below the topic"
          + " threshold " + num(settings.topicThreshold()), false);
    }
    return scored(ia, ib, RelationType.AGREES, same,
        Explanation.leaf(settings.unverifiedAgreement(),
            "same topic, no figure or polarity to compare (unverifiedAgreement)"));
  }

  private static ClaimRelation unrelated(
      int ia, int ib, Explanation same, String why, boolean keptApart) {
    double score = 1.0 - same.value();
    return new ClaimRelation(ia, ib, RelationType.UNRELATED, score,
        Explanation.of(score, "UNRELATED: 1 - P(same proposition); " + why,
            Combination.FORMULA, List.of(same)), keptApart);
  }

  private static ClaimRelation scored(
      int a, int b, RelationType type, Explanation same, Explanation evidence) {
    Explanation root = Explanation.product(
        type + ": P(same proposition) * evidence", List.of(same, evidence));
    return new ClaimRelation(a, b, type, root.value(), root, false);
  }

  /**
   * Whether {@link #relate} could give anything but a plain UNRELATED: P(same proposition) reaches
   * {@code sameThreshold}, or the similarity before the gates does, or a gate separates claims
   * whose figures are compatible (a pair to report as kept apart). Computed without building
   * explanations, so that the many candidate pairs that are not related cost little.
   */
  public boolean worthRelating(ExtractedClaim a, ExtractedClaim b) {
    double words = statistics.wordDice(a, b);
    double entities = statistics.entityDice(a, b);
    double events = 0;
    boolean eventGate = false;
    if (!a.events().isEmpty() && !b.events().isEmpty()) {
      int shared = 0;
      for (String e : a.events()) {
        if (b.events().contains(e)) {
          shared++;
        }
      }
      events = (double) shared / (a.events().size() + b.events().size() - shared);
      eventGate = shared == 0;
    }
    double similarity = settings.wordWeight() * words + settings.entityWeight() * entities
        + settings.eventWeight() * events;
    if (similarity >= settings.sameThreshold()) {
      return true;
    }
    boolean gated = eventGate || (!a.years().isEmpty() && !b.years().isEmpty()
        && disjoint(a.years(), b.years()));
    if (!gated) {
      return false;
    }
    FigureComparison figures = compareFigures(a, b);
    return figures.agreement != null || figures.refinement != null;
  }

  /** P(same proposition), explained. */
  Explanation sameProposition(ExtractedClaim a, ExtractedClaim b) {
    double words = statistics.wordDice(a, b);
    SortedSet<String> ea = a.entityKeys();
    SortedSet<String> eb = b.entityKeys();
    double entities = statistics.entityDice(a, b);
    double events;
    String eventsNote;
    if (a.events().isEmpty() || b.events().isEmpty()) {
      events = 0.0;
      eventsNote = "events: at least one claim names none";
    } else {
      TreeSet<String> union = new TreeSet<>(a.events());
      union.addAll(b.events());
      TreeSet<String> shared = new TreeSet<>(a.events());
      shared.retainAll(b.events());
      events = (double) shared.size() / union.size();
      eventsNote = "events: Jaccard of " + a.events() + " and " + b.events();
    }
    Explanation similarity = Explanation.sum("weighted topical similarity", List.of(
        weighted(settings.wordWeight(), "wordWeight",
            Explanation.leaf(words, "content words: idf-weighted Dice, shared "
                + shared(a.words(), b.words()))),
        weighted(settings.entityWeight(), "entityWeight",
            Explanation.leaf(entities, "entities: idf-weighted Dice, shared "
                + shared(ea, eb))),
        weighted(settings.eventWeight(), "eventWeight", Explanation.leaf(events, eventsNote))));
    List<Explanation> factors = new ArrayList<>();
    factors.add(similarity);
    if (!a.events().isEmpty() && !b.events().isEmpty() && disjoint(a.events(), b.events())) {
      factors.add(Explanation.leaf(settings.gateFactor(),
          "different events: " + a.events() + " vs " + b.events() + " (gateFactor)"));
    }
    SortedSet<Integer> ya = a.years();
    SortedSet<Integer> yb = b.years();
    if (!ya.isEmpty() && !yb.isEmpty() && disjoint(ya, yb)) {
      factors.add(Explanation.leaf(settings.gateFactor(),
          "different years: " + ya + " vs " + yb + " (gateFactor)"));
    }
    if (factors.size() == 1) {
      return Explanation.of(similarity.value(), "P(same proposition): no sign of a different event",
          Combination.PRODUCT, List.of(similarity));
    }
    return Explanation.product("P(same proposition) = similarity * gates", factors);
  }

  private static Explanation weighted(double weight, String name, Explanation measure) {
    return Explanation.product(name + " * " + measure.description().split(":", 2)[0],
        List.of(Explanation.leaf(weight, name), measure));
  }

  private static <T> boolean disjoint(SortedSet<T> a, SortedSet<T> b) {
    for (T x : a) {
      if (b.contains(x)) {
        return false;
      }
    }
    return true;
  }

  private static String shared(SortedSet<String> a, SortedSet<String> b) {
    TreeSet<String> s = new TreeSet<>(a);
    s.retainAll(b);
    return s.toString();
  }

  /** The outcome of comparing the figures of two claims; at most one field set, by priority. */
  private static final class FigureComparison {
    String agreement;
    String refinement;
    boolean aNarrower;
    String conflict;
  }

  private FigureComparison compareFigures(ExtractedClaim a, ExtractedClaim b) {
    FigureComparison out = new FigureComparison();
    String firstConflict = null;
    boolean anyCompatible = false;
    for (Quantity qa : a.quantities()) {
      for (Quantity qb : b.quantities()) {
        if (!comparable(qa, qb)) {
          continue;
        }
        double[] ra = range(qa);
        double[] rb = range(qb);
        boolean overlap = ra[0] <= rb[1] && rb[0] <= ra[1];
        String pair = describe(qa) + " vs " + describe(qb);
        if (!overlap) {
          if (firstConflict == null) {
            firstConflict = pair;
          }
          continue;
        }
        anyCompatible = true;
        // refinement compares the ranges as stated, without the tolerance: "about 1,500" and
        // "1,500" agree, "between 1,500 and 3,000" and "2,000" refine
        double[] sa = stated(qa);
        double[] sb = stated(qb);
        boolean aInsideB = sb[0] <= sa[0] && sa[1] <= sb[1];
        boolean bInsideA = sa[0] <= sb[0] && sb[1] <= sa[1];
        if (out.refinement == null && aInsideB != bInsideA) {
          out.refinement = pair;
          out.aNarrower = aInsideB;
        }
        if (out.agreement == null) {
          out.agreement = pair;
        }
      }
    }
    if (!anyCompatible && firstConflict != null) {
      out.conflict = firstConflict;
      out.agreement = null;
      out.refinement = null;
    } else if (out.refinement != null) {
      out.agreement = null;
    }
    return out;
  }

  private boolean comparable(Quantity a, Quantity b) {
    if (!a.unit().equals(b.unit())) {
      return false;
    }
    String ka = a.counted().map(lexicon::kind).orElse("");
    String kb = b.counted().map(lexicon::kind).orElse("");
    if (ka.isEmpty() && kb.isEmpty()) {
      return !a.unit().isEmpty(); // two bare counts say nothing about the same thing
    }
    return ka.equals(kb);
  }

  /** The range a figure allows, widened by the tolerance; open bounds reach infinity. */
  double[] range(Quantity q) {
    double tolerance = q.approximate() ? settings.approximateTolerance() : settings.exactTolerance();
    double low = q.low() - Math.abs(q.low()) * tolerance;
    double high = q.high() + Math.abs(q.high()) * tolerance;
    switch (q.bound()) {
      case AT_LEAST -> high = Double.POSITIVE_INFINITY;
      case AT_MOST -> low = Math.min(0.0, low);
      default -> { }
    }
    return new double[] {low, high};
  }

  /** The range a figure states: its low and high, with open bounds reaching infinity. */
  private static double[] stated(Quantity q) {
    return switch (q.bound()) {
      case AT_LEAST -> new double[] {q.low(), Double.POSITIVE_INFINITY};
      case AT_MOST -> new double[] {Double.NEGATIVE_INFINITY, q.high()};
      default -> new double[] {q.low(), q.high()};
    };
  }

  static String describe(Quantity q) {
    String number = switch (q.bound()) {
      case EXACT -> num(q.value());
      case RANGE -> num(q.low()) + "-" + num(q.high());
      case AT_LEAST -> "at least " + num(q.low());
      case AT_MOST -> "at most " + num(q.high());
    };
    StringBuilder s = new StringBuilder();
    if (q.approximate()) {
      s.append("about ");
    }
    s.append(number);
    if (!q.unit().isEmpty()) {
      s.append(' ').append(q.unit());
    }
    q.counted().ifPresent(c -> s.append(' ').append(c));
    return s.toString();
  }

  /** A number written the same way in every locale: integers plainly, others to 4 places. */
  static String num(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return String.format(Locale.ROOT, "%.4f", value).replaceAll("0+$", "");
  }
}
