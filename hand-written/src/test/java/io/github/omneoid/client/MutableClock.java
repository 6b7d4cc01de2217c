package io.github.omneoid.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock tests move by hand; also a {@link Ticker} that moves with it, so one object drives both the wall clock
 * and the monotonic clock (pass it to {@code clock(...)} and {@code ticker(...)}), or only the wall clock (a client
 * whose wall clock is wrong).
 */
final class MutableClock extends Clock implements Ticker {

  private volatile Instant now;

  MutableClock(Instant now) {
    this.now = now;
  }

  void advance(Duration duration) {
    now = now.plus(duration);
  }

  void set(Instant instant) {
    now = instant;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }

  /** Nanoseconds since the epoch: fits a long until 2262. */
  @Override
  public long read() {
    Instant at = now;
    return at.getEpochSecond() * 1_000_000_000L + at.getNano();
  }
}
