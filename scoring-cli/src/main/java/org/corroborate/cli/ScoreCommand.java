package org.corroborate.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.corroborate.Corroborate;
import org.corroborate.impl.format.Counts;
import org.corroborate.impl.format.Formats;
import org.corroborate.impl.io.CorpusFiles;
import org.corroborate.model.Corpus;
import org.corroborate.news.CorpusReadOptions;
import org.corroborate.news.CorroborationReport;
import org.corroborate.news.NewsScorer;
import org.corroborate.news.NewsScoring;
import org.corroborate.news.ReportFormat;
import org.corroborate.news.ScoringConfig;
import org.corroborate.news.SignalInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code corroborate score}: the news pipeline. Loads the documents and their sources (a folder
 * with a manifest, a manifest, or text files; with no PATH the bundled seeds), scores them
 * (cleaning, claims, matching, agreement, independence, truth discovery over the clusters,
 * reliability) and writes the text report, the JSON report of DESIGN.md, ClaimReview JSON-LD or
 * the HTML page (which shows the corpus's texts with the claims highlighted).
 *
 * <p>A document whose file cannot be read as text, or that is beyond a limit ({@code
 * --max-document-bytes}, {@code --max-corpus-bytes}, {@code --max-documents}), is reported on
 * stderr and in the report's warnings, and the others are scored; with {@code --strict} it fails
 * the call (exit 2). A manifest's files must lie inside its folder (after links) unless {@code
 * --allow-outside-files}.
 *
 * <p>With no PATH it reads the bundled seeds: {@code seeds/} under the directory given by the
 * system property {@code corroborate.home} (set by the launcher script), else {@code ./seeds}.
 *
 * <p>Like any host, it goes through {@link Corroborate#news()}: the corpus is read, scored and
 * written by the service, so the command line and the library cannot disagree.
 */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    versionProvider = CorroborateCommand.Version.class,
    description = {
      "Finds the claims in news documents, which agree and conflict across sources, how"
          + " independent the agreeing voices are, and how far each source is trusted.",
      "PATH is a folder with a manifest.json, a manifest file, or .txt and .html files; without"
          + " PATH the bundled seeds are read."
    },
    footer = {
      "",
      "Examples:",
      "  # the bundled seeds",
      "  corroborate score",
      "  # a folder of .txt and .html articles, listing what stands alone too",
      "  corroborate score articles/ --all",
      "  # schema.org ClaimReview records",
      "  corroborate score corpus/ --format claimreview --out reviews.json",
      "  # one self-contained page to open in a browser (no network)",
      "  corroborate score corpus/ --format html --out report.html",
      "  # fail on a document that is not text, instead of skipping it",
      "  corroborate score pages/ --strict",
      "",
      "Exit codes: 0 done; 2 bad usage or input (the message names the file,",
      "line and field); 1 an internal error (a bug: please report it)."
    })
final class ScoreCommand implements Callable<Integer> {
  /** The system property naming the installation directory, which holds {@code seeds/}. */
  static final String HOME_PROPERTY = "corroborate.home";

