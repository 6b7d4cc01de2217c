package io.github.omneoid.client.errors;

import java.util.Optional;

/**
 * HTTP 3xx: the server answered with a redirect, which this client never follows. A redirect would carry the
 * request — its token and its body — to wherever the server points, another path, another host or plain http; so
 * the answer is reported instead, with {@link #location()} naming where the server wanted it to go.
 */
public class RedirectException extends OmneoIdHttpException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; the client does, from the failed response.
   *
   * @param details what was read off the response
   */
  public RedirectException(HttpErrorDetails details) {
    super(details);
  }

  /** @return the {@code Location} header as the server sent it, if it sent one */
  public Optional<String> location() {
    return header("location");
  }
}
