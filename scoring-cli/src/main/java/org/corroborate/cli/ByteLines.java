package org.corroborate.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads a file as lines of bytes, fast: one large buffer, lines split on {@code '\n'} with a
 * trailing {@code '\r'} removed, a UTF-8 byte-order mark at the start of the file skipped. No
 * decoding happens here; callers find their separators at byte level and decode only the fields
 * they keep.
 */
final class ByteLines {
  private static final int BUFFER_SIZE = 1 << 20;
  /** Bytes scanned by one run of the inner loop; a multiple of 8. */
  private static final int CHUNK = 1 << 12;

  /** Receives each line as a slice of a shared buffer that is valid only during the call. */
  @FunctionalInterface
  interface Handler {
    /**
     * Handles bytes {@code [start, end)} of {@code buffer}, line {@code lineNumber} (from 1).
     *
     * @return false to stop reading
     */
    boolean line(byte[] buffer, int start, int end, long lineNumber);
  }

  /**
   * A handler that may keep lines for later: {@link #flush} is called before the buffer's bytes
   * are moved or overwritten, and after the last line.
   */
  @FunctionalInterface
  interface BufferedHandler extends Handler {
    /** Finishes with every line passed so far. */
    default void flush() {}
  }

  private ByteLines() {}

  /** Calls {@code handler} for each line of {@code file}, in order, until it returns false. */
  static void forEach(Path file, Handler handler) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      forEach(in, handler);
    }
  }

  /** Calls {@code handler} for each line of {@code in}, in order, until it returns false. */
  static void forEach(InputStream in, Handler handler) throws IOException {
    BufferedHandler lines = handler::line;
    scan(in::read, BUFFER_SIZE, true, lines);
  }

  /** Where lines are read from: like {@link InputStream#read(byte[], int, int)}, -1 at the end. */
  @FunctionalInterface
  interface Source {
    int read(byte[] buffer, int offset, int length) throws IOException;
  }

  /**
   * The one line scanner of the command line's readers. Calls {@code handler} for each line of
   * {@code source}, in order, until it returns false, numbering lines from 1; {@link
   * BufferedHandler#flush} is called before the buffer's bytes move and after the last line. When
   * {@code atFileStart}, a UTF-8 byte-order mark at the start is skipped. The buffer starts at
   * {@code bufferSize} bytes and doubles for a longer line; it keeps {@link #PADDING} readable
   * bytes after the data, so line ends are found eight bytes at a time.
   */
  static void scan(Source source, int bufferSize, boolean atFileStart, BufferedHandler handler)
      throws IOException {
    byte[] buf = new byte[bufferSize + PADDING];
    int filled = 0;
    int lineStart = 0;
    long line = 0;
    boolean first = atFileStart;
    while (true) {
      handler.flush();
      if (lineStart > 0) {
        System.arraycopy(buf, lineStart, buf, 0, filled - lineStart);
        filled -= lineStart;
        lineStart = 0;
      } else if (filled == buf.length - PADDING) {
        buf = Arrays.copyOf(buf, filled * 2 + PADDING);
      }
      int n = source.read(buf, filled, buf.length - PADDING - filled);
      if (n < 0) {
        break;
      }
      int scanFrom = filled;
      filled += n;
      if (first && filled >= 3) {
        first = false;
        if (startsWithBom(buf, filled)) {
          lineStart = 3;
          scanFrom = Math.max(scanFrom, 3);
        }
      }
      // eight bytes at a time; the padding makes the last, partial word readable. The block is
      // walked in chunks so that the inner loop's exit is common while the JIT profiles it: an
      // exit first met after compiling (at the end of a large block) throws the compiled
      // scanner away, and recompiling it, with the whole line handler inlined, costs a compiler
      // thread a third of a second each time
      for (int chunk = scanFrom; chunk < filled; chunk += CHUNK) {
        int chunkEnd = Math.min(filled, chunk + CHUNK);
        for (int i = chunk; i < chunkEnd; i += 8) {
          long newlines = matches(buf, i, Math.min(8, filled - i), NEWLINES);
          while (newlines != 0) {
            int at = i + (Long.numberOfTrailingZeros(newlines) >>> 3);
            newlines &= newlines - 1;
            if (buf[at] != '\n') {
              continue; // a false match just above a true one
            }
            int end = at > lineStart && buf[at - 1] == '\r' ? at - 1 : at;
            if (!handler.line(buf, lineStart, end, ++line)) {
              return;
            }
            lineStart = at + 1;
          }
        }
      }
    }
    if (filled > lineStart) {
      int end = buf[filled - 1] == '\r' ? filled - 1 : filled;
      handler.line(buf, lineStart, end, ++line);
    }
    handler.flush();
  }

  /** Whether the first {@code n} bytes of {@code b} start with a UTF-8 byte-order mark. */
  static boolean startsWithBom(byte[] b, int n) {
    return n >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
  }

  /** Readable bytes kept after a buffer's data, for word-at-a-time reads (and ByteTable's). */
  static final int PADDING = ByteTable.PADDING;

  private static final java.lang.invoke.VarHandle LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
          long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  /** Eight copies of {@code '\n'} and of {@code '\t'}, for {@link #matches}. */
  static final long NEWLINES = ONES * '\n';
  static final long TABS = ONES * '\t';

  /**
   * The bytes of {@code b[at, at + n)} (n at most 8; eight bytes must be readable) equal to the
   * byte repeated in {@code pattern}: the high bit of each matching byte's lane is set. A lane
   * just above a true match may be set too, so callers check the byte.
   */
  static long matches(byte[] b, int at, int n, long pattern) {
    long x = (long) LONGS.get(b, at) ^ pattern;
    long t = (x - ONES) & ~x & HIGHS;
    return n == 8 ? t : t & ((1L << (n << 3)) - 1);
  }

  /** Whether bytes {@code [start, end)} are empty or only spaces and tabs. */
  static boolean isBlank(byte[] b, int start, int end) {
    for (int i = start; i < end; i++) {
      if (b[i] != ' ' && b[i] != '\t') {
        return false;
      }
    }
    return true;
  }

  /** Whether the line is a comment: its first byte is {@code '#'}. */
  static boolean isComment(byte[] b, int start, int end) {
    return end > start && b[start] == '#';
  }
}
