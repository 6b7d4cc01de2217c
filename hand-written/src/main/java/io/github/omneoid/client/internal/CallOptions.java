package io.github.omneoid.client.internal;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Headers;
import okhttp3.Request;

/**
 * Per-call options of a view ({@code withOptions(...)}): a call timeout that replaces the client's, and headers added
 * to every request. Checked by the public {@code RequestOptions} before they get here. Immutable.
 */
public final class CallOptions {

  static final CallOptions NONE = new CallOptions(null, Headers.of());

  final Duration callTimeout;
  final Headers headers;

  /**
   * @param callTimeout the call timeout for calls of the view, or null for the client's
   * @param headers added to each request (the client's own headers still win: see {@code Credentials.attempt})
   */
  public CallOptions(Duration callTimeout, Headers headers) {
    this.callTimeout = callTimeout;
    this.headers = headers;
  }

  /** @return these options, with {@code later}'s timeout if it has one and both sets of headers (later's win) */
  CallOptions then(CallOptions later) {
    Headers.Builder merged = headers.newBuilder();
    for (String name : later.headers.names()) {
      merged.removeAll(name);
    }
    merged.addAll(later.headers);
    return new CallOptions(later.callTimeout != null ? later.callTimeout : callTimeout, merged.build());
  }

  Request apply(Request request) {
    if (headers.size() == 0) {
      return request;
    }
    Request.Builder builder = request.newBuilder();
    for (String name : headers.names()) {
      builder.removeHeader(name);
    }
    for (int i = 0; i < headers.size(); i++) {
      builder.addHeader(headers.name(i), headers.value(i));
    }
    return builder.build();
  }

  void apply(Call call) {
    if (callTimeout != null) {
      call.timeout().timeout(callTimeout.toNanos(), TimeUnit.NANOSECONDS);
    }
  }
}
