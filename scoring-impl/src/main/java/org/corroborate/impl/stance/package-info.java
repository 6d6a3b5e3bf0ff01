/**
 * Stance of a text toward a claim (FNC-1's agree, disagree, discuss, unrelated): a logistic model
 * over overlap and cue features whose weights are a versioned resource.
 *
 * <p><b>Entry:</b> {@link org.corroborate.impl.stance.StanceClassifier}; {@code StanceTrainer}
 * refits the weights. <b>In:</b> a claim and a document (a headline and a body, or a claim's
 * headline and an article's headline). <b>Out:</b> a {@link
 * org.corroborate.impl.stance.StanceResult} with the probability of each {@link
 * org.corroborate.impl.stance.Stance}. <b>May import:</b> {@code lang} (its cue and stop-word
 * lists, the stemmer). <b>May not import:</b> the pipeline's stages.
 */
package org.corroborate.impl.stance;
