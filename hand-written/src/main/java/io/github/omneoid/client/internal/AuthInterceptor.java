package io.github.omneoid.client.internal;

import io.github.omneoid.client.IdToken;
import io.github.omneoid.client.errors.AnonymousTokenException;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Puts the customer client's ID token on every request. A request for the profile tree with an anonymous token is
 * stopped here: the ID API answers {@code GET /profiles/me} with an anonymous token by 404. On a 401 with a token
 * source, the token is dropped, a new one fetched (one refresh shared by all threads) and the request sent once
 * more — never twice. A wait for a token lasts no longer than the call has left ({@link CallDeadline}).
 */
final class AuthInterceptor implements Interceptor {

  private final TokenManager tokens;
  private final ApiPaths paths;
  private volatile Header lastHeader;

  AuthInterceptor(TokenManager tokens, ApiPaths paths) {
    this.tokens = tokens;
    this.paths = paths;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    boolean needsProfile = paths.needsProfile(request.url());
    IdToken token = checked(tokens.tokenForRequest(CallDeadline.remainingNanos(request)), needsProfile, request);
    Response response = chain.proceed(withToken(request, token));
    if (response.code() != 401 || !tokens.canRefresh()) {
      return response;
    }
    response.close();
    IdToken fresh = checked(tokens.refreshAfterRejection(token, CallDeadline.remainingNanos(request)), needsProfile,
        request);
    return chain.proceed(withToken(request, fresh));
  }

  private IdToken checked(IdToken token, boolean needsProfile, Request request) {
    if (needsProfile && token.isAnonymous()) {
      throw new AnonymousTokenException(request.method() + " " + paths.relative(request.url())
          + " needs a token bound to a profile, but this client holds an anonymous token (it may only create or"
          + " upsert a profile): mint one with AuthTokenRequest.forProfile(...) or forIdentity(...)");
    }
    return token;
  }

  private Request withToken(Request request, IdToken token) {
    return request.newBuilder().header("Authorization", header(token)).build();
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
}
