/**
 * Number and JSON formatting shared by the writers, the same on every machine and locale.
 *
 * <p><b>Entry:</b> {@link org.corroborate.impl.format.Formats}. <b>May not import:</b> any other
 * package of this module.
 */
package org.corroborate.impl.format;
