package io.github.omneoid.client.internal;

import io.github.omneoid.client.IdToken;
import io.github.omneoid.client.errors.AnonymousTokenException;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The customer client's ID token on every attempt. A request for the profile tree with an anonymous token is stopped
 * here: the ID API answers {@code GET /profiles/me} with an anonymous token by 404. On a 401 with a token source, the
 * token is dropped, a new one fetched (one refresh shared by all threads) and the request sent once more — never
 * twice. A wait for a token lasts no longer than the call has left; an async call makes it as a future
 * ({@link Resumable.TokenRejected}).
 */
final class IdTokenCredentials implements Credentials {

  private final TokenManager tokens;
  private final ApiPaths paths;
  private final String userAgent;
  private volatile Header lastHeader;

  IdTokenCredentials(TokenManager tokens, ApiPaths paths, String userAgent) {
    this.tokens = tokens;
    this.paths = paths;
    this.userAgent = userAgent;
  }

  @Override
  public Response send(Interceptor.Chain chain, Request request, long deadlineNanos) throws IOException {
    boolean needsProfile = paths.needsProfile(request.url());
    Resumable async = request.tag(Resumable.class);
    boolean resend = async != null && async.takeResendAfterRejection();
    IdToken token = checked(tokens.tokenForRequest(remaining(deadlineNanos)), needsProfile, request);
    Response response = chain.proceed(Credentials.attempt(request, userAgent, header(token)));
    if (response.code() != 401 || !tokens.canRefresh() || resend) {
      return response;
    }
    response.close();
    if (async != null) { // an async call waits for the refresh as a future, not on the dispatcher thread
      throw new Resumable.TokenRejected(tokens.whenRefreshedAfterRejection(token));
    }
    IdToken fresh = checked(tokens.refreshAfterRejection(token, remaining(deadlineNanos)), needsProfile, request);
    return chain.proceed(Credentials.attempt(request, userAgent, header(fresh)));
  }

  @Override
  public CompletableFuture<?> ready(Request request) {
    return tokens.whenUsable();
  }

  @Override
  public boolean mayRepeat(Request request) {
    return false;
  }

  private static long remaining(long deadlineNanos) {
    return deadlineNanos == Long.MAX_VALUE ? Long.MAX_VALUE : Math.max(0, deadlineNanos - System.nanoTime());
  }

  private IdToken checked(IdToken token, boolean needsProfile, Request request) {
    if (needsProfile && token.isAnonymous()) {
      throw new AnonymousTokenException(request.method() + " " + paths.relative(request.url())
          + " needs a token bound to a profile, but this client holds an anonymous token (it may only create or"
          + " upsert a profile): mint one with AuthTokenRequest.forProfile(...) or forIdentity(...)");
    }
    return token;
  }

  /** The header of the last token sent, kept: a token is used for many calls, so the string is built once. */
  private String header(IdToken token) {
    Header last = lastHeader;
    if (last == null || last.token != token) {
      last = new Header(token);
      lastHeader = last;
    }
    return last.value;
  }

  private static final class Header {
    final IdToken token;
    final String value;

    Header(IdToken token) {
      this.token = token;
      this.value = "Bearer " + token.value();
    }
  }

  @Override
  public String toString() {
    return "IdTokenCredentials{token=***}";
  }
}
