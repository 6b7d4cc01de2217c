package io.github.omneoid.client.errors;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the transport read off a failed response; the constructor argument of every HTTP exception. Immutable and
 * serializable: the maps and lists are copied into serializable ones, so an exception can be kept, queued or sent
 * to another JVM like any other.
 */
public final class HttpErrorDetails implements Serializable {

  private static final long serialVersionUID = 1L;

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
    this.headers = copy(headers);
    this.body = body == null ? "" : body;
    this.serverMessage = serverMessage;
    this.fieldErrors = copy(fieldErrors);
  }

  private static Map<String, List<String>> copy(Map<String, List<String>> map) {
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
