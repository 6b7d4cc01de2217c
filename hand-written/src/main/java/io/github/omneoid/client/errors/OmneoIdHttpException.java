package io.github.omneoid.client.errors;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The server answered with a status that is not a success. Subclasses name the status family; this class also
 * stands for any status without one of its own (e.g. 405, 410).
 *
 * <p>It carries what a log or a support ticket needs — status, response headers, the body (at most
 * {@value #BODY_CAP} bytes of it are ever read), the request's method and path, the server's request id where
 * sent — and never the request's {@code Authorization} header. It is serializable.
 */
public class OmneoIdHttpException extends OmneoIdException {

  private static final long serialVersionUID = 1L;

  /**
   * At most this many bytes of an error body are read off the network (16 KiB); the rest is discarded unread, so a
   * huge or endless error page cannot flood logs or memory.
   */
  public static final int BODY_CAP = 16 * 1024;

  /** What was read off the failed response. */
  private final HttpErrorDetails details;

  /**
   * Creates the exception; the client does, from the failed response. The message is the method, the path and the
   * status, e.g. {@code PUT /profiles/me failed with HTTP 422}, never the server's text: a server may echo the token
   * or a customer's email there, and messages go to logs. The server's words are in {@link #serverMessage()},
   * {@link #body()} and (for a 422) the field errors.
   *
   * @param details what was read off the response
   */
  public OmneoIdHttpException(HttpErrorDetails details) {
    super(describe(details));
    this.details = details;
  }

  private static String describe(HttpErrorDetails details) {
    String text = details.method() + ' ' + details.path() + " failed with HTTP " + details.status();
    boolean redirect = details.status() >= 300 && details.status() < 400;
    return redirect ? text + " (a redirect, not followed; location() says where to)" : text;
  }

  /** @return the HTTP status, e.g. {@code 404} */
  public int status() {
    return details.status();
  }

  /** @return the request's HTTP method, e.g. {@code PUT} */
  public String method() {
    return details.method();
  }

  /** @return the request's path below the base URL, e.g. {@code /profiles/me} (no query string) */
  public String path() {
    return details.path();
  }

  /** @return the response headers, names in lower case */
  public Map<String, List<String>> headers() {
    return details.headers();
  }

  /**
   * One response header.
   *
   * @param name the header's name; case does not matter
   * @return its first value, if sent
   */
  public Optional<String> header(String name) {
    List<String> values = details.headers().get(name.toLowerCase(java.util.Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.<String>empty() : Optional.of(values.get(0));
  }

  /**
   * @return the response body as UTF-8 text, cut after {@link #BODY_CAP} bytes (so at most that many characters);
   *     empty when there was none
   */
  public String body() {
    return details.body();
  }

  /** @return the {@code message} of the server's JSON error body, if it had one */
  public Optional<String> serverMessage() {
    return Optional.ofNullable(details.serverMessage());
  }

  /** @return the server's request id ({@code X-Request-Id}), if it sent one */
  public Optional<String> requestId() {
    return header("x-request-id");
  }
}
