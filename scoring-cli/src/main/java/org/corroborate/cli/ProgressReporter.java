package org.corroborate.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.corroborate.impl.format.Formats;
import org.corroborate.truth.ProgressListener;

/**
 * Shows iteration progress on standard error as one line rewritten with {@code \r}, only when the
 * program runs on a terminal ({@link System#console()} is not null); otherwise it does nothing.
 * Runs that go at the same time ({@link AlgorithmRuns}) share the line, each with its latest
 * iteration, in the order they started; a run's part goes when it ends ({@link #done}).
 * Thread-safe.
 */
final class ProgressReporter implements ProgressListener {
  private final PrintWriter err;
  private final Map<String, String> running = new LinkedHashMap<>();
  private int width;

  ProgressReporter(PrintWriter err) {
    this.err = err;
  }

  /** Returns a reporter writing to {@code err} on a terminal, else {@link ProgressListener#NONE}. */
  static ProgressListener forTerminal(PrintWriter err) {
    return System.console() != null ? new ProgressReporter(err) : ProgressListener.NONE;
  }

  /** Takes algorithm {@code algorithm}'s part off the line, if {@code listener} is a reporter. */
  static void done(ProgressListener listener, String algorithm) {
    if (listener instanceof ProgressReporter reporter) {
      synchronized (reporter) {
        if (reporter.running.remove(algorithm) != null) {
          reporter.show();
        }
      }
    }
  }

  /**
   * Runs {@code print}, which writes whole lines to the reporter's stream, with the progress line
   * cleared before and shown again after it, if {@code listener} is a reporter.
   */
  static void above(ProgressListener listener, Runnable print) {
    if (!(listener instanceof ProgressReporter reporter)) {
      print.run();
      return;
    }
    synchronized (reporter) {
      reporter.clear();
      print.run();
      reporter.show();
    }
  }

  @Override
  public synchronized void iteration(
      String algorithm, int iteration, int maxIterations, double change) {
    running.put(algorithm, String.format(
        Locale.ROOT,
        "%s: iteration %d of at most %d, change %s",
        algorithm,
        iteration,
        maxIterations,
        Double.isFinite(change) ? Formats.fixed(change, 6) : "-"));
    show();
  }

  /** Rewrites the line with every running algorithm's part, or clears it when none runs. */
  private void show() {
    if (running.isEmpty()) {
      clear();
      return;
    }
    String line = String.join("; ", running.values());
    err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
    err.flush();
    width = Math.max(width, line.length());
  }

  private void clear() {
    if (width > 0) {
      err.print("\r" + " ".repeat(width) + "\r");
      err.flush();
      width = 0;
    }
  }
}
