package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.corroborate.truth.ProgressListener;
import org.junit.jupiter.api.Test;

/**
 * The terminal's progress line: two runs at once share it, each with its latest iteration, a run
 * that ends leaves it, and lines printed between are not run into it.
 */
class ProgressReporterTest {

  @Test
  void twoRuns_shareTheLine_andEachLeavesItWhenDone() {
    StringWriter text = new StringWriter();
    ProgressReporter reporter = new ProgressReporter(new PrintWriter(text));
    reporter.iteration("sums", 1, 20, Double.POSITIVE_INFINITY);
    reporter.iteration("ltm", 1, 100, 0.5);
    reporter.iteration("sums", 2, 20, 0.25);
    ProgressReporter.done(reporter, "sums");
    ProgressReporter.done(reporter, "ltm");
    ProgressReporter.done(reporter, "ltm"); // already gone: nothing written
    String a = "sums: iteration 1 of at most 20, change -";
    String b = "sums: iteration 1 of at most 20, change -; ltm: iteration 1 of at most 100, change 0.500000";
    String c = "sums: iteration 2 of at most 20, change 0.250000; ltm: iteration 1 of at most 100, change 0.500000";
    String d = "ltm: iteration 1 of at most 100, change 0.500000";
    assertThat(text.toString()).isEqualTo(
        "\r" + a
            + "\r" + b
            + "\r" + c
            // the shorter line is padded over the longer one it replaces
            + "\r" + d + " ".repeat(c.length() - d.length())
            + "\r" + " ".repeat(c.length()) + "\r");
  }

  @Test
  void above_clearsTheLine_printsAndShowsItAgain() {
    StringWriter text = new StringWriter();
    PrintWriter err = new PrintWriter(text);
    ProgressReporter reporter = new ProgressReporter(err);
    reporter.iteration("vote", 1, 1, 0.0);
    ProgressReporter.above(reporter, () -> err.print("accuracy\tsums\n"));
    String line = "vote: iteration 1 of at most 1, change 0.000000";
    assertThat(text.toString()).isEqualTo("\r" + line
        + "\r" + " ".repeat(line.length()) + "\r"
        + "accuracy\tsums\n"
        + "\r" + line);
  }

  @Test
  void otherListeners_areLeftAlone_andThePrintStillRuns() {
    StringWriter text = new StringWriter();
    ProgressReporter.done(ProgressListener.NONE, "sums");
    ProgressReporter.above(ProgressListener.NONE, () -> text.write("printed"));
    assertThat(text.toString()).isEqualTo("printed");
  }
}
