package org.corroborate.cli;

import java.nio.file.Path;
import java.util.Objects;
import org.corroborate.impl.io.CorpusFiles;

/**
 * Bad input in a file: names the file, the 1-based line, the field (by name and 1-based column)
 * and what is wrong with it. The command line reports it with exit code 2.
 */
final class InputFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Column value when the problem concerns the whole line rather than one field. */
  static final int WHOLE_LINE = 0;

  private final transient Path file;
  private final long line;
  private final String field;
  private final int column;
  private final String problem;

  InputFormatException(Path file, long line, String field, int column, String problem) {
    this(file, line, field, column, problem, null);
  }

  InputFormatException(
      Path file, long line, String field, int column, String problem, Throwable cause) {
    super(CorpusFiles.FileProblem.format(file, line, field, column, problem), cause);
    this.file = Objects.requireNonNull(file, "file");
    this.line = line;
    this.field = Objects.requireNonNull(field, "field");
    this.column = column;
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  /** The file holding the bad input. */
  Path file() {
    return file;
  }

  /** The 1-based line number, or 0 when the problem is not on one line. */
  long line() {
    return line;
  }

  /** The name of the bad field, or {@code line} for a problem with the whole line. */
  String field() {
    return field;
  }

  /** The 1-based column (field number), or {@link #WHOLE_LINE}. */
  int column() {
    return column;
  }

  /** What is wrong, without the location. */
  String problem() {
    return problem;
  }
}
