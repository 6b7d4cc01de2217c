package io.github.omneoid.json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The base of every generated model. Beside its typed fields a model keeps the JSON properties no typed field
 * holds: properties the spec does not know, and values whose shape did not fit their field (schema drift). They
 * are reachable with {@link OmneoJson#raw(OmneoModel, String)} and written back when the model is written, so a
 * read-modify-write loses nothing. A request model can also be given extra properties to send.
 */
public abstract class OmneoModel {

  /** Properties no typed field holds, in document order; null while there are none. */
  private @Nullable Map<String, @Nullable Object> untyped;

  /** For generated models. */
  protected OmneoModel() {
  }

  /**
   * For generated request models: sends {@code name} with {@code value} beside the typed fields.
   *
   * @param name the JSON property name
   * @param value any JSON value, or null to send JSON null
   */
  protected final void putUntyped(String name, @Nullable Object value) {
    if (name == null) {
      throw new IllegalArgumentException("name must not be null");
    }
    if (untyped == null) {
      untyped = new LinkedHashMap<>();
    }
    untyped.put(name, value);
  }

  /** @return the properties no typed field holds, read-only (empty when there are none) */
  protected final Map<String, @Nullable Object> untyped() {
    return untyped == null ? Collections.<String, @Nullable Object>emptyMap() : Collections.unmodifiableMap(untyped);
  }

  /**
   * For generated {@code equals}: the untyped properties are part of a model's value.
   *
   * @param other the model compared with
   * @return whether both hold the same untyped properties
   */
  protected final boolean untypedEquals(OmneoModel other) {
    return Objects.equals(untyped(), other.untyped());
  }

  /**
   * For generated {@code hashCode}.
   *
   * @return the untyped properties' hash code
   */
  protected final int untypedHashCode() {
    return untyped().hashCode();
  }

  /**
   * For generated builders: the copy starts with the same untyped properties.
   *
   * @param other the model copied from
   */
  protected final void copyUntypedFrom(OmneoModel other) {
    untyped = other.untyped == null ? null : new LinkedHashMap<>(other.untyped);
  }

  /**
   * For generated builders: a read-only copy, so a built model cannot be changed through the caller's list.
   *
   * @param list the caller's list, or null
   * @param <T> the item type
   * @return a read-only copy, or null
   */
  protected static <T> @Nullable List<T> immutableCopy(@Nullable List<T> list) {
    return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
  }

  /**
   * For generated builders: a read-only copy, so a built model cannot be changed through the caller's map.
   *
   * @param map the caller's map, or null
   * @param <K> the key type
   * @param <V> the value type
   * @return a read-only copy, or null
   */
  protected static <K, V> @Nullable Map<K, V> immutableCopy(@Nullable Map<K, V> map) {
    return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  final @Nullable Map<String, @Nullable Object> untypedOrNull() {
    return untyped;
  }

  final void setUntyped(Map<String, @Nullable Object> untyped) {
    this.untyped = untyped;
  }
}
