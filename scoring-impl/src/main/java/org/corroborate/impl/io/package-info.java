/**
 * Reading a corpus from files: manifests, folders of text files.
 *
 * <p><b>Entry:</b> {@link org.corroborate.impl.io.CorpusFiles}. <b>In:</b> paths. <b>Out:</b> a
 * {@code Corpus}, with the files left out (not text, not a regular file, beyond a limit of {@code
 * CorpusReadOptions}) named in it; bad input fails naming the file, line and field, and so does a
 * file outside the manifest's folder unless the options allow it. <b>May not import:</b> any other package of this module.
 */
package org.corroborate.impl.io;
