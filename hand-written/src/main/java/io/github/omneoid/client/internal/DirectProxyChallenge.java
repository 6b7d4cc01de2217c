package io.github.omneoid.client.internal;

import java.net.Proxy;
import java.net.ProtocolException;
import okhttp3.Connection;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A 407 on a direct connection: OkHttp would throw a bare {@link ProtocolException} and drop the response, so the
 * caller would see a network failure instead of the status. Checked on the network side ({@link NetworkResponses}),
 * what the response said is handed on as {@link Answered}, which the transport maps like any other status (found by
 * fuzzing). Through a real proxy it steps aside: there the 407 belongs to OkHttp's proxy authentication.
 */
final class DirectProxyChallenge {

  private DirectProxyChallenge() {
  }

  /** @return the response, unless it is a 407 on a direct connection: then it is thrown as {@link Answered} */
  static Response check(Interceptor.Chain chain, Response response) throws Answered {
    if (response.code() != 407) {
      return response;
    }
    Connection connection = chain.connection();
    if (connection != null && connection.route().proxy().type() != Proxy.Type.DIRECT) {
      return response;
    }
    try (Response closing = response) {
      throw new Answered(closing.request(), closing.code(), closing.headers(), ErrorMapper.readCapped(closing.body()));
    }
  }

  /** The response OkHttp will not return, carried as the exception it would have thrown. */
  static final class Answered extends ProtocolException {
    private static final long serialVersionUID = 1L;

    final transient Request request;
    final int code;
    final transient Headers headers;
    final String body;

    Answered(Request request, int code, Headers headers, String body) {
      super("HTTP " + code + " on a direct connection");
      this.request = request;
      this.code = code;
      this.headers = headers;
      this.body = body;
    }
  }
}
