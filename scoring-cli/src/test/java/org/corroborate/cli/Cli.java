package org.corroborate.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Runs the command line in-process and captures its exit code and output. */
final class Cli {
  private Cli() {}

  /** What a run printed and returned. */
  record Run(int code, byte[] outBytes, String err) {
    /** Standard output decoded as UTF-8. */
    String out() {
      return new String(outBytes, StandardCharsets.UTF_8);
    }
  }

  private static final Map<List<String>, Run> ONCE = new ConcurrentHashMap<>();

  /**
   * The run of {@code args}, made once per test JVM and shared by the tests that only read its
   * output (a run's output is immutable by contract: the tests never write into {@code
   * outBytes}). Only for a run whose output depends on its arguments alone, such as scoring the
   * seeds; {@code ScoreCommandTest.score_twice_isByteIdentical} holds that to be so by comparing a
   * fresh run with this one.
   */
  static Run once(String... args) {
    return ONCE.computeIfAbsent(List.of(args), k -> run(args));
  }

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = CorroborateCommand.execute(out, err, args);
    return new Run(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
  }
}
