package io.github.omneoid.client;

import io.github.omneoid.client.internal.Arguments;
import io.github.omneoid.client.internal.Transport;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * A client's async view, {@code client.async()}: any of its typed calls as a {@link CompletableFuture}, sent with
 * OkHttp's {@code enqueue} — neither the caller's thread nor a pool thread of this library waits for the answer
 * (OkHttp's dispatcher does the I/O, within its {@code maxRequests} limits). The same resources, and the same
 * retries, token handling, call timeout and exceptions as the blocking call (the future fails with the exception it
 * would throw).
 *
 * <pre>{@code
 * CompletableFuture<Profile> profile = id.async().call(i -> i.profile().get());
 * }</pre>
 *
 * <p>How: the operation is run with a client whose requests are answered from what the server has sent so far; its
 * first unanswered request is enqueued, and when the answer comes the operation is run again, from the start, with
 * that answer — until it returns. So keep the operation to the calls themselves: whatever else it does is done again
 * per request it sends. A request waits for a token refresh it needs as a future, not on a thread.
 *
 * <p>Where things run: the future completes on one of the client's OkHttp dispatcher threads (the client's own
 * {@code omneo-id-<n>-http} threads, or the dispatcher of the {@code okHttpClient(...)} it was given); the
 * operation's reading of the answer runs there too. Don't block in a dependent stage: use
 * {@code thenApplyAsync(fn, yourExecutor)} for slow work. {@code future.cancel(...)} cancels the OkHttp call in
 * flight and sends nothing more. Limits: a wait between retries (backoff, {@code Retry-After}) and the token refresh
 * after a 401 still wait on the dispatcher thread, as they do inside the blocking call's pipeline.
 *
 * @param <C> the client type: {@link OmneoId} or {@link OmneoIdAdmin}
 */
public final class AsyncView<C> {

  private final Transport transport;
  private final Function<Transport, C> clientOver;

  AsyncView(Transport transport, Function<Transport, C> clientOver) {
    this.transport = transport;
    this.clientOver = clientOver;
  }

  /**
   * Runs a typed call of the client asynchronously.
   *
   * @param operation calls on the client it is given, e.g. {@code i -> i.profile().get()}; run once per request it
   *     sends
   * @param <T> what the call returns
   * @return a future of the call's result; it fails with the exception the blocking call would throw
   * @throws IllegalStateException when the client is closed
   */
  public <T> CompletableFuture<T> call(Function<? super C, ? extends T> operation) {
    Arguments.requireNonNull(operation, "operation");
    return transport.enqueue(t -> operation.apply(clientOver.apply(t)));
  }
}
