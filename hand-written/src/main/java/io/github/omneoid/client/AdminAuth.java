package io.github.omneoid.client;

import io.github.omneoid.client.internal.Arguments;
import io.github.omneoid.api.AuthApi;
import io.github.omneoid.client.errors.InvalidResponseException;
import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.model.AuthToken;
import io.github.omneoid.model.AuthTokenInput;
import java.util.concurrent.CompletableFuture;

/** Minting, on the admin client: {@code admin.auth()}. */
public final class AdminAuth {

  private final Transport transport;

  AdminAuth(Transport transport) {
    this.transport = transport;
  }

  /**
   * Mints an ID token ({@code POST /auth/token}). Unlike the JS SDK, a failure is an exception — a 401 for a
   * rejected admin token, a 404 or 422 for a profile the server cannot find — never a silently stored
   * {@code undefined} (as omneo-sdk's {@code requestAuthToken} does).
   *
   * @throws io.github.omneoid.client.errors.OmneoIdException typed by status, or for an unreadable answer
   */
  public IdToken requestAuthToken(AuthTokenRequest request) {
    Arguments.requireNonNull(request, "request");
    AuthTokenInput body = new AuthTokenInput().id(request.id()).idHandle(request.idHandle());
    AuthToken minted = transport.data(transport.api(AuthApi.class).requestAuthToken(body));
    if (minted == null || minted.getToken() == null) {
      throw new InvalidResponseException("POST /auth/token: the response has no data.token", null);
    }
    return IdToken.parse(minted.getToken());
  }

  public CompletableFuture<IdToken> requestAuthTokenAsync(AuthTokenRequest request) {
    Arguments.requireNonNull(request, "request");
    return transport.async(() -> requestAuthToken(request));
  }
}
