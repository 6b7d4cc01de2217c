package io.github.omneoid.client.internal;

import io.github.omneoid.client.OmneoIdListener;
import io.github.omneoid.client.OmneoIdListener.ApiCall;
import io.github.omneoid.client.RetryPolicy;
import io.github.omneoid.client.Sleeper;
import io.github.omneoid.client.Ticker;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import retrofit2.Invocation;

/**
 * A call's way through this library, as one interceptor (OkHttp's application side): the {@link RequestGuard}'s
 * checks; the listener hears the call start and end; the whole call has one deadline (its call timeout, retries and
 * token waits included); the {@link RetryPolicy} decides on each failed attempt; the {@link Credentials} put the
 * token on each attempt, so a token that expires between retries is replaced, not resent; each response gets its
 * {@code Retry-After} back and its body bounded. One interceptor rather than one per concern, so an attempt's request
 * is built once (with {@link Credentials#attempt}) and the chain is not copied per concern; each concern still lives
 * in its own class.
 */
final class CallPipeline implements Interceptor {

  private final Credentials credentials;
  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final Clock clock;
  private final OmneoIdListener listener;
  private final Ticker ticker;
  private final ApiPaths paths;
  private final BodyLimit bodyLimit;

  CallPipeline(Credentials credentials, RetryPolicy policy, Sleeper sleeper, Clock clock, OmneoIdListener listener,
      Ticker ticker, ApiPaths paths, BodyLimit bodyLimit) {
    this.credentials = credentials;
    this.policy = policy;
    this.sleeper = sleeper;
    this.clock = clock;
    this.listener = listener;
    this.ticker = ticker;
    this.paths = paths;
    this.bodyLimit = bodyLimit;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = RequestGuard.checked(chain.request());
    Resumable resumable = request.tag(Resumable.class);
    if (resumable != null && resumable.isPaused()) {
      return attempts(chain, request, resumable.deadline, resumable.call, resumable.started, resumable.nextRetry,
          resumable);
    }
    long timeout = chain.call().timeout().timeoutNanos();
    long deadline = timeout == 0 ? Long.MAX_VALUE : System.nanoTime() + timeout;
    ApiCall call = listener == OmneoIdListener.NONE ? null
        : new ApiCall(operation(request), request.method(), paths.relative(request.url()));
    long started = ticker.read();
    if (call != null) {
      listener.callStarted(call);
    }
    return attempts(chain, request, deadline, call, started, 1, resumable);
  }

  /** The attempts from {@code firstRetry} on; the listener hears the end unless the call pauses to resume later. */
  private Response attempts(Chain chain, Request request, long deadline, ApiCall call, long started, int firstRetry,
      Resumable resumable) throws IOException {
    Response response;
    try {
      response = withRetries(chain, request, deadline, call, started, firstRetry, resumable);
    } catch (Resumable.RetryLater pause) {
      throw pause;
    } catch (IOException | RuntimeException e) {
      if (call != null) {
        listener.callFailed(call, e, Duration.ofNanos(ticker.read() - started));
      }
      if (resumable != null && e instanceof RuntimeException) {
        throw new Resumable.Failed((RuntimeException) e); // OkHttp's enqueue would turn it into "canceled"
      }
      throw e;
    }
    if (call != null) {
      listener.callFinished(call, response.code(), Duration.ofNanos(ticker.read() - started));
    }
    return response;
  }

  private Response withRetries(Chain chain, Request request, long deadline, ApiCall call, long started,
      int firstRetry, Resumable resumable) throws IOException {
    boolean repeatable = mayRepeat(request);
    for (int retry = firstRetry; ; retry++) {
      Response response;
      try {
        response = received(credentials.send(chain, request, deadline));
      } catch (Resumable.TokenRejected rejected) {
        throw resumable.pauseForToken(rejected, call, started, deadline, retry);
      } catch (IOException failure) {
        if (retry > policy.maxRetries() || chain.call().isCanceled()
            || !policy.retriesFailure(failure, repeatable)) {
          throw failure;
        }
        Duration wait = policy.backoff(retry, ThreadLocalRandom.current().nextDouble());
        if (!fitsBefore(deadline, wait)) {
          throw failure;
        }
        tellRetrying(call, retry, failure.getClass().getSimpleName(), wait);
        pause(wait, resumable, call, started, deadline, retry + 1);
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
      tellRetrying(call, retry, response.code() + (retryAfter != null ? " with Retry-After" : ""), wait);
      pause(wait, resumable, call, started, deadline, retry + 1);
    }
  }

  /**
   * The wait before the next attempt: a blocking call sleeps; an async call hands the wait to its caller (which
   * schedules the resend) rather than hold an OkHttp dispatcher thread.
   */
  private void pause(Duration wait, Resumable resumable, ApiCall call, long started, long deadline, int nextRetry)
      throws IOException {
    if (resumable != null) {
      throw resumable.pause(wait, call, started, deadline, nextRetry);
    }
    sleep(wait);
  }

  /**
   * An attempt's response as the rest of this library sees it: its {@code Retry-After} back in place (hidden from
   * OkHttp's own retry, see {@link OkHttpRetries}) and its body bounded ({@link BodyLimit}). Done here rather than
   * by interceptors of their own, which would cost every call a copy of the chain each.
   */
  private Response received(Response response) {
    return bodyLimit.apply(OkHttpRetries.restore(response));
  }

  /** GET, HEAD, PUT, DELETE and OPTIONS may be sent twice without harm; so may a mint. */
  private boolean mayRepeat(Request request) {
    switch (request.method()) {
      case "GET":
      case "HEAD":
      case "PUT":
      case "DELETE":
      case "OPTIONS":
        return true;
      default:
        return credentials.mayRepeat(request);
    }
  }

  private static boolean fitsBefore(long deadline, Duration wait) {
    return deadline == Long.MAX_VALUE
        || System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(wait.toMillis()) < deadline;
  }

  private void tellRetrying(ApiCall call, int retry, String reason, Duration wait) {
    if (call != null) {
      listener.retrying(call, retry + 1, reason, wait);
    }
  }

  private void sleep(Duration wait) throws InterruptedIOException {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("Interrupted while waiting to retry");
    }
  }

  /** The generated interface's method name is the spec's operationId; other requests say what made them. */
  private static String operation(Request request) {
    Invocation invocation = request.tag(Invocation.class);
    if (invocation != null) {
      return invocation.method().getName();
    }
    String made = request.tag(String.class);
    return made != null ? made : "call";
  }
}
