package io.github.omneoid.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * The Moshi set-up the generated models need, and the tolerant reader's entry points.
 *
 * <p>Reading is tolerant (the rules are in {@code generated/models/README.md}): a response never fails because one
 * property has an unexpected JSON type. A form the spec declares (a map sent as {@code []}, a decimal sent as a
 * string) is read silently; anything else is read where it can be, or left out of its typed field with the raw JSON
 * kept ({@link #raw}), and reported to a {@link SchemaDriftListener} — by default a log warning, once per model and
 * field; in strict mode an exception.
 *
 * <pre>{@code
 * Point point = OmneoJson.parse(body, PointEnvelope.class).getData();
 * Optional<Object> rate = OmneoJson.raw(point, "rate");   // set when "rate" did not fit its type
 * }</pre>
 */
public final class OmneoJson {

  private static final Moshi MOSHI = configure(new Moshi.Builder()).build();
  /**
   * The adapters {@link #read} and {@link #toJson} have used, by type: {@code Moshi.adapter} takes one lock shared by
   * every thread on each lookup, which a client reading a response per call on many threads should not queue on.
   */
  private static final ConcurrentMap<Type, JsonAdapter<?>> ADAPTERS = new ConcurrentHashMap<>();

  private OmneoJson() {
  }

  /** @return the shared, thread-safe Moshi instance configured for the ID API's JSON */
  public static Moshi moshi() {
    return MOSHI;
  }

  /**
   * Adds the ID API adapters to a builder of the caller's, for an application that has adapters of its own.
   *
   * @param builder the caller's builder
   * @return the same builder
   */
  public static Moshi.Builder configure(Moshi.Builder builder) {
    return builder
        .add(ScalarAdapters.FACTORY)
        .add(ExactNumbers.FACTORY)
        .add(OpenEnums.FACTORY)
        .add(Models.FACTORY);
  }

  /**
   * Parses JSON into a model, e.g. {@code OmneoJson.parse(body, ProfileEnvelope.class).getData()}, reporting drift
   * to {@link SchemaDriftListener#defaultListener()}.
   *
   * @param json the JSON text
   * @param type the model class
   * @param <T> the model type
   * @return the model; null for JSON {@code null}
   * @throws IOException when the text is not JSON
   * @throws JsonDataException when the JSON cannot be read at all (nested too deep, text after the document)
   * @throws SchemaDriftException in strict mode, where the reader would have reported drift
   */
  public static <T> @Nullable T parse(String json, Class<T> type) throws IOException {
    return parse(json, (Type) type, SchemaDriftListener.defaultListener());
  }

  /**
   * As {@link #parse(String, Class)}, for a generic type, e.g.
   * {@code Types.newParameterizedType(List.class, Profile.class)}.
   *
   * @param json the JSON text
   * @param type the type to read
   * @param <T> the type read
   * @return the value; null for JSON {@code null}
   * @throws IOException when the text is not JSON
   */
  public static <T> @Nullable T parse(String json, Type type) throws IOException {
    return parse(json, type, SchemaDriftListener.defaultListener());
  }

  /**
   * As {@link #parse(String, Class)}, reporting drift to {@code listener}.
   *
   * @param json the JSON text
   * @param type the model class
   * @param listener where drift goes, e.g. {@link SchemaDriftListener#strict()}
   * @param <T> the model type
   * @return the model; null for JSON {@code null}
   * @throws IOException when the text is not JSON
   */
  public static <T> @Nullable T parse(String json, Class<T> type, SchemaDriftListener listener) throws IOException {
    return parse(json, (Type) type, listener);
  }

  /**
   * As {@link #parse(String, Type)}, reporting drift to {@code listener}.
   *
   * @param json the JSON text
   * @param type the type to read
   * @param listener where drift goes
   * @param <T> the type read
   * @return the value; null for JSON {@code null}
   * @throws IOException when the text is not JSON
   */
  public static <T> @Nullable T parse(String json, Type type, SchemaDriftListener listener) throws IOException {
    JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json));
    @Nullable T value = read(reader, type, listener);
    if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
      throw new JsonDataException("JSON document was not fully consumed.");
    }
    return value;
  }

  /**
   * Reads one value from a reader of the caller's (e.g. over a response body's source), reporting drift to
   * {@code listener}.
   *
   * @param reader positioned at the value
   * @param type the type to read
   * @param listener where drift goes
   * @param <T> the type read
   * @return the value; null for JSON {@code null}
   * @throws IOException when the text is not JSON
   */
  public static <T> @Nullable T read(JsonReader reader, Type type, SchemaDriftListener listener) throws IOException {
    if (listener == null) {
      throw new IllegalArgumentException("listener must not be null");
    }
    DriftContext.install(reader, listener);
    JsonAdapter<T> adapter = adapter(type);
    return adapter.fromJson(reader);
  }

  @SuppressWarnings("unchecked")
  private static <T> JsonAdapter<T> adapter(Type type) {
    JsonAdapter<?> adapter = ADAPTERS.get(type);
    if (adapter == null) {
      adapter = MOSHI.adapter(type);
      ADAPTERS.putIfAbsent(type, adapter);
    }
    return (JsonAdapter<T>) adapter;
  }

  /**
   * Writes a model (or any value) as JSON.
   *
   * @param value the model
   * @param type its type
   * @return the JSON; null properties are left out, as a partial update needs
   */
  public static String toJson(@Nullable Object value, Type type) {
    return adapter(type).toJson(value);
  }

  /**
   * The raw JSON of a property that no typed field of the model holds: one the spec does not declare, or one whose
   * value did not fit its declared type (e.g. an object where the spec says number).
   *
   * @param model a model read by this library
   * @param property the JSON property name, e.g. {@code "rate"}
   * @return the value untyped (maps, lists, strings, booleans; numbers exact: a {@code Long} for an integer that
   *     fits one, else a {@code BigDecimal}); empty when the
   *     property was read into its typed field or was not sent
   */
  public static Optional<Object> raw(OmneoModel model, String property) {
    if (model == null || property == null) {
      throw new IllegalArgumentException("model and property must not be null");
    }
    Map<String, Object> untyped = model.untypedOrNull();
    return untyped == null ? Optional.empty() : Optional.ofNullable(untyped.get(property));
  }

  /**
   * Every property no typed field of the model holds (see {@link #raw}).
   *
   * @param model a model read by this library
   * @return the properties, read-only, in document order
   */
  public static Map<String, @Nullable Object> rawProperties(OmneoModel model) {
    if (model == null) {
      throw new IllegalArgumentException("model must not be null");
    }
    return model.untyped();
  }
}
