package org.corroborate.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.corroborate.truth.TruthDiscoveryConfig;

import static org.apache.spark.sql.functions.col;

/**
 * The {@code spark-submit} entry point: reads observations (columns {@code source}, {@code item},
 * {@code value}, and optionally {@code weight}) from Parquet or CSV, runs one algorithm with
 * {@link SparkTruthDiscovery}, and writes {@code items}, {@code claims} and {@code sources} as
 * Parquet or CSV folders under the output folder; prints the iterations and convergence.
 *
 * <pre>
 * spark-submit --class org.corroborate.spark.DiscoverJob --master local[2] \
 *   scoring-spark-VERSION-job.jar --input claims.csv --input-format csv \
 *   --output out --output-format parquet --algorithm accu-copy --seed 1 \
 *   [--max-iterations 20] [--tolerance 1e-6] [--parameter min-shared-items=5 ...]
 * </pre>
 *
 * <p>Options: {@code --input PATH}, {@code --output PATH} and {@code --algorithm NAME} are
 * required; {@code --input-format} and {@code --output-format} are {@code parquet} (default) or
 * {@code csv} (with a header line; values as text); {@code --seed} (default 0), {@code
 * --max-iterations} and {@code --tolerance} (default: the algorithm's) and any number of {@code
 * --parameter name=value}. Output rows are sorted (items by item, claims by item and rank, sources
 * by source), so the same input gives the same rows in the same order. The output folder must not
 * exist. Caller mistakes (an unknown option or algorithm, a missing column, a blank field, an
 * existing output folder) end the program with status 2 and a message naming the option, the
 * column or the path.
 */
public final class DiscoverJob {
  private DiscoverJob() {}

  /** The folders written under the output folder. */
  public static final List<String> OUTPUTS = List.of("items", "claims", "sources");

