package io.github.omneoid.client.errors;

/** HTTP 409: the request conflicts with the resource's state. */
public class ConflictException extends OmneoIdHttpException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; the client does, from the failed response.
   *
   * @param details what was read off the response
   */
  public ConflictException(HttpErrorDetails details) {
    super(details);
  }
}
