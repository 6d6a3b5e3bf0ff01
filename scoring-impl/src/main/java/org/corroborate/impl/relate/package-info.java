/**
 * Stage 5, relations: whether two claims are about the same proposition and, if so, whether they
 * agree, conflict or one refines the other.
 *
 * <p><b>Entry:</b> {@link org.corroborate.impl.relate.AgreementScorer}. One function decides the
 * type, direction and score and records its steps into a sink: a no-op sink on the matching path,
 * a recording one when an explanation is asked for, so the score and its explanation cannot
 * diverge. {@link org.corroborate.impl.relate.AgreementSettings} holds its weights and thresholds
 * (from {@code ScoringConfig}); {@link org.corroborate.impl.relate.ClaimRelation} is a scored
 * relation whose explanation is built on first use.
 *
 * <p><b>In:</b> pairs of claims with the corpus statistics. <b>Out:</b> {@code ClaimRelation}s.
 * <b>May import:</b> {@code lang}, {@code token}, {@code extract}, {@code match}.
 * <b>May not import:</b> independence, reliability, report, news.
 */
package org.corroborate.impl.relate;
