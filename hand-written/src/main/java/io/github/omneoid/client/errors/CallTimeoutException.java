package io.github.omneoid.client.errors;

import org.jspecify.annotations.Nullable;

/**
 * A connect, read or write timeout ran out, or the whole-call timeout did (retries and their waits included), or
 * the call timeout ran out while the call waited for a new ID token from the token source.
 */
public class CallTimeoutException extends NetworkException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed, e.g. the request's method and path
   * @param cause the underlying failure, or null
   */
  public CallTimeoutException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
