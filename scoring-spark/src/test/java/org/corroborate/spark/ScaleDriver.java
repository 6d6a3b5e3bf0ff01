package org.corroborate.spark;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.corroborate.truth.TruthDiscoveryConfig;

/**
 * The documented driver of the module's scale measurement (issue 17; see the README's "Scale"):
 * one algorithm on a TSV file of {@code source, item, value} lines (the benchmarks module's
 * {@code SyntheticData} writes them), on {@code local[N]}, timing the whole run (reading,
 * caching, iterations, the materialised outputs) and counting the bytes every shuffle wrote.
 * Not a test: run it with the module's test class path (the README gives the command).
 *
 * <p>Arguments: {@code FILE ALGORITHM MAX_ITERATIONS [MASTER [PARTITIONS]]} ({@code MASTER}
 * defaults to {@code local[2]}, {@code PARTITIONS}, the shuffle partitions, to 4: Spark's default
 * of 200 costs 24,000 tasks for 10^6 observations on two cores).
 */
public final class ScaleDriver {
  private ScaleDriver() {}

  public static void main(String[] args) {
    if (args.length < 3) {
      System.err.println("usage: ScaleDriver FILE ALGORITHM MAX_ITERATIONS [MASTER [PARTITIONS]]");
      System.exit(2);
    }
    String master = args.length > 3 ? args[3] : "local[2]";
    String partitions = args.length > 4 ? args[4] : "4";
    SparkSession spark = SparkSession.builder().master(master).appName("corroborate-scale")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.adaptive.enabled", "false")
        .config("spark.sql.shuffle.partitions", partitions)
        .config("spark.local.dir", "target/spark-local")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
    AtomicLong shuffleBytes = new AtomicLong();
    AtomicLong tasks = new AtomicLong();
    spark.sparkContext().addSparkListener(new SparkListener() {
      @Override
      public void onTaskEnd(SparkListenerTaskEnd end) {
        tasks.incrementAndGet();
        if (end.taskMetrics() != null) {
          shuffleBytes.addAndGet(end.taskMetrics().shuffleWriteMetrics().bytesWritten());
        }
      }
    });
    StructType schema = new StructType().add("source", DataTypes.StringType)
        .add("item", DataTypes.StringType).add("value", DataTypes.StringType);
    long start = System.nanoTime();
    Dataset<Row> observations = spark.read().option("sep", "\t").schema(schema).csv(args[0]);
    SparkTruthDiscoveryResult result = SparkTruthDiscovery.discover(observations,
        TruthDiscoveryConfig.builder().algorithm(args[1])
            .maxIterations(Integer.parseInt(args[2])).build());
    long items = result.items().count();
    long sources = result.sources().count();
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "%s %s on %s, %s shuffle partitions: %d items, %d sources, %d"
        + " iterations (converged: %b), %.1f s end to end, %,d bytes shuffled in %,d tasks%n",
        args[1], args[0], master, partitions, items, sources, result.iterations(),
        result.converged(), seconds, shuffleBytes.get(), tasks.get());
    spark.stop();
  }
}
