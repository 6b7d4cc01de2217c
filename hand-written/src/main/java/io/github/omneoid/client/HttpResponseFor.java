package io.github.omneoid.client;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A typed call's result with the response it came from: {@code id.withRawResponse().call(i -> i.profile().get())}.
 * Immutable.
 *
 * @param <T> the typed result, as the blocking call returns it
 */
public final class HttpResponseFor<T> {

  private final int status;
  private final Map<String, List<String>> headers;
  private final @Nullable T body;

  HttpResponseFor(int status, Map<String, List<String>> headers, @Nullable T body) {
    this.status = status;
    this.headers = headers;
    this.body = body;
  }

  /** @return the HTTP status of the (last) response the operation read, e.g. 200 */
  public int status() {
    return status;
  }

  /** @return that response's headers, names in lower case, values in the order sent */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** @return the server's request id ({@code X-Request-Id}) for a support ticket, if it sent one */
  public Optional<String> requestId() {
    return RawResponse.first(headers, "x-request-id");
  }

  /** @return what the typed call returns: the model, page or null for operations answering nothing */
  public @Nullable T body() {
    return body;
  }

  @Override
  public String toString() {
    return "HttpResponseFor{status=" + status + ", requestId=" + requestId().orElse("none") + "}";
  }
}
