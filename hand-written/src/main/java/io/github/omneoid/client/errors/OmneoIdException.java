package io.github.omneoid.client.errors;

/**
 * The root of every exception this client throws. All are unchecked; none ever carries a token in its message.
 */
public class OmneoIdException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public OmneoIdException(String message) {
    super(message);
  }

  public OmneoIdException(String message, Throwable cause) {
    super(message, cause);
  }
}
