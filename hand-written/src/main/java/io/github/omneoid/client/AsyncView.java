package io.github.omneoid.client;

import io.github.omneoid.client.internal.Arguments;
import io.github.omneoid.client.internal.Transport;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

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
 * per request it sends, and it must not catch {@link Error} or {@link Throwable} (the run stops with an Error at each
 * unanswered request). Views combine: {@code i -> i.withRawResponse().call(j -> j.profile().get())} gives a future
 * of the raw response. What the result does later (a page's {@code next()}) is an ordinary blocking call.
 *
 * <p>Waits: a token refresh the request needs, including the one after a 401, is joined as a future and bounded by
 * the call timeout; a wait between retries runs on the client's timer thread ({@code omneo-id-<n>-timer}); an
 * injected {@code sleeper(...)} is called on the dispatcher thread instead (tests record the waits with it).
 *
 * <p>Where things run: the future completes on one of the client's OkHttp dispatcher threads (the client's own
 * {@code omneo-id-<n>-http} threads, or the dispatcher of the {@code okHttpClient(...)} it was given); the
 * operation's reading of the answer runs there too, and so does an operation that fails before sending. Don't block
 * in a dependent stage: use {@code thenApplyAsync(fn, yourExecutor)} for slow work. {@code future.cancel(...)}
 * cancels the OkHttp call in flight and sends nothing more.
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
  public <T extends @Nullable Object> CompletableFuture<T> call(Function<? super C, ? extends T> operation) {
    Arguments.requireNonNull(operation, "operation");
    return transport.enqueue(t -> operation.apply(clientOver.apply(t)));
  }
}
