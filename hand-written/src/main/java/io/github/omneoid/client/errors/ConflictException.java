package io.github.omneoid.client.errors;

/** HTTP 409: the request conflicts with the resource's state. */
public class ConflictException extends OmneoIdHttpException {

  private static final long serialVersionUID = 1L;

  public ConflictException(HttpErrorDetails details) {
    super(details);
  }
}
