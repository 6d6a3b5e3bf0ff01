package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ItemStreamTest {
  /** The ids, hashes and records read back from every chunk, in order, as "id|hash|record". */
  private static List<String> readBack(ItemStream stream) {
    List<String> out = new ArrayList<>();
    for (ItemStream.Chunk chunk : stream.chunks) {
      int at = 0;
      for (int j = 0; j < chunk.count; j++) {
        int len = 0;
        int shift = 0;
        int c;
        do {
          c = chunk.bytes[at++];
          len |= (c & 0x7f) << shift;
          shift += 7;
        } while (c < 0);
        String id = new String(chunk.bytes, at, len, java.nio.charset.StandardCharsets.ISO_8859_1);
        out.add(id + "|" + chunk.numbers[j] + "|" + chunk.records[j]);
        at += len;
      }
      assertThat(at).as("a chunk's used bytes").isEqualTo(chunk.used);
      // the padding the table's eight-byte reads need after the last id
      assertThat(chunk.bytes.length - chunk.used).isGreaterThanOrEqualTo(ByteTable.PADDING);
    }
    return out;
  }

  @Test
  void add_keepsEveryIdInOrder_acrossChunksOfGrowingSize_withLongIdsAlone() {
    SplittableRandom random = new SplittableRandom(7);
    ItemStream stream = new ItemStream();
    List<String> expected = new ArrayList<>();
    byte[] line = new byte[70_000];
    int ids = 3 * ItemStream.MAX_CHUNK_IDS / 2 + 1000;
    for (int k = 0; k < ids; k++) {
      // mostly short ids (one word copy or two), some past 16 bytes, a few past 127 bytes (a
      // two-byte length) and a few longer than the chunk that is open
      int len = k % 50_000 == 3 ? 40_000 + random.nextInt(20_000)
          : k % 997 == 5 ? 128 + random.nextInt(300)
          : random.nextInt(4) == 0 ? 17 + random.nextInt(30) : random.nextInt(17);
      int start = random.nextInt(8);
      byte[] id = new byte[len];
      for (int j = 0; j < len; j++) {
        id[j] = (byte) ('a' + random.nextInt(26));
      }
      Arrays.fill(line, (byte) '#');
      System.arraycopy(id, 0, line, start, len);
      int hash = random.nextInt();
      stream.add(line, start, start + len, hash, k);
      expected.add(new String(id, java.nio.charset.StandardCharsets.ISO_8859_1) + "|" + hash + "|" + k);
    }
    assertThat(stream.count).isEqualTo(ids);
    assertThat(readBack(stream)).isEqualTo(expected);
    List<Integer> sizes = stream.chunks.stream().map(c -> c.numbers.length).toList();
    // each chunk twice the ids of the one before, up to the largest
    assertThat(sizes.get(0)).isEqualTo(ItemStream.FIRST_CHUNK_IDS);
    for (int k = 1; k < sizes.size(); k++) {
      assertThat(sizes.get(k))
          .isEqualTo(Math.min(ItemStream.MAX_CHUNK_IDS, 2 * sizes.get(k - 1)));
    }
    assertThat(sizes).contains(ItemStream.MAX_CHUNK_IDS);
  }

  @Test
  void add_sizesAChunksBytesByTheMeanIdSoFar() {
    ItemStream stream = new ItemStream();
    byte[] line = "i0123456789abcdefghijklmnopqrstuvwxyz0123456789".getBytes(
        java.nio.charset.StandardCharsets.US_ASCII);
    for (int k = 0; k < 20 * ItemStream.FIRST_CHUNK_IDS; k++) {
      stream.add(line, 0, 7, k, k); // ids of 7 bytes: 8 with their length
    }
    // every chunk but the first ended because its ids were all used, not its bytes
    for (ItemStream.Chunk chunk : stream.chunks.subList(1, stream.chunks.size() - 1)) {
      assertThat(chunk.count).isEqualTo(chunk.numbers.length);
      // 8 bytes a id plus an eighth, and the padding
      assertThat(chunk.bytes.length).isEqualTo(chunk.numbers.length * 9 + ByteTable.PADDING);
    }
  }
}
