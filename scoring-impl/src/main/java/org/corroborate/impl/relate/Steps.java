package org.corroborate.impl.relate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import org.corroborate.Combination;
import org.corroborate.Explanation;

/**
 * Where a scoring function records its steps, in post-order: each input as a leaf, then each
 * combination of the last few steps as a node. The function computes every value itself and hands
 * it to the sink, so the score and its explanation come from one code path; a description is a
 * {@link Supplier} that only a recording sink calls, so the fast path ({@link #NONE}) builds no
 * string and no {@link Explanation}.
 */
interface Steps {
  /** Records nothing: the path that only wants the score. */
  Steps NONE = new Steps() {
    @Override
    public void leaf(double value, Supplier<String> description) {}

    @Override
    public void node(double value, Combination combination, int details,
        Supplier<String> description) {}
  };

  /** Records an input: a measure, a weight, a factor. */
  void leaf(double value, Supplier<String> description);

  /**
   * Records a node over the last {@code details} steps, in the order they were recorded.
   *
   * @param value the value the function computed; a SUM or PRODUCT node must equal the sum or the
   *     product of its details, folded from the left
   */
  void node(double value, Combination combination, int details, Supplier<String> description);

  /** A sink that builds the {@link Explanation} tree of the steps it is given. */
  final class Recording implements Steps {
    private final Deque<Explanation> stack = new ArrayDeque<>();

    @Override
    public void leaf(double value, Supplier<String> description) {
      stack.push(Explanation.leaf(value, description.get()));
    }

    @Override
    public void node(double value, Combination combination, int details,
        Supplier<String> description) {
      if (details > stack.size()) {
        throw new IllegalStateException("a node over " + details + " steps, but only "
            + stack.size() + " are recorded");
      }
      List<Explanation> inputs = new ArrayList<>(details);
      for (int i = 0; i < details; i++) {
        inputs.add(0, stack.pop());
      }
      Explanation node = Explanation.of(value, description.get(), combination, inputs);
      double folded = switch (combination) {
        case SUM -> Explanation.sum(node.description(), inputs).value();
        case PRODUCT -> Explanation.product(node.description(), inputs).value();
        default -> node.value();
      };
      if (folded != node.value()) {
        throw new IllegalStateException(combination + " node '" + node.description() + "' has "
            + node.value() + " but its details give " + folded);
      }
      stack.push(node);
    }

    /**
     * The explanation recorded: the one node left.
     *
     * @throws IllegalStateException if the steps do not form one tree
     */
    Explanation root() {
      if (stack.size() != 1) {
        throw new IllegalStateException("the steps form " + stack.size() + " trees, not one");
      }
      return stack.peek();
    }
  }
}
