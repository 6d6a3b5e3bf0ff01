package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The reports of several algorithms are written in order, one behind the runs on a thread of
 * their own, with the caller never more than one report ahead, and a report's failure reaches
 * the caller.
 */
class ReportWriterTest {

  @Test
  void behind_writesInOrderOnAnotherThread_andTheCallerWaitsForThePreviousPart() throws Exception {
    List<String> written = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch release = new CountDownLatch(1);
    try (ReportWriter writer = new ReportWriter(true)) {
      String caller = Thread.currentThread().getName();
      writer.write(() -> {
        try {
          // the first part holds until the test lets it go
          assertThat(release.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
        written.add("first on " + (Thread.currentThread().getName().equals(caller) ? "caller"
            : "other"));
      });
      // the caller is free while the first part is written
      assertThat(written).isEmpty();
      Thread second = new Thread(() -> {
        try {
          writer.write(() -> written.add("second"));
          writer.finish();
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      });
      second.start();
      second.join(200);
      // the second part is not queued until the first is written
      assertThat(second.isAlive()).isTrue();
      assertThat(written).isEmpty();
      release.countDown();
      second.join(10_000);
      assertThat(second.isAlive()).isFalse();
    }
    assertThat(written).containsExactly("first on other", "second");
  }

  @Test
  void close_waitsForThePartBeingWritten() throws Exception {
    List<String> written = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch started = new CountDownLatch(1);
    ReportWriter writer = new ReportWriter(true);
    writer.write(() -> {
      started.countDown();
      // a write that does not heed interruption, as a blocked stream would not
      long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300);
      while (System.nanoTime() < end) {
        Thread.onSpinWait();
      }
      written.add("done");
    });
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
    writer.close();
    // the part had ended when close returned: nothing is written after it
    assertThat(written).containsExactly("done");
  }

  @Test
  void inTurn_writesOnTheCallersThreadAtOnce() throws IOException {
    List<String> written = new ArrayList<>();
    try (ReportWriter writer = new ReportWriter(false)) {
      String caller = Thread.currentThread().getName();
      writer.write(() -> written.add(Thread.currentThread().getName().equals(caller) ? "a" : "?"));
      assertThat(written).containsExactly("a");
      writer.write(() -> written.add("b"));
      assertThat(written).containsExactly("a", "b");
      writer.finish();
    }
  }

  @Test
  void aFailedPart_isThrownAtTheNextCall_andLaterPartsAreNotWritten() throws IOException {
    List<String> written = Collections.synchronizedList(new ArrayList<>());
    try (ReportWriter writer = new ReportWriter(true)) {
      writer.write(() -> {
        throw new IOException("disk full");
      });
      Throwable thrown = catchThrowable(() -> writer.write(() -> written.add("after")));
      assertThat(thrown).isInstanceOf(IOException.class).hasMessage("disk full");
      writer.finish(); // nothing pending any more
    }
    assertThat(written).isEmpty();
    try (ReportWriter writer = new ReportWriter(true)) {
      writer.write(() -> {
        throw new IllegalStateException("a bug");
      });
      assertThat(catchThrowable(writer::finish)).isInstanceOf(IllegalStateException.class)
          .hasMessage("a bug");
    }
  }
}
