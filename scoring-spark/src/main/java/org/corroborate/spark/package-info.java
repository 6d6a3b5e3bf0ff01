/**
 * Truth discovery on Apache Spark ({@link org.corroborate.spark.SparkTruthDiscovery}): the
 * engine's algorithms as joins and aggregations over a Dataset of observations, calling the
 * engine's formulas and adding every sum in the engine's order, so that the answers are the
 * engine's; and the news pipeline's map side ({@link org.corroborate.spark.SparkNewsPipeline}):
 * claims extracted, blocked into candidate pairs and related on the executors by the
 * single-machine code, with the single-machine answers. Spark is a provided dependency: a host
 * brings its cluster's.
 */
package org.corroborate.spark;
