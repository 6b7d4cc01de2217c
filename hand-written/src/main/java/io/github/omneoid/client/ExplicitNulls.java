package io.github.omneoid.client;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import io.github.omneoid.client.internal.Arguments;
import io.github.omneoid.client.internal.JsonText;
import io.github.omneoid.json.JsonShape;
import io.github.omneoid.json.OmneoJson;
import io.github.omneoid.json.OmneoModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import okio.Buffer;
import okio.BufferedSink;
import okio.BufferedSource;

/**
 * A request model with properties to send as JSON {@code null} on purpose — to clear them — as distinct from
 * leaving them out, which a model does for every property it does not set:
 *
 * <pre>{@code
 * id.profile().update(ExplicitNulls.of(new ProfileUpdate().firstName("Ann")).clear("birth_date"));
 * // sends {"first_name":"Ann","birth_date":null}
 * }</pre>
 *
 * <p>Only a property the spec declares {@code nullable} on that model may be cleared; any other name fails at once
 * with an {@link IllegalArgumentException} that names it, before anything is sent. The model's other properties are
 * written exactly as the model writes them (numbers digit for digit). Immutable: {@link #clear} returns a new object;
 * the model is read when the request is sent, so don't change it after.
 *
 * @param <M> the request model, e.g. {@code ProfileUpdate}
 */
public final class ExplicitNulls<M extends OmneoModel> {

  private final M model;
  private final Set<String> nulls;

  private ExplicitNulls(M model, Set<String> nulls) {
    this.model = model;
    this.nulls = nulls;
  }

  /**
   * Starts from a model; nothing is cleared yet.
   *
   * @param model the properties to send with values
   * @param <M> the model type
   * @return a new object
   */
  public static <M extends OmneoModel> ExplicitNulls<M> of(M model) {
    return new ExplicitNulls<>(Arguments.requireNonNull(model, "model"), Collections.<String>emptySet());
  }

  /**
   * Sends {@code property} as {@code null}, whatever the model holds for it.
   *
   * @param property the JSON property name, e.g. {@code "birth_date"}
   * @return a new object with the property cleared too
   * @throws IllegalArgumentException when the model has no such property, or the spec does not let it be null
   */
  public ExplicitNulls<M> clear(String property) {
    Arguments.requireText(property, "property");
    Set<String> nullable = nullableProperties(model.getClass());
    if (!nullable.contains(property)) {
      throw new IllegalArgumentException(property + " cannot be sent as null in " + model.getClass().getSimpleName()
          + ": the spec does not declare it nullable there; nullable properties: " + new TreeSet<>(nullable));
    }
    Set<String> more = new LinkedHashSet<>(nulls);
    more.add(property);
    return new ExplicitNulls<>(model, Collections.unmodifiableSet(more));
  }

  /** @return the model */
  public M model() {
    return model;
  }

  /** @return the properties sent as null, in the order cleared */
  public Set<String> cleared() {
    return nulls;
  }

  /** The request body: the model's JSON, with the cleared properties as null. */
  JsonText toJson() {
    Buffer out = new Buffer();
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(OmneoJson.toJson(model, model.getClass())));
        JsonWriter writer = JsonWriter.of(out)) {
      writer.setSerializeNulls(true);
      writer.beginObject();
      reader.beginObject();
      while (reader.hasNext()) {
        String name = reader.nextName();
        if (nulls.contains(name)) {
          reader.skipValue();
          continue;
        }
        writer.name(name);
        try (BufferedSource value = reader.nextSource(); BufferedSink sink = writer.valueSink()) {
          sink.writeAll(value);
        }
      }
      reader.endObject();
      for (String name : nulls) {
        writer.name(name).nullValue();
      }
      writer.endObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // in-memory buffers: not expected
    }
    return new JsonText(out.readUtf8());
  }

  private static Set<String> nullableProperties(Class<?> type) {
    Set<String> names = new LinkedHashSet<>();
    for (Field field : type.getDeclaredFields()) {
      Json json = field.getAnnotation(Json.class);
      JsonShape shape = field.getAnnotation(JsonShape.class);
      if (json != null && shape != null && shape.nullable()) {
        names.add(json.name());
      }
    }
    return names;
  }

  @Override
  public String toString() {
    return "ExplicitNulls{" + model.getClass().getSimpleName() + ", cleared=" + nulls + "}";
  }
}
