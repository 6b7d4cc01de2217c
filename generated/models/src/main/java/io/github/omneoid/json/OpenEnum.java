package io.github.omneoid.json;

import org.jspecify.annotations.Nullable;

/**
 * The base of every generated enum. An enum of the API is open: the server may send a value this version does not
 * know, and it is kept as it came ({@link #value()}) instead of failing the response or becoming a placeholder.
 * Each generated type has constants for the values the spec lists, {@code of(String)}, and {@code known()}, which
 * gives a Java {@code enum} to switch on.
 */
public abstract class OpenEnum {

  private final String value;

  /**
   * For generated enums.
   *
   * @param value the value as the API writes it
   */
  protected OpenEnum(String value) {
    if (value == null) {
      throw new IllegalArgumentException("value must not be null");
    }
    this.value = value;
  }

  /** @return the value as the API writes it, e.g. {@code "active"} */
  public final String value() {
    return value;
  }

  /** @return whether the spec lists this value */
  public abstract boolean isKnown();

  @Override
  public final boolean equals(@Nullable Object o) {
    return o != null && o.getClass() == getClass() && ((OpenEnum) o).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  /** @return the value as the API writes it, so an enum can be sent as a query or path parameter */
  @Override
  public final String toString() {
    return value;
  }
}
