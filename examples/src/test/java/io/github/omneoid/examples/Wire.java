package io.github.omneoid.examples;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;

/**
 * Records what actually went over the wire (a network interceptor sees each attempt, retries and re-sends after a
 * 401 included), so tests can assert on the requests the client sent, not only on what came back. Built on
 * {@link Refereed#okHttp()}, so these exchanges are refereed too.
 */
final class Wire implements Interceptor {

  /** One request as sent, and the status it got. */
  static final class Sent {
    final String method;
    final String path;
    final String query;
    final String body;
    final String authorization;
    final int status;

    Sent(String method, String path, String query, String body, String authorization, int status) {
      this.method = method;
      this.path = path;
      this.query = query;
      this.body = body;
      this.authorization = authorization;
      this.status = status;
    }

    @Override
    public String toString() {
      return method + " " + path + (query == null ? "" : "?" + query) + " -> " + status;
    }
  }

  private final List<Sent> sent = new ArrayList<>();

  OkHttpClient client() {
    return Refereed.okHttp().newBuilder().addNetworkInterceptor(this).build();
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    String body = null;
    if (request.body() != null) {
      Buffer buffer = new Buffer();
      request.body().writeTo(buffer);
      body = buffer.readUtf8();
    }
    Response response = chain.proceed(request);
    String path = request.url().encodedPath().replaceFirst("^/id/api/v1", "");
    synchronized (this) {
      sent.add(new Sent(request.method(), path, request.url().query(), body, request.header("Authorization"),
          response.code()));
    }
    return response;
  }

  synchronized List<Sent> sent() {
    return new ArrayList<>(sent);
  }

  synchronized Sent last() {
    return sent.get(sent.size() - 1);
  }

  synchronized void clear() {
    sent.clear();
  }
}
