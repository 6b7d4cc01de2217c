package io.github.omneoid.client;

import io.github.omneoid.client.internal.Arguments;
import io.github.omneoid.client.internal.Transport;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A client's raw view, {@code client.withRawResponse()}: any of its typed calls, returned with the status, headers
 * and request id of the response. The same resources and the same behaviour — a status that is not 2xx still throws
 * the typed exception, which carries those too. A new object sharing the client's transport; the client is not
 * changed.
 *
 * <pre>{@code
 * HttpResponseFor<Profile> response = id.withRawResponse().call(i -> i.profile().get());
 * log.info("request id {}", response.requestId().orElse("-"));
 * Profile profile = response.body();
 * }</pre>
 *
 * @param <C> the client type: {@link OmneoId} or {@link OmneoIdAdmin}
 */
public class RawView<C> {

  final Transport transport;
  private final Function<Transport, C> clientOver;

  RawView(Transport transport, Function<Transport, C> clientOver) {
    this.transport = transport;
    this.clientOver = clientOver;
  }

  /**
   * Runs a typed call of the client on this thread and returns it with its response.
   *
   * @param operation one call on the client it is given, e.g. {@code i -> i.profile().get()}; for an operation that
   *     sends more than one request (e.g. an update retried as {@code secondary_phone}), the last response counts
   * @param <T> what the call returns
   * @return the call's result with the status and headers of its response
   * @throws IllegalStateException when the operation sent no request through the client it was given
   */
  public final <T> HttpResponseFor<T> call(Function<? super C, ? extends @Nullable T> operation) {
    Arguments.requireNonNull(operation, "operation");
    Transport.Recorded<T> recorded = transport.recorded(t -> operation.apply(clientOver.apply(t)));
    return new HttpResponseFor<>(recorded.status, RawResponse.headerMap(recorded.headers), recorded.value);
  }
}
