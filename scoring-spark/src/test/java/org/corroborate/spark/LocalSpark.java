package org.corroborate.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The tests' Spark: one {@code local[2]} session for the whole test JVM (Spark stops it in its
 * shutdown hook), without the web UI, with two shuffle partitions, and its scratch files under
 * {@code target/}.
 */
final class LocalSpark {
  private LocalSpark() {}

  private static SparkSession session;

  static synchronized SparkSession session() {
    if (session == null) {
      session = SparkSession.builder()
          .master("local[2]")
          .appName("corroborate-tests")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "2")
          .config("spark.default.parallelism", "2")
          .config("spark.sql.adaptive.enabled", "false")
          .config("spark.local.dir", "target/spark-local")
          .config("spark.sql.warehouse.dir", "target/spark-warehouse")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .getOrCreate();
    }
    return session;
  }

  /** (source, item, value) string rows as a Dataset. */
  static Dataset<Row> observations(List<String[]> rows) {
    StructType schema = new StructType()
        .add("source", DataTypes.StringType)
        .add("item", DataTypes.StringType)
        .add("value", DataTypes.StringType);
    List<Row> list = new ArrayList<>(rows.size());
    for (String[] row : rows) {
      list.add(RowFactory.create((Object[]) row));
    }
    return session().createDataFrame(list, schema);
  }
}
