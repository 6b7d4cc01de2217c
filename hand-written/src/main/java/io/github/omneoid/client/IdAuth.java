package io.github.omneoid.client;

import io.github.omneoid.client.internal.TokenManager;
import java.util.Optional;

/**
 * The customer client's token helpers: {@code id.auth()}. None of them makes a request or starts a refresh; they
 * report the token the client holds now.
 */
public final class IdAuth {

  private final TokenManager tokens;

  IdAuth(TokenManager tokens) {
    this.tokens = tokens;
  }

  /**
   * @return whether the client holds no token or the clock is at or past the token's {@code exp} — read from the
   *     token itself, so a token given without a separate expiry is judged correctly (the JS SDK's
   *     {@code isTokenExpired} compares against an expiry it only knows when given one). This is the wall clock's
   *     verdict; when to refresh is judged on the monotonic clock (README, "Tokens").
   */
  public boolean isTokenExpired() {
    return tokens.isExpired();
  }

  /** @return the {@code pid} of the token held; empty for an anonymous token or when none is held */
  public Optional<String> profileId() {
    IdToken token = tokens.current();
    return token == null ? Optional.<String>empty() : token.profileId();
  }

  /** @return the token held now, if any (refreshes happen on calls, not here) */
  public Optional<IdToken> token() {
    return Optional.ofNullable(tokens.current());
  }
}
