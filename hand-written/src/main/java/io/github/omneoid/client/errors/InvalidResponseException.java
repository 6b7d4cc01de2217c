package io.github.omneoid.client.errors;

/**
 * A success status with a body this client cannot use: not JSON (an HTML page), JSON of the wrong shape, or no
 * body where the operation returns one.
 */
public class InvalidResponseException extends OmneoIdException {

  private static final long serialVersionUID = 1L;

  public InvalidResponseException(String message, Throwable cause) {
    super(message, cause);
  }
}
