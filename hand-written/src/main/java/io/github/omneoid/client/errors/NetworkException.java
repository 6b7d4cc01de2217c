package io.github.omneoid.client.errors;

import org.jspecify.annotations.Nullable;

/**
 * The request did not get a complete HTTP response: connection refused or reset, DNS failure, a body cut short.
 * Retried first where the retry policy allows (see {@code RetryPolicy}); a timeout is the subclass
 * {@link CallTimeoutException}. The cause, where there is one, is the underlying {@link java.io.IOException}.
 */
public class NetworkException extends OmneoIdException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed, e.g. the request's method and path
   * @param cause the underlying failure, or null
   */
  public NetworkException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
