package org.corroborate.impl.relate;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.corroborate.Combination;
import org.corroborate.Explanation;
import org.corroborate.impl.extract.ExtractedClaim;
import org.corroborate.impl.extract.Frame;
import org.corroborate.impl.lang.MatchingLexicon;
import org.corroborate.impl.match.ClaimStatistics;
import org.corroborate.impl.token.ContentWords;
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
 * share none. The same figure about another event thus never counts as agreement. When no gate
 * applies and the two claims' {@link Frame frames} state the same event with the same
 * participants, P(same) is raised to {@code topicThreshold}: sentences that say one thing in other
 * words, each with its own detail, are on one topic, and the figures and the polarity decide.
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
 *
 * <p>One private function decides the type, the direction and the score, and records each value
 * it uses into a {@link Steps} sink: matching passes {@link Steps#NONE}, which builds nothing; a
 * relation's explanation, asked for later, runs the same function again with a recording sink, so
 * the explanation cannot tell another story than the score.
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

  /**
   * The relation between claims {@code a} and {@code b}, whose corpus indices are given. Its
   * explanation is built on first use, by running the same computation again with a recording
   * sink.
   */
  public ClaimRelation relate(int ia, ExtractedClaim a, int ib, ExtractedClaim b) {
    return relation(a, b, Steps.NONE)
        .toRelation(ia, ib, () -> explained(ia, a, ib, b).explanation());
  }

  /**
   * The relation between claims {@code a} and {@code b} when it is worth reporting: anything but
   * an UNRELATED pair that no gate kept apart. Empty for the many candidate pairs that are not
   * related, at no more cost than the score.
   */
  public Optional<ClaimRelation> reported(int ia, ExtractedClaim a, int ib, ExtractedClaim b) {
    Outcome outcome = relation(a, b, Steps.NONE);
    if (outcome.type() == RelationType.UNRELATED && !outcome.keptApart()) {
      return Optional.empty();
    }
    return Optional.of(outcome.toRelation(ia, ib, () -> explained(ia, a, ib, b).explanation()));
  }

  /** The relation with its explanation recorded now (the path {@link #relate} defers). */
  ClaimRelation explained(int ia, ExtractedClaim a, int ib, ExtractedClaim b) {
    Steps.Recording steps = new Steps.Recording();
    Outcome outcome = relation(a, b, steps);
    Explanation root = steps.root();
    ClaimRelation relation = outcome.toRelation(ia, ib, () -> root);
    relation.explanation(); // checks the root against the score now
    return relation;
  }

  /** What {@link #relation} decides; {@code reversed}: {@code b} is the relation's first claim. */
  private record Outcome(RelationType type, boolean reversed, double score, boolean keptApart) {
    ClaimRelation toRelation(int ia, int ib, Supplier<Explanation> explanation) {
      return reversed
          ? new ClaimRelation(ib, ia, type, score, explanation, keptApart)
          : new ClaimRelation(ia, ib, type, score, explanation, keptApart);
    }
  }

  /**
   * The one computation of a relation: type, direction, score, and, into {@code steps}, each
   * value it is made of with its description, in post-order (root last). Values are computed here
   * and only here; a recording sink checks that its sums and products add up.
   */
  private Outcome relation(ExtractedClaim a, ExtractedClaim b, Steps steps) {
    // P(same proposition) = similarity * gates
    double wordTerm = weighted(settings.wordWeight(), () -> "wordWeight",
        statistics.wordDice(a, b),
        () -> "content words: idf-weighted Dice, shared "
            + ContentWords.spelled(a.text(), sharedSet(a.words(), b.words())),
        () -> "wordWeight * content words", steps);
    double entityTerm = weighted(settings.entityWeight(), () -> "entityWeight",
        statistics.entityDice(a, b),
        () -> "entities: idf-weighted Dice, shared " + sharedEntities(a, b),
        () -> "entityWeight * entities", steps);
    boolean bothNameEvents = !a.events().isEmpty() && !b.events().isEmpty();
    int sharedEvents = bothNameEvents ? sharedCount(a.events(), b.events()) : 0;
    double eventTerm = weighted(settings.eventWeight(), () -> "eventWeight",
        bothNameEvents
            ? (double) sharedEvents / (a.events().size() + b.events().size() - sharedEvents)
            : 0.0,
        bothNameEvents
            ? () -> "events: Jaccard of " + a.events() + " and " + b.events()
            : () -> "events: at least one claim names none",
        () -> "eventWeight * events", steps);
    double similarity = wordTerm + entityTerm + eventTerm;
    steps.node(similarity, Combination.SUM, 3, () -> "weighted topical similarity");
    double p = similarity;
    int gates = 0;
    if (bothNameEvents && sharedEvents == 0) {
      p *= settings.gateFactor();
      gates++;
      steps.leaf(settings.gateFactor(),
          () -> "different events: " + a.events() + " vs " + b.events() + " (gateFactor)");
    }
    if (!a.years().isEmpty() && !b.years().isEmpty() && disjoint(a.years(), b.years())) {
      p *= settings.gateFactor();
      gates++;
      steps.leaf(settings.gateFactor(),
          () -> "different years: " + a.years() + " vs " + b.years() + " (gateFactor)");
    }
    steps.node(p, Combination.PRODUCT, 1 + gates, gates == 0
        ? () -> "P(same proposition): no sign of a different event"
        : () -> "P(same proposition) = similarity * gates");
    boolean framed = gates == 0 && p < settings.topicThreshold() && sameEvent(a, b);
    if (framed) {
      // the same event with the same names taking part: whatever else the sentences add, they
      // are on one topic, so the figures and the polarity decide
      double before = p;
      steps.leaf(settings.topicThreshold(), () -> "the same event with the same participants: "
          + a.frame().get().events() + " with " + participants(a) + ", and "
          + b.frame().get().events() + " with " + participants(b) + " (topicThreshold)");
      p = Math.max(before, settings.topicThreshold());
      steps.node(p, Combination.FORMULA, 2,
          () -> "P(same proposition) = max(similarity, topicThreshold): one event");
    }

    if (p < settings.sameThreshold()) {
      // kept apart: only a gate separates claims that look alike or give compatible figures
      boolean compatible = gates > 0 && compareFigures(a, b).compatible();
      boolean keptApart = gates > 0 && (similarity >= settings.sameThreshold() || compatible);
      return unrelated(p, keptApart, () -> "P below the threshold "
          + num(settings.sameThreshold()) + (keptApart
              ? "; kept apart by a different event despite "
                  + (compatible ? "compatible figures" : "the likeness")
              : ""), steps);
    }
    boolean negA = a.modality() == Modality.NEGATED;
    boolean negB = b.modality() == Modality.NEGATED;
    if (negA != negB && p >= settings.polarityThreshold()) {
      return scored(RelationType.CONFLICTS, false, p, 1.0, () -> "opposite polarity: "
          + (negA ? "the first" : "the second") + " claim denies what the other states", steps);
    }
    FigureComparison figures = compareFigures(a, b);
    if (figures.conflictA != null) {
      return scored(RelationType.CONFLICTS, false, p, 1.0, () -> "incompatible figures: "
          + describe(figures.conflictA) + " vs " + describe(figures.conflictB), steps);
    }
    if (figures.refinementA != null) {
      return scored(RelationType.REFINES, !figures.aNarrower, p, 1.0, () -> "more specific figure: "
          + describe(figures.refinementA) + " vs " + describe(figures.refinementB), steps);
    }
    if (figures.agreementA != null) {
      return scored(RelationType.AGREES, false, p, 1.0, () -> "compatible figures: "
          + describe(figures.agreementA) + " vs " + describe(figures.agreementB), steps);
    }
    if (p < settings.topicThreshold()) {
      return unrelated(p, false, () -> "nothing to compare but the topic, and P below the topic"
          + " threshold " + num(settings.topicThreshold()), steps);
    }
    return scored(RelationType.AGREES, false, p, settings.unverifiedAgreement(), framed
        ? () -> "the same event with the same participants, no figure or polarity to compare"
            + " (unverifiedAgreement)"
        : () -> "same topic, no figure or polarity to compare (unverifiedAgreement)", steps);
  }

  /** {@code weight * measure}, recorded as the product of the two. */
  private static double weighted(double weight, Supplier<String> weightName, double measure,
      Supplier<String> measureDescription, Supplier<String> description, Steps steps) {
    steps.leaf(weight, weightName);
    steps.leaf(measure, measureDescription);
    double term = weight * measure;
    steps.node(term, Combination.PRODUCT, 2, description);
    return term;
  }

  /** UNRELATED with score {@code 1 - P(same)}; P(same) is the last step recorded. */
  private static Outcome unrelated(double p, boolean keptApart, Supplier<String> why, Steps steps) {
    double score = 1.0 - p;
    steps.node(score, Combination.FORMULA, 1,
        () -> "UNRELATED: 1 - P(same proposition); " + why.get());
    return new Outcome(RelationType.UNRELATED, false, score, keptApart);
  }

  /** {@code type} with score {@code P(same) * evidence}; P(same) is the last step recorded. */
  private static Outcome scored(RelationType type, boolean reversed, double p, double evidence,
      Supplier<String> why, Steps steps) {
    steps.leaf(evidence, why);
    double score = p * evidence;
    steps.node(score, Combination.PRODUCT, 2, () -> type + ": P(same proposition) * evidence");
    return new Outcome(type, reversed, score, false);
  }

  /** The participants of a claim's frame, as the claim spells them, in key order. */
  private static String participants(ExtractedClaim c) {
    java.util.List<String> names = new java.util.ArrayList<>();
    for (String key : c.frame().orElseThrow().participants()) {
      names.add(spelling(c, key).orElse(key));
    }
    return names.toString();
  }

  /** Whether both claims have frames and they state the same event ({@link Frame#sameEvent}). */
  private static boolean sameEvent(ExtractedClaim a, ExtractedClaim b) {
    return a.frame().isPresent() && b.frame().isPresent()
        && a.frame().get().sameEvent(b.frame().get());
  }

  private static <T> int sharedCount(SortedSet<T> a, SortedSet<T> b) {
    int shared = 0;
    for (T x : a) {
      if (b.contains(x)) {
        shared++;
      }
    }
    return shared;
  }

  private static <T> boolean disjoint(SortedSet<T> a, SortedSet<T> b) {
    for (T x : a) {
      if (b.contains(x)) {
        return false;
      }
    }
    return true;
  }

  private static TreeSet<String> sharedSet(SortedSet<String> a, SortedSet<String> b) {
    TreeSet<String> s = new TreeSet<>(a);
    s.retainAll(b);
    return s;
  }

  /**
   * The entities both claims name, as the first claim spells them (else the second; the
   * normalised key only when neither mention is found), in key order.
   */
  private static String sharedEntities(ExtractedClaim a, ExtractedClaim b) {
    java.util.List<String> names = new java.util.ArrayList<>();
    for (String key : sharedSet(a.entityKeys(), b.entityKeys())) {
      names.add(spelling(a, key).or(() -> spelling(b, key)).orElse(key));
    }
    return names.toString();
  }

  private static Optional<String> spelling(ExtractedClaim c, String key) {
    return c.entities().stream().filter(e -> e.key().equals(key)).map(e -> e.surface())
        .findFirst();
  }

  /**
   * The outcome of comparing the figures of two claims: the first pair of {@code a}'s and
   * {@code b}'s figures behind the verdict; at most one verdict set, by priority.
   */
  private static final class FigureComparison {
    Quantity agreementA;
    Quantity agreementB;
    Quantity refinementA;
    Quantity refinementB;
    boolean aNarrower;
    Quantity conflictA;
    Quantity conflictB;

    boolean compatible() {
      return agreementA != null || refinementA != null;
    }
  }

  private FigureComparison compareFigures(ExtractedClaim a, ExtractedClaim b) {
    FigureComparison out = new FigureComparison();
    Quantity firstConflictA = null;
    Quantity firstConflictB = null;
    boolean anyCompatible = false;
    for (Quantity qa : a.quantities()) {
      for (Quantity qb : b.quantities()) {
        if (!comparable(qa, qb)) {
          continue;
        }
        double[] ra = range(qa);
        double[] rb = range(qb);
        boolean overlap = ra[0] <= rb[1] && rb[0] <= ra[1];
        if (!overlap) {
          if (firstConflictA == null) {
            firstConflictA = qa;
            firstConflictB = qb;
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
        if (out.refinementA == null && aInsideB != bInsideA) {
          out.refinementA = qa;
          out.refinementB = qb;
          out.aNarrower = aInsideB;
        }
        if (out.agreementA == null) {
          out.agreementA = qa;
          out.agreementB = qb;
        }
      }
    }
    if (!anyCompatible && firstConflictA != null) {
      out.conflictA = firstConflictA;
      out.conflictB = firstConflictB;
    } else if (out.refinementA != null) {
      out.agreementA = null;
      out.agreementB = null;
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
