package io.github.omneoid.client.errors;

/**
 * The text is not an Omneo ID token: not three base64url JWT segments, no JSON payload, no {@code pid} or
 * {@code exp} claim (an admin API token has no {@code pid}), or a time claim outside 1970 to 9999. Thrown by
 * {@code IdToken.parse}, so by the builder's {@code idToken(String)} too. The message says which, never the token.
 */
public class MalformedTokenException extends TokenException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong; never the token or secret itself
   */
  public MalformedTokenException(String message) {
    super(message);
  }
}
