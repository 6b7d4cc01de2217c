package io.github.omneoid.client.internal;

import java.io.IOException;
import java.util.List;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Keeps OkHttp's own follow-ups from retrying behind the {@link io.github.omneoid.client.RetryPolicy}'s back.
 * {@code retryOnConnectionFailure(false)}, {@code followRedirects(false)} and no authenticator switch most of them
 * off, but not one: OkHttp resends a 503 whose {@code Retry-After} is {@code 0} at once (doubling every attempt the
 * policy makes) and parses that header as an int (so {@code 2147483648} throws a raw {@code NumberFormatException}).
 * So a 503's {@code Retry-After} is moved out of OkHttp's sight on the network side ({@link #hide()}) and put back
 * on the application side ({@link #restore()}), where the policy reads it.
 *
 * <p>The network side also turns a {@code RuntimeException} of OkHttp's HTTP codec — a server that sends what
 * HTTP/1.1 does not allow, e.g. an endless run of {@code 103 Early Hints} — into an {@link IOException}, so it
 * reaches the caller as a typed network failure with its cause, never as a raw {@code IllegalStateException}.
 */
final class OkHttpRetries {

  private static final String RETRY_AFTER = "Retry-After";
  private static final String HIDDEN = "X-Omneo-Id-Client-Retry-After";

  private OkHttpRetries() {
  }

  /** The network interceptor: hides a 503's {@code Retry-After}; wraps what the codec throws. */
  static Interceptor hide() {
    return chain -> {
      Response response;
      try {
        response = chain.proceed(chain.request());
      } catch (RuntimeException broken) {
        throw new BrokenResponse(broken);
      }
      List<String> retryAfter = response.headers(RETRY_AFTER);
      if (response.code() != 503 || retryAfter.isEmpty()) {
        return response;
      }
      Response.Builder hidden = response.newBuilder().removeHeader(RETRY_AFTER);
      for (String value : retryAfter) {
        hidden.addHeader(HIDDEN, value);
      }
      return hidden.build();
    };
  }

  /** The application interceptor next to OkHttp's retry: puts the {@code Retry-After} back. */
  static Interceptor restore() {
    return chain -> {
      Response response = chain.proceed(chain.request());
      List<String> retryAfter = response.headers(HIDDEN);
      if (retryAfter.isEmpty()) {
        return response;
      }
      Response.Builder restored = response.newBuilder().removeHeader(HIDDEN);
      for (String value : retryAfter) {
        restored.addHeader(RETRY_AFTER, value);
      }
      return restored.build();
    };
  }

  /** A response OkHttp's codec could not take: the server broke HTTP. */
  static final class BrokenResponse extends IOException {
    private static final long serialVersionUID = 1L;

    BrokenResponse(RuntimeException cause) {
      super("the server's response is not HTTP this client can read (" + cause + ")", cause);
    }
  }
}
