package io.github.omneoid.sandbox;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** A tiny OkHttp-based client for the tests: JSON in, JSON trees out, loopback only. */
final class Http {
  static final MediaType JSON = MediaType.get("application/json");
  static final OkHttpClient CLIENT = new OkHttpClient.Builder()
      .retryOnConnectionFailure(false)
      // Idle connections are dropped long before the server's idle timeout: without retries, a pooled connection
      // the server closed while a slow test ran (SpecFallbackTest's whole-spec check) fails the next request.
      .connectionPool(new ConnectionPool(5, 5, TimeUnit.SECONDS))
      .connectTimeout(5, TimeUnit.SECONDS)
      .readTimeout(10, TimeUnit.SECONDS)
      .build();

  final String base;
  final String token;

  Http(String base, String token) {
    this.base = base;
    this.token = token;
  }

  static Http of(OmneoIdSandbox s) {
    return new Http(s.baseUrl(), null);
  }

  Http as(String bearer) {
    return new Http(base, bearer);
  }

  Resp get(String path) {
    return send("GET", path, null);
  }

  Resp delete(String path) {
    return send("DELETE", path, null);
  }

  Resp post(String path, Object body) {
    return send("POST", path, body == null ? "" : Json.write(Json.normalize(body)));
  }

  Resp put(String path, Object body) {
    return send("PUT", path, body == null ? "" : Json.write(Json.normalize(body)));
  }

  Resp send(String method, String path, String rawBody) {
    Request.Builder b = new Request.Builder().url(path.startsWith("http") ? path : base + path);
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    RequestBody body = rawBody == null ? (method.equals("POST") || method.equals("PUT")
        ? RequestBody.create(new byte[0], JSON) : null) : RequestBody.create(rawBody, JSON);
    b.method(method, body);
    try (Response r = CLIENT.newCall(b.build()).execute()) {
      String text = r.body() == null ? "" : r.body().string();
      return new Resp(r.code(), r.headers(), text);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Mints a token through the real endpoint with the admin token. */
  static String mint(OmneoIdSandbox s, Object body) {
    Resp r = of(s).as(s.adminToken()).post("/auth/token", body);
    if (r.status != 200) {
      throw new AssertionError("mint failed: " + r);
    }
    return (String) r.get("data.token");
  }

  static final class Resp {
    final int status;
    final okhttp3.Headers headers;
    final String text;
    private Object json;
    private boolean parsed;

    Resp(int status, okhttp3.Headers headers, String text) {
      this.status = status;
      this.headers = headers;
      this.text = text;
    }

    Object json() {
      if (!parsed) {
        parsed = true;
        try {
          json = text.isEmpty() ? null : Json.parse(text);
        } catch (Json.MalformedJsonException e) {
          throw new AssertionError("not JSON: " + text, e);
        }
      }
      return json;
    }

    /** Dotted path into the JSON tree; numeric segments index arrays. */
    Object get(String path) {
      Object node = json();
      for (String seg : path.split("\\.")) {
        if (node instanceof Map) {
          node = ((Map<?, ?>) node).get(seg);
        } else if (node instanceof List) {
          node = ((List<?>) node).get(Integer.parseInt(seg));
        } else {
          return null;
        }
      }
      return node;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> map(String path) {
      return (Map<String, Object>) get(path);
    }

    @SuppressWarnings("unchecked")
    List<Object> list(String path) {
      return (List<Object>) get(path);
    }

    String str(String path) {
      Object o = get(path);
      return o == null ? null : String.valueOf(o);
    }

    @Override
    public String toString() {
      return status + " " + text;
    }
  }
}
