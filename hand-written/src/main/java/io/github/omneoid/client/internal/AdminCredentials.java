package io.github.omneoid.client.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The admin API token, on {@code POST /auth/token} and nowhere else: any other request is refused before it is sent,
 * whatever asked for it. Minting may be retried like a GET: a second mint does no harm.
 */
final class AdminCredentials implements Credentials {

  private static final String MINT_PATH = "/auth/token";

  private final String authorization;
  private final ApiPaths paths;
  private final String userAgent;

  AdminCredentials(String apiToken, ApiPaths paths, String userAgent) {
    this.authorization = "Bearer " + apiToken;
    this.paths = paths;
    this.userAgent = userAgent;
  }

  @Override
  public Response send(Interceptor.Chain chain, Request request, long deadlineNanos) throws IOException {
    if (!isMint(request)) {
      throw new IllegalStateException("The admin API token is only sent to POST " + MINT_PATH + ", not to "
          + request.method() + " " + paths.relative(request.url()));
    }
    return chain.proceed(Credentials.attempt(request, userAgent, authorization));
  }

  @Override
  public boolean mayRepeat(Request request) {
    return isMint(request);
  }

  private boolean isMint(Request request) {
    return "POST".equals(request.method()) && MINT_PATH.equals(paths.relative(request.url()));
  }

  @Override
  public String toString() {
    return "AdminCredentials{apiToken=***}";
  }
}
