package org.corroborate.impl.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.corroborate.model.Document;
import org.corroborate.model.Source;

/**
 * The news pipeline: documents and their sources in, an explained {@link NewsReport} out.
 *
 * <p>Stages: {@link TextValidator} refuses what is not text; {@link TextCleaner} drops page chrome
 * and reads the lead line; {@link SentenceSplitter}; {@link PatternClaimExtractor} keeps the
 * sentences that assert something checkable (a figure, an event, an attributed statement) with
 * their quantities, attribution, modality, entities (merged through a corpus-wide {@link
 * AliasTable}) and dates; {@link Corroboration} matches claims by blocking, relates them, clusters
 * them, counts independent voices and runs the truth-discovery engine over the clusters.
 *
 * <p>Immutable and thread-safe; the same input gives the same report, byte for byte. Documents
 * and sources are processed and reported in id order, so the order they are given in changes
 * nothing.
 */
public final class NewsPipeline {
  private static final NewsPipeline DEFAULTS =
      new NewsPipeline(MatchingLexicon.defaults(), Corroboration.Settings.defaults(), List.of());

  private final MatchingLexicon lexicon;
  private final Corroboration.Settings settings;
  private final List<String> aliasLines;

  private NewsPipeline(
      MatchingLexicon lexicon, Corroboration.Settings settings, List<String> aliasLines) {
    this.lexicon = lexicon;
    this.settings = settings;
    this.aliasLines = List.copyOf(aliasLines);
  }

  /**
   * A pipeline that also knows the aliases declared in {@code lines}, one group per line as
   * {@code Canonical name: alias | alias | ...} (blank lines and {@code #} comments skipped), on top
   * of the shipped {@code aliases.txt}.
   *
   * @throws IllegalArgumentException naming the line of a malformed entry
   */
  public NewsPipeline withAliases(List<String> lines) {
    WordLists.entries("aliases", lines, "Canonical: alias | alias");
    List<String> all = new ArrayList<>(aliasLines);
    all.addAll(lines);
    return new NewsPipeline(lexicon, settings, all);
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
        new PatternClaimExtractor(lexicon, aliasLines).extract(readable);
    List<Corroboration.DocumentInfo> infos = new ArrayList<>();
    for (Document d : readable) {
      infos.add(new Corroboration.DocumentInfo(d.id(), d.sourceId(), d.published(),
          java.util.Optional.ofNullable(republishedFrom.get(d.id())), d.text()));
    }
    Corroboration.Result result = Corroboration.analyse(
        infos, extraction.claims(), settings, lexicon, extraction.aliases()::key);
    List<Source> sortedSources = new ArrayList<>(sources);
    sortedSources.sort((a, b) -> a.id().compareTo(b.id()));
    return new NewsReport(ordered, sortedSources, republishedFrom, result,
        extraction.aliases()::canonical, allWarnings);
  }
}
