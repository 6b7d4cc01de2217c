package io.github.omneoid.sandbox;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON as plain trees ({@code Map<String,Object>}, {@code List<Object>}, String, Long, Double, Boolean, null),
 * read and written with Moshi. Integral numbers are normalised to {@link Long} so that {@code 1} stays {@code 1}.
 */
final class Json {
  private static final Moshi MOSHI = new Moshi.Builder().build();
  private static final JsonAdapter<Object> ADAPTER = MOSHI.adapter(Object.class).serializeNulls();

  private Json() {}

  /** Thrown for text that is not one well-formed JSON document. */
  static final class MalformedJsonException extends Exception {
    MalformedJsonException(String message) {
      super(message);
    }
  }

  static Object parse(String text) throws MalformedJsonException {
    try {
      return normalize(ADAPTER.fromJson(text));
    } catch (JsonDataException | IOException | IllegalStateException | StackOverflowError e) {
      throw new MalformedJsonException(String.valueOf(e.getMessage()));
    }
  }

  static String write(Object tree) {
    return ADAPTER.toJson(tree);
  }

  /** Deep copy with Doubles that hold whole numbers turned into Longs and maps kept in insertion order. */
  @SuppressWarnings("unchecked")
  static Object normalize(Object node) {
    if (node instanceof Map) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) node).entrySet()) {
        out.put(String.valueOf(e.getKey()), normalize(e.getValue()));
      }
      return out;
    }
    if (node instanceof List) {
      List<Object> out = new ArrayList<>();
      for (Object o : (List<Object>) node) {
        out.add(normalize(o));
      }
      return out;
    }
    if (node instanceof Double || node instanceof Float) {
      double d = ((Number) node).doubleValue();
      if (!Double.isInfinite(d) && d == Math.rint(d) && Math.abs(d) < 9.0e15) {
        return (long) d;
      }
      return d;
    }
    if (node instanceof Integer || node instanceof Short || node instanceof Byte) {
      return ((Number) node).longValue();
    }
    if (node instanceof java.math.BigDecimal || node instanceof java.math.BigInteger) {
      return normalize(((Number) node).doubleValue());
    }
    if (node instanceof Object[]) {
      List<Object> out = new ArrayList<>();
      for (Object o : (Object[]) node) {
        out.add(normalize(o));
      }
      return out;
    }
    return node;
  }

  /** A deep, unmodifiable copy for handing state to callers. */
  @SuppressWarnings("unchecked")
  static Object frozen(Object node) {
    if (node instanceof Map) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<String, Object> e : ((Map<String, Object>) node).entrySet()) {
        out.put(e.getKey(), frozen(e.getValue()));
      }
      return Collections.unmodifiableMap(out);
    }
    if (node instanceof List) {
      List<Object> out = new ArrayList<>();
      for (Object o : (List<Object>) node) {
        out.add(frozen(o));
      }
      return Collections.unmodifiableList(out);
    }
    return node;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> frozenMap(Map<String, Object> map) {
    return (Map<String, Object>) frozen(map);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> copy(Map<String, Object> map) {
    return (Map<String, Object>) normalize(map);
  }

  @SuppressWarnings("unchecked")
  static List<Object> copyList(List<?> list) {
    return (List<Object>) normalize(list);
  }
}