  /** Runs the job on the session's master ({@code spark-submit --master}); see the class. */
  public static void main(String[] args) {
    SparkSession spark = SparkSession.builder().appName("corroborate-discover").getOrCreate();
    int status = 0;
    try {
      run(spark, args, System.out);
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      status = 2;
    } finally {
      spark.stop();
    }
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the job on {@code spark} with the command-line {@code args}, reporting to {@code out};
   * the result of the run.
   *
   * @throws IllegalArgumentException for an unknown or incomplete option, an unknown algorithm or
   *     format, a missing input, a missing column, a null or blank field, or an existing output
   *     folder (the message names it)
   */
  public static SparkTruthDiscoveryResult run(SparkSession spark, String[] args, PrintStream out) {
    Options options = Options.parse(args);
    if (!SparkTruthDiscovery.algorithms().contains(options.algorithm)) {
      throw new IllegalArgumentException("--algorithm: '" + options.algorithm
          + "' does not run on Spark; these do: " + SparkTruthDiscovery.ALGORITHM_NAMES);
    }
    TruthDiscoveryConfig.Builder builder = TruthDiscoveryConfig.builder()
        .algorithm(options.algorithm).seed(options.seed);
    if (options.maxIterations != null) {
      builder.maxIterations(options.maxIterations);
    }
    if (options.tolerance != null) {
      builder.tolerance(options.tolerance);
    }
    options.parameters.forEach(builder::parameter);
    TruthDiscoveryConfig config = builder.build();

    FileSystem outputSystem = fileSystem(spark, options.output);
    Path outputPath = new Path(options.output);
    if (exists(outputSystem, outputPath)) {
      throw new IllegalArgumentException("--output: " + options.output
          + " already exists; name a new folder");
    }
    if (!exists(fileSystem(spark, options.input), new Path(options.input))) {
      throw new IllegalArgumentException("--input: " + options.input + " does not exist");
    }
    Dataset<Row> observations = read(spark, options.input, options.inputFormat);
    SparkTruthDiscoveryResult result;
    try {
      result = SparkTruthDiscovery.discover(observations, config);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("input " + options.input + ": " + e.getMessage(), e);
    }
    Map<String, Dataset<Row>> outputs = new TreeMap<>();
    outputs.put("items", result.items().orderBy("item"));
    outputs.put("claims", result.claims().orderBy("item", "rank"));
    outputs.put("sources", result.sources().orderBy("source"));
    for (String name : OUTPUTS) {
      outputs.get(name).write().mode(SaveMode.ErrorIfExists).format(options.outputFormat)
          .option("header", "true")
          .save(new Path(outputPath, name).toString());
    }
    out.printf(Locale.ROOT, "%s: %d iterations, %s (tolerance %s, limit %d)%n",
        result.algorithm().name(), result.iterations(),
        result.converged() ? "converged" : "not converged", result.tolerance(),
        result.maxIterations());
    out.printf(Locale.ROOT, "wrote items, claims and sources to %s as %s%n", options.output,
        options.outputFormat);
    return result;
  }

  /** The observations, with the columns checked and named in the message when one is missing. */
  private static Dataset<Row> read(SparkSession spark, String input, String format) {
    Dataset<Row> rows = format.equals("csv")
        ? spark.read().option("header", "true").option("mode", "FAILFAST").csv(input)
        : spark.read().parquet(input);
    List<String> columns = List.of(rows.columns());
    for (String name : List.of("source", "item", "value")) {
      if (!columns.contains(name)) {
        throw new IllegalArgumentException("input " + input + " has no column '" + name
            + "'; its columns are " + columns);
      }
    }
    List<Column> selected = new ArrayList<>(List.of(col("source"), col("item"), col("value")));
    if (columns.contains("weight")) {
      selected.add(format.equals("csv")
          ? col("weight").cast(DataTypes.DoubleType).as("weight") : col("weight"));
    }
    return rows.select(selected.toArray(new Column[0]));
  }

  private static FileSystem fileSystem(SparkSession spark, String path) {
    try {
      return new Path(path).getFileSystem(spark.sparkContext().hadoopConfiguration());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean exists(FileSystem system, Path path) {
    try {
      return system.exists(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The parsed command line. */
  private static final class Options {
    String input;
    String inputFormat = "parquet";
    String output;
    String outputFormat = "parquet";
    String algorithm;
    long seed;
    Integer maxIterations;
    Double tolerance;
    final Map<String, Double> parameters = new TreeMap<>();

    static Options parse(String[] args) {
      Options options = new Options();
      for (int k = 0; k < args.length; k++) {
        String name = args[k];
        if (k + 1 >= args.length) {
          throw new IllegalArgumentException(name + " needs a value");
        }
        String value = args[++k];
        switch (name) {
          case "--input" -> options.input = value;
          case "--input-format" -> options.inputFormat = format(name, value);
          case "--output" -> options.output = value;
          case "--output-format" -> options.outputFormat = format(name, value);
          case "--algorithm" -> options.algorithm = value;
          case "--seed" -> options.seed = whole(name, value);
          case "--max-iterations" -> options.maxIterations = (int) whole(name, value);
          case "--tolerance" -> options.tolerance = number(name, value);
          case "--parameter" -> {
            int equals = value.indexOf('=');
            if (equals <= 0) {
              throw new IllegalArgumentException("--parameter must be name=value, was '"
                  + value + "'");
            }
            options.parameters.put(value.substring(0, equals),
                number(name + " " + value.substring(0, equals), value.substring(equals + 1)));
          }
          default -> throw new IllegalArgumentException("unknown option '" + name
              + "'; the options are --input, --input-format, --output, --output-format, "
              + "--algorithm, --seed, --max-iterations, --tolerance, --parameter");
        }
      }
      require("--input", options.input);
      require("--output", options.output);
      require("--algorithm", options.algorithm);
      return options;
    }

    private static void require(String option, String value) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(option + " is required");
      }
    }

    private static String format(String option, String value) {
      String format = value.toLowerCase(Locale.ROOT);
      if (!format.equals("parquet") && !format.equals("csv")) {
        throw new IllegalArgumentException(option + " must be parquet or csv, was '" + value
            + "'");
      }
      return format;
    }

    private static long whole(String option, String value) {
      try {
        return Long.parseLong(value);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(option + " must be a whole number, was '" + value
            + "'", e);
      }
    }

    private static double number(String option, String value) {
      try {
        return Double.parseDouble(value);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(option + " must be a number, was '" + value + "'", e);
      }
    }
  }
}
