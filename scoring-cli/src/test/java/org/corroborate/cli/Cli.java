package org.corroborate.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

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

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = CorroborateCommand.execute(out, err, args);
    return new Run(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
  }
}
