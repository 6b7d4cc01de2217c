package io.github.omneoid.client.internal;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The HTTP calls one piece of async work starts, so that cancelling its future cancels them. The work runs inside
 * {@link #run(Runnable)} on one thread; every call the transport makes on that thread registers here while it
 * runs. {@link #cancel()} cancels the calls in flight, makes any later one fail at once, and interrupts the thread
 * (a wait for a token or between retries ends too).
 */
final class CallScope {

  private static final ThreadLocal<CallScope> CURRENT = new ThreadLocal<>();

  /** Undoes a registration; never throws. */
  interface Registration extends AutoCloseable {
    Registration NONE = () -> { };

    @Override
    void close();
  }

  private final Set<Runnable> cancels = new LinkedHashSet<>(); // guarded by this
  private Thread thread; // guarded by this
  private boolean cancelled; // guarded by this

  /** Runs the work on this thread inside the scope, unless the scope is already cancelled. */
  void run(Runnable work) {
    synchronized (this) {
      if (cancelled) {
        return;
      }
      thread = Thread.currentThread();
    }
    CURRENT.set(this);
    try {
      work.run();
    } finally {
      CURRENT.remove();
      synchronized (this) {
        thread = null;
      }
      Thread.interrupted(); // a cancel's interrupt must not leak into the pool thread's next task
    }
  }

  void cancel() {
    Runnable[] toCancel;
    synchronized (this) {
      if (cancelled) {
        return;
      }
      cancelled = true;
      toCancel = cancels.toArray(new Runnable[0]);
      cancels.clear();
      if (thread != null) {
        thread.interrupt();
      }
    }
    for (Runnable cancel : toCancel) {
      cancel.run();
    }
  }

  /** @return whether this thread runs async work, whose calls {@link #register} */
  static boolean active() {
    return CURRENT.get() != null;
  }

  /**
   * Registers a call about to run on this thread, if the thread runs async work; in a cancelled scope the call is
   * cancelled at once.
   *
   * @param cancel cancels the call, e.g. {@code call::cancel}
   */
  static Registration register(Runnable cancel) {
    CallScope scope = CURRENT.get();
    if (scope == null) {
      return Registration.NONE;
    }
    synchronized (scope) {
      if (!scope.cancelled) {
        scope.cancels.add(cancel);
        return () -> {
          synchronized (scope) {
            scope.cancels.remove(cancel);
          }
        };
      }
    }
    cancel.run();
    return Registration.NONE;
  }
}
