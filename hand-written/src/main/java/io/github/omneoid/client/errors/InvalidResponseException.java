package io.github.omneoid.client.errors;

import org.jspecify.annotations.Nullable;

/**
 * A success status with a body this client cannot use: not JSON (an HTML page), JSON of the wrong shape, no body
 * where the operation returns one, a body longer than {@code maxResponseBytes}, or schema drift while the drift
 * listener is strict. Also thrown for a paging link that leaves the API or does not move forward, and when a token
 * source returns null.
 */
public class InvalidResponseException extends OmneoIdException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed, e.g. the request's method and path
   * @param cause the underlying failure, or null
   */
  public InvalidResponseException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
