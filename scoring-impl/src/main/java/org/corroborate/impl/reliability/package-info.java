/**
 * Stage 7, reliability: how far each source should be trusted, and why.
 *
 * <p><b>Entries:</b> {@link org.corroborate.impl.reliability.ContentSignals} reads the
 * per-document signals (attribution, calibration, loaded language, opinion separation,
 * specificity, self-consistency via {@link org.corroborate.impl.reliability.SelfConsistency},
 * republishing); {@link org.corroborate.impl.reliability.SourceReliability} combines them with the
 * per-source signals (corroborated, contradicted, the engine's trust) and the optional prior into
 * one explained score. The word lists come in as {@link
 * org.corroborate.impl.reliability.SignalLexicons}.
 *
 * <p><b>In:</b> documents with their claims and the analysis of stage 6. <b>Out:</b> signals in
 * [0, 1] and reliabilities with explanation trees. <b>May import:</b> every earlier stage and
 * {@code format}. <b>May not import:</b> report, news.
 */
package org.corroborate.impl.reliability;
