package io.github.omneoid.sandbox;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the real API writes a stored value on the wire. It is a Laravel application, and the official reference's
 * examples (docs.omneo.io, {@code /api-reference/...} and {@code /reference/...}) show its idioms: decimals as
 * strings ({@code "240.00"}), some whole numbers as strings ({@code "birth_year": "1988"}), an empty map as
 * {@code []}, some flags as {@code 0}/{@code 1} or {@code "1"}/{@code "0"}. The spec declares each such form on its
 * property ({@code x-omneo-also}); {@link Shapes} says which property of which resource the sandbox writes in
 * which form.
 *
 * <p>The store keeps exact values (whole numbers {@code Long}, decimals {@code BigDecimal}, maps as maps): the
 * maths and the Java API ({@code seedProfile}, {@code profile(id)}) see those. Only HTTP answers go through a
 * {@link Shape}, which copies what it changes and never writes into the store.
 */
final class Wire {
  private Wire() {}

  /** What one property becomes on the wire. */
  interface Rule {
    Object apply(Object value);
  }

  /** A number as a decimal string with two places ({@code 12.5} → {@code "12.50"}); anything else as it is. */
  static final Rule DECIMAL = v -> v instanceof Number
      ? Money.of(v).setScale(2, RoundingMode.HALF_UP).toPlainString() : v;

  /** A number as its digits ({@code 1988} → {@code "1988"}, {@code 42.5} → {@code "42.5"}). */
  static final Rule DIGITS = v -> v instanceof Number ? Money.of(v).toPlainString() : v;

  /** An empty (or absent) map as {@code []}, as PHP writes an empty associative array. */
  static final Rule EMPTY_ARRAY = v -> v == null || (v instanceof Map && ((Map<?, ?>) v).isEmpty())
      ? new ArrayList<>() : v;

  /** A boolean as the integer {@code 1} or {@code 0}. */
  static final Rule ZERO_ONE = v -> v instanceof Boolean ? (Boolean) v ? 1L : 0L : v;

  /** A boolean as the string {@code "1"} or {@code "0"}. */
  static final Rule ZERO_ONE_TEXT = v -> v instanceof Boolean ? (Boolean) v ? "1" : "0" : v;

  /** A boolean as the string {@code "true"} or {@code "false"}. */
  static final Rule TRUE_FALSE_TEXT = v -> v instanceof Boolean ? String.valueOf(v) : v;

  static Shape shape() {
    return new Shape();
  }

  /**
   * The wire form of one resource: a rule per property, nested shapes for embedded resources, and properties the
   * store keeps for its own use (input keys, links) that the API does not send. Immutable once built; built once,
   * in {@link Shapes}.
   */
  static final class Shape implements Rule {
    private final Map<String, Rule> rules = new LinkedHashMap<>();
    private final Set<String> hidden = new LinkedHashSet<>();

    private Shape() {}

    Shape with(Rule rule, String... names) {
      for (String n : names) {
        rules.put(n, rule);
      }
      return this;
    }

    Shape decimals(String... names) {
      return with(DECIMAL, names);
    }

    Shape digits(String... names) {
      return with(DIGITS, names);
    }

    Shape emptyArrays(String... names) {
      return with(EMPTY_ARRAY, names);
    }

    /** An embedded resource, or a list of them: each is written in {@code shape}. */
    Shape nested(String name, Shape shape) {
      return with(shape, name);
    }

    Shape hide(String... names) {
      hidden.addAll(Arrays.asList(names));
      return this;
    }

    /** A copy of {@code m} in this shape; null stays null. */
    Map<String, Object> of(Map<String, Object> m) {
      if (m == null) {
        return null;
      }
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<String, Object> e : m.entrySet()) {
        if (hidden.contains(e.getKey())) {
          continue;
        }
        Rule rule = rules.get(e.getKey());
        out.put(e.getKey(), rule == null ? e.getValue() : rule.apply(e.getValue()));
      }
      return out;
    }

    /** Each record of a list in this shape. */
    List<Object> all(List<?> records) {
      List<Object> out = new ArrayList<>(records.size());
      for (Object r : records) {
        out.add(apply(r));
      }
      return out;
    }

    /** A map in this shape, a list of maps each in it; any other value (null, a bare id) as it is. */
    @Override
    public Object apply(Object value) {
      if (value instanceof Map) {
        return of(Json.asMap(value));
      }
      if (value instanceof List) {
        return all((List<?>) value);
      }
      return value;
    }
  }

  /** A {@code Page} or flat paginator body with each of its {@code data} records in {@code shape}. */
  static Map<String, Object> page(Map<String, Object> page, Shape shape) {
    Map<String, Object> out = new LinkedHashMap<>(page);
    if (page.get("data") instanceof List) {
      out.put("data", shape.all((List<?>) page.get("data")));
    }
    return out;
  }
}
