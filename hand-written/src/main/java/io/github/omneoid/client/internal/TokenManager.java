package io.github.omneoid.client.internal;

import io.github.omneoid.client.IdToken;
import io.github.omneoid.client.IdTokenSource;
import io.github.omneoid.client.errors.InvalidResponseException;
import io.github.omneoid.client.errors.MissingTokenException;
import io.github.omneoid.client.errors.OmneoIdException;
import io.github.omneoid.client.errors.TokenExpiredException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;

/**
 * Holds a customer client's ID token and keeps it fresh (DESIGN principle 5; the shape of
 * google-auth-library-java's {@code OAuth2Credentials}).
 *
 * <p>A token goes through three states, judged against the injected clock:
 * <ul>
 *   <li><b>fresh</b> — used as is;</li>
 *   <li><b>stale</b> — less than the {@linkplain #staleMargin stale margin} left: still used, and a refresh starts
 *       in the background; if it fails, the token is kept and the next call tries again;</li>
 *   <li><b>expiring</b> — less than the {@linkplain #expiringMargin expiring margin} left, or gone: callers wait for
 *       the refresh.</li>
 * </ul>
 * However many threads ask, one refresh runs at a time; its token, or its exception, goes to every waiter.
 * Without a source, an expired token fails before any request once it is past {@code exp} by more than the
 * clock-skew tolerance; within the tolerance the server decides.
 */
public final class TokenManager {

  private static final Duration MIN_STALE_MARGIN = Duration.ofSeconds(5);
  private static final Duration MAX_STALE_MARGIN = Duration.ofMinutes(5);
  private static final Duration MAX_EXPIRING_MARGIN = Duration.ofSeconds(30);

  private final IdTokenSource source;
  private final Clock clock;
  private final Duration clockSkewTolerance;
  private final Executor backgroundExecutor;

  private final Object lock = new Object();
  private volatile Held held;
  private CompletableFuture<IdToken> refreshInFlight; // guarded by lock
  private long generation; // guarded by lock; bumped by reset() so a late refresh cannot undo it

  public TokenManager(IdToken initial, IdTokenSource source, Clock clock, Duration clockSkewTolerance,
      Executor backgroundExecutor) {
    this.source = source;
    this.clock = clock;
    this.clockSkewTolerance = clockSkewTolerance;
    this.backgroundExecutor = backgroundExecutor;
    this.held = initial == null ? null : new Held(initial, clock.instant());
  }

  /** @return the token to send now; refreshes first when it must */
  public IdToken tokenForRequest() {
    Held current = held;
    Instant now = clock.instant();
    if (current != null && current.isFresh(now)) {
      return current.token;
    }
    if (source == null) {
      return withoutSource(current, now);
    }
    if (current != null && !current.isExpiring(now)) {
      startRefresh(current, backgroundExecutor);
      return current.token;
    }
    return await(startRefresh(current, null));
  }

  /**
   * The server answered 401 to {@code rejected}: forget it (unless a newer token already replaced it) and wait
   * for a new one. Only called when {@link #canRefresh()}.
   */
  public IdToken refreshAfterRejection(IdToken rejected) {
    synchronized (lock) {
      Held current = held;
      if (current != null && !current.token.equals(rejected)) {
        return current.token; // another thread already refreshed
      }
      held = null;
    }
    return await(startRefresh(null, null));
  }

  public boolean canRefresh() {
    return source != null;
  }

  /** @return the token held now, without refreshing */
  public IdToken current() {
    Held current = held;
    return current == null ? null : current.token;
  }

  public boolean isExpired() {
    Held current = held;
    return current == null || current.token.isExpiredAt(clock.instant());
  }

  /** Forgets the token, as on logout. A refresh still running when this is called is discarded. */
  public void reset() {
    synchronized (lock) {
      generation++;
      held = null;
      refreshInFlight = null;
    }
  }

  private IdToken withoutSource(Held current, Instant now) {
    if (current == null) {
      throw new MissingTokenException("No ID token: give the client one with idToken(...), or a tokenSource(...)"
          + " to fetch it (after reset() the client has none)");
    }
    if (!now.isBefore(current.token.expiresAt().plus(clockSkewTolerance))) {
      throw new TokenExpiredException("ID token expired at " + current.token.expiresAt()
          + " and the client has no token source to get a new one: mint a new token");
    }
    return current.token;
  }

