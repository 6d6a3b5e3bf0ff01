/**
 * Stage 3, extraction: the claims of each document with their parts.
 *
 * <p><b>Entry:</b> {@link org.corroborate.impl.extract.PatternClaimExtractor}, which keeps the
 * sentences that assert something checkable and gives each an {@link
 * org.corroborate.impl.extract.ExtractedClaim}: figures ({@code QuantityExtractor}, as the API's
 * {@code Quantity}), who said it and through whom ({@code AttributionExtractor}, the API's {@code
 * Attribution}), modality ({@code ModalityClassifier}), names merged through a corpus-wide {@link
 * org.corroborate.impl.extract.AliasTable} ({@code EntityExtractor}), dates ({@link
 * org.corroborate.impl.extract.TimeExtractor}), event types and content words.
 *
 * <p><b>In:</b> documents, cleaned and split. <b>Out:</b> claims, the alias table, each
 * document's {@code CleanText}. <b>May import:</b> {@code lang}, {@code token}, {@code clean},
 * {@code sentence}. <b>May not import:</b> matching, relations or anything after them.
 */
package org.corroborate.impl.extract;
