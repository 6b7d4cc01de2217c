package io.github.omneoid.client.internal;

import io.github.omneoid.client.OmneoIdListener.ApiCall;
import java.io.IOException;
import java.time.Duration;

/**
 * Tags the request of an async call: where the blocking pipeline would sleep before a retry, it records where the
 * call stands here and throws {@link RetryLater}; the async caller schedules the wait and sends the same request
 * again, and the pipeline goes on from the recorded state — the same listener call, start, deadline and retry count.
 * Written by the pipeline on the dispatcher thread, read there on the next attempt (the enqueue orders them).
 */
final class Resumable {

  private volatile boolean paused;
  ApiCall call;
  long started;
  long deadline;
  int nextRetry;

  boolean isPaused() {
    return paused;
  }

  RetryLater pause(Duration wait, ApiCall call, long started, long deadline, int nextRetry) {
    this.call = call;
    this.started = started;
    this.deadline = deadline;
    this.nextRetry = nextRetry;
    this.paused = true;
    return new RetryLater(wait);
  }

  /** @return nanoseconds left before the call's deadline; {@link Long#MAX_VALUE} for none */
  long nanosLeft() {
    return deadline == Long.MAX_VALUE ? Long.MAX_VALUE : Math.max(1, deadline - System.nanoTime());
  }

  /** The pipeline asks for the request to be sent again after {@link #wait}. Not a failure of the call. */
  static final class RetryLater extends IOException {
    private static final long serialVersionUID = 1L;
    final transient Duration wait;

    RetryLater(Duration wait) {
      super("retry after " + wait);
      this.wait = wait;
    }
  }
}
