package io.github.omneoid.client.internal;

import io.github.omneoid.client.IdToken;
import io.github.omneoid.client.IdTokenSource;
import io.github.omneoid.client.OmneoIdListener;
import io.github.omneoid.client.Ticker;
import io.github.omneoid.client.errors.CallTimeoutException;
import io.github.omneoid.client.errors.InvalidResponseException;
import io.github.omneoid.client.errors.MissingTokenException;
import io.github.omneoid.client.errors.OmneoIdException;
import io.github.omneoid.client.errors.RateLimitException;
import io.github.omneoid.client.errors.TokenExpiredException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Holds a customer client's ID token and keeps it fresh, in the shape of google-auth-library-java's
 * {@code OAuth2Credentials}: two freshness thresholds, one refresh in flight shared by every waiter, injectable
 * clocks.
 *
 * <p><b>Expiry on a monotonic clock.</b> When a token arrives, the time it has left is fixed once and then counted
 * down on the {@link Ticker}, never re-read from the wall clock:
 * <ul>
 *   <li>a token from the source has its whole lifetime left: {@code exp − iat}, or {@code exp −} the wall-clock
 *       time of receipt when it has no {@code iat} (a source hands out new tokens, so a client clock hours off
 *       neither makes every token look expired nor keeps one past its lifetime);</li>
 *   <li>a token given to the builder has what the wall clock says is left ({@code exp − now}), at most its
 *       lifetime: it may have been minted long before.</li>
 * </ul>
 * An iat-less token from the source that the wall clock already calls expired cannot be judged at all; it is used
 * until the server rejects it.
 *
 * <p><b>Three states</b>: <b>fresh</b> — used as is; <b>stale</b> — less than the {@linkplain #staleMargin stale
 * margin} left: still used, and a refresh starts in the background; <b>expiring</b> — less than the
 * {@linkplain #expiringMargin expiring margin} left, or gone: callers wait for the refresh.
 *
 * <p><b>Bounded waits.</b> Refreshes run on the background executor, never on a caller's thread. However many
 * threads ask, one refresh runs at a time; its token, or its exception, goes to every waiter. A caller waits at most
 * what its call has left, then fails with {@link CallTimeoutException}. A refresh still running after its own
 * deadline (the call timeout) is abandoned — its waiters are released, its thread interrupted — and the next caller
 * starts a new one.
 *
 * <p><b>Backoff.</b> After a refresh fails, the next may start only after 1 s, doubling with each failure in a row
 * up to 30 s (longer if a 429 asked for it, up to 30 s). Meanwhile a token that has not expired is still used, and
 * a caller that has none gets the last failure at once. A success or {@link #reset()} ends the backoff.
 *
 * <p>Without a source, a token fails before any request once it is past its expiry by more than the clock-skew
 * tolerance; within the tolerance the server decides.
 */
public final class TokenManager {

  private static final Duration MIN_STALE_MARGIN = Duration.ofSeconds(5);
  private static final Duration MAX_STALE_MARGIN = Duration.ofMinutes(5);
  private static final Duration MAX_EXPIRING_MARGIN = Duration.ofSeconds(30);
  static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
  static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
  /** Lifetimes are capped here, so tick arithmetic cannot overflow for a token that "never" expires. */
  private static final Duration MAX_LIFETIME = Duration.ofDays(365L * 50);

  private final IdTokenSource source;
  private final Clock clock;
  private final Ticker ticker;
  private final long clockSkewToleranceNanos;
  private final long refreshTimeoutNanos;
  private final Executor refreshExecutor;
  private final OmneoIdListener listener;

  private final Object lock = new Object();
  private volatile Held held; // written under lock
  private Refresh inFlight; // guarded by lock
  private long generation; // guarded by lock; bumped by reset() so a late refresh cannot undo it
  private RuntimeException lastFailure; // guarded by lock; non-null while backing off
  private int failuresInARow; // guarded by lock
  private long retryAtTick; // guarded by lock

  /**
   * @param clock the wall clock: for a token's time left when it is given to the builder, and for
   *     {@link #isExpired()}
   * @param ticker the monotonic clock freshness and backoff are judged on
   * @param refreshTimeout how long one refresh may run before it is abandoned; zero means no limit
   * @param refreshExecutor where refreshes run
   * @param listener told of each refresh
   */
  public TokenManager(IdToken initial, IdTokenSource source, Clock clock, Ticker ticker,
      Duration clockSkewTolerance, Duration refreshTimeout, Executor refreshExecutor, OmneoIdListener listener) {
    this.source = source;
    this.clock = clock;
    this.ticker = ticker;
    this.clockSkewToleranceNanos = nanos(clockSkewTolerance);
    this.refreshTimeoutNanos = nanos(refreshTimeout);
    this.refreshExecutor = refreshExecutor;
    this.listener = listener;
    this.held = initial == null ? null : Held.given(initial, clock.instant(), ticker.read());
  }

  /**
   * @param maxWaitNanos how long the caller may wait for a new token: what its call has left
   * @return the token to send now; refreshes first when it must
   */
  public IdToken tokenForRequest(long maxWaitNanos) {
    Held current = held;
    long now = ticker.read();
    if (current != null && current.isFresh(now)) {
      return current.token;
    }
    if (source == null) {
      return withoutSource(current, now);
    }
    Refresh refresh;
    synchronized (lock) {
      current = held;
      if (current != null && current.isFresh(now)) {
        return current.token;
      }
      boolean mustWait = current == null || current.isExpiring(now);
      if (isBackingOff(now)) {
        if (current != null && !current.isExpired(now, 0)) {
          return current.token; // the source failed lately: use what is still valid, don't ask it again yet
        }
        throw lastFailure;
      }
      refresh = joinOrStart();
      if (!mustWait) {
        return current.token; // stale: the refresh runs in the background
      }
    }
    return await(refresh, maxWaitNanos);
  }

  /**
   * The server answered 401 to {@code rejected}: forget it (unless a newer token already replaced it) and wait
   * for a new one. Only called when {@link #canRefresh()}.
   */
  public IdToken refreshAfterRejection(IdToken rejected, long maxWaitNanos) {
    Refresh refresh;
    synchronized (lock) {
      Held current = held;
      refresh = forgetRejected(rejected);
      if (refresh == null) {
        return current.token; // another thread already refreshed
      }
    }
    return await(refresh, maxWaitNanos);
  }

  /**
   * For async calls, {@link #refreshAfterRejection} without the wait: completes when the refresh it starts (or
   * joins) ends, whether it succeeds or not; at once when a newer token is already held or the source is backing
   * off (the resend's {@link #tokenForRequest} then throws the last failure, as a blocking call would).
   */
  public CompletableFuture<?> whenRefreshedAfterRejection(IdToken rejected) {
    synchronized (lock) {
      try {
        Refresh refresh = forgetRejected(rejected);
        return refresh == null ? CompletableFuture.completedFuture(null) : refresh.future;
      } catch (RuntimeException backingOff) {
        return CompletableFuture.completedFuture(null);
      }
    }
  }

  /**
   * Forgets {@code rejected} unless a newer token already replaced it; call under lock.
   *
   * @return the refresh to wait for, or null when a newer token is held
   * @throws RuntimeException the source's last failure, while backing off
   */
  private Refresh forgetRejected(IdToken rejected) {
    Held current = held;
    if (current != null && !current.token.equals(rejected)) {
      return null;
    }
    held = null;
    if (isBackingOff(ticker.read())) {
      throw lastFailure;
    }
    return joinOrStart();
  }

  /**
   * For async calls: completes when {@link #tokenForRequest} will not wait — at once when the token held may be
   * sent (or there is no source to wait for), else when the refresh it needs ends, whether it succeeds or not.
   */
  public CompletableFuture<?> whenUsable() {
    Held current = held;
    long now = ticker.read();
    if (source == null || (current != null && !current.isExpiring(now))) {
      return CompletableFuture.completedFuture(null);
    }
    synchronized (lock) {
      current = held;
      if ((current != null && !current.isExpiring(now)) || isBackingOff(now)) {
        return CompletableFuture.completedFuture(null);
      }
      return joinOrStart().future;
    }
  }

  public boolean canRefresh() {
    return source != null;
  }

  /** @return the token held now, without refreshing */
  public IdToken current() {
    Held current = held;
    return current == null ? null : current.token;
  }

  /** @return whether no token is held or the wall clock is at or past the held token's {@code exp} */
  public boolean isExpired() {
    Held current = held;
    return current == null || current.token.isExpiredAt(clock.instant());
  }

  /** Forgets the token and any backoff, as on logout. A refresh still running is discarded. */
  public void reset() {
    synchronized (lock) {
      generation++;
      held = null;
      inFlight = null;
      lastFailure = null;
      failuresInARow = 0;
    }
  }

  private IdToken withoutSource(Held current, long now) {
    if (current == null) {
      throw new MissingTokenException("No ID token: give the client one with idToken(...), or a tokenSource(...)"
          + " to fetch it (after reset() the client has none)");
    }
    if (current.isExpired(now, clockSkewToleranceNanos)) {
      throw new TokenExpiredException("ID token expired at " + current.token.expiresAt()
          + " and the client has no token source to get a new one: mint a new token");
    }
    return current.token;
  }

  private boolean isBackingOff(long now) {
    return lastFailure != null && now - retryAtTick < 0;
  }

  /** @return the refresh in flight, or a new one started in the background; call under lock */
  private Refresh joinOrStart() {
    if (inFlight != null && !inFlight.isOverdue()) {
      return inFlight;
    }
    if (inFlight != null) {
      abandon(inFlight);
    }
    Refresh refresh = new Refresh(generation, refreshTimeoutNanos);
    inFlight = refresh;
    try {
      refreshExecutor.execute(() -> run(refresh));
    } catch (RuntimeException rejected) {
      inFlight = null;
      refresh.future.completeExceptionally(rejected);
    }
    return refresh;
  }

  /** Gives up on a refresh past its deadline: its waiters are released and its thread interrupted. */
  private void abandon(Refresh refresh) {
    if (inFlight == refresh) {
      inFlight = null;
    }
    refresh.abandon(new CallTimeoutException("The token source did not answer within "
        + Duration.ofNanos(refreshTimeoutNanos) + " (the call timeout); gave up on it", null));
  }

  private void run(Refresh refresh) {
    IdToken token;
    long started = ticker.read();
    try {
      if (!refresh.bind(Thread.currentThread())) {
        return; // abandoned before it started
      }
      token = source.fetch();
      if (token == null) {
        throw new InvalidResponseException("The token source returned null instead of a token", null);
      }
    } catch (RuntimeException | Error failure) {
      listener.tokenRefreshed(Duration.ofNanos(ticker.read() - started), failure);
      finish(refresh, null, failure);
      return;
    } finally {
      refresh.unbind();
      Thread.interrupted(); // an abandoning interrupt must not leak into the pool thread's next task
    }
    listener.tokenRefreshed(Duration.ofNanos(ticker.read() - started), null); // before the waiters go on
    finish(refresh, token, null);
  }

  private void finish(Refresh refresh, IdToken token, Throwable failure) {
    synchronized (lock) {
      boolean current = inFlight == refresh;
      if (current) {
        inFlight = null;
      }
      if (generation == refresh.generation) {
        long now = ticker.read();
        if (token != null && (current || inFlight == null)) {
          held = Held.fromSource(token, clock.instant(), now);
          lastFailure = null;
          failuresInARow = 0;
        } else if (failure instanceof RuntimeException && current) {
          failuresInARow++;
          lastFailure = (RuntimeException) failure;
          retryAtTick = now + nanos(backoff(failuresInARow, failure));
        }
      }
    }
    if (token != null) {
      refresh.future.complete(token);
    } else {
      refresh.future.completeExceptionally(failure);
    }
  }

  /** 1 s, doubling per failure in a row, at most 30 s; a 429's Retry-After if longer (also at most 30 s). */
  static Duration backoff(int failuresInARow, Throwable failure) {
    Duration wait = failuresInARow > 5 ? MAX_BACKOFF : FIRST_BACKOFF.multipliedBy(1L << (failuresInARow - 1));
    if (failure instanceof RateLimitException) {
      Duration asked = ((RateLimitException) failure).retryAfter().orElse(Duration.ZERO);
      wait = asked.compareTo(wait) > 0 ? asked : wait;
    }
    return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
  }

  /** Waits for the refresh, at most {@code maxWaitNanos}; moves on to a new refresh if this one is abandoned. */
  private IdToken await(Refresh refresh, long maxWaitNanos) {
    long start = System.nanoTime();
    while (true) {
      long left = maxWaitNanos == Long.MAX_VALUE ? Long.MAX_VALUE : maxWaitNanos - (System.nanoTime() - start);
      try {
        return refresh.future.get(Math.max(0, Math.min(left, refresh.nanosToDeadline())), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new OmneoIdException("Interrupted while waiting for a new ID token", e);
      } catch (ExecutionException e) {
        if (!refresh.isAbandoned() || left <= 0) {
          throw rethrow(e.getCause());
        }
      } catch (TimeoutException e) {
        if (refresh.future.isDone()) {
          continue; // it finished just now
        }
        left = maxWaitNanos == Long.MAX_VALUE ? Long.MAX_VALUE : maxWaitNanos - (System.nanoTime() - start);
        if (!refresh.isOverdue() || left <= 0) {
          throw new CallTimeoutException("Timed out waiting for a new ID token from the token source (the call"
              + " timeout ran out)", null);
        }
      }
      synchronized (lock) { // the refresh is past its own deadline: give up on it and start a new one
        if (inFlight == refresh) {
          abandon(refresh);
        }
        Held current = held;
        long now = ticker.read();
        if (current != null && !current.isExpiring(now)) {
          return current.token;
        }
        if (isBackingOff(now)) {
          throw lastFailure;
        }
        refresh = joinOrStart();
      }
    }
  }

  private static RuntimeException rethrow(Throwable cause) {
    if (cause instanceof RuntimeException) {
      throw (RuntimeException) cause; // the same typed error reaches every waiter
    }
    if (cause instanceof Error) {
      throw (Error) cause;
    }
    throw new OmneoIdException("The token source failed", cause);
  }

  private static long nanos(Duration duration) {
    return duration.compareTo(MAX_LIFETIME) > 0 ? MAX_LIFETIME.toNanos() : duration.toNanos();
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

  /** One refresh: the future its waiters share, its deadline (real time), the thread running it. */
  private static final class Refresh {
    final CompletableFuture<IdToken> future = new CompletableFuture<>();
    final long generation;
    private final long deadlineNanos; // System.nanoTime(); meaningless when timeoutNanos is 0
    private final long timeoutNanos;
    private Thread thread; // guarded by this
    private boolean abandoned; // guarded by this

    Refresh(long generation, long timeoutNanos) {
      this.generation = generation;
      this.timeoutNanos = timeoutNanos;
      this.deadlineNanos = System.nanoTime() + timeoutNanos;
    }

    long nanosToDeadline() {
      return timeoutNanos == 0 ? Long.MAX_VALUE : Math.max(0, deadlineNanos - System.nanoTime());
    }

    boolean isOverdue() {
      return timeoutNanos != 0 && !future.isDone() && deadlineNanos - System.nanoTime() <= 0;
    }

    synchronized boolean isAbandoned() {
      return abandoned;
    }

    synchronized boolean bind(Thread running) {
      thread = running;
      return !abandoned;
    }

    synchronized void unbind() {
      thread = null;
    }

    void abandon(RuntimeException reason) {
      synchronized (this) {
        abandoned = true;
        if (thread != null) {
          thread.interrupt();
        }
      }
      future.completeExceptionally(reason);
    }
  }

  /** A token with the ticks at which it turns stale, expiring and expired. */
  private static final class Held {
    final IdToken token;
    final long staleTick;
    final long expiringTick;
    final long expiresTick;

    private Held(IdToken token, long receivedTick, Duration lifetime, Duration left) {
      this.token = token;
      this.expiresTick = receivedTick + nanos(left);
      this.staleTick = expiresTick - nanos(staleMargin(lifetime));
      this.expiringTick = expiresTick - nanos(expiringMargin(lifetime));
    }

    /** Fresh from the source: its whole lifetime is left. */
    static Held fromSource(IdToken token, Instant wallNow, long tick) {
      Duration lifetime = lifetime(token, wallNow);
      if (lifetime.isZero() && !token.issuedAt().isPresent()) {
        return new Held(token, tick, MAX_LIFETIME, MAX_LIFETIME); // cannot be judged: the server decides
      }
      return new Held(token, tick, lifetime, lifetime);
    }

    /** Given to the builder: as much as the wall clock says is left, at most its lifetime. */
    static Held given(IdToken token, Instant wallNow, long tick) {
      Duration lifetime = lifetime(token, wallNow);
      Duration left = Duration.between(wallNow, token.expiresAt());
      left = left.isNegative() ? Duration.ZERO : left.compareTo(lifetime) > 0 ? lifetime : left;
      return new Held(token, tick, lifetime, left);
    }

    private static Duration lifetime(IdToken token, Instant wallNow) {
      Duration lifetime = Duration.between(token.issuedAt().orElse(wallNow), token.expiresAt());
      return lifetime.isNegative() ? Duration.ZERO
          : lifetime.compareTo(MAX_LIFETIME) > 0 ? MAX_LIFETIME : lifetime;
    }

    boolean isFresh(long now) {
      return now - staleTick < 0;
    }

    boolean isExpiring(long now) {
      return now - expiringTick >= 0;
    }

    boolean isExpired(long now, long toleranceNanos) {
      return now - expiresTick - toleranceNanos >= 0;
    }
  }
}
