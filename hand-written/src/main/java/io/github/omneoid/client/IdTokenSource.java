package io.github.omneoid.client;

/**
 * Where a customer client gets a fresh ID token when its own runs out: an app's call to its backend, or, on a
 * server, {@link OmneoIdAdmin#tokenSource(AuthTokenRequest)}. The client calls it from one thread at a time,
 * however many threads are waiting, and shares its result — or its exception — with all of them.
 */
@FunctionalInterface
public interface IdTokenSource {

  /**
   * @return a new, unexpired token
   * @throws RuntimeException any failure; it reaches every caller waiting for this token
   */
  IdToken fetch();
}
