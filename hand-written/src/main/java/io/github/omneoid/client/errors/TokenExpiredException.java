package io.github.omneoid.client.errors;

/**
 * The token expired more than the clock-skew tolerance ago (default 60 s) and the client has no token source to
 * get another. Thrown before sending; within the tolerance the token is sent and the server decides.
 */
public class TokenExpiredException extends TokenException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong; never the token or secret itself
   */
  public TokenExpiredException(String message) {
    super(message);
  }
}
