package org.corroborate.impl.news;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.corroborate.impl.clean.NotTextException;
import org.corroborate.impl.clean.TextCleaner;
import org.corroborate.impl.clean.TextValidator;
import org.corroborate.impl.extract.AliasTable;
import org.corroborate.impl.extract.PatternClaimExtractor;
import org.corroborate.impl.independence.Corroboration;
import org.corroborate.impl.lang.Language;
import org.corroborate.impl.lang.MatchingLexicon;
import org.corroborate.impl.lang.WordLists;
import org.corroborate.impl.reliability.ContentSignals;
import org.corroborate.impl.reliability.SignalLexicons;
import org.corroborate.impl.reliability.SourceReliability;
import org.corroborate.impl.report.NewsReport;
import org.corroborate.impl.report.ReportBuilder;
import org.corroborate.impl.sentence.SentenceSplitter;
import org.corroborate.impl.verdict.VerdictModel;
import org.corroborate.model.Corpus;
import org.corroborate.model.Document;
import org.corroborate.model.Source;
import org.corroborate.news.ScoringConfig;

/**
 * The news pipeline: documents and their sources in, an explained {@link NewsReport} out.
 *
 * <p>Stages: {@link TextValidator} refuses what is not text; {@link TextCleaner} drops page chrome
 * and reads the lead line; {@link SentenceSplitter}; {@link PatternClaimExtractor} keeps the
 * title, the headline and the sentences whose check-worthiness reaches the threshold (every one
 * with a figure, an event, an attributed statement or a denial), counting the others, with
 * their quantities, attribution, modality, entities (merged through a corpus-wide {@link
 * AliasTable}) and dates; {@link Corroboration} matches claims by blocking, relates them, clusters
 * them, counts independent voices and runs the truth-discovery engine over the clusters; the
 * report judges each proposition with the shipped {@link VerdictModel} (TRUE, FALSE or
 * UNVERIFIED from the documents for, against and observing it, weighted by the engine's trust).
 *
 * <p>Immutable and thread-safe; the same input gives the same report, byte for byte. Documents
 * and sources are processed and reported in id order, so the order they are given in changes
 * nothing.
 */
public final class NewsPipeline {
  /** Word lists of the language that the stance classifier reads and this pipeline does not. */
  private static final Set<String> STANCE_LISTS = Set.of("stance-cues", "stance-stopwords");

  private static final NewsPipeline DEFAULTS = of(ScoringConfig.defaults());

  private final Language language;
  private final MatchingLexicon lexicon;
  private final PatternClaimExtractor extractor;
  private final Corroboration.Settings settings;
  private final List<String> aliasLines;
  private final ReportBuilder reports;
  private final ScoringConfig config;

  private NewsPipeline(
      Language language, Corroboration.Settings settings, List<String> aliasLines,
      ReportBuilder reports, ScoringConfig config) {
    this.language = language;
    this.lexicon = MatchingLexicon.of(language);
    this.extractor =
        new PatternClaimExtractor(language, aliasLines, config.maxSentenceChars(),
            config.checkWorthinessThreshold());
    this.settings = settings;
    this.aliasLines = List.copyOf(aliasLines);
    this.reports = reports;
    this.config = config;
  }

  /**
   * The pipeline for a configuration: its language and word lists, signal weights, aliases, prior
   * weight, algorithm, and matching, relating and independence settings. Every word list is read
   * here, once, and handed to the stages.
   *
   * @throws IllegalArgumentException naming the setting for an unknown language, signal, word list
   *     or algorithm, or the list and line of a malformed entry
   */
  public static NewsPipeline of(ScoringConfig config) {
    Objects.requireNonNull(config, "config");
    aliasesValid(config.aliases());
    try {
      org.corroborate.Corroborate.truthDiscovery().algorithm(config.algorithm());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("algorithm: " + e.getMessage(), e);
    }
    Corroboration.Settings settings = Corroboration.Settings.of(config);
    Language language = Language.of(config.language()).withLists(config.lexicons());
    for (String list : config.lexicons().keySet()) {
      if (STANCE_LISTS.contains(list)) {
        throw new IllegalArgumentException("lexicon[" + list + "]: read by the stance classifier"
            + " ('corroborate stance'), not by the news pipeline, so replacing it here would"
            + " change nothing");
      }
    }
    ReportBuilder reports = new ReportBuilder(
        new ContentSignals(SignalLexicons.of(language)),
        new SourceReliability(config.signalWeights(), config.priorWeight()),
        settings.agreement(), language, config.maxSentenceChars(), VerdictModel.shipped());
    return new NewsPipeline(language, settings, config.aliases(), reports, config);
  }

  private static void aliasesValid(List<String> lines) {
    WordLists.entries("aliases", lines, "Canonical: alias | alias");
  }

  /**
   * The claim extractor {@link #score} uses, for hosts that run its steps themselves (the Spark
   * module extracts on a cluster's tasks with it).
   */
  public PatternClaimExtractor extractor() {
    return extractor;
  }

  /**
   * The blocking of claims {@link #score} matches with: the configuration's block size and
   * candidates per claim, and this pipeline's lexicon.
   */
  public org.corroborate.impl.match.ClaimMatcher matcher() {
    return new org.corroborate.impl.match.ClaimMatcher(settings.maxBlock(),
        settings.maxCandidates(), lexicon);
  }

