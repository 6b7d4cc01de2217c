package io.github.omneoid.client;

/**
 * Where a customer client gets a fresh ID token when its own runs out: an app's call to its backend, or, on a
 * server, {@link OmneoIdAdmin#tokenSource(AuthTokenRequest)}. The client calls it on a background thread, one call
 * at a time however many threads are waiting, and shares its result — or its exception — with all of them.
 *
 * <p>It is asked when there is no token, once after a 401, and when the token has less than the stale margin
 * left: a quarter of its lifetime, at least 5 s and at most 5 minutes, never more than half the lifetime. Callers
 * keep using the old token meanwhile, and wait only in the last half of that margin (at most the last 30 s). A
 * call that runs longer than the client's call timeout is abandoned and its thread interrupted. After a failure
 * the client asks again only after 1 s, then 2 s, 4 s... at most 30 s; until then it keeps using a token that has
 * not expired, and a caller without one gets the last failure.
 */
@FunctionalInterface
public interface IdTokenSource {

  /**
   * Fetches a new token.
   *
   * @return a new, unexpired token; never null (null fails the callers with
   *     {@link io.github.omneoid.client.errors.InvalidResponseException})
   * @throws RuntimeException any failure; it reaches every caller waiting for this token
   */
  IdToken fetch();
}
