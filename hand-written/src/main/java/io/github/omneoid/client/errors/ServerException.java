package io.github.omneoid.client.errors;

/**
 * HTTP 5xx: the server failed. 503 is retried first for every method, 502 and 504 for requests that may be
 * repeated (see {@code RetryPolicy}); other 5xx statuses, 500 among them, are thrown at once.
 */
public class ServerException extends OmneoIdHttpException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; the client does, from the failed response.
   *
   * @param details what was read off the response
   */
  public ServerException(HttpErrorDetails details) {
    super(details);
  }
}
