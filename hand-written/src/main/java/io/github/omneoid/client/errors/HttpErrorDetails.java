package io.github.omneoid.client.errors;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/** What the transport read off a failed response; the constructor argument of every HTTP exception. */
public final class HttpErrorDetails {

  private final int status;
  private final String method;
  private final String path;
  private final Map<String, List<String>> headers;
  private final String body;
  private final String serverMessage;
  private final Map<String, List<String>> fieldErrors;

  public HttpErrorDetails(int status, String method, String path, Map<String, List<String>> headers, String body,
      String serverMessage, Map<String, List<String>> fieldErrors) {
    this.status = status;
    this.method = method;
    this.path = path;
    this.headers = Collections.unmodifiableMap(headers);
    this.body = body == null ? "" : body;
    this.serverMessage = serverMessage;
    this.fieldErrors = Collections.unmodifiableMap(fieldErrors);
  }

  public int status() {
    return status;
  }

  public String method() {
    return method;
  }

  public String path() {
    return path;
  }

  public Map<String, List<String>> headers() {
    return headers;
  }

  public String body() {
    return body;
  }

  public String serverMessage() {
    return serverMessage;
  }

  public Map<String, List<String>> fieldErrors() {
    return fieldErrors;
  }
}
