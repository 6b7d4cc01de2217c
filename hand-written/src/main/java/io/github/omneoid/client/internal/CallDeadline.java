package io.github.omneoid.client.internal;

import okhttp3.Request;

/**
 * When a call must be over: its call timeout counted from when it started, on {@link System#nanoTime()} like
 * OkHttp's own watchdog. The outermost interceptor ({@link CallInterceptor}) tags the request with it, so code deep
 * in the chain — the wait for a token — can wait no longer than the call has left, retries included.
 */
final class CallDeadline {

  private final long deadlineNanos;

  private CallDeadline(long deadlineNanos) {
    this.deadlineNanos = deadlineNanos;
  }

  /** @return the nanoseconds the request's call has left, or {@link Long#MAX_VALUE} when it has no timeout */
  static long remainingNanos(Request request) {
    CallDeadline deadline = request.tag(CallDeadline.class);
    return deadline == null ? Long.MAX_VALUE : Math.max(0, deadline.deadlineNanos - System.nanoTime());
  }

  /** @return a deadline {@code timeoutNanos} from now, on {@link System#nanoTime()} as OkHttp counts it */
  static CallDeadline after(long timeoutNanos) {
    return new CallDeadline(System.nanoTime() + timeoutNanos);
  }
}
