/**
 * Stage 6, independence: propositions, the independent voices behind each, and the engine.
 *
 * <p><b>Entry:</b> {@link org.corroborate.impl.independence.Corroboration#analyse}: matches and
 * relates the claims (stages 4 and 5), clusters them into propositions with their positions,
 * finds documents that republish another's text ({@code RepublicationFinder}, shingle containment)
 * and declared republications, counts each position's independent voices (a named speaker is one
 * voice however many outlets quote it; a copy counts under its origin), and runs the configured
 * truth-discovery algorithm over the clusters through the public API.
 *
 * <p><b>In:</b> claims and document metadata. <b>Out:</b> {@code Corroboration.Result}: relations,
 * clusters with status and explained confidence, republications, the engine's source trust.
 * <b>May import:</b> {@code lang}, {@code token}, {@code extract}, {@code match}, {@code relate};
 * the engine only through {@code org.corroborate.Corroborate}. <b>May not import:</b> {@code
 * truth} (the algorithms' internals), reliability, report, news.
 */
package org.corroborate.impl.independence;
