package io.github.omneoid.client.errors;

/** HTTP 403: the token is valid but may not do this. */
public class ForbiddenException extends OmneoIdHttpException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; the client does, from the failed response.
   *
   * @param details what was read off the response
   */
  public ForbiddenException(HttpErrorDetails details) {
    super(details);
  }
}
