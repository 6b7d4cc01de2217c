package io.github.omneoid.client.errors;

/**
 * HTTP 404: no such resource, e.g. an id the profile does not have. It is also what the ID API answers when an
 * anonymous token asks for {@code /profiles/me}; this client stops such a request before sending it
 * ({@link AnonymousTokenException}).
 */
public class NotFoundException extends OmneoIdHttpException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; the client does, from the failed response.
   *
   * @param details what was read off the response
   */
  public NotFoundException(HttpErrorDetails details) {
    super(details);
  }
}
