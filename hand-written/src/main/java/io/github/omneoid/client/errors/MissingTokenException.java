package io.github.omneoid.client.errors;

/**
 * The client has no token — none was given, or {@code reset()} cleared it — and no token source to get one. Thrown
 * before sending.
 */
public class MissingTokenException extends TokenException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong; never the token or secret itself
   */
  public MissingTokenException(String message) {
    super(message);
  }
}
