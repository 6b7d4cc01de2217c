package io.github.omneoid.client;

/**
 * A monotonic clock in nanoseconds, like {@link System#nanoTime()}: only differences between two readings mean
 * anything. The client judges a token's freshness on it, counting down the token's lifetime from when the token
 * arrived, so a wall clock that is wrong or jumps cannot make it mint on every call or keep an expired token.
 * Tests inject one they move by hand.
 */
@FunctionalInterface
public interface Ticker {

  /** The real one: {@link System#nanoTime()}. */
  Ticker SYSTEM = System::nanoTime;

  /** @return the current reading, in nanoseconds */
  long read();

  /**
   * A ticker that reads a wall clock: for tests and demos that move one clock by hand for the client and a local
   * server alike. Keep {@link #SYSTEM} anywhere else — a wall clock that jumps is what the ticker guards against.
   *
   * @param clock the clock to read; not null
   * @return a ticker giving the clock's time in nanoseconds since the epoch
   */
  static Ticker following(java.time.Clock clock) {
    if (clock == null) {
      throw new IllegalArgumentException("clock must not be null");
    }
    return () -> {
      java.time.Instant now = clock.instant();
      return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    };
  }
}
