package org.corroborate.cli;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Writes the algorithms' reports in order, on the calling thread or, when {@code behind}, on a
 * thread of its own one report behind the caller: a report is queued once the one before it is
 * written, so the caller runs the next algorithm while the last result is written out. A
 * report's failure is thrown to the caller at its next call.
 */
final class ReportWriter implements AutoCloseable {
  /** A report's writing. */
  interface Part {
    void write() throws IOException;
  }

  private final ExecutorService thread;
  private Future<?> writing;

  ReportWriter(boolean behind) {
    this.thread = !behind ? null
        : Executors.newSingleThreadExecutor(task -> {
          Thread t = new Thread(task, "corroborate-report");
          t.setDaemon(true);
          return t;
        });
  }

  /** Writes {@code part} after every part given before it. */
  void write(Part part) throws IOException {
    if (thread == null) {
      part.write();
      return;
    }
    finish();
    writing = thread.submit(() -> {
      part.write();
      return null;
    });
  }

  /** Waits for the parts given so far to be written, throwing the failure of one. */
  void finish() throws IOException {
    if (writing == null) {
      return;
    }
    try {
      writing.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while writing the report");
    } catch (ExecutionException e) {
      throw rethrown(e);
    } finally {
      writing = null;
    }
  }

  /**
   * Drops the parts not yet started and waits for the one being written to end, so that nothing
   * is written after the command returns (when a run failed, say).
   */
  @Override
  public void close() {
    if (thread == null) {
      return;
    }
    thread.shutdownNow();
    boolean interrupted = false;
    while (true) {
      try {
        if (thread.awaitTermination(1, TimeUnit.SECONDS)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The failure of a task run on another thread, for the caller to throw: the task's own {@link
   * IOException} or unchecked exception is thrown from here, anything else is returned wrapped.
   */
  static IllegalStateException rethrown(ExecutionException e) throws IOException {
    Throwable cause = e.getCause();
    if (cause instanceof IOException io) {
      throw io;
    }
    if (cause instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new IllegalStateException(cause);
  }
}
