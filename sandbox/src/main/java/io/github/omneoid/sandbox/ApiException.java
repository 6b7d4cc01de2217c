package io.github.omneoid.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An HTTP error answered as JSON {@code {"message": ..., "errors"?: {field: [..]}}}. */
final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Laravel's generic validation message, as in the 422 for a taken mobile number. */
  static final String INVALID = "The given data was invalid.";

  final int status;
  final transient Map<String, List<String>> errors;
  final transient Map<String, String> headers = new LinkedHashMap<>();

  ApiException(int status, String message) {
    this(status, message, null);
  }

  ApiException(int status, String message, Map<String, List<String>> errors) {
    super(message, null, false, false);
    this.status = status;
    this.errors = errors;
  }

  ApiException header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  static ApiException unauthenticated() {
    return new ApiException(401, "Unauthenticated.");
  }

  static ApiException notFound(String what) {
    return new ApiException(404, what + " not found.");
  }

  static ApiException badRequest(String message) {
    return new ApiException(400, message);
  }

  /** 422 for one field. */
  static ApiException invalid(String field, String message) {
    return new Validation().add(field, message).exception();
  }

  Map<String, Object> body() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("message", getMessage());
    if (errors != null) {
      Map<String, Object> e = new LinkedHashMap<>();
      errors.forEach((k, v) -> e.put(k, new ArrayList<Object>(v)));
      body.put("errors", e);
    }
    return body;
  }

  /** Collects field errors, Laravel style: {@code errors} maps each field to an array of strings. */
  static final class Validation {
    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    Validation add(String field, String message) {
      errors.computeIfAbsent(field, k -> new ArrayList<>()).add(message);
      return this;
    }

    boolean isEmpty() {
      return errors.isEmpty();
    }

    ApiException exception() {
      return new ApiException(422, INVALID, errors);
    }

    void throwIfAny() {
      if (!errors.isEmpty()) {
        throw exception();
      }
    }
  }
}
