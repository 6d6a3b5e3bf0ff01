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
 * clusters, and whether a document that is not text fails the call.
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
 */
public final class ScoringConfig {
  /** The prior weight used when none is set. */
  public static final double DEFAULT_PRIOR_WEIGHT = 0.3;

  /** The language used when none is set: English. */
  public static final String DEFAULT_LANGUAGE = "en";

  /** The truth-discovery algorithm used when none is set. */
  public static final String DEFAULT_ALGORITHM = "accu";

  private static final ScoringConfig DEFAULTS = builder().build();

  private final String algorithm;
  private final Map<String, Double> signalWeights;
  private final Map<String, List<String>> lexicons;
  private final List<String> aliases;
  private final double priorWeight;
  private final boolean strict;

  // language settings (language, lexicons): kept together
  private final String language;

  private ScoringConfig(Builder b) {
    this.algorithm = b.algorithm == null ? DEFAULT_ALGORITHM : b.algorithm;
    this.signalWeights = Collections.unmodifiableMap(new TreeMap<>(b.signalWeights));
    this.lexicons = Collections.unmodifiableMap(new TreeMap<>(b.lexicons));
    this.aliases = List.copyOf(b.aliases);
    this.priorWeight = b.priorWeight == null ? DEFAULT_PRIOR_WEIGHT : b.priorWeight;
    this.strict = b.strict != null && b.strict;
    this.language = b.language == null ? DEFAULT_LANGUAGE : b.language;
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

  @Override
  public boolean equals(Object other) {
    return other instanceof ScoringConfig that
        && algorithm.equals(that.algorithm)
        && signalWeights.equals(that.signalWeights)
        && lexicons.equals(that.lexicons)
        && aliases.equals(that.aliases)
        && Double.compare(priorWeight, that.priorWeight) == 0
        && strict == that.strict
        && language.equals(that.language);
  }

  @Override
  public int hashCode() {
    return Objects.hash(algorithm, signalWeights, lexicons, aliases, priorWeight, strict,
        language);
  }

  @Override
  public String toString() {
    return "ScoringConfig{algorithm=" + algorithm + ", signalWeights=" + signalWeights
        + ", lexicons=" + lexicons.keySet() + ", aliases=" + aliases.size() + " lines"
        + ", priorWeight=" + priorWeight + ", strict=" + strict
        + ", language=" + language + "}";
  }

  /** Collects settings; each is checked on arrival and may be set only once. Not thread-safe. */
  public static final class Builder {
    private String algorithm;
    private final Map<String, Double> signalWeights = new TreeMap<>();
    private final Map<String, List<String>> lexicons = new TreeMap<>();
    private final List<String> aliases = new ArrayList<>();
    private boolean aliasesSet;
    private Double priorWeight;
    private Boolean strict;
    private String language;

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

    /** Returns the configuration. */
    public ScoringConfig build() {
      return new ScoringConfig(this);
    }

    private static void once(boolean unset, String setting) {
      if (!unset) {
        throw new IllegalStateException(setting + ": already set");
      }
    }
  }
}
