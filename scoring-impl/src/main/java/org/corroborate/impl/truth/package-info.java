/**
 * The truth-discovery engine: the published algorithms over a compiled claim graph, and the
 * {@code TruthDiscovery} service.
 *
 * <p><b>Entry:</b> {@link org.corroborate.impl.truth.GraphTruthDiscovery}, the provider, holds the
 * one registry of algorithms (a name, the paper, the parameters, a constructor). {@link
 * org.corroborate.impl.truth.ClaimGraph} compiles observations once into primitive arrays (sources,
 * items, claims, edges); each {@link org.corroborate.impl.truth.Algorithm} runs over it and returns
 * every claim's confidence and every source's trust with their explanations. {@link
 * org.corroborate.impl.truth.Parallel} runs an iteration's rows (claims, items, sources, source
 * pairs) in fixed blocks on the run's threads; a row's result depends only on the previous step,
 * so the numbers do not depend on the thread count.
 *
 * <p><b>In:</b> an {@code ObservationSet} and a {@code TruthDiscoveryConfig}. <b>Out:</b> a
 * {@code TruthDiscoveryResult}. <b>May import:</b> {@code compare}. <b>May not import:</b> the
 * news pipeline's packages (the pipeline uses the engine, never the other way round).
 */
package org.corroborate.impl.truth;
