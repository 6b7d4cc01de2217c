package io.github.omneoid.client.errors;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * HTTP 429: too many requests. 429 is retried first (see {@code RetryPolicy}); this is thrown when no retry is left,
 * when the server's {@code Retry-After} is longer than the policy waits for ({@code maxRetryAfter}, default 30 s),
 * or when the wait would run past the call timeout. {@link #retryAfter()} says how long the server asked to wait.
 */
public class RateLimitException extends OmneoIdHttpException {

  private static final long serialVersionUID = 1L;

  /** The wait the server asked for ({@code Retry-After}), or null when it did not say. */
  private final @Nullable Duration retryAfter;

  /**
   * Creates the exception; the client does, from the failed response.
   *
   * @param details what was read off the response
   * @param retryAfter the wait the server asked for, or null
   */
  public RateLimitException(HttpErrorDetails details, @Nullable Duration retryAfter) {
    super(details);
    this.retryAfter = retryAfter;
  }

  /** @return how long the server asked to wait ({@code Retry-After}, seconds or an HTTP date), if it said */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
