package io.github.omneoid.client.errors;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the transport read off a failed response; the constructor argument of every HTTP exception. Immutable and
 * serializable: the maps and lists are copied into serializable ones, so an exception can be kept, queued or sent
 * to another JVM like any other.
 */
public final class HttpErrorDetails implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The HTTP status. */
  private final int status;
  /** The request's HTTP method. */
  private final String method;
  /** The request's path below the base URL, without query. */
  private final String path;
  /** The response headers, names as given (lower case from the client); never null. */
  private final Map<String, List<String>> headers;
  /** The response body as text, cut at {@link OmneoIdHttpException#BODY_CAP} bytes; never null. */
  private final String body;
  /** The {@code message} of a JSON error body, or null. */
  private final @Nullable String serverMessage;
  /** Laravel's {@code errors}: field name → messages; never null. */
  private final Map<String, List<String>> fieldErrors;

  /**
   * Collects the details. Maps and lists are copied.
   *
   * @param status the HTTP status
   * @param method the request's HTTP method
   * @param path the request's path below the base URL, without query
   * @param headers the response headers; the client passes names in lower case; may be null
   * @param body the response body as text, already cut at {@link OmneoIdHttpException#BODY_CAP} bytes; null is
   *     read as empty
   * @param serverMessage the {@code message} of a JSON error body, or null
   * @param fieldErrors Laravel's {@code errors}: field name → messages; may be null
   */
  public HttpErrorDetails(int status, String method, String path, @Nullable Map<String, List<String>> headers,
      @Nullable String body, @Nullable String serverMessage, @Nullable Map<String, List<String>> fieldErrors) {
    this.status = status;
    this.method = method;
    this.path = path;
    this.headers = copy(headers);
    this.body = body == null ? "" : body;
    this.serverMessage = serverMessage;
    this.fieldErrors = copy(fieldErrors);
  }

  private static Map<String, List<String>> copy(@Nullable Map<String, List<String>> map) {
    if (map == null || map.isEmpty()) {
      return Collections.emptyMap();
    }
    Map<String, List<String>> copy = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> entry : map.entrySet()) {
      List<String> values = entry.getValue() == null ? Collections.<String>emptyList() : entry.getValue();
      copy.put(entry.getKey(), Collections.unmodifiableList(new ArrayList<>(values)));
    }
    return Collections.unmodifiableMap(copy);
  }

  /** @return the HTTP status */
  public int status() {
    return status;
  }

  /** @return the request's HTTP method */
  public String method() {
    return method;
  }

  /** @return the request's path below the base URL, without query */
  public String path() {
    return path;
  }

  /** @return the response headers, read-only; empty when none were given */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** @return the response body as text; empty when there was none */
  public String body() {
    return body;
  }

  /** @return the {@code message} of a JSON error body, or null */
  public @Nullable String serverMessage() {
    return serverMessage;
  }

  /** @return field name → messages, read-only; empty when none were given */
  public Map<String, List<String>> fieldErrors() {
    return fieldErrors;
  }
}
