package org.corroborate.cli;

import org.corroborate.impl.format.Formats;
import java.io.PrintWriter;
import java.util.Locale;
import org.corroborate.truth.ProgressListener;

/**
 * Shows iteration progress on standard error as one line rewritten with {@code \r}, only when the
 * program runs on a terminal ({@link System#console()} is not null); otherwise it does nothing.
 */
final class ProgressReporter implements ProgressListener {
  private final PrintWriter err;
  private int width;

  private ProgressReporter(PrintWriter err) {
    this.err = err;
  }

  /** Returns a reporter writing to {@code err} on a terminal, else {@link ProgressListener#NONE}. */
  static ProgressListener forTerminal(PrintWriter err) {
    return System.console() != null ? new ProgressReporter(err) : ProgressListener.NONE;
  }

  /** Clears the progress line, if {@code listener} is a reporter that wrote one. */
  static void clear(ProgressListener listener) {
    if (listener instanceof ProgressReporter reporter && reporter.width > 0) {
      reporter.err.print("\r" + " ".repeat(reporter.width) + "\r");
      reporter.err.flush();
      reporter.width = 0;
    }
  }

  @Override
  public void iteration(String algorithm, int iteration, int maxIterations, double change) {
    String line =
        String.format(
            Locale.ROOT,
            "%s: iteration %d of at most %d, change %s",
            algorithm,
            iteration,
            maxIterations,
            Double.isFinite(change) ? Formats.fixed(change, 6) : "-");
    int pad = Math.max(0, width - line.length());
    err.print("\r" + line + " ".repeat(pad));
    err.flush();
    width = Math.max(width, line.length());
  }
}
