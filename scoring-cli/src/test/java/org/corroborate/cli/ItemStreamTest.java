package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ItemStreamTest {
  private static void add(ItemStream stream, String id, int record) {
    byte[] b = Arrays.copyOf(id.getBytes(StandardCharsets.US_ASCII), id.length() + 64);
    stream.add(b, 0, id.length(), ByteTable.hash(b, 0, id.length()), record);
  }

  @Test
  void reserve_growsToTheProjection_keepingWhatWasWritten_andAddsGoOnAfterIt() {
    ItemStream stream = new ItemStream();
    for (int k = 0; k < 100; k++) {
      add(stream, "item-" + k, 3 * k);
    }
    byte[] bytes = Arrays.copyOf(stream.bytes, stream.used);
    int[] numbers = Arrays.copyOf(stream.numbers, stream.count);
    int[] records = Arrays.copyOf(stream.records, stream.count);

    stream.reserve(50.0);

    // 100 ids of 6 or 7 bytes, each after a one-byte length: room for 50 times as many
    assertThat(stream.numbers.length).isEqualTo(5000);
    assertThat(stream.records.length).isEqualTo(5000);
    assertThat(stream.bytes.length).isEqualTo(50 * stream.used + ByteTable.PADDING);
    assertThat(Arrays.copyOf(stream.bytes, stream.used)).isEqualTo(bytes);
    assertThat(Arrays.copyOf(stream.numbers, stream.count)).isEqualTo(numbers);
    assertThat(Arrays.copyOf(stream.records, stream.count)).isEqualTo(records);
    int[] before = stream.numbers;
    for (int k = 100; k < 5000; k++) {
      add(stream, "item-" + k, 3 * k);
    }
    assertThat(stream.numbers).as("no growth within the projection").isSameAs(before);
    assertThat(stream.count).isEqualTo(5000);
    assertThat(stream.records[4999]).isEqualTo(3 * 4999);
    add(stream, "one-more", 1);
    assertThat(stream.count).isEqualTo(5001);
    assertThat(stream.numbers.length).isGreaterThan(5000);
  }

  @Test
  void reserve_belowWhatIsHeld_changesNothing() {
    ItemStream stream = new ItemStream();
    add(stream, "a", 0);
    byte[] bytes = stream.bytes;
    int[] numbers = stream.numbers;
    stream.reserve(1.0);
    assertThat(stream.bytes).isSameAs(bytes);
    assertThat(stream.numbers).isSameAs(numbers);
  }
}
