package io.github.omneoid.client.internal;

import java.io.IOException;
import okhttp3.Request;

/**
 * When a call must be over: its call timeout counted from when it started, on {@link System#nanoTime()} like
 * OkHttp's own watchdog. The outermost interceptor tags the request with it, so code deep in the chain — the wait
 * for a token — can wait no longer than the call has left, retries included.
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

  /** Tags each call's request with its deadline; added first, so it runs once per call, outside the retries. */
  static final class TaggingInterceptor implements okhttp3.Interceptor {
    @Override
    public okhttp3.Response intercept(Chain chain) throws IOException {
      Request request = chain.request();
      long timeout = chain.call().timeout().timeoutNanos();
      if (timeout == 0 || request.tag(CallDeadline.class) != null) {
        return chain.proceed(request);
      }
      CallDeadline deadline = new CallDeadline(System.nanoTime() + timeout);
      return chain.proceed(request.newBuilder().tag(CallDeadline.class, deadline).build());
    }
  }
}
