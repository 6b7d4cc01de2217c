package io.github.omneoid.client.internal;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/** What one attempt of a call carries as {@code Authorization}, and what happens when the server answers 401. */
interface Credentials {

  /**
   * Sends one attempt of {@code request} with the credential on it.
   *
   * @param deadlineNanos when the call must be over, on {@link System#nanoTime()}; {@link Long#MAX_VALUE} for never:
   *     a wait for a token lasts no longer than that
   */
  Response send(Interceptor.Chain chain, Request request, long deadlineNanos) throws IOException;

  /**
   * For an async call, which must not wait on an OkHttp dispatcher thread: completes once the credential for
   * {@code request} can be had without waiting (e.g. a token refresh it needs has finished, well or not).
   */
  default CompletableFuture<?> ready(Request request) {
    return CompletableFuture.completedFuture(null);
  }

  /** @return whether the request may be sent twice without harm beyond what its method says (minting may) */
  boolean mayRepeat(Request request);

  /**
   * The request as one attempt sends it: the call's own headers plus the library's and the credential, built in one
   * go (the call's tags are not carried over: nothing below reads them).
   */
  static Request attempt(Request request, String userAgent, String authorization) {
    return new Request.Builder().url(request.url()).method(request.method(), request.body())
        .headers(request.headers())
        .header("User-Agent", userAgent)
        .header("Accept", "application/json")
        .header("Authorization", authorization)
        .build();
  }
}
