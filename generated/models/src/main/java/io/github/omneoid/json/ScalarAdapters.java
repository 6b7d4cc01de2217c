package io.github.omneoid.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Set;

/**
 * Strings, numbers and booleans outside a model field (list elements, map values, a whole document), read by the
 * same tolerant rules as fields. With no field to keep it in, a value that fits nowhere becomes null (reported).
 */
final class ScalarAdapters {

  static final JsonAdapter.Factory FACTORY = new JsonAdapter.Factory() {
    @Override
    public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
      if (!annotations.isEmpty()) {
        return null;
      }
      ValueReader reader = readerFor(type);
      return reader == null ? null : new Tolerant(reader);
    }
  };

  private ScalarAdapters() {
  }

  /** @return the tolerant reader for a scalar type, or null when the type is not a scalar this library reads */
  static ValueReader readerFor(Type type) {
    if (type == String.class) {
      return ValueReader.forString();
    }
    if (type == Long.class || type == Integer.class) {
      return new ValueReader.IntegerReader(type == Long.class);
    }
    if (type == BigDecimal.class || type == Double.class || type == Float.class) {
      return new ValueReader.DecimalReader((Class<?>) type);
    }
    if (type == Boolean.class) {
      return ValueReader.BooleanReader.INSTANCE;
    }
    return null;
  }

  /**
   * @return the text, unchanged
   * @throws IllegalArgumentException for a lone surrogate, which UTF-8 would carry as {@code ?}: a different value
   */
  static String wellFormed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException(String.format("A string to be written as JSON has a lone surrogate"
            + " (U+%04X) at index %d: it is not text and cannot be sent as UTF-8", (int) c, i));
      }
    }
    return text;
  }

  private static final class Tolerant extends JsonAdapter<Object> {
    private final ValueReader reader;

    Tolerant(ValueReader reader) {
      this.reader = reader;
    }

    @Override
    public Object fromJson(JsonReader in) throws IOException {
      if (in.peek() == JsonReader.Token.NULL) {
        return in.nextNull();
      }
      Object value = reader.read(in, DriftContext.of(in), Collections.<Also>emptySet());
      return value instanceof ValueReader.Raw ? null : value;
    }

    @Override
    public void toJson(JsonWriter out, Object value) throws IOException {
      if (value == null) {
        out.nullValue();
      } else if (value instanceof String) {
        out.value(wellFormed((String) value));
      } else if (value instanceof Boolean) {
        out.value(((Boolean) value).booleanValue());
      } else {
        out.value((Number) value); // BigDecimal digit for digit
      }
    }
  }
}
