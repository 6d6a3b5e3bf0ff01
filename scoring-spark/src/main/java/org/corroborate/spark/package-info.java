/**
 * Truth discovery on Apache Spark ({@link org.corroborate.spark.SparkTruthDiscovery}): the
 * engine's algorithms as joins and aggregations over a Dataset of observations, calling the
 * engine's formulas and adding every sum in the engine's order, so that the answers are the
 * engine's. Spark is a provided dependency: a host brings its cluster's.
 */
package org.corroborate.spark;
