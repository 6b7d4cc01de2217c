package io.github.omneoid.client.internal;

import io.github.omneoid.client.OmneoIdListener.ApiCall;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Tags the request of an async call: where the blocking pipeline would sleep before a retry, it records where the
 * call stands here and throws {@link RetryLater}; the async caller schedules the wait and sends the same request
 * again, and the pipeline goes on from the recorded state — the same listener call, start, deadline and retry count.
 * After a 401 the credentials do the same with the token refresh ({@link TokenRejected}).
 * Written by the pipeline on the dispatcher thread, read there on the next attempt (the enqueue orders them).
 */
final class Resumable {

  private volatile boolean paused;
  ApiCall call;
  long started;
  long deadline;
  int nextRetry;
  private boolean resendAfterRejection;

  boolean isPaused() {
    return paused;
  }

  /** Pauses the call for a wait between retries; it resumes with attempt {@code nextRetry}. */
  RetryLater pause(Duration wait, ApiCall call, long started, long deadline, int nextRetry) {
    save(call, started, deadline, nextRetry, false);
    return new RetryLater(wait, null);
  }

  /**
   * Pauses the call after a 401 until the token refresh it started ends; it resumes with the same attempt, sent
   * once more with the new token — and not refreshed again if that is refused too (as in the blocking call).
   */
  RetryLater pauseForToken(TokenRejected rejected, ApiCall call, long started, long deadline, int retry) {
    save(call, started, deadline, retry, true);
    return new RetryLater(null, rejected.refreshed);
  }

  /** @return whether this attempt is the resend after a 401; asking clears it */
  synchronized boolean takeResendAfterRejection() {
    boolean resend = resendAfterRejection;
    resendAfterRejection = false;
    return resend;
  }

  private synchronized void save(ApiCall call, long started, long deadline, int nextRetry, boolean resend) {
    this.call = call;
    this.started = started;
    this.deadline = deadline;
    this.nextRetry = nextRetry;
    this.resendAfterRejection = resend;
    this.paused = true;
  }

  /** @return nanoseconds left before the call's deadline; {@link Long#MAX_VALUE} for none */
  long nanosLeft() {
    return deadline == Long.MAX_VALUE ? Long.MAX_VALUE : Math.max(1, deadline - System.nanoTime());
  }

  /**
   * The pipeline asks for the request to be sent again after {@link #wait}, or once {@link #ready} completes. Not a
   * failure of the call.
   */
  static final class RetryLater extends IOException {
    private static final long serialVersionUID = 1L;
    final transient Duration wait;
    final transient CompletableFuture<?> ready;

    RetryLater(Duration wait, CompletableFuture<?> ready) {
      super(wait != null ? "retry after " + wait : "resend once the token is refreshed");
      this.wait = wait;
      this.ready = ready;
    }
  }

  /**
   * An async call failed with {@link #failure} (e.g. an anonymous token on a profile route): carried through
   * OkHttp's callback as an IOException, and thrown as itself where the blocking call would throw it.
   */
  static final class Failed extends IOException {
    private static final long serialVersionUID = 1L;
    final RuntimeException failure;

    Failed(RuntimeException failure) {
      super(failure.getMessage(), failure);
      this.failure = failure;
    }
  }

  /** The credentials of an async call were refused (401): resend once {@link #refreshed} completes. */
  static final class TokenRejected extends IOException {
    private static final long serialVersionUID = 1L;
    final transient CompletableFuture<?> refreshed;

    TokenRejected(CompletableFuture<?> refreshed) {
      super("the token was refused; resend after the refresh");
      this.refreshed = refreshed;
    }
  }
}
