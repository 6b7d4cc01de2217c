package io.github.omneoid.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Untyped JSON ({@code Object}) read without losing a digit: a number is a {@code Long} when it is an integer that
 * fits one, else a {@code BigDecimal} exactly as sent (Moshi's own reading makes every number a {@code double}, so
 * {@code 9007199254740993} came back as {@code 9007199254740992}). Objects are {@code Map}s in document order, a
 * key sent twice is refused as Moshi refuses it; writing is Moshi's.
 */
final class ExactNumbers extends JsonAdapter<Object> {

  static final JsonAdapter.Factory FACTORY = new JsonAdapter.Factory() {
    @Override
    public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
      return type == Object.class && annotations.isEmpty()
          ? new ExactNumbers(moshi.nextAdapter(this, Object.class, annotations)) : null;
    }
  };

  private final JsonAdapter<Object> writer;

  private ExactNumbers(JsonAdapter<Object> writer) {
    this.writer = writer;
  }

  @Override
  public Object fromJson(JsonReader reader) throws IOException {
    return read(reader);
  }

  /** @return the next JSON value, untyped, numbers exact; what every untyped read in this package uses */
  static Object read(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case BEGIN_ARRAY:
        List<Object> list = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          list.add(read(reader));
        }
        reader.endArray();
        return list;
      case BEGIN_OBJECT:
        Map<String, Object> map = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
          String name = reader.nextName();
          if (map.containsKey(name)) {
            throw new JsonDataException("Map key '" + name + "' has multiple values at path " + reader.getPath());
          }
          map.put(name, read(reader));
        }
        reader.endObject();
        return map;
      case STRING:
        return reader.nextString();
      case NUMBER:
        String path = reader.getPath();
        return number(reader.nextString(), path);
      case BOOLEAN:
        return reader.nextBoolean();
      case NULL:
        return reader.nextNull();
      default:
        throw new JsonDataException("Expected a value but was " + reader.peek() + " at path " + reader.getPath());
    }
  }

  /** @return a {@code Long} for an integer that fits one, else a {@code BigDecimal} digit for digit */
  static Object number(String text, String path) {
    boolean integer = text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0;
    if (integer) {
      try {
        return Long.parseLong(text);
      } catch (NumberFormatException pastLong) {
        // a BigDecimal holds it
      }
    }
    return ValueReader.DecimalReader.exact(text, path);
  }

  @Override
  public void toJson(JsonWriter out, Object value) throws IOException {
    writer.toJson(out, value);
  }

  @Override
  public String toString() {
    return "ExactNumbers(Object)";
  }
}
