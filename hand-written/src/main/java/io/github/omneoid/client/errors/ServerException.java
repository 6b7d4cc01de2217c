package io.github.omneoid.client.errors;

/** HTTP 5xx: the server failed; retried first where the request may be repeated safely. */
public class ServerException extends OmneoIdHttpException {

  private static final long serialVersionUID = 1L;

  public ServerException(HttpErrorDetails details) {
    super(details);
  }
}
