package io.github.omneoid.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

/** A response: status, JSON tree body (null for no content) and extra headers. */
final class Reply {
  final int status;
  final Object body;
  final Map<String, String> headers = new LinkedHashMap<>();

  Reply(int status, Object body) {
    this.status = status;
    this.body = body;
  }

  /** 200 {@code {"data": x}}. */
  static Reply data(Object x) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("data", x);
    return new Reply(200, m);
  }

  /** 200 with the body as given (paginated envelopes). */
  static Reply raw(Object body) {
    return new Reply(200, body);
  }

  static Reply noContent() {
    return new Reply(204, null);
  }
}
