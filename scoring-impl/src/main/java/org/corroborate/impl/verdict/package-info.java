/**
 * Stage 6b, verdict: whether a proposition is true, from how the outlets carry it.
 *
 * <p><b>Entry:</b> {@link org.corroborate.impl.verdict.VerdictModel#judge}: a logistic model over
 * the counts of independent outlets for, against and only observing the proposition ({@code
 * VerdictFeatures}), fitted by {@link
 * org.corroborate.impl.verdict.VerdictTrainer} and shipped as the versioned resource {@code
 * model.tsv} beside this package. {@link org.corroborate.impl.verdict.Evidence} gathers a
 * proposition's items and marks word-for-word copies, which count once; {@link
 * org.corroborate.impl.verdict.PropositionEvidence} makes it from the analysis of stage 6 (one item
 * per document, its stance from its claims' positions and modality, republications as copies),
 * for the report to judge each proposition with its outlets' reliability.
 *
 * <p><b>In:</b> the evidence of one proposition (outlet, stance, copy or not, optional trust and
 * reliability prior). <b>Out:</b> a {@link org.corroborate.impl.verdict.VerdictResult}: TRUE,
 * FALSE or UNVERIFIED, the probability that the proposition is true and its explanation tree.
 * <b>May import:</b> every earlier stage ({@code token} for the words of a text).
 * <b>May not import:</b> reliability, report, news, truth, stance.
 */
package org.corroborate.impl.verdict;
