package org.corroborate.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The DAFNA claim layout: seven fields, each ended by the two bytes {@code |<TAB>}:
 * {@code claimId|\t|\tobjectId|\tpropertyName|\tvalue|\tsourceId|\ttimestamp|\t}. The claim id,
 * the second field and the timestamp are not used and may be empty.
 *
 * <p><b>Item ids.</b> When every line of the input (all files together) names the same property,
 * as in the book set ({@code AuthorsNamesList}), the item id is the object id alone, so that gold
 * files keyed by object id (ISBN) match. Otherwise the item id is {@code objectId/propertyName},
 * e.g. {@code phoenixwedfeb308/Temperature}. Gold files in DAFNA layout are read with the naming
 * decided by the data.
 */
final class Dafna {
  /** Field names by 0-based index. */
  static final List<String> FIELDS =
      List.of("claimId", "unused", "objectId", "propertyName", "value", "sourceId", "timestamp");

  static final int OBJECT = 2;
  static final int PROPERTY = 3;
  static final int VALUE = 4;
  static final int SOURCE = 5;

  private Dafna() {}

  /**
   * Finds the field separators of a line: fills {@code ends} with the index of each {@code '|'}
   * that starts a separator, up to {@code ends.length}.
   *
   * @return how many separators the line has (may exceed {@code ends.length})
   */
  static int separators(byte[] b, int start, int end, int[] ends) {
    int count = 0;
    for (int i = start; i + 1 < end; i++) {
      if (b[i] == '|' && b[i + 1] == '\t') {
        if (count < ends.length) {
          ends[count] = i;
        }
        count++;
        i++;
      }
    }
    return count;
  }

  /** Whether a line looks like the DAFNA layout: it holds a {@code |<TAB>} separator. */
  static boolean looksLikeDafna(byte[] b, int start, int end) {
    return separators(b, start, end, new int[1]) > 0;
  }

  /** How item ids are formed from object id and property name; see the class comment. */
  record ItemNaming(Optional<String> singleProperty) {

    /** Naming that always qualifies object ids with the property name. */
    static final ItemNaming QUALIFIED = new ItemNaming(Optional.empty());

    /** Returns the item id of an object's property. */
    String itemId(String objectId, String property) {
      if (singleProperty.isPresent() && singleProperty.get().equals(property)) {
        return objectId;
      }
      return objectId + "/" + property;
    }

    /**
     * Scans files for their property names and returns the naming: the object id alone when one
     * property name occurs, qualified otherwise. Lines that are not well formed are ignored here
     * (the reading pass reports them).
     */
    static ItemNaming scan(List<Path> files) throws IOException {
      byte[][] first = new byte[1][];
      boolean[] several = new boolean[1];
      int[] ends = new int[Dafna.FIELDS.size() + 1];
      for (Path file : files) {
        ByteLines.forEach(
            file,
            (b, start, end, line) -> {
              if (ByteLines.isBlank(b, start, end) || ByteLines.isComment(b, start, end)) {
                return true;
              }
              if (separators(b, start, end, ends) < PROPERTY + 1) {
                return true;
              }
              int from = ends[PROPERTY - 1] + 2;
              int to = ends[PROPERTY];
              if (first[0] == null) {
                first[0] = Arrays.copyOfRange(b, from, to);
                return true;
              }
              if (!Arrays.equals(first[0], 0, first[0].length, b, from, to)) {
                several[0] = true;
                return false;
              }
              return true;
            });
        if (several[0]) {
          break;
        }
      }
      if (several[0] || first[0] == null) {
        return QUALIFIED;
      }
      try {
        String property = new FieldDecoder().decode(first[0], 0, first[0].length);
        return property.isBlank() ? QUALIFIED : new ItemNaming(Optional.of(property));
      } catch (java.nio.charset.CharacterCodingException e) {
        return QUALIFIED;
      }
    }
  }
}
