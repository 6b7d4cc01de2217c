package io.github.omneoid.client.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * What this library does to a response as it comes off the wire, before OkHttp's own follow-ups see it: one network
 * interceptor (each interceptor costs every call a copy of the chain). A codec failure becomes a typed
 * {@link OkHttpRetries.BrokenResponse}, a 407 on a direct connection is kept ({@link DirectProxyChallenge}), and a
 * 503's {@code Retry-After} is hidden from OkHttp ({@link OkHttpRetries#hide}).
 */
final class NetworkResponses implements Interceptor {

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response;
    try {
      response = chain.proceed(chain.request());
    } catch (RuntimeException broken) {
      throw new OkHttpRetries.BrokenResponse(broken);
    }
    return OkHttpRetries.hide(DirectProxyChallenge.check(chain, response));
  }
}
