package io.github.omneoid.client.errors;

import java.time.Duration;
import java.util.Optional;

/** HTTP 429: too many requests; thrown once the retries allowed by the retry policy are used up. */
public class RateLimitException extends OmneoIdHttpException {

  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  public RateLimitException(HttpErrorDetails details, Duration retryAfter) {
    super(details);
    this.retryAfter = retryAfter;
  }

  /** @return how long the server asked to wait ({@code Retry-After}, seconds or an HTTP date), if it said */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
