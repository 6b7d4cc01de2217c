package io.github.omneoid.sandbox;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Exact decimal arithmetic on stored values: amounts, balances, points, totals. Never {@code double}. */
final class Money {
  /** Assumption: 100 points are worth one dollar (no public source gives the rate). */
  static final BigDecimal DOLLARS_PER_POINT = new BigDecimal("0.01");
  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Money() {}

  /**
   * A stored value as a decimal: numbers as they are, numeric strings (the API sends some amounts as
   * {@code "49.99"}) parsed, anything else zero. Stored numbers are bounded by {@link Limits}.
   */
  static BigDecimal of(Object o) {
    if (o instanceof BigDecimal) {
      return (BigDecimal) o;
    }
    if (o instanceof Long || o instanceof Integer) {
      return BigDecimal.valueOf(((Number) o).longValue());
    }
    if (o instanceof Number) {
      return new BigDecimal(o.toString());
    }
    if (o instanceof String && !((String) o).isEmpty() && ((String) o).length() <= Limits.MAX_NUMBER_CHARS) {
      try {
        BigDecimal d = new BigDecimal(((String) o).trim());
        return Limits.breach("value", d) == null ? d : BigDecimal.ZERO;
      } catch (NumberFormatException e) {
        return BigDecimal.ZERO;
      }
    }
    return BigDecimal.ZERO;
  }

  /** Rounded to cents (half up), as a JSON tree number: {@code 12.5}, {@code 28}. */
  static Object cents(BigDecimal d) {
    return Json.number(d.setScale(2, RoundingMode.HALF_UP));
  }

  static BigDecimal min(BigDecimal a, BigDecimal b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  static BigDecimal max(BigDecimal a, BigDecimal b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  static boolean positive(BigDecimal d) {
    return d.signum() > 0;
  }
}
