package io.github.omneoid.client.errors;

/**
 * The root of every exception this client throws. All are unchecked; none ever carries a token in its message.
 * Thrown as itself only for what fits no subclass, e.g. a thread interrupted while it waited for a new ID token.
 */
public class OmneoIdException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong
   */
  public OmneoIdException(String message) {
    super(message);
  }

  /**
   * Creates the exception.
   *
   * @param message what went wrong
   * @param cause the underlying failure, or null
   */
  public OmneoIdException(String message, Throwable cause) {
    super(message, cause);
  }
}
