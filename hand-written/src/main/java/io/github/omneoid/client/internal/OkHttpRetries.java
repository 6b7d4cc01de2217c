package io.github.omneoid.client.internal;

import java.io.IOException;
import java.util.List;
import okhttp3.Response;

/**
 * Keeps OkHttp's own follow-ups from retrying behind the {@link io.github.omneoid.client.RetryPolicy}'s back.
 * {@code retryOnConnectionFailure(false)}, {@code followRedirects(false)} and no authenticator switch most of them
 * off, but not one: OkHttp resends a 503 whose {@code Retry-After} is {@code 0} at once (doubling every attempt the
 * policy makes) and parses that header as an int (so {@code 2147483648} throws a raw {@code NumberFormatException}).
 * So a 503's {@code Retry-After} is moved out of OkHttp's sight on the network side ({@link #hide}) and put back
 * on the application side ({@link #restore}), where the policy reads it.
 *
 * <p>The network side ({@link NetworkResponses}) also turns a {@code RuntimeException} of OkHttp's HTTP codec — a
 * server that sends what HTTP/1.1 does not allow, e.g. an endless run of {@code 103 Early Hints} — into an
 * {@link BrokenResponse}, so it reaches the caller as a typed network failure with its cause, never as a raw
 * {@code IllegalStateException}.
 */
final class OkHttpRetries {

  private static final String RETRY_AFTER = "Retry-After";
  private static final String HIDDEN = "X-Omneo-Id-Client-Retry-After";

  private OkHttpRetries() {
  }

  /** On the network side: hides a 503's {@code Retry-After} from OkHttp. */
  static Response hide(Response response) {
    if (response.code() != 503) {
      return response;
    }
    return moved(response, RETRY_AFTER, HIDDEN);
  }

  /** On the application side, next to OkHttp's retry: puts a hidden {@code Retry-After} back. */
  static Response restore(Response response) {
    return response.code() != 503 ? response : moved(response, HIDDEN, RETRY_AFTER);
  }

  private static Response moved(Response response, String from, String to) {
    List<String> values = response.headers(from);
    if (values.isEmpty()) {
      return response;
    }
    Response.Builder moved = response.newBuilder().removeHeader(from);
    for (String value : values) {
      moved.addHeader(to, value);
    }
    return moved.build();
  }

  /** A response OkHttp's codec could not take: the server broke HTTP. */
  static final class BrokenResponse extends IOException {
    private static final long serialVersionUID = 1L;

    BrokenResponse(RuntimeException cause) {
      super("the server's response is not HTTP this client can read (" + cause + ")", cause);
    }
  }
}
