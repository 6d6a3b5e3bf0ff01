package org.corroborate.impl.truth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * AccuCopy's greedy discount ({@link CopyOrder}): a case worked by hand, and the table the small
 * claims are ordered from against the neighbour lists and heap of the large ones, bit for bit.
 */
class CopyOrderTest {

  /**
   * Four sources; pairs (0, 1) with dependence .8 where 1 is the original, (1, 2) with .5, (0, 3)
   * with .5; copy rate .5. Greedy order: 1 (the original of the top pair), then 0 (.8 on 1), then
   * 2 and 3 tie at .5 (2 on 1, 3 on 0) and the lower position, 2, goes first, then 3. Products:
   * I(1) = 1, I(0) = 1 - .5 * .8 = .6, I(2) = 1 - .5 * .5 = .75, I(3) = .75 (its only placed
   * neighbour is 0).
   */
  @Test
  void ordersGreedilyAsWorkedByHand() {
    for (CopyOrder order : new CopyOrder[] {new CopyOrder(), new CopyOrder(0)}) {
      order.clear();
      order.add(0, 1, 0.8, true);
      order.add(0, 3, 0.5, false);
      order.add(1, 2, 0.5, false);
      double[] out = new double[6];
      order.discount(4, 0.5, out, 2);
      assertThat(out).containsExactly(0.0, 0.0, 0.6, 1.0, 0.75, 0.75);
    }
  }

  /** A claim without dependent pairs discounts nothing; pairs of dependence 0 or NaN are none. */
  @Test
  void independentSourcesKeepTheirVotes() {
    CopyOrder order = new CopyOrder();
    order.clear();
    order.add(0, 1, 0.0, true);
    order.add(0, 2, Double.NaN, false);
    double[] out = new double[3];
    order.discount(3, 0.8, out, 0);
    assertThat(out).containsExactly(1.0, 1.0, 1.0);
  }

  /**
   * Random claims of 2 to 40 sources (both sides of {@link CopyOrder#DENSE}), dependences drawn
   * from a few values so that ties are common, some pairs missing, both directions: the table and
   * the heap give the same discounts to the last bit.
   */
  @Test
  void tableAndHeapAgreeToTheBit() {
    Random random = new Random(17);
    double[] levels = {0.0, 1e-300, 0.1, 0.25, 0.5, 0.5, 0.9, 1.0};
    CopyOrder table = new CopyOrder();
    CopyOrder heap = new CopyOrder(0);
    for (int claim = 0; claim < 3000; claim++) {
      int k = 2 + random.nextInt(39);
      double density = random.nextDouble();
      table.clear();
      heap.clear();
      for (int x = 0; x < k; x++) {
        for (int y = x + 1; y < k; y++) {
          if (random.nextDouble() < density) {
            double d = random.nextBoolean() ? levels[random.nextInt(levels.length)]
                : random.nextDouble();
            boolean yOriginal = random.nextBoolean();
            table.add(x, y, d, yOriginal);
            heap.add(x, y, d, yOriginal);
          }
        }
      }
      double copy = random.nextDouble();
      double[] a = new double[k + 3];
      double[] b = new double[k + 3];
      table.discount(k, copy, a, 3);
      heap.discount(k, copy, b, 3);
      for (int x = 0; x < a.length; x++) {
        assertThat(Double.doubleToRawLongBits(a[x]))
            .as("claim %d of %d sources, position %d", claim, k, x)
            .isEqualTo(Double.doubleToRawLongBits(b[x]));
      }
    }
  }
}
