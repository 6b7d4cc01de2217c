package io.github.omneoid.client.errors;

/** HTTP 403: the token may not do this. */
public class ForbiddenException extends OmneoIdHttpException {

  private static final long serialVersionUID = 1L;

  public ForbiddenException(HttpErrorDetails details) {
    super(details);
  }
}
