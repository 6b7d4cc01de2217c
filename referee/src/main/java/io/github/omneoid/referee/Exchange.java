package io.github.omneoid.referee;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP exchange to judge: the request as sent and the response as received. The path may carry the API's base
 * path ({@code /id/api/v1/profiles/me}) or not ({@code /profiles/me}); query values are decoded. A missing body is
 * {@code null}.
 */
public final class Exchange {
  final String method;
  final String path;
  final Map<String, List<String>> query;
  final Map<String, List<String>> requestHeaders;
  final String requestBody;
  final int status;
  final Map<String, List<String>> responseHeaders;
  final String responseBody;

  private Exchange(Builder b) {
    this.method = b.method;
    this.path = b.path;
    this.query = Collections.unmodifiableMap(new LinkedHashMap<>(b.query));
    this.requestHeaders = Collections.unmodifiableMap(new LinkedHashMap<>(b.requestHeaders));
    this.requestBody = b.requestBody;
    this.status = b.status;
    this.responseHeaders = Collections.unmodifiableMap(new LinkedHashMap<>(b.responseHeaders));
    this.responseBody = b.responseBody;
  }

  public static Builder request(String method, String path) {
    return new Builder(method, path);
  }

  public String method() {
    return method;
  }

  public String path() {
    return path;
  }

  public int status() {
    return status;
  }

  @Override
  public String toString() {
    return method + " " + path + " -> " + status;
  }

  /** Builds an {@link Exchange}; header names are kept as given (the validator compares them case-insensitively). */
  public static final class Builder {
    private final String method;
    private final String path;
    private final Map<String, List<String>> query = new LinkedHashMap<>();
    private final Map<String, List<String>> requestHeaders = new LinkedHashMap<>();
    private String requestBody;
    private int status = -1;
    private final Map<String, List<String>> responseHeaders = new LinkedHashMap<>();
    private String responseBody;

    private Builder(String method, String path) {
      this.method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
      this.path = Objects.requireNonNull(path, "path");
    }

    public Builder query(String name, String value) {
      query.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      return this;
    }

    public Builder query(Map<String, ? extends List<String>> params) {
      params.forEach((k, v) -> v.forEach(value -> query(k, value)));
      return this;
    }

    public Builder requestHeader(String name, String value) {
      requestHeaders.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      return this;
    }

    public Builder requestHeaders(Map<String, ? extends List<String>> headers) {
      headers.forEach((k, v) -> v.forEach(value -> requestHeader(k, value)));
      return this;
    }

    public Builder requestBody(String body) {
      this.requestBody = body;
      return this;
    }

    public Builder status(int status) {
      this.status = status;
      return this;
    }

    public Builder responseHeader(String name, String value) {
      responseHeaders.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      return this;
    }

    public Builder responseHeaders(Map<String, ? extends List<String>> headers) {
      headers.forEach((k, v) -> v.forEach(value -> responseHeader(k, value)));
      return this;
    }

    public Builder responseBody(String body) {
      this.responseBody = body;
      return this;
    }

    public Exchange build() {
      if (status < 100 || status > 599) {
        throw new IllegalStateException("an exchange needs the response status, was " + status);
      }
      return new Exchange(this);
    }
  }
}
