package io.github.omneoid.client.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Puts the admin API token on {@code POST /auth/token} — and refuses to put it anywhere else: the long-lived
 * token must never reach any other route. (The transport never follows redirects, so a server cannot send it
 * elsewhere either.)
 */
final class AdminTokenInterceptor implements Interceptor {

  private static final String MINT_PATH = "/auth/token";

  private final String apiToken;
  private final ApiPaths paths;

  AdminTokenInterceptor(String apiToken, ApiPaths paths) {
    this.apiToken = apiToken;
    this.paths = paths;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    String path = paths.relative(request.url());
    if (!"POST".equals(request.method()) || !MINT_PATH.equals(path)) {
      throw new IllegalStateException("The admin API token is only sent to POST " + MINT_PATH + ", not to "
          + request.method() + " " + path);
    }
    return chain.proceed(request.newBuilder()
        .header("Authorization", "Bearer " + apiToken)
        .tag(Repeatable.class, Repeatable.INSTANCE)
        .build());
  }

  @Override
  public String toString() {
    return "AdminTokenInterceptor{apiToken=***}";
  }
}
