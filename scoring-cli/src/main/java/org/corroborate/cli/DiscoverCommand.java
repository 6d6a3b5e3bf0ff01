package org.corroborate.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.corroborate.Corroborate;
import org.corroborate.impl.format.Counts;
import org.corroborate.model.DuplicatePolicy;
import org.corroborate.model.ObservationSet;
import org.corroborate.truth.AlgorithmInfo;
import org.corroborate.truth.DistributedTruthDiscovery;
import org.corroborate.truth.ParameterInfo;
import org.corroborate.truth.ProgressListener;
import org.corroborate.truth.TruthDiscovery;
import org.corroborate.truth.TruthDiscoveryConfig;
import org.corroborate.truth.TruthDiscoveryResult;
import org.corroborate.truth.ValueComparison;
import org.corroborate.truth.ValueSimilarity;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code corroborate discover}: reads observations, runs one or every truth-discovery algorithm,
 * prints each item's chosen value and each source's trust, and, with a gold file, the accuracy.
 *
 * <p>Defaults: {@code --algorithm all} when {@code --truth} is given (to compare algorithms),
 * {@code truthfinder} otherwise; {@code --compare exact}; {@code --input-format tsv}; {@code
 * --duplicates first}. {@code --param NAME=VALUE} applies to every selected algorithm that declares
 * {@code NAME}; a name no selected algorithm declares is an error. {@code --format html} writes
 * one self-contained page ({@link DiscoverHtml}).
 *
 * <p>{@code --engine spark} runs the algorithm on Spark on this machine ({@code --master local[*]}
 * by default) through the {@link DistributedTruthDiscovery} found by {@link
 * Corroborate#distributedTruthDiscovery(String)}: the input is read as for the local engine and
 * the report written by the same writers, so for the algorithms Spark runs, text and JSON are the
 * same bytes. What the Spark result cannot give is refused before the input is read: every
 * algorithm at once, another comparison than exact, explanation trees, the HTML page (its curves
 * need each iteration) and a thread count. The command line has no Spark at compile time: the
 * {@code corroborate} launcher adds the scoring-spark jar and Spark's jars to the class path when
 * it sees {@code --engine spark}.
 */
@Command(
    name = "discover",
    mixinStandardHelpOptions = true,
    versionProvider = CorroborateCommand.Version.class,
    description = {
      "Finds the most likely true value of each item and the trust of each source from"
          + " observations 'source says item = value'.",
      "FILE is TSV source<TAB>item<TAB>value, CSV with a header source,item,value (.csv), JSON"
          + " lines {\"source\",\"item\",\"value\"} (.jsonl), or DAFNA claims with --input-format"
          + " dafna; a folder reads all its files in name order. In TSV and DAFNA, blank lines"
          + " and lines starting with # are skipped.",
      "With --truth, prints one tab-separated line per algorithm: accuracy, the algorithm's"
          + " name, the share correct (4 decimals) and correct/total."
    },
    footer = {
      "",
      "Examples:",
      "  # TruthFinder, the default without gold",
      "  corroborate discover claims.tsv",
      "  # one algorithm, with each score's explanation tree",
      "  corroborate discover claims.tsv --algorithm accu-copy --explain",
      "  # every algorithm against gold values: only the summary table",
      "  corroborate discover claims.tsv --truth gold.tsv --summary",
      "  # the same as a page of charts, with the items the algorithms disagree on",
      "  corroborate discover claims.tsv --truth gold.tsv --format html --out d.html",
      "  # the DAFNA book data, author lists compared as sets of names",
      "  corroborate discover claims.txt --input-format dafna --compare authors \\",
      "      --truth book_golden.txt --format json --out book.json",
      "  # the same answers computed by Apache Spark on two local cores",
      "  corroborate discover claims.tsv --algorithm sums --engine spark \\",
      "      --master 'local[2]'",
      "",
      "Exit codes: 0 done; 2 bad usage or input (the message names the file,",
      "line and field); 1 an internal error (a bug: please report it)."
    })
final class DiscoverCommand implements Callable<Integer> {
  /** Default algorithm when no gold file is given. */
  static final String DEFAULT_ALGORITHM = "truthfinder";
  /** The {@code --algorithm} value that runs every algorithm. */
  static final String ALL = "all";
  /** How many sources the text report lists per algorithm. */
  static final int TOP_SOURCES = 20;
  /** The engine that runs in this JVM, the default of {@code --engine}. */
  static final String LOCAL_ENGINE = "local";
  /** The Spark engine's name, for {@code --engine}. */
  static final String SPARK_ENGINE = "spark";
  /** The default of {@code --master}: Spark on every core of this machine. */
  static final String DEFAULT_MASTER = "local[*]";
  /** The masters {@code --master} accepts: Spark on this machine. */
  private static final Pattern LOCAL_MASTER =
      Pattern.compile("local(?:\\[(?:\\*|[1-9][0-9]*)(?:,[0-9]+)?])?");

  /** Output formats. */
  enum Format {
    TEXT,
    JSON,
    HTML
  }

  @ParentCommand private CorroborateCommand parent;
  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "Observations: a file or a folder.")
  private Path file;

  @Option(
      names = "--truth",
      paramLabel = "GOLD",
      description = "Gold values: TSV item<TAB>value, the book gold layout, or DAFNA truth files.")
  private Path truth;

  @Option(
      names = "--algorithm",
      paramLabel = "NAME|all",
      description = "Algorithm to run, or all (in name order). Default: all with --truth, else "
          + DEFAULT_ALGORITHM + ".")
  private String algorithm;

  @Option(
      names = "--format",
      paramLabel = "text|json|html",
      defaultValue = "text",
      description = "Report format: text, json, or html (one self-contained page: trust and"
          + " confidence histograms, convergence curves, accuracy, the items where algorithms"
          + " disagree) (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Option(
      names = "--compare",
      paramLabel = "SPEC",
      defaultValue = "exact",
      description = "Value comparison: exact, numeric, numeric:TOL, numeric:P%%, text or authors"
          + " (default: ${DEFAULT-VALUE}).")
  private String compare;

  @Option(
      names = "--input-format",
      paramLabel = "auto|tsv|dafna|csv|jsonl",
      defaultValue = "auto",
      description = "Layout of FILE: auto (the default) reads .csv as CSV with a header"
          + " source,item,value, .jsonl as JSON lines {\"source\",\"item\",\"value\"}, and"
          + " anything else as TSV; DAFNA claim files need dafna.")
  private String inputFormat;

  @Option(names = "--max-iterations", paramLabel = "N", description = "Iteration limit.")
  private Integer maxIterations;

  @Option(names = "--tolerance", paramLabel = "X", description = "Convergence threshold.")
  private Double tolerance;

  @Option(
      names = "--param",
      paramLabel = "NAME=VALUE",
      description = "An algorithm parameter; repeatable. See 'corroborate algorithms'.")
  private List<String> params = new ArrayList<>();

  @Option(names = "--seed", paramLabel = "N",
      description = "Seed for algorithms that sample and for the order of tied values (default 0).")
  private Long seed;

  @Option(names = "--threads", paramLabel = "N",
      description = "Threads reading a large FILE in segments and running each algorithm's"
          + " iterations (default: the available processors); several algorithms run two at a"
          + " time, on half of them each. The output is the same byte for byte whatever the"
          + " number.")
  private Integer threads;

  @Option(
      names = "--duplicates",
      paramLabel = "first|all|reject",
      defaultValue = "first",
      description = "When a source gives one item different values: keep the first, keep all,"
          + " or reject the input (default: ${DEFAULT-VALUE}).")
  private DuplicatePolicy duplicates;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the report here.")
  private Path out;

  @Option(
      names = "--explain",
      description = "Add the explanation tree of each item's chosen value and of each source's"
          + " trust (in text: under each item, and for the sources shown).")
  private boolean explain;

  /** What a numeric comparison does with a value that is not a number, a time or a date. */
  enum NonNumeric {
    ERROR,
    TEXT
  }

  @Option(
      names = "--non-numeric",
      paramLabel = "error|text",
      defaultValue = "error",
      description = "With --compare numeric: a value that is not a number, a time or a date is an"
          + " error naming its line (error, the default), or a text value compared exactly"
          + " (text; the Flight data's 'Not Available').")
  private NonNumeric nonNumeric;

  @Option(
      names = "--engine",
      paramLabel = "local|spark",
      defaultValue = LOCAL_ENGINE,
      description = "Where the algorithm runs: local (in this process, the default) or spark"
          + " (Apache Spark on this machine, see --master; the same report for the algorithms"
          + " Spark runs; needs the scoring-spark jar and Spark's jars on the class path, which"
          + " the corroborate launcher adds).")
  private String engine;

  @Option(
      names = "--master",
      paramLabel = "local[N]",
      description = "With --engine spark: Spark's master, local, local[N] or local[*] (default: "
          + DEFAULT_MASTER + ").")
  private String master;

  @Option(
      names = "--summary",
      description = "Print only the input line and the summary table: one line per algorithm,"
          + " best first with --truth (text format). Without it, a run of several algorithms"
          + " ends with the same table.")
  private boolean summary;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = parent.stderr();
    TruthDiscovery service = Corroborate.truthDiscovery();
    ValueComparison comparison = parseComparison();
    InputFormat chosen = parseInputFormat(); // null: by the files' names
    List<AlgorithmInfo> algorithms = selectAlgorithms(service);
    Map<String, Double> parameters = parseParameters(algorithms);
    DistributedTruthDiscovery distributed = distributedEngine(algorithms, comparison);
    List<TruthDiscoveryConfig> configs = new ArrayList<>();
    for (AlgorithmInfo info : algorithms) {
      configs.add(config(info, comparison, parameters, threads));
    }
    String sparkMaster = master != null ? master : DEFAULT_MASTER;
    ValueSimilarity similarity = service.similarity(comparison);
    if (out != null) {
      AtomicOutput.check("--out", out);
    }
    if (summary && format != Format.TEXT) {
      throw new UsageException("--summary: only with --format text (the JSON report gives each"
          + " algorithm's accuracy, iterations and convergence in its own fields)");
    }

    long started = System.nanoTime(); // reported on standard error only; stdout stays reproducible
    InputFormat layout = chosen != null ? chosen
        : InputFormat.detect(InputFiles.list(file, warning -> { }));
    ObservationReader reader = new ObservationReader(layout, similarity, comparison.toString(),
        duplicates, readThreads());
    if (nonNumeric == NonNumeric.TEXT) {
      reader.nonNumericAsText();
    }
    ObservationReader.Result data =
        reader.read(file, warning -> err.println("warning: " + warning));
    double readSeconds = (System.nanoTime() - started) / 1e9;
    ObservationSet observations = data.observations();
    notes(err, data, readSeconds);
    if (observations.isEmpty()) {
      throw new InputFormatException(file, 0, "", 0, "holds no observations");
    }
    GoldReader.Gold gold = null;
    if (truth != null) {
      gold = GoldReader.read(truth, similarity, comparison.toString(), data.naming(),
          warning -> err.println("warning: " + warning));
      if (gold.values().isEmpty()) {
        throw new InputFormatException(truth, 0, "", 0, "holds no gold values");
      }
    }

    ProgressListener progress = ProgressReporter.forTerminal(err);
    final GoldReader.Gold goldValues = gold;
    AtomicOutput.Body write = buffered -> {
      DiscoverReport report = switch (format) {
        case JSON -> new DiscoverReport.Json(buffered, explain);
        case HTML -> new DiscoverHtml(buffered);
        case TEXT -> new DiscoverReport.Text(buffered, explain, summary);
      };
      ProgressListener listener = report.listener(progress);
      report.start(layout, comparison, duplicates, data, goldValues);
      boolean goldNoted = false;
      // the observations are compiled once for all the algorithms run locally
      TruthDiscovery.Prepared prepared = distributed != null ? null
          : service.prepare(observations, configs.get(0));
      AlgorithmRuns.Run run = (k, runThreads) -> {
        AlgorithmInfo info = algorithms.get(k);
        if (distributed != null) {
          err.println("running " + info.name() + " on " + distributed.name() + ", master "
              + sparkMaster);
          err.flush();
          try {
            return distributed.discover(observations, configs.get(k), sparkMaster);
          } catch (IllegalArgumentException e) {
            throw new UsageException("--engine " + distributed.name() + ": " + e.getMessage(), e);
          }
        }
        TruthDiscoveryConfig config = runThreads == configs.get(k).effectiveThreads()
            ? configs.get(k) : config(info, comparison, parameters, runThreads);
        try {
          return prepared.discover(config, listener);
        } finally {
          ProgressReporter.done(progress, info.name());
        }
      };
      // with several algorithms, two run at a time (AlgorithmRuns) and each report is written on
      // a thread of its own while the next algorithms run (one report behind)
      boolean concurrent = algorithms.size() > 1 && distributed == null;
      try (AlgorithmRuns runs = new AlgorithmRuns(
              algorithms.size(), configs.get(0).effectiveThreads(), concurrent, run);
          ReportWriter writer = new ReportWriter(concurrent)) {
        for (AlgorithmInfo info : algorithms) {
          TruthDiscoveryResult result = runs.next();
          Evaluation evaluation = null;
          if (goldValues != null) {
            Evaluation scored = Evaluation.of(result, goldValues.values(), similarity);
            boolean first = !goldNoted;
            goldNoted = true;
            // on a terminal, the other run's progress line is cleared for these lines
            ProgressReporter.above(progress, () -> {
              if (first) {
                noteGold(err, goldValues, scored);
              }
              if (format != Format.TEXT) {
                err.println(scored.line(info.name()));
              }
            });
            evaluation = scored;
          }
          TruthDiscoveryResult written = result;
          Evaluation evaluated = evaluation;
          writer.write(() -> report.algorithm(written, evaluated));
        }
        writer.finish();
      }
      report.finish();
    };
    if (out != null) {
      AtomicOutput.write(out, write);
    } else {
      try (OutputStream buffered = new BufferedOutputStream(parent.stdout(), AtomicOutput.BUFFER)) {
        write.write(buffered);
      } finally {
        parent.stdout().flush();
      }
    }
    err.flush();
    return CorroborateCommand.OK;
  }

  /**
   * The distributed engine {@code --engine} names, or null for the local one; refuses, before the
   * input is read, what that engine's result cannot give (naming the option and its value), and
   * {@code --master} without it.
   */
  private DistributedTruthDiscovery distributedEngine(List<AlgorithmInfo> algorithms,
      ValueComparison comparison) {
    String name = engine.trim().toLowerCase(Locale.ROOT);
    if (name.equals(LOCAL_ENGINE)) {
      if (master != null) {
        throw usage("--master " + master + ": only with --engine " + SPARK_ENGINE
            + " (the local engine runs in this process)");
      }
      return null;
    }
    if (!name.equals(SPARK_ENGINE)) {
      throw usage("--engine: unknown engine '" + engine + "'; known: " + LOCAL_ENGINE + ", "
          + SPARK_ENGINE);
    }
    if (master != null && !LOCAL_MASTER.matcher(master).matches()) {
      throw usage("--master: local, local[N] or local[*] (Spark on this machine), was '" + master
          + "'; on a cluster run scoring-spark's -job jar with spark-submit");
    }
    DistributedTruthDiscovery found;
    List<String> sparkAlgorithms;
    try {
      found = Corroborate.distributedTruthDiscovery(SPARK_ENGINE);
      sparkAlgorithms = found.algorithms();
    } catch (IllegalStateException | ServiceConfigurationError | LinkageError e) {
      // no provider; or scoring-spark without Spark's own jars, whose classes then fail to load
      throw new UsageException("--engine " + SPARK_ENGINE + ": no Spark engine on the class path."
          + " Run through the ./corroborate launcher, which builds scoring-spark and adds it with"
          + " Spark's jars when it sees --engine spark, or put the scoring-spark jar and Spark"
          + " 4.0's jars (spark-sql_2.13) on the class path", e);
    }
    String runs = String.join(", ", sparkAlgorithms);
    if (algorithms.size() != 1) {
      throw usage("--algorithm all" + (algorithm == null ? " (the default with --truth)" : "")
          + ": --engine " + SPARK_ENGINE + " runs one named algorithm at a"
          + " time (give --algorithm NAME); these run on Spark: " + runs);
    }
    String algorithmName = algorithms.get(0).name();
    if (!sparkAlgorithms.contains(algorithmName)) {
      throw usage("--algorithm " + algorithmName + ": --engine " + SPARK_ENGINE + " runs " + runs
          + "; not " + algorithmName);
    }
    if (!comparison.equals(ValueComparison.exact())) {
      throw usage("--compare " + comparison + ": --engine " + SPARK_ENGINE
          + " compares values exactly only (--compare exact)");
    }
    if (explain) {
      throw usage("--explain: explanation trees come from the local engine only; leave out"
          + " --explain or --engine " + SPARK_ENGINE);
    }
    if (format == Format.HTML) {
      throw usage("--format html: the page's convergence curves need every iteration, which"
          + " --engine " + SPARK_ENGINE + " does not report; use text or json");
    }
    if (threads != null) {
      throw usage("--threads " + threads + ": does not apply to --engine " + SPARK_ENGINE
          + " (its cores are --master local[N])");
    }
    return found;
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  private ValueComparison parseComparison() {
    try {
      return ValueComparison.parse(compare);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--compare: " + e.getMessage());
    }
  }

  private InputFormat parseInputFormat() {
    try {
      return InputFormat.parse(inputFormat);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--input-format: " + e.getMessage());
    }
  }

  private List<AlgorithmInfo> selectAlgorithms(TruthDiscovery service) {
    String name = algorithm != null ? algorithm : truth != null ? ALL : DEFAULT_ALGORITHM;
    List<AlgorithmInfo> known = new ArrayList<>(service.algorithms());
    known.sort((a, b) -> a.name().compareTo(b.name()));
    if (name.trim().toLowerCase(Locale.ROOT).equals(ALL)) {
      return known;
    }
    for (AlgorithmInfo info : known) {
      if (info.name().equals(name.trim().toLowerCase(Locale.ROOT))) {
        return List.of(info);
      }
    }
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "unknown algorithm '" + name + "'; known: "
            + known.stream().map(AlgorithmInfo::name).collect(Collectors.joining(", "))
            + ", or all");
  }

  private Map<String, Double> parseParameters(List<AlgorithmInfo> algorithms) {
    Map<String, Double> parsed = new LinkedHashMap<>();
    for (String param : params) {
      int eq = param.indexOf('=');
      if (eq <= 0) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--param '" + param + "': expected NAME=VALUE");
      }
      String name = param.substring(0, eq).trim();
      String text = param.substring(eq + 1).trim();
      double value;
      try {
        value = Double.parseDouble(text);
      } catch (NumberFormatException e) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--param " + name + ": '" + text + "' is not a number");
      }
      if (!Double.isFinite(value)) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--param " + name + ": must be finite, was '" + text + "'");
      }
      boolean declared =
          algorithms.stream()
              .anyMatch(a -> a.parameters().stream().anyMatch(p -> p.name().equals(name)));
      if (!declared) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "--param " + name + ": no selected algorithm has this parameter; "
                + describeParameters(algorithms));
      }
      if (parsed.put(name, value) != null) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--param " + name + " given twice");
      }
    }
    return parsed;
  }

  private static String describeParameters(List<AlgorithmInfo> algorithms) {
    TreeMap<String, List<String>> byName = new TreeMap<>();
    for (AlgorithmInfo a : algorithms) {
      for (ParameterInfo p : a.parameters()) {
        byName.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(a.name());
      }
    }
    if (byName.isEmpty()) {
      return "the selected algorithms have no parameters";
    }
    return "known: " + byName.entrySet().stream()
        .map(e -> e.getKey() + " (" + String.join(", ", e.getValue()) + ")")
        .collect(Collectors.joining(", "));
  }

  /**
   * The configuration of one algorithm's run on {@code runThreads} threads (null: the available
   * processors); a setting out of range is a usage error naming its option.
   */
  private TruthDiscoveryConfig config(AlgorithmInfo info, ValueComparison comparison,
      Map<String, Double> parameters, Integer runThreads) {
    try {
      TruthDiscoveryConfig.Builder b =
          TruthDiscoveryConfig.builder().algorithm(info.name()).comparison(comparison);
      if (maxIterations != null) {
        b.maxIterations(maxIterations);
      }
      if (tolerance != null) {
        b.tolerance(tolerance);
      }
      if (seed != null) {
        b.seed(seed);
      }
      if (runThreads != null) {
        if (runThreads < 1 || runThreads > TruthDiscoveryConfig.MAX_THREADS) {
          throw new IllegalArgumentException("--threads must be from 1 to "
              + TruthDiscoveryConfig.MAX_THREADS + ", was " + runThreads);
        }
        b.threads(runThreads);
      }
      for (ParameterInfo p : info.parameters()) {
        Double value = parameters.get(p.name());
        if (value != null) {
          if (value < p.min() || value > p.max()) {
            throw new IllegalArgumentException(
                "--param " + p.name() + " of " + info.name() + " must be in [" + p.min() + ", "
                    + p.max() + "], was " + value);
          }
          b.parameter(p.name(), value);
        }
      }
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /**
   * The threads that read FILE: {@code --threads} when given (an invalid number is reported where
   * the run's settings are checked, so it is only bounded here), else the available processors.
   * A file of 8 MiB or more is read in one segment per thread, and its item ids are interned in
   * one hash partition per thread, so the segments share no work (benchmarks/README.md, "Fifth
   * round").
   */
  private int readThreads() {
    int wanted = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    return Math.max(1, Math.min(wanted, TruthDiscoveryConfig.MAX_THREADS));
  }

  private void notes(PrintWriter err, ObservationReader.Result data, double seconds) {
    ObservationSet set = data.observations();
    err.printf(
        Locale.ROOT,
        "read %s (%s) from %s under %s: %s, %s in %.1f s%n",
        Counts.of(data.lines(), "line"),
        Counts.of(data.records(), "observation"),
        Counts.of(data.files().size(), "file"),
        file,
        Counts.of(set.sourceCount(), "source"),
        Counts.of(set.itemCount(), "item"),
        seconds);
    if (set.repeatedCount() > 0 || set.conflictingCount() > 0) {
      String fate =
          switch (set.duplicatePolicy()) {
            case FIRST -> "later values dropped";
            case ALL -> "all values kept";
            case REJECT -> "rejected";
          };
      err.printf(
          Locale.ROOT,
          "duplicates: %d repeated the same value (counted once), %d gave a source's item a"
              + " different value (%s, --duplicates %s)%n",
          set.repeatedCount(),
          set.conflictingCount(),
          fate,
          set.duplicatePolicy().name().toLowerCase(Locale.ROOT));
    }
    if (data.naming().singleProperty().isPresent()) {
      err.println(
          "item ids are DAFNA object ids (every line names property "
              + data.naming().singleProperty().get() + ")");
    }
  }

  private static void noteGold(PrintWriter err, GoldReader.Gold gold, Evaluation evaluation) {
    err.printf(
        Locale.ROOT,
        "gold: %d items, %d present in the data, %d absent%s%n",
        gold.values().size(),
        evaluation.total(),
        evaluation.missing().size(),
        evaluation.missing().isEmpty()
            ? ""
            : " (" + String.join(", ", evaluation.missing().subList(0,
                Math.min(10, evaluation.missing().size())))
                + (evaluation.missing().size() > 10 ? ", ..." : "") + ")");
  }
}
