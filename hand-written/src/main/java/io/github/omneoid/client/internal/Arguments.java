package io.github.omneoid.client.internal;

import java.time.Duration;

/** Argument checks that fail before any request, with a message naming the argument. */
public final class Arguments {

  private Arguments() {
  }

  /** @return the text, unchanged; throws when it is null or blank */
  public static String requireText(String value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    if (value.trim().isEmpty()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  /** @return the value, unchanged; throws when it is null */
  public static <T> T requireNonNull(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return value;
  }

  /** @return the duration, unchanged; throws when it is null or negative */
  public static Duration requireNonNegative(Duration value, String name) {
    requireNonNull(value, name);
    if (value.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, was " + value);
    }
    return value;
  }
}