  @ParentCommand private CorroborateCommand parent;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Folders, manifests, .txt files or articles saved as .html.")
  private List<Path> paths = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Report format, one of ${COMPLETION-CANDIDATES} (any case): text, the JSON"
          + " report, schema.org ClaimReview JSON-LD, or one self-contained HTML page (the"
          + " articles with each claim highlighted, charts, search; no network)"
          + " (default: ${DEFAULT-VALUE}).")
  private ReportFormat format;

  @Option(
      names = "--weight",
      paramLabel = "SIGNAL=W",
      description = "Set a reliability signal's weight (repeatable); 'corroborate score"
          + " --signals' lists them.")
  private Map<String, Double> weights = new TreeMap<>();

  @Option(
      names = "--lexicon",
      paramLabel = "NAME=FILE",
      description = "Replace one of the language's word lists (any of them: chrome, loaded,"
          + " months, units, ...; docs/news-pipeline.md lists them) with FILE (repeatable).")
  private Map<String, Path> lexicons = new TreeMap<>();

  @Option(
      names = "--prior-weight",
      paramLabel = "W",
      description = "How much a source's prior (manifest outlet.prior) counts, in [0, 1]"
          + " (default 0.3).")
  private Double priorWeight;

  @Option(
      names = "--algorithm",
      paramLabel = "NAME",
      description = "Truth-discovery algorithm over the clusters (default accu).")
  private String algorithm;

  @Option(
      names = "--similarity",
      paramLabel = "NAME",
      description = "How claims are found to say the same thing: lexical (the default; character"
          + " n-grams weighted by this corpus), or semantic or hybrid when the scoring-embeddings"
          + " artifact is on the class path.")
  private String similarity;

  @Option(
      names = "--all",
      description = "In the text report, list every proposition that stands alone (a single"
          + " voice), not only their count. The JSON formats hold them all anyway.")
  private boolean listAll;

  @Option(names = "--signals", description = "List the reliability signals and exit.")
  private boolean listSignals;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the report here.")
  private Path out;

  @Option(
      names = "--aliases",
      paramLabel = "FILE",
      description = "Declare more aliases: one group per line, 'Canonical name: alias | alias'.")
  private Path aliases;

  @Option(
      names = "--strict",
      description = "Fail when a document cannot be read as text, instead of reporting and"
          + " skipping it.")
  private boolean strict;

  @Option(
      names = "--allow-outside-files",
      description = "Read files a manifest names outside its own folder (../x.txt, absolute"
          + " paths, links to elsewhere) and links out of a folder of .txt files; by default"
          + " they are refused. Only for corpora whose files you trust.")
  private boolean allowOutsideFiles;

  @Option(
      names = "--max-document-bytes",
      paramLabel = "N",
      description = "Most bytes of one document file; a larger one is left out with a warning"
          + " (default " + CorpusReadOptions.DEFAULT_MAX_DOCUMENT_BYTES + ").")
  private Long maxDocumentBytes;

  @Option(
      names = "--max-corpus-bytes",
      paramLabel = "N",
      description = "Most bytes of all the document files together; the documents past it are"
          + " left out with a warning (default " + CorpusReadOptions.DEFAULT_MAX_CORPUS_BYTES
          + ").")
  private Long maxCorpusBytes;

  @Option(names = "--threads", paramLabel = "N",
      description = "Threads the documents are read and mined for claims on (default: the"
          + " available processors). The report is the same byte for byte whatever the number.")
  private Integer threads;

  @Option(
      names = "--max-documents",
      paramLabel = "N",
      description = "Most documents read; the rest are left out with a warning (default "
          + CorpusReadOptions.DEFAULT_MAX_DOCUMENTS + ").")
  private Integer maxDocuments;

  @Override
  public Integer call() throws IOException {
    if (listSignals) {
      StringBuilder b = new StringBuilder();
      for (SignalInfo s : Corroborate.news().signals()) {
        b.append(String.format(Locale.ROOT, "%s\t%s\t%s\t%s\t%s%n", s.name(), s.level(),
            Formats.compactText(s.defaultWeight(), 6),
            s.higherIsBetter() ? "higher is better" : "lower is better", s.formula()));
      }
      parent.stdout().write(b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      parent.stdout().flush();
      return CorroborateCommand.OK;
    }
    List<Path> inputs = paths.isEmpty() ? List.of(seeds()) : paths;
    if (out != null) {
      AtomicOutput.check("--out", out);
    }
    NewsScoring news = Corroborate.news();
    CorroborationReport report;
    Corpus corpus;
    try {
      ScoringConfig config = config(news);
      NewsScorer scorer;
      try {
        scorer = news.scorer(config); // settings are checked here, before any file is read
      } catch (IllegalArgumentException e) {
        throw new UsageException(optionMessage(e.getMessage()));
      }
      corpus = news.readCorpus(inputs, readOptions());
      report = scorer.score(corpus);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new UsageException(e.getMessage());
    }
    for (String warning : report.warnings()) {
      parent.stderr().println("warning: " + warning);
    }
    parent
        .stderr()
        .printf(
            Locale.ROOT,
            "read %s from %s: %s, %s%n",
            Counts.of(corpus.documents().size(), "document"),
            Counts.of(corpus.sources().size(), "source"),
            Counts.of(report.claims().size(), "claim"),
            Counts.of(report.clusters().size(), "proposition"));
    if (out != null) {
      AtomicOutput.write(out, buffered -> news.write(report, corpus, format, buffered, listAll));
      return CorroborateCommand.OK;
    }
    try (OutputStream buffered = new BufferedOutputStream(parent.stdout(), 1 << 16)) {
      news.write(report, corpus, format, buffered, listAll);
    } finally {
      parent.stdout().flush();
    }
    return CorroborateCommand.OK;
  }

  /** The configuration the options describe; errors name the option. */
  private ScoringConfig config(NewsScoring news) {
    ScoringConfig.Builder b = ScoringConfig.builder();
    if (algorithm != null) {
      option("--algorithm", () -> b.algorithm(algorithm));
    }
    if (similarity != null) {
      option("--similarity", () -> b.similarity(similarity));
    }
    if (priorWeight != null) {
      option("--prior-weight", () -> b.priorWeight(priorWeight));
    }
    if (threads != null) {
      option("--threads", () -> b.threads(threads));
    }
    weights.forEach((signal, weight) ->
        option("--weight " + signal + "=" + typed(weight),
            () -> b.signalWeight(signal, weight)));
    for (Map.Entry<String, Path> e : lexicons.entrySet()) {
      b.lexicon(e.getKey(), lines(e.getValue()));
    }
    if (aliases != null) {
      try {
        b.aliases(lines(aliases));
        news.scorer(ScoringConfig.builder().aliases(lines(aliases)).build());
      } catch (IllegalArgumentException e) {
        throw new UsageException(aliases + ": " + e.getMessage());
      }
    }
    return b.strict(strict).build();
  }

  /**
   * Runs {@code set}; a setting it refuses is a usage error named by the option the user typed
   * ({@code --prior-weight}, not the configuration's {@code priorWeight}).
   */
  private static void option(String option, Runnable set) {
    try {
      set.run();
    } catch (IllegalArgumentException e) {
      throw new UsageException(option + ": " + withoutSettingName(e.getMessage()));
    }
  }

  /** A weight as the user would have typed it: 1 not 1.0, and NaN or Infinity as such. */
  private static String typed(double weight) {
    return Double.isFinite(weight) ? Formats.compactText(weight, 6) : Double.toString(weight);
  }

  /**
   * A message about a setting, worded with the option that gave it: {@code signalWeight[x]: ...}
   * is {@code --weight x=W: ...}, {@code lexicon[x]: ...} is {@code --lexicon x=FILE: ...}, and
   * {@code algorithm}, {@code similarity} and {@code priorWeight} are their options.
   */
  String optionMessage(String message) {
    java.util.regex.Matcher indexed =
        java.util.regex.Pattern.compile("^(signalWeight|lexicon)\\[([^\\]]*)\\]: ").matcher(message);
    if (indexed.find()) {
      String name = indexed.group(2);
      String option = indexed.group(1).equals("lexicon")
          ? "--lexicon " + name + "=" + lexicons.getOrDefault(name, Path.of("FILE"))
          : "--weight " + name + "=" + typed(weights.getOrDefault(name, 0.0));
      return option + ": " + message.substring(indexed.end());
    }
    for (String[] setting : new String[][] {{"algorithm", "--algorithm"},
        {"similarity", "--similarity"}, {"priorWeight", "--prior-weight"}}) {
      if (message.startsWith(setting[0] + ": ")) {
        return setting[1] + ": " + withoutSettingName(message);
      }
    }
    return message;
  }

  /**
   * A configuration message without the setting it starts with ("priorWeight: must be ..." is
   * "must be ..."), so that the option's name alone names it.
   */
  static String withoutSettingName(String message) {
    String rest = message;
    int colon;
    while ((colon = rest.indexOf(": ")) > 0 && rest.substring(0, colon).matches("[A-Za-z]+(\\[[^\\]]*\\])?")) {
      rest = rest.substring(colon + 2);
    }
    return rest;
  }

  /** How the corpus is read: --strict, --allow-outside-files and the limits. */
  private CorpusReadOptions readOptions() {
    CorpusReadOptions.Builder b =
        CorpusReadOptions.builder().strict(strict).allowOutsideFiles(allowOutsideFiles);
    limit("--max-document-bytes", maxDocumentBytes, b::maxDocumentBytes);
    limit("--max-corpus-bytes", maxCorpusBytes, b::maxCorpusBytes);
    limit("--max-documents", maxDocuments == null ? null : maxDocuments.longValue(),
        n -> b.maxDocuments((int) n));
    return b.build();
  }

  private static void limit(String option, Long value, java.util.function.LongConsumer set) {
    if (value == null) {
      return;
    }
    try {
      set.accept(value);
    } catch (IllegalArgumentException e) {
      String message = e.getMessage();
      throw new UsageException(option + message.substring(message.indexOf(':')));
    }
  }

  private static List<String> lines(Path file) {
    return java.util.Arrays.asList(CorpusFiles.readUtf8(file).split("\\R", -1));
  }

  /** The bundled seeds folder. */
  static Path seeds() {
    String home = System.getProperty(HOME_PROPERTY);
    Path base = home == null || home.isBlank() ? Path.of(".") : Path.of(home);
    return base.resolve("seeds");
  }
}
