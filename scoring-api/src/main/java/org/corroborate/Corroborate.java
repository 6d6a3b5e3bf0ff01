package org.corroborate;

import java.util.Iterator;
import java.util.ServiceLoader;
import java.util.TreeSet;
import org.corroborate.news.ClaimSimilarity;
import org.corroborate.news.NewsScoring;
import org.corroborate.truth.DistributedTruthDiscovery;
import org.corroborate.truth.TruthDiscovery;

/**
 * Entry point that finds the Corroborate implementation on the class path.
 *
 * <p>The API module holds no scoring code: add {@code org.corroborate:scoring-impl} as a dependency
 * and the services below are found through {@link ServiceLoader}.
 */
public final class Corroborate {
  static final String IMPLEMENTATION_ARTIFACT = "org.corroborate:scoring-impl";
  static final String EMBEDDINGS_ARTIFACT = "org.corroborate:scoring-embeddings";
  static final String SPARK_ARTIFACT = "org.corroborate:scoring-spark";

  private Corroborate() {}

  /**
   * Returns the truth-discovery service.
   *
   * @throws IllegalStateException if no implementation is on the class path, naming the artifact
   *     to add
   */
  public static TruthDiscovery truthDiscovery() {
    return load(TruthDiscovery.class);
  }

  /**
   * Returns the distributed truth-discovery engine registered under {@code name}, such as {@code
   * "spark"}: the first provider of that name found through {@link ServiceLoader}.
   *
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalStateException if no provider has that name, listing the names found and, for
   *     {@code "spark"}, naming the optional artifact that provides it (with Spark itself, which
   *     that artifact expects the host to bring)
   */
  public static DistributedTruthDiscovery distributedTruthDiscovery(String name) {
    java.util.Objects.requireNonNull(name, "name");
    TreeSet<String> names = new TreeSet<>();
    DistributedTruthDiscovery engine =
        named(DistributedTruthDiscovery.class, DistributedTruthDiscovery::name, name, names);
    if (engine != null) {
      return engine;
    }
    String hint = name.equals("spark")
        ? ": it is provided by the optional module, add the dependency " + SPARK_ARTIFACT
            + " and Spark (org.apache.spark:spark-sql_2.13)"
        : "";
    throw new IllegalStateException("distributedTruthDiscovery: no engine named '" + name + "'"
        + hint + "; registered: " + names);
  }

  /**
   * Returns the news-pipeline service: scorers for corpora of documents, and report writers.
   *
   * @throws IllegalStateException if no implementation is on the class path, naming the artifact
   *     to add
   */
  public static NewsScoring news() {
    return load(NewsScoring.class);
  }

  /**
   * Returns the claim similarity registered under {@code name}, such as {@code "lexical"} (the
   * implementation's default): the first provider of that name found through {@link
   * ServiceLoader}.
   *
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if no provider has that name, listing the names found and,
   *     for {@code "semantic"} and {@code "hybrid"}, naming the optional artifact that provides them
   * @throws IllegalStateException if no provider at all is on the class path, naming the artifact
   *     to add
   */
  public static ClaimSimilarity claimSimilarity(String name) {
    java.util.Objects.requireNonNull(name, "name");
    TreeSet<String> names = new TreeSet<>();
    ClaimSimilarity similarity = named(ClaimSimilarity.class, ClaimSimilarity::name, name, names);
    if (similarity != null) {
      return similarity;
    }
    if (names.isEmpty()) {
      load(ClaimSimilarity.class); // throws, naming the artifact
    }
    String hint = name.equals("semantic") || name.equals("hybrid")
        ? ": it is provided by the optional module, add the dependency " + EMBEDDINGS_ARTIFACT
            + " (same version as scoring-api) to the class or module path"
        : "";
    throw new IllegalArgumentException(
        "claimSimilarity: unknown name '" + name + "'" + hint + "; registered: " + names);
  }

  static <T> T load(Class<T> service) {
    Iterator<T> providers =
        ServiceLoader.load(service, Corroborate.class.getClassLoader()).iterator();
    if (!providers.hasNext()) {
      providers = ServiceLoader.load(service).iterator();
    }
    if (!providers.hasNext()) {
      throw new IllegalStateException(
          "No implementation of "
              + service.getName()
              + " on the class path: add the dependency "
              + IMPLEMENTATION_ARTIFACT
              + " (same version as scoring-api)");
    }
    return providers.next();
  }

  /**
   * The first provider of {@code service} whose name is {@code name}, looked for through this
   * library's class loader and then the context's; null when none is, with the names seen added
   * to {@code seen}.
   */
  private static <T> T named(
      Class<T> service, java.util.function.Function<T, String> nameOf, String name,
      TreeSet<String> seen) {
    for (ClassLoader loader : new ClassLoader[] {Corroborate.class.getClassLoader(), null}) {
      ServiceLoader<T> providers = loader == null
          ? ServiceLoader.load(service)
          : ServiceLoader.load(service, loader);
      for (T provider : providers) {
        if (nameOf.apply(provider).equals(name)) {
          return provider;
        }
        seen.add(nameOf.apply(provider));
      }
    }
    return null;
  }
}
