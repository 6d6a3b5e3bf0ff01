/**
 * Number, JSON and HTML formatting shared by the writers, the same on every machine and locale.
 *
 * <p><b>Entries:</b> {@link org.corroborate.impl.format.Formats}; {@link
 * org.corroborate.impl.format.Html}, the page, escaping and SVG charts of the HTML reports.
 * <b>May not import:</b> any other package of this module.
 */
package org.corroborate.impl.format;
