package io.github.omneoid.client;

import io.github.omneoid.client.internal.Arguments;
import io.github.omneoid.api.AuthApi;
import io.github.omneoid.client.errors.InvalidResponseException;
import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.model.AuthToken;
import io.github.omneoid.model.AuthTokenInput;
import java.util.concurrent.CompletableFuture;

/**
 * Minting, on the admin client: {@code admin.auth()}. Every call throws the unchecked exceptions of
 * {@link io.github.omneoid.client.errors}; the ones minting meets are named below.
 */
public final class AdminAuth {

  private final Transport transport;

  AdminAuth(Transport transport) {
    this.transport = transport;
  }

  /**
   * Mints an ID token: {@code POST /auth/token} with the admin API token. Unlike the JS SDK, a failure is an
   * exception — a 401 for a rejected admin token, a 404 or 422 for a profile the server cannot find — never a
   * silently stored {@code undefined} (as {@code requestAuthToken} in omneo-sdk
   * {@code src/id/resources/auth/index.ts} does). Minting may be repeated safely, so the retry policy treats it like
   * a GET.
   *
   * @param request what to mint for: a profile, an identity, or nobody (anonymous)
   * @return the minted token, parsed
   * @throws io.github.omneoid.client.errors.UnauthorizedException when the server rejects the admin API token
   * @throws io.github.omneoid.client.errors.NotFoundException when no profile matches (the status for that is not
   *     documented; 404 or 422)
   * @throws io.github.omneoid.client.errors.ValidationException when the server rejects the request body, or no
   *     profile matches
   * @throws io.github.omneoid.client.errors.InvalidResponseException when the answer has no {@code data.token}
   * @throws io.github.omneoid.client.errors.MalformedTokenException when the minted token is not an Omneo ID token
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

  /**
   * The async twin of {@link #requestAuthToken(AuthTokenRequest)}, sent with OkHttp's {@code enqueue} as
   * {@link OmneoIdAdmin#async()} sends calls; cancelling the future cancels the request.
   *
   * @param request what to mint for
   * @return a future of the minted token; it fails with the exception the blocking call would throw
   */
  public CompletableFuture<IdToken> requestAuthTokenAsync(AuthTokenRequest request) {
    Arguments.requireNonNull(request, "request");
    return transport.enqueue(t -> new AdminAuth(t).requestAuthToken(request));
  }
}
