package io.github.omneoid.json;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Enums that survive values the server adds later. A known value maps to its constant (by {@code @Json(name)});
 * an unknown one maps to the generated {@code UNKNOWN_DEFAULT_OPEN_API} constant where the enum has it, else to
 * null. Either way the rest of the response still parses. The fallback constant is never written back: it is left
 * out, so a read-modify-write cannot send the placeholder to the server.
 */
final class TolerantEnumAdapterFactory implements JsonAdapter.Factory {

  static final TolerantEnumAdapterFactory INSTANCE = new TolerantEnumAdapterFactory();
  static final String FALLBACK_CONSTANT = "UNKNOWN_DEFAULT_OPEN_API";

  @Override
  public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty()) {
      return null;
    }
    Class<?> raw = Types.getRawType(type);
    if (!raw.isEnum()) {
      return null;
    }
    return forEnum(raw.asSubclass(Enum.class)).nullSafe();
  }

  private static <E extends Enum<E>> JsonAdapter<E> forEnum(Class<E> enumType) {
    Map<String, E> byName = new HashMap<>();
    Map<E, String> names = new HashMap<>();
    E fallback = null;
    for (E constant : enumType.getEnumConstants()) {
      String name = jsonName(enumType, constant);
      byName.put(name, constant);
      names.put(constant, name);
      if (constant.name().equals(FALLBACK_CONSTANT)) {
        fallback = constant;
      }
    }
    return new EnumAdapter<>(enumType, byName, names, fallback);
  }

  private static String jsonName(Class<?> enumType, Enum<?> constant) {
    try {
      Json json = enumType.getField(constant.name()).getAnnotation(Json.class);
      return json != null ? json.name() : constant.name();
    } catch (NoSuchFieldException e) {
      throw new AssertionError("enum constant without a field: " + constant, e);
    }
  }

  private static final class EnumAdapter<E extends Enum<E>> extends JsonAdapter<E> {
    private final Class<E> enumType;
    private final Map<String, E> byName;
    private final Map<E, String> names;
    private final E fallback;

    EnumAdapter(Class<E> enumType, Map<String, E> byName, Map<E, String> names, E fallback) {
      this.enumType = enumType;
      this.byName = byName;
      this.names = names;
      this.fallback = fallback;
    }

    @Override
    public E fromJson(JsonReader reader) throws IOException {
      if (reader.peek() != JsonReader.Token.STRING && reader.peek() != JsonReader.Token.NUMBER) {
        reader.skipValue();
        return fallback;
      }
      E constant = byName.get(reader.nextString());
      return constant != null ? constant : fallback;
    }

    @Override
    public void toJson(JsonWriter writer, E value) throws IOException {
      if (value == fallback) {
        writer.nullValue();
      } else {
        writer.value(names.get(value));
      }
    }

    @Override
    public String toString() {
      return "TolerantEnumAdapter(" + enumType.getName() + ")";
    }
  }
}