  /**
   * @param judged the token the caller found stale or expiring (null: none); if another refresh has replaced it
   *     since, that newer token is the answer and nothing is minted
   * @param executor where to run the refresh, or null to run it on this thread (the caller waits anyway)
   * @return the refresh in flight, new or joined, or the token that replaced {@code judged}
   */
  private CompletableFuture<IdToken> startRefresh(Held judged, Executor executor) {
    CompletableFuture<IdToken> refresh;
    long refreshGeneration;
    synchronized (lock) {
      if (refreshInFlight != null) {
        return refreshInFlight;
      }
      if (held != null && held != judged) {
        return CompletableFuture.completedFuture(held.token);
      }
      refresh = new CompletableFuture<>();
      refreshInFlight = refresh;
      refreshGeneration = generation;
    }
    Runnable work = () -> runRefresh(refresh, refreshGeneration);
    if (executor == null) {
      work.run();
    } else {
      executor.execute(work);
    }
    return refresh;
  }

  private void runRefresh(CompletableFuture<IdToken> refresh, long refreshGeneration) {
    IdToken token;
    try {
      token = source.fetch();
      if (token == null) {
        throw new InvalidResponseException("The token source returned null instead of a token", null);
      }
    } catch (RuntimeException | Error failure) {
      finish(refresh, refreshGeneration, null);
      refresh.completeExceptionally(failure);
      return;
    }
    finish(refresh, refreshGeneration, token);
    refresh.complete(token);
  }

  private void finish(CompletableFuture<IdToken> refresh, long refreshGeneration, IdToken token) {
    synchronized (lock) {
      if (refreshInFlight == refresh) {
        refreshInFlight = null;
      }
      if (token != null && generation == refreshGeneration) {
        held = new Held(token, clock.instant());
      }
    }
  }

  private static IdToken await(CompletableFuture<IdToken> refresh) {
    try {
      return refresh.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OmneoIdException("Interrupted while waiting for a new ID token", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause; // the same typed error reaches every waiter
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new OmneoIdException("The token source failed", cause);
    }
  }

  /**
   * The stale margin: a quarter of the token's lifetime, at least 5 s and at most 5 min, but never more than half
   * the lifetime — so a one-minute token refreshes 15 s before it ends, a one-hour token 5 min before, and a token
   * fresh from the source is never already stale.
   */
  static Duration staleMargin(Duration lifetime) {
    Duration quarter = lifetime.dividedBy(4);
    Duration clamped = quarter.compareTo(MIN_STALE_MARGIN) < 0 ? MIN_STALE_MARGIN
        : quarter.compareTo(MAX_STALE_MARGIN) > 0 ? MAX_STALE_MARGIN : quarter;
    Duration half = lifetime.dividedBy(2);
    return clamped.compareTo(half) > 0 ? half : clamped;
  }

  /**
   * The expiring margin: half the stale margin, at most 30 s — time enough for a request to reach the server
   * before the token it carries runs out.
   */
  static Duration expiringMargin(Duration lifetime) {
    Duration half = staleMargin(lifetime).dividedBy(2);
    return half.compareTo(MAX_EXPIRING_MARGIN) > 0 ? MAX_EXPIRING_MARGIN : half;
  }

  /** A token with the instants at which it turns stale and expiring. */
  private static final class Held {
    final IdToken token;
    final Instant staleAt;
    final Instant expiringAt;

    Held(IdToken token, Instant receivedAt) {
      this.token = token;
      Instant issued = token.issuedAt().orElse(receivedAt);
      Duration lifetime = Duration.between(issued, token.expiresAt());
      if (lifetime.isNegative()) {
        lifetime = Duration.ZERO;
      }
      this.staleAt = token.expiresAt().minus(staleMargin(lifetime));
      this.expiringAt = token.expiresAt().minus(expiringMargin(lifetime));
    }

    boolean isFresh(Instant now) {
      return now.isBefore(staleAt);
    }

    boolean isExpiring(Instant now) {
      return !now.isBefore(expiringAt);
    }
  }
}
