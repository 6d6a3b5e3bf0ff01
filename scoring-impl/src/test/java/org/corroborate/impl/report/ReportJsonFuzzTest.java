package org.corroborate.impl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.corroborate.news.CorroborationReport;

/**
 * Fuzz target for the JSON report reader ({@code NewsScoring.readJson}), which a host may feed
 * any file. The contract: a report, or an {@link IllegalArgumentException} whose message starts
 * with the JSON path of the bad field ({@code $...}) or with {@code report:}; never another
 * exception. A report read is written to the same bytes twice; what it writes reads back equal
 * and writes the same bytes again. Seeds in
 * {@code ReportJsonFuzzTestInputs/}; fuzzing mode in CONTRIBUTING.md.
 */
class ReportJsonFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void read(byte[] data) throws IOException {
    CorroborationReport report;
    try {
      report = ReportJson.read(new ByteArrayInputStream(data));
    } catch (IllegalArgumentException e) {
      assertThat(e.getMessage()).as("message of %s", e).isNotNull()
          .matches(m -> m.startsWith("$") || m.startsWith("report:"), "names the field");
      return;
    } catch (IOException e) {
      fail("an IOException from a byte array: " + e, e);
      return;
    }
    byte[] once = write(report);
    assertThat(write(report)).isEqualTo(once);
    // numbers are written with at most ten decimals, so a report read from another writer's JSON
    // (0.1111111111111111, found by fuzzing) is rounded once; from then on it reads back equal
    CorroborationReport written = ReportJson.read(new ByteArrayInputStream(once));
    assertThat(write(written)).isEqualTo(once);
    assertThat(ReportJson.read(new ByteArrayInputStream(write(written)))).isEqualTo(written);
  }

  private static byte[] write(CorroborationReport report) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportJson.write(report, out);
    return out.toByteArray();
  }
}
