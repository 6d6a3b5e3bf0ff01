package org.corroborate.cli;

import java.util.Optional;

/**
 * ISBN-10 and ISBN-13 forms of book ids, for matching gold files to data that use the other form.
 *
 * <p>An ISBN-10 is nine digits and a check character (a digit or {@code X} for 10) such that
 * {@code sum(d_i * (11 - i)) mod 11 == 0} for i = 1..10. Its ISBN-13 form is {@code 978}, the nine
 * digits, and a new check digit {@code (10 - sum(d_i * w_i) mod 10) mod 10} with weights 1, 3, 1,
 * 3, ... over the first twelve digits. Only ISBN-13s with the {@code 978} prefix have an ISBN-10
 * form.
 */
final class Isbn {
  private Isbn() {}

  /** Whether {@code id} is a valid ISBN-10 (check character included, no hyphens). */
  static boolean isIsbn10(String id) {
    if (id.length() != 10) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      char c = id.charAt(i);
      int d;
      if (c >= '0' && c <= '9') {
        d = c - '0';
      } else if (i == 9 && (c == 'X' || c == 'x')) {
        d = 10;
      } else {
        return false;
      }
      sum += d * (10 - i);
    }
    return sum % 11 == 0;
  }

  /** Whether {@code id} is a valid ISBN-13 (thirteen digits, check digit correct). */
  static boolean isIsbn13(String id) {
    if (id.length() != 13) {
      return false;
    }
    for (int i = 0; i < 13; i++) {
      char c = id.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return checkDigit13(id) == id.charAt(12) - '0';
  }

  /** Returns the ISBN-13 form of a valid ISBN-10. */
  static Optional<String> toIsbn13(String isbn10) {
    if (!isIsbn10(isbn10)) {
      return Optional.empty();
    }
    String body = "978" + isbn10.substring(0, 9);
    return Optional.of(body + checkDigit13(body));
  }

  /** Returns the ISBN-10 form of a valid ISBN-13 that starts with {@code 978}. */
  static Optional<String> toIsbn10(String isbn13) {
    if (!isIsbn13(isbn13) || !isbn13.startsWith("978")) {
      return Optional.empty();
    }
    String body = isbn13.substring(3, 12);
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (body.charAt(i) - '0') * (10 - i);
    }
    int check = (11 - sum % 11) % 11;
    return Optional.of(body + (check == 10 ? "X" : Integer.toString(check)));
  }

  /** The ISBN-13 check digit of the first twelve digits of {@code digits}. */
  private static int checkDigit13(String digits) {
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      sum += (digits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
    }
    return (10 - sum % 10) % 10;
  }
}
