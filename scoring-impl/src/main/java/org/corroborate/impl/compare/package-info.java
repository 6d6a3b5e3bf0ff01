/**
 * Value comparison: when two values given for an item are the same, or how similar they are.
 *
 * <p><b>Entry:</b> {@link org.corroborate.impl.compare.Similarities#of}, which gives the {@code
 * ValueSimilarity} of a {@code ValueComparison}: exact, numeric with a tolerance, normalised text,
 * or author lists (parsed into person names, matched by surname and initials).
 *
 * <p><b>In:</b> the API's values. <b>Out:</b> canonical keys and similarities in [0, 1].
 * <b>May not import:</b> any other package of this module.
 */
package org.corroborate.impl.compare;
