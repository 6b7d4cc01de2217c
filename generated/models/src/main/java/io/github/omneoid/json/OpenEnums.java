package io.github.omneoid.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonReader.Token;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Reading and writing generated {@link OpenEnum}s: a known value is matched without allocating; an unknown one is
 * kept as it came ({@code of(String)}) and reported once as drift, so the spec can catch up.
 */
final class OpenEnums {

  static final JsonAdapter.Factory FACTORY = new JsonAdapter.Factory() {
    @Override
    public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
      Class<?> raw = Types.getRawType(type);
      if (!annotations.isEmpty() || !OpenEnum.class.isAssignableFrom(raw) || raw == OpenEnum.class) {
        return null;
      }
      return new Adapter(reader(raw));
    }
  };

  private OpenEnums() {
  }

  static Reader reader(Class<?> type) {
    return new Reader(type);
  }

  /** The field-level reader. */
  static final class Reader extends ValueReader {
    private final Method of;
    private final OpenEnum[] constants;
    private final JsonReader.Options options;

    Reader(Class<?> type) {
      super("string");
      try {
        this.of = type.getMethod("of", String.class);
      } catch (NoSuchMethodException e) {
        throw new IllegalArgumentException(type.getName() + " has no static of(String)", e);
      }
      List<OpenEnum> known = new ArrayList<>();
      for (Field field : type.getFields()) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == type) {
          try {
            known.add((OpenEnum) field.get(null));
          } catch (IllegalAccessException e) {
            throw new IllegalArgumentException(e);
          }
        }
      }
      this.constants = known.toArray(new OpenEnum[0]);
      String[] values = new String[constants.length];
      for (int i = 0; i < values.length; i++) {
        values[i] = constants[i].value();
      }
      this.options = JsonReader.Options.of(values);
    }

    @Override
    Object read(JsonReader reader, DriftContext context, Set<Also> also) throws IOException {
      Token token = reader.peek();
      if (token == Token.STRING) {
        int index = reader.selectString(options);
        if (index != -1) {
          return constants[index];
        }
        String path = context.pathOf(reader);
        OpenEnum value = of(reader.nextString());
        context.report(path, "one of the values the spec lists", "another string");
        return value;
      }
      if (token == Token.NUMBER) {
        String path = context.pathOf(reader);
        OpenEnum value = of(reader.nextString());
        if (!also.contains(Also.NUMBER) || !value.isKnown()) {
          context.report(path, expected, "number");
        }
        return value;
      }
      return keepRaw(reader, context, false);
    }

    private OpenEnum of(String text) {
      try {
        return (OpenEnum) of.invoke(null, text);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException(of + " failed", e);
      }
    }
  }

  /** For enums outside a model field: list elements, map values, a whole document. */
  private static final class Adapter extends JsonAdapter<OpenEnum> {
    private final Reader reader;

    Adapter(Reader reader) {
      this.reader = reader;
    }

    @Override
    public OpenEnum fromJson(JsonReader in) throws IOException {
      if (in.peek() == Token.NULL) {
        return in.nextNull();
      }
      Object value = reader.read(in, DriftContext.of(in), Collections.<Also>emptySet());
      return value instanceof OpenEnum ? (OpenEnum) value : null;
    }

    @Override
    public void toJson(JsonWriter out, OpenEnum value) throws IOException {
      if (value == null) {
        out.nullValue();
      } else {
        out.value(value.value());
      }
    }
  }
}
