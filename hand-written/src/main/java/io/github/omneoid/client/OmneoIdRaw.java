package io.github.omneoid.client;

import io.github.omneoid.client.internal.Arguments;
import io.github.omneoid.client.internal.Transport;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * {@link OmneoId#withRawResponse()}: every typed call with its response ({@link RawView#call(Function)}), and the
 * untyped escape hatch without throwing on a status: {@code id.withRawResponse().call("GET", "/profiles/me")}.
 */
public final class OmneoIdRaw extends RawView<OmneoId> {

  OmneoIdRaw(Transport transport, Function<Transport, OmneoId> clientOver) {
    super(transport, clientOver);
  }

  /**
   * As {@link OmneoId#call(String, String)}, but the response comes back whatever its status.
   *
   * @param method an HTTP method, e.g. {@code "GET"}; case does not matter
   * @param path a path under the base URL, starting with {@code /}
   * @return the status, headers and body
   * @throws io.github.omneoid.client.errors.NetworkException when no response came at all
   */
  public RawResponse call(String method, String path) {
    return call(method, path, Collections.<String, Object>emptyMap(), null);
  }

  /**
   * As {@link OmneoId#call(String, String, Map, Object)}, but the response comes back whatever its status, with its
   * body as text; {@link RawResponse#json()} reads it with exact numbers.
   *
   * @param method an HTTP method, e.g. {@code "PUT"}
   * @param path a path under the base URL, starting with {@code /}
   * @param query literal keys and values, sent as given; may be null
   * @param body a JSON body (a map, sent with its nulls, or a model), or null
   * @return the status, headers and body
   * @throws io.github.omneoid.client.errors.NetworkException when no response came at all
   */
  public RawResponse call(String method, String path, @Nullable Map<String, ?> query, @Nullable Object body) {
    Arguments.requireText(method, "method");
    Transport.Recorded<String> exchanged = transport.exchange(method.toUpperCase(Locale.ROOT), path, query, body);
    return new RawResponse(exchanged.status, RawResponse.headerMap(exchanged.headers), exchanged.value);
  }
}