  /**
   * The agreement scorer {@link #score} relates candidate pairs with, over {@code statistics}:
   * the configuration's agreement settings and this pipeline's lexicon.
   */
  public org.corroborate.impl.relate.AgreementScorer scorer(
      org.corroborate.impl.match.ClaimStatistics statistics) {
    return new org.corroborate.impl.relate.AgreementScorer(settings.agreement(), lexicon,
        statistics);
  }

  /** The configuration this pipeline was made from. */
  public ScoringConfig config() {
    return config;
  }

  /**
   * A pipeline that also knows the aliases declared in {@code lines}, one group per line as
   * {@code Canonical name: alias | alias | ...} (blank lines and {@code #} comments skipped), on top
   * of the shipped {@code aliases.txt}.
   *
   * @throws IllegalArgumentException naming the line of a malformed entry
   */
  public NewsPipeline withAliases(List<String> lines) {
    aliasesValid(lines);
    List<String> all = new ArrayList<>(aliasLines);
    all.addAll(lines);
    return new NewsPipeline(language, settings, all, reports, config);
  }

  /** The pipeline with every documented default. */
  public static NewsPipeline defaults() {
    return DEFAULTS;
  }

  /**
   * Scores a corpus.
   *
   * @param documents the documents; ids must be distinct and every source id must be in {@code
   *     sources}
   * @param sources the sources; ids must be distinct
   * @param republishedFrom for a document that declares it republishes another outlet, that
   *     outlet's id (which need not be among {@code sources})
   * @param warnings problems found before this call (files that could not be read), carried into
   *     the report
   * @param strict whether a document that is not text fails the call instead of being reported
   *     in the warnings and left out
   * @throws IllegalArgumentException naming the field and value for duplicate ids, an unknown
   *     source, or (when strict) a document that is not text
   */
  public NewsReport score(
      List<Document> documents, List<Source> sources, Map<String, String> republishedFrom,
      List<String> warnings, boolean strict) {
    Objects.requireNonNull(documents, "documents");
    Objects.requireNonNull(sources, "sources");
    Objects.requireNonNull(republishedFrom, "republishedFrom");
    Set<String> sourceIds = new HashSet<>();
    for (Source s : sources) {
      if (!sourceIds.add(s.id())) {
        throw new IllegalArgumentException("sources: id '" + s.id() + "' appears twice");
      }
    }
    Set<String> documentIds = new HashSet<>();
    for (Document d : documents) {
      if (!documentIds.add(d.id())) {
        throw new IllegalArgumentException("documents: id '" + d.id() + "' appears twice");
      }
      if (!sourceIds.contains(d.sourceId())) {
        throw new IllegalArgumentException("documents[" + d.id() + "].sourceId: '" + d.sourceId()
            + "' is not among the sources");
      }
    }
    for (String id : republishedFrom.keySet()) {
      if (!documentIds.contains(id)) {
        throw new IllegalArgumentException("republishedFrom: no document with id '" + id + "'");
      }
    }
    List<String> allWarnings = new ArrayList<>(warnings);
    List<Document> ordered = new ArrayList<>(documents);
    ordered.sort((a, b) -> a.id().compareTo(b.id()));
    List<Document> readable = new ArrayList<>();
    for (Document d : ordered) {
      try {
        TextValidator.check(d.text());
        readable.add(d);
      } catch (NotTextException e) {
        String message = "document '" + d.id() + "' is not text: " + e.getMessage();
        if (strict) {
          throw new IllegalArgumentException(message, e);
        }
        allWarnings.add(message + "; left out");
      }
    }
    PatternClaimExtractor.Extraction extraction =
        extractor.extract(readable, config.effectiveThreads());
    for (Document d : readable) {
      Integer cut = extraction.cutSentences().get(d.id());
      if (cut != null) {
        String message = "document '" + d.id() + "': " + cut + (cut == 1 ? " sentence" : " sentences")
            + " longer than maxSentenceChars (" + config.maxSentenceChars() + ") cut into pieces";
        if (strict) {
          throw new IllegalArgumentException(message);
        }
        allWarnings.add(message);
      }
    }
    List<Corroboration.DocumentInfo> infos = new ArrayList<>();
    for (Document d : readable) {
      infos.add(new Corroboration.DocumentInfo(d.id(), d.sourceId(), d.published(),
          java.util.Optional.ofNullable(republishedFrom.get(d.id())), d.text()));
    }
    Corroboration.Result result = Corroboration.analyse(
        infos, extraction.claims(), settings, lexicon, extraction.aliases()::key);
    List<Source> sortedSources = new ArrayList<>(sources);
    sortedSources.sort((a, b) -> a.id().compareTo(b.id()));
    return new NewsReport(reports.build(ordered, readable, sortedSources, republishedFrom,
        extraction.cleaned(), result, extraction.aliases()::canonical, allWarnings,
        extraction.sentences(), extraction.belowThreshold()), result);
  }

  /**
   * Scores a corpus with this pipeline's configuration (strict or not).
   *
   * @throws IllegalArgumentException when strict and a document is not text
   */
  public NewsReport score(Corpus corpus) {
    return score(corpus.documents(), corpus.sources(), corpus.republishedFrom(), corpus.skipped(),
        config.strict());
  }
}
