package io.github.omneoid.json;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonReader.Token;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reading and writing generated {@link OmneoModel}s: each field by its tolerant {@link ValueReader}, unknown
 * properties and values that fit nowhere kept as untyped JSON on the model, {@code null} checked against the spec's
 * {@code nullable}. Writing leaves out null fields (a partial update sends only what was set).
 */
final class Models {

  static final JsonAdapter.Factory FACTORY = new JsonAdapter.Factory() {
    @Override
    public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
      Class<?> raw = Types.getRawType(type);
      if (!annotations.isEmpty() || !OmneoModel.class.isAssignableFrom(raw)
          || Modifier.isAbstract(raw.getModifiers())) {
        return null;
      }
      return new Adapter<>(raw.asSubclass(OmneoModel.class), moshi);
    }
  };

  private Models() {
  }

  /** @return a new model with every field null, by its private no-argument constructor */
  static <M> M instantiate(Constructor<M> constructor) {
    try {
      return constructor.newInstance();
    } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("Cannot create " + constructor.getDeclaringClass().getName(), e);
    }
  }

  /** One model field: its JSON name, what the spec allows for it, how to read and write it. */
  private static final class Binding {
    final Field field;
    final String jsonName;
    final boolean nullable;
    final Set<Also> also;
    final ValueReader reader;
    final JsonAdapter<Object> writer;

    Binding(Field field, Moshi moshi) {
      this.field = field;
      field.setAccessible(true);
      Json json = field.getAnnotation(Json.class);
      this.jsonName = json != null ? json.name() : field.getName();
      JsonShape shape = field.getAnnotation(JsonShape.class);
      String where = field.getDeclaringClass().getSimpleName() + "." + jsonName;
      this.nullable = shape != null && shape.nullable();
      this.also = Also.of(shape, where);
      this.writer = moshi.adapter(field.getGenericType());
      this.reader = readerFor(field.getGenericType(), writer, moshi, Also.of(field.getAnnotation(JsonItemShape.class),
          where));
    }

    /** @param itemsAlso for a list: the forms its items may also take */
    private static ValueReader readerFor(Type type, JsonAdapter<Object> adapter, Moshi moshi, Set<Also> itemsAlso) {
      Class<?> raw = Types.getRawType(type);
      ValueReader scalar = ScalarAdapters.readerFor(raw);
      if (scalar != null) {
        return scalar;
      }
      if (OpenEnum.class.isAssignableFrom(raw)) {
        return OpenEnums.reader(raw);
      }
      if (OmneoModel.class.isAssignableFrom(raw)) {
        Constructor<?> constructor = noArgConstructor(raw);
        return new ValueReader.ObjectReader(adapter, () -> instantiate(constructor));
      }
      if (Map.class.isAssignableFrom(raw)) {
        return new ValueReader.ObjectReader(adapter, Collections::emptyMap);
      }
      if (Collection.class.isAssignableFrom(raw)) {
        Type itemType = Types.collectionElementType(type, Collection.class);
        JsonAdapter<Object> itemAdapter = moshi.adapter(itemType);
        ValueReader items = readerFor(itemType, itemAdapter, moshi, Collections.<Also>emptySet());
        return new ValueReader.ListReader(items, itemsAlso, itemAdapter);
      }
      if (raw == Object.class) {
        return ValueReader.AnyReader.INSTANCE;
      }
      return new ValueReader.DelegateReader(adapter);
    }

    void set(Object model, Object value) {
      if (value instanceof Map) {
        value = Collections.unmodifiableMap((Map<?, ?>) value);
      }
      try {
        field.set(model, value);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }

    Object get(Object model) {
      try {
        return field.get(model);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  static Constructor<?> noArgConstructor(Class<?> type) {
    try {
      Constructor<?> constructor = type.getDeclaredConstructor();
      constructor.setAccessible(true);
      return constructor;
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException(type.getName() + " has no no-argument constructor", e);
    }
  }

  private static final class Adapter<M extends OmneoModel> extends JsonAdapter<M> {
    private final Class<M> type;
    private final String name;
    private final Constructor<M> constructor;
    private final Binding[] bindings;
    private final JsonReader.Options names;
    private final JsonAdapter<Object> anyWriter;

    @SuppressWarnings("unchecked")
    Adapter(Class<M> type, Moshi moshi) {
      this.type = type;
      this.name = type.getSimpleName();
      this.constructor = (Constructor<M>) noArgConstructor(type);
      List<Binding> found = new ArrayList<>();
      for (Field field : type.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isSynthetic()) {
          found.add(new Binding(field, moshi));
        }
      }
      this.bindings = found.toArray(new Binding[0]);
      String[] jsonNames = new String[bindings.length];
      for (int i = 0; i < jsonNames.length; i++) {
        jsonNames[i] = bindings[i].jsonName;
      }
      this.names = JsonReader.Options.of(jsonNames);
      this.anyWriter = moshi.adapter(Object.class);
    }

    @Override
    public M fromJson(JsonReader reader) throws IOException {
      Token token = reader.peek();
      if (token == Token.BEGIN_OBJECT) {
        return readObject(reader, DriftContext.of(reader));
      }
      if (token == Token.NULL) {
        return reader.nextNull();
      }
      // A list element or a whole document that is not an object: nowhere to keep it.
      DriftContext context = DriftContext.of(reader);
      String path = context.pathOf(reader);
      Object json = ExactNumbers.read(reader);
      context.report(path, "object", ValueReader.describe(token, json));
      boolean emptyArray = json instanceof List && ((List<?>) json).isEmpty();
      return emptyArray ? instantiate(constructor) : null;
    }

    private M readObject(JsonReader reader, DriftContext context) throws IOException {
      String outerModel = context.model;
      String outerField = context.field;
      context.model = name;
      M model = instantiate(constructor);
      Map<String, Object> untyped = null;
      boolean[] seen = new boolean[bindings.length];
      reader.beginObject();
      while (reader.hasNext()) {
        int index = reader.selectName(names);
        if (index == -1) {
          String property = reader.nextName();
          if (untyped != null && untyped.containsKey(property)) {
            context.field = property;
            reportDuplicate(reader, context);
          }
          Object json = ExactNumbers.read(reader);
          if (json != null) {
            untyped = put(untyped, property, json);
          }
          continue;
        }
        Binding binding = bindings[index];
        context.field = binding.jsonName;
        if (seen[index]) {
          reportDuplicate(reader, context);
        }
        seen[index] = true;
        if (reader.peek() == Token.NULL) {
          if (!binding.nullable) {
            context.report(context.pathOf(reader), binding.reader.expected, "null");
          }
          reader.nextNull();
          binding.set(model, null);
          continue;
        }
        Object value = binding.reader.read(reader, context, binding.also);
        if (value instanceof ValueReader.Raw) {
          ValueReader.Raw raw = (ValueReader.Raw) value;
          untyped = put(untyped, binding.jsonName, raw.json);
          binding.set(model, raw.typed);
        } else {
          binding.set(model, value);
        }
      }
      reader.endObject();
      context.model = outerModel;
      context.field = outerField;
      if (untyped != null) {
        model.setUntyped(untyped);
      }
      return model;
    }

    /** A key sent twice: JSON leaves its meaning open (the last one is kept), so it is drift. */
    private static void reportDuplicate(JsonReader reader, DriftContext context) {
      context.report(context.pathOf(reader), "one value", "duplicate key");
    }

    private static Map<String, Object> put(Map<String, Object> map, String name, Object json) {
      Map<String, Object> target = map != null ? map : new LinkedHashMap<String, Object>();
      target.put(name, json);
      return target;
    }

    /** Typed properties, except where the same name is held untyped: that is the value as it came, and wins. */
    @Override
    public void toJson(JsonWriter writer, M model) throws IOException {
      if (model == null) {
        writer.nullValue();
        return;
      }
      Map<String, Object> untyped = model.untypedOrNull();
      writer.beginObject();
      for (Binding binding : bindings) {
        Object value = binding.get(model);
        if (untyped != null && untyped.containsKey(binding.jsonName)) {
          writeUntyped(writer, binding.jsonName, untyped.get(binding.jsonName));
        } else if (value != null) {
          writer.name(binding.jsonName);
          binding.writer.toJson(writer, value);
        }
      }
      if (untyped != null) {
        for (Map.Entry<String, Object> entry : untyped.entrySet()) {
          if (!isTyped(entry.getKey())) {
            writeUntyped(writer, entry.getKey(), entry.getValue());
          }
        }
      }
      writer.endObject();
    }

    private boolean isTyped(String jsonName) {
      for (Binding binding : bindings) {
        if (binding.jsonName.equals(jsonName)) {
          return true;
        }
      }
      return false;
    }

    /** An untyped null is an explicit one (a request clearing a property), so it is written even without serializeNulls. */
    private void writeUntyped(JsonWriter writer, String name, Object value) throws IOException {
      boolean serializeNulls = writer.getSerializeNulls();
      writer.setSerializeNulls(true);
      try {
        writer.name(name);
        anyWriter.toJson(writer, value);
      } finally {
        writer.setSerializeNulls(serializeNulls);
      }
    }

    @Override
    public String toString() {
      return "OmneoModelAdapter(" + type.getName() + ")";
    }
  }
}
