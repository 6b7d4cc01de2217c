package io.github.omneoid.client.errors;

/**
 * HTTP 401: the token was missing, invalid or expired — after the client's one refresh-and-retry, where it has a
 * token source — or, on minting, the admin API token was rejected.
 */
public class UnauthorizedException extends OmneoIdHttpException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; the client does, from the failed response.
   *
   * @param details what was read off the response
   */
  public UnauthorizedException(HttpErrorDetails details) {
    super(details);
  }
}
