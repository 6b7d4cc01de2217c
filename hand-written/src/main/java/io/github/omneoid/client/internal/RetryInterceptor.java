package io.github.omneoid.client.internal;

import io.github.omneoid.client.OmneoIdListener;
import io.github.omneoid.client.OmneoIdListener.ApiCall;
import io.github.omneoid.client.RetryPolicy;
import io.github.omneoid.client.Sleeper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Applies the {@link RetryPolicy}. It sits outside the auth interceptor, so every attempt takes the token that is
 * current when it starts: a token that expires between retries is replaced, not resent.
 */
final class RetryInterceptor implements Interceptor {

  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final Clock clock;
  private final LongSupplier nanoTime;
  private final OmneoIdListener listener;

  RetryInterceptor(RetryPolicy policy, Sleeper sleeper, Clock clock, LongSupplier nanoTime,
      OmneoIdListener listener) {
    this.policy = policy;
    this.sleeper = sleeper;
    this.clock = clock;
    this.nanoTime = nanoTime;
    this.listener = listener;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    boolean repeatable = Repeatable.isRepeatable(request);
    long deadline = deadline(chain);
    for (int retry = 1; ; retry++) {
      Response response;
      try {
        response = chain.proceed(request);
      } catch (IOException failure) {
        if (retry > policy.maxRetries() || chain.call().isCanceled()
            || !policy.retriesFailure(failure, repeatable)) {
          throw failure;
        }
        Duration wait = policy.backoff(retry, ThreadLocalRandom.current().nextDouble());
        if (!fitsBefore(deadline, wait)) {
          throw failure;
        }
        tellRetrying(request, retry, failure.getClass().getSimpleName(), wait);
        sleep(wait);
        continue;
      }
      if (retry > policy.maxRetries() || !policy.retriesStatus(response.code(), repeatable)) {
        return response;
      }
      Duration retryAfter = RetryPolicy.parseRetryAfter(response.header("Retry-After"), clock.instant());
      if (retryAfter != null && retryAfter.compareTo(policy.maxRetryAfter()) > 0) {
        return response; // longer than we will wait: the caller gets the error and the server's wish
      }
      Duration wait = retryAfter != null ? retryAfter
          : policy.backoff(retry, ThreadLocalRandom.current().nextDouble());
      if (!fitsBefore(deadline, wait)) {
        return response;
      }
      response.close();
      tellRetrying(request, retry, response.code() + (retryAfter != null ? " with Retry-After" : ""), wait);
      sleep(wait);
    }
  }

  private void tellRetrying(Request request, int retry, String reason, Duration wait) {
    ApiCall call = request.tag(ApiCall.class);
    if (call != null) {
      listener.retrying(call, retry + 1, reason, wait);
    }
  }

  private long deadline(Chain chain) {
    long callTimeout = chain.call().timeout().timeoutNanos();
    return callTimeout == 0 ? Long.MAX_VALUE : nanoTime.getAsLong() + callTimeout;
  }

  private boolean fitsBefore(long deadline, Duration wait) {
    return deadline == Long.MAX_VALUE || nanoTime.getAsLong() + TimeUnit.MILLISECONDS.toNanos(wait.toMillis()) < deadline;
  }

  private void sleep(Duration wait) throws InterruptedIOException {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("Interrupted while waiting to retry");
    }
  }
}
