package io.github.omneoid.client.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Names this library in {@code User-Agent} and asks for JSON: without {@code Accept: application/json} a Laravel
 * back end may answer a validation error with a redirect to the previous page, or HTML.
 */
final class DefaultHeadersInterceptor implements Interceptor {

  private final String userAgent;

  DefaultHeadersInterceptor(String userAgent) {
    this.userAgent = userAgent;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    return chain.proceed(chain.request().newBuilder()
        .header("User-Agent", userAgent)
        .header("Accept", "application/json")
        .build());
  }
}
