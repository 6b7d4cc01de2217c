package io.github.omneoid.client.errors;

/**
 * An anonymous token (no profile) was about to be sent to a route that needs a profile: anything under
 * {@code /profiles/me} or {@code /profiles/connection}. The request is not sent; the server would answer 404. An
 * anonymous token may call {@code POST /profiles}; mint a profile's token with
 * {@code AuthTokenRequest.forProfile(...)} or {@code forIdentity(...)} for the rest.
 */
public class AnonymousTokenException extends TokenException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong; never the token or secret itself
   */
  public AnonymousTokenException(String message) {
    super(message);
  }
}
