package io.github.omneoid.client;

import java.time.Duration;

/** Waits between retries. Tests inject one that records the waits instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

  /** The real one: {@link Thread#sleep(long)}. */
  Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

  /**
   * Waits for {@code duration}.
   *
   * @param duration how long to wait
   * @throws InterruptedException when the thread is interrupted; the retry is then given up (as when an async
   *     call's future is cancelled)
   */
  void sleep(Duration duration) throws InterruptedException;
}
