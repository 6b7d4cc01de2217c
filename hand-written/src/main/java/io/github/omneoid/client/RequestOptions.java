package io.github.omneoid.client;

import io.github.omneoid.client.internal.Arguments;
import io.github.omneoid.client.internal.CallOptions;
import java.time.Duration;
import java.util.Locale;
import okhttp3.Headers;

/**
 * Options for the calls of one view of a client, set with
 * {@code id.withOptions(o -> o.callTimeout(Duration.ofMinutes(2)).header("X-Correlation-Id", id))}: a call timeout
 * that replaces the client's, and headers sent with every request of the view. Each setter checks its argument at
 * once, as the client builders do, and names it in the {@link IllegalArgumentException}; nothing is sent.
 */
public final class RequestOptions {

  /** Headers the client sets itself: the credential, its user agent, what it accepts, and HTTP framing. */
  private static final java.util.Set<String> RESERVED = new java.util.HashSet<>(java.util.Arrays.asList(
      "authorization", "proxy-authorization", "user-agent", "accept", "host", "content-length",
      "transfer-encoding", "connection", "content-type"));

  private Duration callTimeout;
  private final Headers.Builder headers = new Headers.Builder();

  RequestOptions() {
  }

  /**
   * How long each call of the view may take, replacing the client's {@code callTimeout}: the wait for a token,
   * every attempt and the waits between retries included. Zero means none.
   *
   * @param timeout zero or more
   * @return these options
   */
  public RequestOptions callTimeout(Duration timeout) {
    this.callTimeout = Arguments.requireNonNegative(timeout, "callTimeout");
    return this;
  }

  /**
   * A header sent with every request of the view, e.g. a correlation id; set twice, the last value wins. The
   * headers the client sets itself ({@code Authorization}, {@code User-Agent}, {@code Accept}, {@code Host},
   * {@code Content-Type}, {@code Content-Length}...) are refused.
   *
   * @param name a header name: printable ASCII without separators
   * @param value the value: printable ASCII, no CR or LF
   * @return these options
   */
  public RequestOptions header(String name, String value) {
    Arguments.requireText(name, "header name");
    Arguments.requireNonNull(value, "header value");
    if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException("header " + name + " is set by the client itself and cannot be"
          + " replaced per call");
    }
    try {
      headers.set(name, value);
    } catch (IllegalArgumentException e) {
      // OkHttp names the character; the value itself is left out, as it may hold a secret.
      throw new IllegalArgumentException("header " + name + " has a character a header may not hold (CR, LF or"
          + " other control or non-ASCII characters)", null);
    }
    return this;
  }

  CallOptions toCallOptions() {
    return new CallOptions(callTimeout, headers.build());
  }
}
