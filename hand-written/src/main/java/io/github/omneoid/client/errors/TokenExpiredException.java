package io.github.omneoid.client.errors;

/** The token expired (beyond the clock-skew tolerance) and the client has no token source to get another. */
public class TokenExpiredException extends TokenException {

  private static final long serialVersionUID = 1L;

  public TokenExpiredException(String message) {
    super(message);
  }
}
