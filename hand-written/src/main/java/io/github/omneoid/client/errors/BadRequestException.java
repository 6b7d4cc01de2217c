package io.github.omneoid.client.errors;

/** HTTP 400: the server could not read the request. */
public class BadRequestException extends OmneoIdHttpException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; the client does, from the failed response.
   *
   * @param details what was read off the response
   */
  public BadRequestException(HttpErrorDetails details) {
    super(details);
  }
}
