package org.corroborate.news;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Immutable settings of the news pipeline: signal weights, the language and its word lists,
 * declared aliases, how much a source's prior counts, the truth-discovery algorithm run over the
 * clusters, whether a document that is not text fails the call, and the thresholds and caps
 * of matching, relating and counting independent voices.
 *
 * <p>Built with {@link #builder()}; each setting is checked when set and may be set once. Names of
 * signals, languages and word lists are checked against the implementation when a scorer is made
 * ({@link NewsScoring#scorer}).
 *
 * <p><b>Language as data.</b> Every word the pipeline reads (page chrome, abbreviations, month and
 * number words, units, attribution verbs, modality and certainty cues, names' titles, event types,
 * counted nouns, stop words, aliases, ...) comes from a word list of the {@linkplain
 * Builder#language language}, a folder of plain-text files in the implementation; {@link
 * Builder#lexicon} replaces any one list. The implementation's {@code docs/news-pipeline.md}
 * lists every list with its format.
 *
 * <p><b>Matching, relating and independence.</b> How two claims are judged to be about the same
 * proposition: {@code P(same) = gate * (matchWordWeight * words + matchEntityWeight * entities +
 * matchEventWeight * events)}, the three weights adding up to 1, and {@code gate} the {@link
 * #gateFactor()} for each sign of a different event. Below {@link #sameThreshold()} a pair is
 * UNRELATED; {@link #polarityThreshold()} and {@link #topicThreshold()} decide when an assertion
 * and a denial conflict and when a pair with nothing but its topic to compare agrees (at {@link
 * #unverifiedAgreement()} strength); figures are compatible when their ranges, widened by {@link
 * #exactTolerance()} or {@link #approximateTolerance()}, overlap. Blocking skips blocks of more
 * than {@link #maxBlockSize()} claims and keeps {@link #maxCandidatesPerClaim()} candidates per
 * claim; a document whose 8-word sequences are at least {@link #copyThreshold()} contained in
 * another republishes it ({@link #maxShinglePostings()} bounds the pairs one shared sequence
 * makes); a cluster's confidence grows with its independent voices as {@code 1 - (1 -
 * voiceWeight)^k}. A sentence longer than {@link #maxSentenceChars()} characters (a run of text
 * with no sentence end, say a 10 MB line) is cut into pieces of at most that length, with a
 * warning naming the document. A sentence is a claim when its check-worthiness reaches {@link
 * #checkWorthinessThreshold()} (a title or headline always is). The defaults are the {@code
 * DEFAULT_} constants; docs/news-pipeline.md lists every setting with its range. Serializable,
 * so that a cluster can send a configuration to its tasks.
 */
public final class ScoringConfig implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /** The prior weight used when none is set. */
  public static final double DEFAULT_PRIOR_WEIGHT = 0.3;

  /** The language used when none is set: English. */
  public static final String DEFAULT_LANGUAGE = "en";

  /** The truth-discovery algorithm used when none is set. */
  public static final String DEFAULT_ALGORITHM = "accu";

  /** The claim similarity that groups claims into propositions when none is set. */
  public static final String DEFAULT_SIMILARITY = "lexical";

  /** Weight of content-word similarity in P(same proposition), {@value}. */
  public static final double DEFAULT_MATCH_WORD_WEIGHT = 0.6;

  /** Weight of entity similarity in P(same proposition), {@value}. */
  public static final double DEFAULT_MATCH_ENTITY_WEIGHT = 0.25;

  /** Weight of event agreement in P(same proposition), {@value}. */
  public static final double DEFAULT_MATCH_EVENT_WEIGHT = 0.15;

  /** P(same proposition) below which two claims are unrelated, {@value}. */
  public static final double DEFAULT_SAME_THRESHOLD = 0.35;

  /** P(same proposition) from which claims with only their topic to compare agree, {@value}. */
  public static final double DEFAULT_TOPIC_THRESHOLD = 0.5;

  /** P(same proposition) from which an assertion and a denial conflict, {@value}. */
  public static final double DEFAULT_POLARITY_THRESHOLD = 0.5;

  /** Factor on P(same proposition) for each sign of a different event, {@value}. */
  public static final double DEFAULT_GATE_FACTOR = 0.1;

  /** Relative tolerance around an exact figure, {@value}. */
  public static final double DEFAULT_EXACT_TOLERANCE = 0.02;

  /** Relative tolerance around an approximate figure, {@value}. */
  public static final double DEFAULT_APPROXIMATE_TOLERANCE = 0.15;

  /** Strength of an agreement with nothing but the topic to compare, {@value}. */
  public static final double DEFAULT_UNVERIFIED_AGREEMENT = 0.8;

  /** Largest block of claims sharing a key that the matcher compares, {@value}. */
  public static final int DEFAULT_MAX_BLOCK_SIZE = 100;

  /** Most candidate partners kept per claim, {@value}. */
  public static final int DEFAULT_MAX_CANDIDATES_PER_CLAIM = 100;

  /** Containment from which a document republishes another, {@value}. */
  public static final double DEFAULT_COPY_THRESHOLD = 0.5;

  /** Most documents one shared 8-word sequence pairs all of, {@value}. */
  public static final int DEFAULT_MAX_SHINGLE_POSTINGS = 10;

  /** How much one independent voice adds to a cluster's confidence, {@value}. */
  public static final double DEFAULT_VOICE_WEIGHT = 0.5;

  /** The most characters of one sentence when none is set. */
  public static final int DEFAULT_MAX_SENTENCE_CHARS = 2_000;

  /**
   * Check-worthiness from which a sentence becomes a claim, {@value}: where the cues for and
   * against a checkable statement balance (docs/news-pipeline.md, "Check-worthiness").
   */
  public static final double DEFAULT_CHECK_WORTHINESS_THRESHOLD = 0.5;

  /** How far the three match weights' sum may be from 1 (rounding of decimal fractions). */

  private static final double WEIGHT_SUM_TOLERANCE = 1e-9;

  private static final ScoringConfig DEFAULTS = builder().build();

  private final String algorithm;
  private final String similarity;
  private final Map<String, Double> signalWeights;
  private final Map<String, List<String>> lexicons;
  private final List<String> aliases;
  private final double priorWeight;
  private final boolean strict;
  private final double matchWordWeight;
  private final double matchEntityWeight;
  private final double matchEventWeight;
  private final double sameThreshold;
  private final double topicThreshold;
  private final double polarityThreshold;
  private final double gateFactor;
  private final double exactTolerance;
  private final double approximateTolerance;
  private final double unverifiedAgreement;
  private final int maxBlockSize;
  private final int maxCandidatesPerClaim;
  private final double copyThreshold;
  private final int maxShinglePostings;
  private final double voiceWeight;
  private final int maxSentenceChars;
  /** The thread count set, or 0 when none is (then the available processors). */
  private final int threads;
  private final double checkWorthinessThreshold;

  // language settings (language, lexicons): kept together
  private final String language;

  private ScoringConfig(Builder b) {
    this.algorithm = b.algorithm == null ? DEFAULT_ALGORITHM : b.algorithm;
    this.similarity = b.similarity == null ? DEFAULT_SIMILARITY : b.similarity;
    this.signalWeights = Collections.unmodifiableMap(new TreeMap<>(b.signalWeights));
    this.lexicons = Collections.unmodifiableMap(new TreeMap<>(b.lexicons));
    this.aliases = List.copyOf(b.aliases);
    this.priorWeight = b.priorWeight == null ? DEFAULT_PRIOR_WEIGHT : b.priorWeight;
    this.strict = b.strict != null && b.strict;
    this.language = b.language == null ? DEFAULT_LANGUAGE : b.language;
    this.matchWordWeight = or(b.matchWordWeight, DEFAULT_MATCH_WORD_WEIGHT);
    this.matchEntityWeight = or(b.matchEntityWeight, DEFAULT_MATCH_ENTITY_WEIGHT);
    this.matchEventWeight = or(b.matchEventWeight, DEFAULT_MATCH_EVENT_WEIGHT);
    this.sameThreshold = or(b.sameThreshold, DEFAULT_SAME_THRESHOLD);
    this.topicThreshold = or(b.topicThreshold, DEFAULT_TOPIC_THRESHOLD);
    this.polarityThreshold = or(b.polarityThreshold, DEFAULT_POLARITY_THRESHOLD);
    this.gateFactor = or(b.gateFactor, DEFAULT_GATE_FACTOR);
    this.exactTolerance = or(b.exactTolerance, DEFAULT_EXACT_TOLERANCE);
    this.approximateTolerance = or(b.approximateTolerance, DEFAULT_APPROXIMATE_TOLERANCE);
    this.unverifiedAgreement = or(b.unverifiedAgreement, DEFAULT_UNVERIFIED_AGREEMENT);
    this.maxBlockSize = b.maxBlockSize == null ? DEFAULT_MAX_BLOCK_SIZE : b.maxBlockSize;
    this.maxCandidatesPerClaim = b.maxCandidatesPerClaim == null
        ? DEFAULT_MAX_CANDIDATES_PER_CLAIM : b.maxCandidatesPerClaim;
    this.copyThreshold = or(b.copyThreshold, DEFAULT_COPY_THRESHOLD);
    this.maxShinglePostings =
        b.maxShinglePostings == null ? DEFAULT_MAX_SHINGLE_POSTINGS : b.maxShinglePostings;
    this.voiceWeight = or(b.voiceWeight, DEFAULT_VOICE_WEIGHT);
    this.maxSentenceChars =
        b.maxSentenceChars == null ? DEFAULT_MAX_SENTENCE_CHARS : b.maxSentenceChars;
    this.checkWorthinessThreshold =
        or(b.checkWorthinessThreshold, DEFAULT_CHECK_WORTHINESS_THRESHOLD);
    this.threads = b.threads == null ? 0 : b.threads;
  }

  private static double or(Double set, double byDefault) {
    return set == null ? byDefault : set;
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the configuration with every default. */
  public static ScoringConfig defaults() {
    return DEFAULTS;
  }

  /** The truth-discovery algorithm run over the clusters; {@value #DEFAULT_ALGORITHM} unless set. */
  public String algorithm() {
    return algorithm;
  }

  /**
   * The name of the {@link ClaimSimilarity} that groups claims into propositions ({@value
   * #DEFAULT_SIMILARITY} unless set); {@code semantic} and {@code hybrid} come with the optional
   * embeddings artifact.
   */
  public String similarity() {
    return similarity;
  }

  /** Signal weights set, by signal name; signals not listed keep their default weight. */
  public Map<String, Double> signalWeights() {
    return signalWeights;
  }

  /**
   * The code of the language whose word lists the pipeline reads, e.g. {@code en}; {@value
   * #DEFAULT_LANGUAGE} unless set.
   */
  public String language() {
    return language;
  }

  /** Word lists replacing those of the language, by list name, each as its lines. */
  public Map<String, List<String>> lexicons() {
    return lexicons;
  }

  /** Declared alias lines, {@code Canonical name: alias | alias}, added to the shipped ones. */
  public List<String> aliases() {
    return aliases;
  }

  /**
   * How much a source's prior reliability counts, in [0, 1]: reliability = (1 - w) x evidence + w
   * x prior for a source with a prior; {@value #DEFAULT_PRIOR_WEIGHT} unless set.
   */
  public double priorWeight() {
    return priorWeight;
  }

  /** Whether a document that is not text fails the call; otherwise it is reported and left out. */
  public boolean strict() {
    return strict;
  }

  // ---- matching, relating and independence ----

  /**
   * Weight of content-word similarity (IDF-weighted Dice) in P(same proposition), in [0, 1];
   * with {@link #matchEntityWeight()} and {@link #matchEventWeight()} it adds up to 1; {@value
   * #DEFAULT_MATCH_WORD_WEIGHT} unless set.
   */
  public double matchWordWeight() {
    return matchWordWeight;
  }

  /**
   * Weight of entity similarity (IDF-weighted Dice over canonical names) in P(same proposition),
   * in [0, 1]; {@value #DEFAULT_MATCH_ENTITY_WEIGHT} unless set.
   */
  public double matchEntityWeight() {
    return matchEntityWeight;
  }

  /**
   * Weight of event agreement (Jaccard over event types) in P(same proposition), in [0, 1];
   * {@value #DEFAULT_MATCH_EVENT_WEIGHT} unless set.
   */
  public double matchEventWeight() {
    return matchEventWeight;
  }

  /**
   * P(same proposition) from which two claims are compared for agreement, in [0, 1]; below it
   * they are UNRELATED; {@value #DEFAULT_SAME_THRESHOLD} unless set.
   */
  public double sameThreshold() {
    return sameThreshold;
  }

  /**
   * P(same proposition) from which two claims with nothing but their topic to compare (no
   * comparable figure, same polarity) agree, in [0, 1]; {@value #DEFAULT_TOPIC_THRESHOLD} unless
   * set.
   */
  public double topicThreshold() {
    return topicThreshold;
  }

  /**
   * P(same proposition) from which an assertion and a denial conflict, in [0, 1]; {@value
   * #DEFAULT_POLARITY_THRESHOLD} unless set.
   */
  public double polarityThreshold() {
    return polarityThreshold;
  }

  /**
   * Factor applied to P(same proposition) for each sign of a different event (both claims name
   * events and share none; both name years and share none), in [0, 1]; {@value
   * #DEFAULT_GATE_FACTOR} unless set.
   */
  public double gateFactor() {
    return gateFactor;
  }

  /**
   * Relative tolerance by which an exact figure's range is widened before comparing, in [0, 1];
   * {@value #DEFAULT_EXACT_TOLERANCE} unless set.
   */
  public double exactTolerance() {
    return exactTolerance;
  }

  /**
   * Relative tolerance by which a figure the text hedges ("about 300") is widened, in [0, 1];
   * {@value #DEFAULT_APPROXIMATE_TOLERANCE} unless set.
   */
  public double approximateTolerance() {
    return approximateTolerance;
  }

  /**
   * Strength of an agreement with no figure or polarity to compare, only the topic, in [0, 1]:
   * the relation's score is P(same proposition) times it; {@value #DEFAULT_UNVERIFIED_AGREEMENT}
   * unless set.
   */
  public double unverifiedAgreement() {
    return unverifiedAgreement;
  }

  /**
   * Largest block (claims sharing one key) the matcher pairs up, at least 2; a larger block says
   * nothing about which claims match and is skipped; {@value #DEFAULT_MAX_BLOCK_SIZE} unless set.
   */
  public int maxBlockSize() {
    return maxBlockSize;
  }

  /**
   * Most candidate partners kept per claim, those sharing the most evidence, at least 1; {@value
   * #DEFAULT_MAX_CANDIDATES_PER_CLAIM} unless set.
   */
  public int maxCandidatesPerClaim() {
    return maxCandidatesPerClaim;
  }

  /**
   * Containment (shared 8-word sequences over the smaller document's) from which a document is
   * found to republish another, in (0, 1]; {@value #DEFAULT_COPY_THRESHOLD} unless set.
   */
  public double copyThreshold() {
    return copyThreshold;
  }

  /**
   * Most documents one shared 8-word sequence pairs all of, at least 2; a sequence held by more
   * pairs each holder with the first and with its neighbour only, so that the cost stays linear;
   * {@value #DEFAULT_MAX_SHINGLE_POSTINGS} unless set.
   */
  public int maxShinglePostings() {
    return maxShinglePostings;
  }

  /**
   * How much one independent voice adds to a cluster's confidence, in (0, 1): the confidence of
   * the leading position is multiplied by {@code 1 - (1 - voiceWeight)^k} for its {@code k}
   * independent voices; {@value #DEFAULT_VOICE_WEIGHT} unless set.
   */
  public double voiceWeight() {
    return voiceWeight;
  }

  /**
   * Most characters of one sentence, at least 100: a longer one (text with no sentence end) is
   * cut into pieces of at most this length, at a space when there is one in the piece's second
   * half, and the report warns about the document (with {@link #strict()}, the call fails);
   * {@value #DEFAULT_MAX_SENTENCE_CHARS} unless set.
   */
  public int maxSentenceChars() {
    return maxSentenceChars;
  }

  /**
   * Check-worthiness from which a sentence becomes a claim, in [0, 1]; a title or headline is a
   * claim whatever its score, and the sentences below it are counted in the report ({@link
   * DocumentResult#sentencesBelowThreshold()}); {@value #DEFAULT_CHECK_WORTHINESS_THRESHOLD}
   * unless set. 0 makes every sentence a claim.
   */
  public double checkWorthinessThreshold() {
    return checkWorthinessThreshold;
  }

  /**
   * The number of threads a scoring call may use, if set. The documents are read, cleaned and
   * mined for claims in parallel, one document to a task, and merged in document order, so the
   * report is the same byte for byte whatever the number.
   */
  public java.util.OptionalInt threads() {
    return threads == 0 ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(threads);
  }

  /** The number of threads a scoring call uses: {@link #threads()}, else the available processors. */
  public int effectiveThreads() {
    return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ScoringConfig that
        && algorithm.equals(that.algorithm)
        && similarity.equals(that.similarity)
        && signalWeights.equals(that.signalWeights)
        && lexicons.equals(that.lexicons)
        && aliases.equals(that.aliases)
        && Double.compare(priorWeight, that.priorWeight) == 0
        && strict == that.strict
        && language.equals(that.language)
        && Double.compare(checkWorthinessThreshold, that.checkWorthinessThreshold) == 0
        && threads == that.threads
        && matchingEquals(that);
  }

  private boolean matchingEquals(ScoringConfig that) {
    return Double.compare(matchWordWeight, that.matchWordWeight) == 0
        && Double.compare(matchEntityWeight, that.matchEntityWeight) == 0
        && Double.compare(matchEventWeight, that.matchEventWeight) == 0
        && Double.compare(sameThreshold, that.sameThreshold) == 0
        && Double.compare(topicThreshold, that.topicThreshold) == 0
        && Double.compare(polarityThreshold, that.polarityThreshold) == 0
        && Double.compare(gateFactor, that.gateFactor) == 0
        && Double.compare(exactTolerance, that.exactTolerance) == 0
        && Double.compare(approximateTolerance, that.approximateTolerance) == 0
        && Double.compare(unverifiedAgreement, that.unverifiedAgreement) == 0
        && maxBlockSize == that.maxBlockSize
        && maxCandidatesPerClaim == that.maxCandidatesPerClaim
        && Double.compare(copyThreshold, that.copyThreshold) == 0
        && maxShinglePostings == that.maxShinglePostings
        && Double.compare(voiceWeight, that.voiceWeight) == 0
        && maxSentenceChars == that.maxSentenceChars;
  }

  @Override
  public int hashCode() {
    return Objects.hash(algorithm, similarity, signalWeights, lexicons, aliases, priorWeight,
        strict, language, checkWorthinessThreshold, threads, matchingHash());
  }

  private int matchingHash() {
    return Objects.hash(matchWordWeight, matchEntityWeight, matchEventWeight, sameThreshold,
        topicThreshold, polarityThreshold, gateFactor, exactTolerance, approximateTolerance,
        unverifiedAgreement, maxBlockSize, maxCandidatesPerClaim, copyThreshold,
        maxShinglePostings, voiceWeight, maxSentenceChars);
  }

  /** Lists every setting with its effective value. */
  @Override
  public String toString() {
    return "ScoringConfig{algorithm=" + algorithm + ", similarity=" + similarity
        + ", signalWeights=" + signalWeights
        + ", lexicons=" + lexicons.keySet() + ", aliases=" + aliases.size() + " lines"
        + ", priorWeight=" + priorWeight + ", strict=" + strict
        + ", language=" + language
        + ", checkWorthinessThreshold=" + checkWorthinessThreshold
        + ", threads=" + (threads == 0 ? "default" : threads)
        + ", " + matchingText() + "}";
  }

  private String matchingText() {
    return "matchWordWeight=" + matchWordWeight + ", matchEntityWeight=" + matchEntityWeight
        + ", matchEventWeight=" + matchEventWeight + ", sameThreshold=" + sameThreshold
        + ", topicThreshold=" + topicThreshold + ", polarityThreshold=" + polarityThreshold
        + ", gateFactor=" + gateFactor + ", exactTolerance=" + exactTolerance
        + ", approximateTolerance=" + approximateTolerance
        + ", unverifiedAgreement=" + unverifiedAgreement + ", maxBlockSize=" + maxBlockSize
        + ", maxCandidatesPerClaim=" + maxCandidatesPerClaim + ", copyThreshold=" + copyThreshold
        + ", maxShinglePostings=" + maxShinglePostings + ", voiceWeight=" + voiceWeight
        + ", maxSentenceChars=" + maxSentenceChars;
  }

  /** Collects settings; each is checked on arrival and may be set only once. Not thread-safe. */
  public static final class Builder {
    private String algorithm;
    private String similarity;
    private final Map<String, Double> signalWeights = new TreeMap<>();
    private final Map<String, List<String>> lexicons = new TreeMap<>();
    private final List<String> aliases = new ArrayList<>();
    private boolean aliasesSet;
    private Double priorWeight;
    private Boolean strict;
    private String language;
    private Double matchWordWeight;
    private Double matchEntityWeight;
    private Double matchEventWeight;
    private Double sameThreshold;
    private Double topicThreshold;
    private Double polarityThreshold;
    private Double gateFactor;
    private Double exactTolerance;
    private Double approximateTolerance;
    private Double unverifiedAgreement;
    private Integer maxBlockSize;
    private Integer maxCandidatesPerClaim;
    private Double copyThreshold;
    private Integer maxShinglePostings;
    private Double voiceWeight;
    private Integer maxSentenceChars;
    private Double checkWorthinessThreshold;
    private Integer threads;

    private Builder() {}

    /** Sets the truth-discovery algorithm by its lower-case name, e.g. {@code accu}. */
    public Builder algorithm(String name) {
      Objects.requireNonNull(name, "algorithm");
      once(algorithm == null, "algorithm");
      if (name.isBlank()) {
        throw new IllegalArgumentException("algorithm: must not be blank");
      }
      algorithm = name;
      return this;
    }

    /**
     * Sets the claim similarity by its name, e.g. {@code lexical}: lower-case letters, digits and
     * hyphens. Whether a provider of that name is present is checked when a pipeline is made.
     *
     * @throws IllegalArgumentException if the name is not of that form or the similarity was
     *     already set
     */
    public Builder similarity(String name) {
      Objects.requireNonNull(name, "similarity");
      once(similarity == null, "similarity");
      if (!name.matches("[a-z0-9-]+")) {
        throw new IllegalArgumentException("similarity: '" + name
            + "' is not a name of lower-case letters, digits and hyphens");
      }
      similarity = name;
      return this;
    }

    /**
     * Sets a signal's weight in the reliability's weighted mean; 0 shows the signal without
     * counting it.
     *
     * @throws IllegalArgumentException if the weight is negative, NaN or infinite, or this signal's
     *     weight was already set
     */
    public Builder signalWeight(String signal, double weight) {
      Objects.requireNonNull(signal, "signal");
      once(!signalWeights.containsKey(signal), "signalWeight[" + signal + "]");
      if (!(weight >= 0.0) || Double.isInfinite(weight)) {
        throw new IllegalArgumentException(
            "signalWeight[" + signal + "]: must be finite and >= 0, was " + weight);
      }
      signalWeights.put(signal, weight);
      return this;
    }

    // language settings: language and lexicon

    /**
     * Sets the language whose word lists the pipeline reads, by its code: lower-case letters, two
     * or three, optionally followed by {@code -} and a subtag ({@code en}, {@code pt-br}). The
     * implementation ships {@code en}; a language is a folder of word lists (see {@link
     * ScoringConfig}), so one added to the implementation's resources is found by its code. An
     * unknown language fails when a scorer is made, naming this setting and the languages shipped.
     *
     * @throws IllegalArgumentException if {@code code} is not of that form
     * @throws IllegalStateException if the language was already set
     */
    public Builder language(String code) {
      Objects.requireNonNull(code, "language");
      once(language == null, "language");
      if (!code.matches("[a-z]{2,3}(-[a-z0-9]{1,8})*")) {
        throw new IllegalArgumentException(
            "language: must be a language code such as 'en', was '" + code + "'");
      }
      language = code;
      return this;
    }

    /**
     * Replaces one word list of the language, e.g. {@code loaded} or {@code chrome}, with these
     * lines, in the format of the list it replaces: one word per line, or {@code NAME: word word
     * ...} groups, or {@code KEY: value} entries; {@code #} comments and blank lines skipped. Every
     * list can be replaced; the names are checked when a scorer is made, and a malformed line
     * then fails naming the list and the line.
     *
     * @throws IllegalStateException if this list was already set
     */
    public Builder lexicon(String name, List<String> lines) {
      Objects.requireNonNull(name, "lexicon");
      Objects.requireNonNull(lines, "lines");
      once(!lexicons.containsKey(name), "lexicon[" + name + "]");
      List<String> copy = List.copyOf(lines);
      lexicons.put(name, copy);
      return this;
    }

    /** Declares aliases, one group per line as {@code Canonical name: alias | alias}. */
    public Builder aliases(List<String> lines) {
      Objects.requireNonNull(lines, "aliases");
      once(!aliasesSet, "aliases");
      aliasesSet = true;
      aliases.addAll(List.copyOf(lines));
      return this;
    }

    /** Sets how much a source's prior reliability counts, in [0, 1]. */
    public Builder priorWeight(double weight) {
      once(priorWeight == null, "priorWeight");
      if (!(weight >= 0.0 && weight <= 1.0)) {
        throw new IllegalArgumentException("priorWeight: must be in [0, 1], was " + weight);
      }
      priorWeight = weight;
      return this;
    }

    /** Sets whether a document that is not text fails the call. */
    public Builder strict(boolean value) {
      once(strict == null, "strict");
      strict = value;
      return this;
    }

    // ---- matching, relating and independence ----

    /**
     * Sets the weight of content-word similarity in P(same proposition), in [0, 1]; the three
     * {@code match...Weight} settings must add up to 1 (checked by {@link #build()}).
     *
     * @throws IllegalArgumentException if the weight is outside [0, 1] or NaN
     * @throws IllegalStateException if it was already set
     */
    public Builder matchWordWeight(double weight) {
      matchWordWeight = unit("matchWordWeight", matchWordWeight, weight);
      return this;
    }

    /**
     * Sets the weight of entity similarity in P(same proposition), in [0, 1]; see {@link
     * #matchWordWeight}.
     *
     * @throws IllegalArgumentException if the weight is outside [0, 1] or NaN
     * @throws IllegalStateException if it was already set
     */
    public Builder matchEntityWeight(double weight) {
      matchEntityWeight = unit("matchEntityWeight", matchEntityWeight, weight);
      return this;
    }

    /**
     * Sets the weight of event agreement in P(same proposition), in [0, 1]; see {@link
     * #matchWordWeight}.
     *
     * @throws IllegalArgumentException if the weight is outside [0, 1] or NaN
     * @throws IllegalStateException if it was already set
     */
    public Builder matchEventWeight(double weight) {
      matchEventWeight = unit("matchEventWeight", matchEventWeight, weight);
      return this;
    }

    /**
     * Sets the P(same proposition) below which two claims are unrelated, in [0, 1].
     *
     * @throws IllegalArgumentException if the value is outside [0, 1] or NaN
     * @throws IllegalStateException if it was already set
     */
    public Builder sameThreshold(double threshold) {
      sameThreshold = unit("sameThreshold", sameThreshold, threshold);
      return this;
    }

    /**
     * Sets the P(same proposition) from which claims with only their topic to compare agree, in
     * [0, 1].
     *
     * @throws IllegalArgumentException if the value is outside [0, 1] or NaN
     * @throws IllegalStateException if it was already set
     */
    public Builder topicThreshold(double threshold) {
      topicThreshold = unit("topicThreshold", topicThreshold, threshold);
      return this;
    }

    /**
     * Sets the P(same proposition) from which an assertion and a denial conflict, in [0, 1].
     *
     * @throws IllegalArgumentException if the value is outside [0, 1] or NaN
     * @throws IllegalStateException if it was already set
     */
    public Builder polarityThreshold(double threshold) {
      polarityThreshold = unit("polarityThreshold", polarityThreshold, threshold);
      return this;
    }

    /**
     * Sets the factor on P(same proposition) for each sign of a different event, in [0, 1]; 1
     * turns the gates off.
     *
     * @throws IllegalArgumentException if the value is outside [0, 1] or NaN
     * @throws IllegalStateException if it was already set
     */
    public Builder gateFactor(double factor) {
      gateFactor = unit("gateFactor", gateFactor, factor);
      return this;
    }

    /**
     * Sets the relative tolerance around an exact figure, in [0, 1].
     *
     * @throws IllegalArgumentException if the value is outside [0, 1] or NaN
     * @throws IllegalStateException if it was already set
     */
    public Builder exactTolerance(double tolerance) {
      exactTolerance = unit("exactTolerance", exactTolerance, tolerance);
      return this;
    }

    /**
     * Sets the relative tolerance around an approximate figure, in [0, 1].
     *
     * @throws IllegalArgumentException if the value is outside [0, 1] or NaN
     * @throws IllegalStateException if it was already set
     */
    public Builder approximateTolerance(double tolerance) {
      approximateTolerance = unit("approximateTolerance", approximateTolerance, tolerance);
      return this;
    }

    /**
     * Sets the strength of an agreement with nothing but the topic to compare, in [0, 1].
     *
     * @throws IllegalArgumentException if the value is outside [0, 1] or NaN
     * @throws IllegalStateException if it was already set
     */
    public Builder unverifiedAgreement(double strength) {
      unverifiedAgreement = unit("unverifiedAgreement", unverifiedAgreement, strength);
      return this;
    }

    /**
     * Sets the largest block of claims sharing a key that the matcher pairs up, at least 2.
     *
     * @throws IllegalArgumentException if the size is below 2
     * @throws IllegalStateException if it was already set
     */
    public Builder maxBlockSize(int size) {
      maxBlockSize = atLeast("maxBlockSize", maxBlockSize, size, 2);
      return this;
    }

    /**
     * Sets how many candidate partners are kept per claim, at least 1.
     *
     * @throws IllegalArgumentException if the count is below 1
     * @throws IllegalStateException if it was already set
     */
    public Builder maxCandidatesPerClaim(int count) {
      maxCandidatesPerClaim = atLeast("maxCandidatesPerClaim", maxCandidatesPerClaim, count, 1);
      return this;
    }

    /**
     * Sets the containment from which a document is found to republish another, in (0, 1]; 1
     * finds only documents whose every 8-word sequence is in the other.
     *
     * @throws IllegalArgumentException if the value is outside (0, 1] or NaN
     * @throws IllegalStateException if it was already set
     */
    public Builder copyThreshold(double threshold) {
      once(copyThreshold == null, "copyThreshold", copyThreshold);
      if (!(threshold > 0.0 && threshold <= 1.0)) {
        throw new IllegalArgumentException("copyThreshold: must be in (0, 1], was " + threshold);
      }
      copyThreshold = threshold;
      return this;
    }

    /**
     * Sets how many documents one shared 8-word sequence pairs all of, at least 2.
     *
     * @throws IllegalArgumentException if the count is below 2
     * @throws IllegalStateException if it was already set
     */
    public Builder maxShinglePostings(int count) {
      maxShinglePostings = atLeast("maxShinglePostings", maxShinglePostings, count, 2);
      return this;
    }

    /**
     * Sets how much one independent voice adds to a cluster's confidence, in (0, 1).
     *
     * @throws IllegalArgumentException if the value is outside (0, 1) or NaN
     * @throws IllegalStateException if it was already set
     */
    public Builder voiceWeight(double weight) {
      once(voiceWeight == null, "voiceWeight", voiceWeight);
      if (!(weight > 0.0 && weight < 1.0)) {
        throw new IllegalArgumentException("voiceWeight: must be in (0, 1), was " + weight);
      }
      voiceWeight = weight;
      return this;
    }

    /**
     * Sets the most characters of one sentence, at least 100; a longer one is cut into pieces.
     *
     * @throws IllegalArgumentException if the count is below 100
     * @throws IllegalStateException if it was already set
     */
    public Builder maxSentenceChars(int count) {
      maxSentenceChars = atLeast("maxSentenceChars", maxSentenceChars, count, 100);
      return this;
    }

    /**
     * Sets the number of threads a scoring call may use, from 1 to {@value
     * org.corroborate.truth.TruthDiscoveryConfig#MAX_THREADS} (unset: the available processors);
     * the report does not depend on it.
     *
     * @throws IllegalArgumentException if the number is outside that range
     * @throws IllegalStateException if it was already set
     */
    public Builder threads(int count) {
      once(threads == null, "threads");
      if (count < 1 || count > org.corroborate.truth.TruthDiscoveryConfig.MAX_THREADS) {
        throw new IllegalArgumentException("threads: must be from 1 to "
            + org.corroborate.truth.TruthDiscoveryConfig.MAX_THREADS + ", was " + count);
      }
      threads = count;
      return this;
    }

    /**
     * Sets the check-worthiness from which a sentence becomes a claim, in [0, 1]; 0 makes every
     * sentence a claim, 1 only titles, headlines and sentences whose score rounds to 1.
     *
     * @throws IllegalArgumentException if the value is outside [0, 1] or NaN
     * @throws IllegalStateException if it was already set
     */
    public Builder checkWorthinessThreshold(double threshold) {
      checkWorthinessThreshold =
          unit("checkWorthinessThreshold", checkWorthinessThreshold, threshold);
      return this;
    }

    /**
     * Returns the configuration.
     *
     * @throws IllegalArgumentException if {@code matchWordWeight + matchEntityWeight +
     *     matchEventWeight} (set or default) is not 1
     */
    public ScoringConfig build() {
      double word = matchWordWeight == null ? DEFAULT_MATCH_WORD_WEIGHT : matchWordWeight;
      double entity = matchEntityWeight == null ? DEFAULT_MATCH_ENTITY_WEIGHT : matchEntityWeight;
      double event = matchEventWeight == null ? DEFAULT_MATCH_EVENT_WEIGHT : matchEventWeight;
      double total = word + entity + event;
      if (Math.abs(total - 1.0) > WEIGHT_SUM_TOLERANCE) {
        throw new IllegalArgumentException("matchWordWeight + matchEntityWeight + matchEventWeight:"
            + " must add up to 1, was " + word + " + " + entity + " + " + event + " = " + total
            + " (unset ones take their defaults " + DEFAULT_MATCH_WORD_WEIGHT + ", "
            + DEFAULT_MATCH_ENTITY_WEIGHT + ", " + DEFAULT_MATCH_EVENT_WEIGHT + ")");
      }
      return new ScoringConfig(this);
    }

    private static void once(boolean unset, String setting) {
      if (!unset) {
        throw new IllegalStateException(setting + ": already set");
      }
    }

    private static void once(boolean unset, String setting, Object current) {
      if (!unset) {
        throw new IllegalStateException(setting + ": already set to " + current);
      }
    }

    private static double unit(String setting, Double current, double value) {
      once(current == null, setting, current);
      if (!(value >= 0.0 && value <= 1.0)) {
        throw new IllegalArgumentException(setting + ": must be in [0, 1], was " + value);
      }
      return value;
    }

    private static int atLeast(String setting, Integer current, int value, int least) {
      once(current == null, setting, current);
      if (value < least) {
        throw new IllegalArgumentException(
            setting + ": must be at least " + least + ", was " + value);
      }
      return value;
    }
  }
}
