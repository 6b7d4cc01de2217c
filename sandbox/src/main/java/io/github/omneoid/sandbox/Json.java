package io.github.omneoid.sandbox;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okio.Buffer;

/**
 * JSON as plain trees: {@code Map<String,Object>} (insertion order), {@code List<Object>}, String, Boolean, null
 * and two number types: {@link Long} for integers that fit, {@link BigDecimal} for every other number (exact, as
 * sent; trailing zeros stripped, so {@code 59.50} is {@code 59.5} and {@code 2.0} is {@code 2}). Read with Moshi's
 * streaming reader so that no number passes through {@code double}.
 */
final class Json {
  private static final Moshi MOSHI = new Moshi.Builder().add(BigDecimal.class, new DecimalAdapter()).build();
  private static final JsonAdapter<Object> WRITER = MOSHI.adapter(Object.class).serializeNulls();

  private Json() {}

  /** Thrown for text that is not one well-formed JSON document. */
  static final class MalformedJsonException extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedJsonException(String message) {
      super(message);
    }
  }

  /**
   * Parses one JSON document. A value that breaks a {@link Limits} rule while being read (nested deeper than the
   * reader goes, a number literal too long to be a number) throws {@link Limits.Exceeded} naming the top-level
   * field it sits in; everything else that is not well-formed JSON throws {@link MalformedJsonException}.
   */
  static Object parse(String text) throws MalformedJsonException {
    JsonReader reader = JsonReader.of(new Buffer().writeUtf8(text));
    Reading state = new Reading();
    try {
      Object tree = read(reader, state, 0);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new MalformedJsonException("JSON document was not fully consumed.");
      }
      return tree;
    } catch (JsonDataException e) {
      if (String.valueOf(e.getMessage()).startsWith("Nesting too deep") && state.field != null) {
        throw Limits.tooDeep(state.field);
      }
      throw new MalformedJsonException(String.valueOf(e.getMessage()));
    } catch (IOException e) {
      String m = String.valueOf(e.getMessage());
      int at = m.indexOf("to accept malformed JSON at path ");
      if (m.startsWith("Use JsonReader.setLenient(true)") && at > 0) {
        // Moshi's words for an unquoted word, or a number literal longer than it reads.
        throw new MalformedJsonException("unexpected text at " + m.substring(at + 33) + " (an unquoted word, or a "
            + "number longer than " + Limits.MAX_NUMBER_CHARS + " characters)");
      }
      throw new MalformedJsonException(m);
    } catch (IllegalStateException | StackOverflowError e) {
      throw new MalformedJsonException(String.valueOf(e.getMessage()));
    }
  }

  /** Which top-level field of an object document the reader is in (for error messages). */
  private static final class Reading {
    String field;
  }

  private static Object read(JsonReader r, Reading state, int depth) throws IOException, MalformedJsonException {
    switch (r.peek()) {
      case BEGIN_OBJECT: {
        Map<String, Object> m = new LinkedHashMap<>();
        r.beginObject();
        while (r.hasNext()) {
          String key = r.nextName();
          if (depth == 0) {
            state.field = key;
          }
          Object value = read(r, state, depth + 1);
          if (m.containsKey(key)) {
            throw new MalformedJsonException("Duplicate key '" + key + "' at " + r.getPath() + ".");
          }
          m.put(key, value);
        }
        r.endObject();
        return m;
      }
      case BEGIN_ARRAY: {
        List<Object> l = new ArrayList<>();
        r.beginArray();
        while (r.hasNext()) {
          l.add(read(r, state, depth + 1));
        }
        r.endArray();
        return l;
      }
      case STRING:
        return r.nextString();
      case NUMBER: {
        String literal = r.nextString();
        if (literal.length() > Limits.MAX_NUMBER_CHARS) {
          throw Limits.numberTooLong(state.field == null ? "body" : state.field);
        }
        return number(new BigDecimal(literal));
      }
      case BOOLEAN:
        return r.nextBoolean();
      case NULL:
        return r.nextNull();
      default:
        throw new MalformedJsonException("Unexpected " + r.peek() + " at " + r.getPath() + ".");
    }
  }

  static String write(Object tree) {
    return WRITER.toJson(tree);
  }

  /** The canonical tree form of a number: a {@link Long} when it is whole and fits, else a stripped decimal. */
  static Object number(BigDecimal d) {
    if (d.signum() == 0) {
      return 0L;
    }
    // Integer digits, computed without expanding the number (1E+999999999 stays cheap).
    long integerDigits = (long) d.precision() - d.scale();
    if (integerDigits <= 18 && integerDigits >= -400) {
      BigDecimal s = d.stripTrailingZeros();
      if (s.scale() <= 0) {
        return s.longValueExact();
      }
      return s;
    }
    return d;
  }

  /**
   * Deep copy into the tree form: maps keep insertion order, every number becomes a Long or a BigDecimal. Values
   * that JSON cannot hold (NaN, infinities, arbitrary objects) are refused with an IllegalArgumentException.
   */
  @SuppressWarnings("unchecked")
  static Object normalize(Object node) {
    if (node == null || node instanceof String || node instanceof Boolean) {
      return node;
    }
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
    if (node instanceof Object[]) {
      List<Object> out = new ArrayList<>();
      for (Object o : (Object[]) node) {
        out.add(normalize(o));
      }
      return out;
    }
    if (node instanceof Long || node instanceof Integer || node instanceof Short || node instanceof Byte) {
      return ((Number) node).longValue();
    }
    if (node instanceof Double || node instanceof Float) {
      double d = ((Number) node).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new IllegalArgumentException("JSON numbers must be finite, got " + d);
      }
      return number(new BigDecimal(Double.toString(d)));
    }
    if (node instanceof BigDecimal) {
      return number((BigDecimal) node);
    }
    if (node instanceof BigInteger) {
      return number(new BigDecimal((BigInteger) node));
    }
    if (node instanceof Character || node instanceof CharSequence) {
      return node.toString();
    }
    throw new IllegalArgumentException("Not a JSON value: " + node.getClass().getName()
        + " (use maps, lists, strings, numbers, booleans and null)");
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
  static Map<String, Object> copy(Map<String, ?> map) {
    return (Map<String, Object>) normalize(map);
  }

  @SuppressWarnings("unchecked")
  static List<Object> copyList(List<?> list) {
    return (List<Object>) normalize(list);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> asMap(Object o) {
    return (Map<String, Object>) o;
  }

  /** Writes decimals as their exact text ({@code 12.5}, {@code 1E+400}): valid JSON numbers, no double on the way. */
  private static final class DecimalAdapter extends JsonAdapter<BigDecimal> {
    @Override
    public BigDecimal fromJson(JsonReader reader) throws IOException {
      return new BigDecimal(reader.nextString());
    }

    @Override
    public void toJson(JsonWriter writer, BigDecimal value) throws IOException {
      writer.value(value);
    }
  }
}
