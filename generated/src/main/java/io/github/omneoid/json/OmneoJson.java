package io.github.omneoid.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.lang.reflect.Type;

/**
 * The Moshi set-up the generated models need: BigDecimal numbers, booleans that also accept 0/1, and enums that
 * map unknown values to a fallback instead of failing the whole response (DESIGN principle 1).
 *
 * <p>A service that imports only the models parses API JSON with one call:
 * {@code OmneoJson.parse(json, ProfileEnvelope.class)}.
 */
public final class OmneoJson {

  private static final Moshi MOSHI = configure(new Moshi.Builder()).build();

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
        .add(java.math.BigDecimal.class, new BigDecimalAdapter().nullSafe())
        .add(Boolean.class, LenientBooleanAdapter.INSTANCE.nullSafe())
        .add(boolean.class, LenientBooleanAdapter.INSTANCE)
        .add(TolerantEnumAdapterFactory.INSTANCE);
  }

  /**
   * Parses JSON into a model, e.g. {@code OmneoJson.parse(body, ProfileEnvelope.class).getData()}.
   *
   * @throws IOException when the text is not JSON
   * @throws com.squareup.moshi.JsonDataException when it is JSON of another shape
   */
  public static <T> T parse(String json, Class<T> type) throws IOException {
    return MOSHI.adapter(type).fromJson(json);
  }

  /**
   * Parses JSON into a generic type, e.g. {@code Types.newParameterizedType(List.class, Profile.class)}.
   *
   * @throws IOException when the text is not JSON
   */
  public static <T> T parse(String json, Type type) throws IOException {
    JsonAdapter<T> adapter = MOSHI.adapter(type);
    return adapter.fromJson(json);
  }

  /** @return the model as JSON; null properties are left out, as a partial update needs */
  public static String toJson(Object value, Type type) {
    return MOSHI.adapter(type).toJson(value);
  }
}
