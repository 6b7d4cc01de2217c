package io.github.omneoid.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A thread-safe {@link Clock} that only moves when told to: pass it to
 * {@link OmneoIdSandbox.Builder#clock(Clock)} and {@link #advance(Duration)} it to expire tokens without sleeping.
 */
public final class MutableClock extends Clock {
  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  /**
   * A clock in UTC that reads {@code start} until moved.
   *
   * @param start the first instant it reads
   */
  public MutableClock(Instant start) {
    this(new AtomicReference<>(start), ZoneOffset.UTC);
  }

  private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /**
   * A clock starting at the current system instant, truncated to whole seconds.
   *
   * @return a clock in UTC that reads that instant until moved
   */
  public static MutableClock startingNow() {
    return new MutableClock(Instant.ofEpochSecond(Instant.now().getEpochSecond()));
  }

  /**
   * @param start the first instant it reads
   * @return a clock in UTC that reads {@code start} until moved
   */
  public static MutableClock at(Instant start) {
    return new MutableClock(start);
  }

  /**
   * Moves the clock forward (backward for a negative duration).
   *
   * @param by how far
   * @return this clock
   */
  public MutableClock advance(Duration by) {
    now.updateAndGet(i -> i.plus(by));
    return this;
  }

  /**
   * Sets the clock to an instant.
   *
   * @param instant what it reads from now on
   * @return this clock
   */
  public MutableClock set(Instant instant) {
    now.set(instant);
    return this;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId newZone) {
    return new MutableClock(now, newZone);
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public String toString() {
    return "MutableClock[" + now.get() + "]";
  }
}
