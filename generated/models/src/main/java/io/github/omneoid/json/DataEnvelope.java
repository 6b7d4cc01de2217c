package io.github.omneoid.json;

import org.jspecify.annotations.Nullable;

/**
 * The ID API's {@code {"data": ...}} wrapper. Every generated envelope model implements it (through the spec's
 * {@code x-implements}), so a client can unwrap any response in one place.
 *
 * @param <T> the payload type
 */
public interface DataEnvelope<T> {

  /** @return the payload under {@code data}; null when the server sent none */
  @Nullable T getData();
}
