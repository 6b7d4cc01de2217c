package io.github.omneoid.sandbox;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Bounds on what the sandbox stores, so that a stored value can never make a later read fail. Every request body
 * and every seeded map is checked, field by field, before anything is stored:
 *
 * <ul>
 *   <li>nesting: a field's value may nest at most {@value #MAX_DEPTH} levels of arrays and objects
 *       ({@code {"value": [[1]]}} nests 2). Responses wrap stored values in a few more levels ({@code data}, a
 *       list, the record), far below the 255 levels a JSON reader or writer goes;</li>
 *   <li>numbers: within the range of a double (zero, or a magnitude between 4.9E-324 and 1.8E+308), as the PHP
 *       server behind the real API reads them, and written in at most {@value #MAX_NUMBER_CHARS} characters (a
 *       longer literal is malformed JSON to the reader: 400).</li>
 * </ul>
 *
 * A breach is a 422 naming the top-level field, Laravel style:
 * {@code {"message": "The given data was invalid.", "errors": {"value": ["The value field may not be nested more
 * than 32 levels deep."]}}}.
 */
final class Limits {
  static final int MAX_DEPTH = 32;
  /** Also the longest number literal Moshi's reader takes: a longer one is malformed JSON (400) to it. */
  static final int MAX_NUMBER_CHARS = 64;
  private static final BigDecimal MAX_MAGNITUDE = new BigDecimal("1.7976931348623157E+308");
  private static final BigDecimal MIN_MAGNITUDE = new BigDecimal("4.9E-324");

  private Limits() {}

  /** A breach found while the body was still being read. */
  static final class Exceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String field;

    Exceeded(String field, String message) {
      super(message, null, false, false);
      this.field = field;
    }

    ApiException toApi() {
      return ApiException.invalid(field, getMessage());
    }
  }

  static Exceeded tooDeep(String field) {
    return new Exceeded(field, "The " + Check.label(field) + " field may not be nested more than " + MAX_DEPTH
        + " levels deep.");
  }

  static Exceeded numberTooLong(String field) {
    return new Exceeded(field, "The " + Check.label(field) + " field may not hold a number longer than "
        + MAX_NUMBER_CHARS + " characters.");
  }

  static Exceeded numberOutOfRange(String field) {
    return new Exceeded(field, "The " + Check.label(field) + " field may not hold a number outside the range of a "
        + "double.");
  }

  /** Checks every field of a body; the first breach per field is reported, all fields at once. */
  static void check(Map<String, Object> body, ApiException.Validation v) {
    for (Map.Entry<String, Object> e : body.entrySet()) {
      Exceeded x = breach(e.getKey(), e.getValue());
      if (x != null) {
        v.add(x.field, x.getMessage());
      }
    }
  }

  /** For the Java seeding methods: the same rules, as an IllegalArgumentException naming the field. */
  static void checkSeed(Map<String, Object> fields) {
    ApiException.Validation v = new ApiException.Validation();
    check(fields, v);
    if (!v.isEmpty()) {
      throw new IllegalArgumentException("Refused by the sandbox's limits: " + Json.write(v.exception().body()));
    }
  }

  /** The breach in one field's value, or null. */
  static Exceeded breach(String field, Object value) {
    if (nesting(value, MAX_DEPTH) > MAX_DEPTH) {
      return tooDeep(field);
    }
    return numbers(field, value, 0);
  }

  /** The nesting of a value, counted up to {@code limit + 1} levels (so a cyclic or huge tree stays cheap). */
  static int nesting(Object node, int limit) {
    Iterable<?> children = children(node);
    if (children == null) {
      return 0;
    }
    if (limit <= 0) {
      return 1;
    }
    int max = 0;
    for (Object child : children) {
      max = Math.max(max, nesting(child, limit - 1));
      if (max >= limit) {
        break;
      }
    }
    return 1 + max;
  }

  private static Iterable<?> children(Object node) {
    return node instanceof Map ? ((Map<?, ?>) node).values() : node instanceof List ? (List<?>) node : null;
  }

  private static Exceeded numbers(String field, Object node, int at) {
    if (at > MAX_DEPTH) {
      return null;
    }
    if (node instanceof BigDecimal) {
      BigDecimal d = (BigDecimal) node;
      if (d.toString().length() > MAX_NUMBER_CHARS) {
        return numberTooLong(field);
      }
      BigDecimal abs = d.abs();
      if (d.signum() != 0 && (abs.compareTo(MAX_MAGNITUDE) > 0 || abs.compareTo(MIN_MAGNITUDE) < 0)) {
        return numberOutOfRange(field);
      }
      return null;
    }
    Iterable<?> children = children(node);
    if (children != null) {
      for (Object child : children) {
        Exceeded x = numbers(field, child, at + 1);
        if (x != null) {
          return x;
        }
      }
    }
    return null;
  }
}
