package io.github.omneoid.client.errors;

/** HTTP 400: the server could not read the request. */
public class BadRequestException extends OmneoIdHttpException {

  private static final long serialVersionUID = 1L;

  public BadRequestException(HttpErrorDetails details) {
    super(details);
  }
}
