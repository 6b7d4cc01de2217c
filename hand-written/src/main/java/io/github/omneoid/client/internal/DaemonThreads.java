package io.github.omneoid.client.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** Thread pools that never keep the JVM alive: a library must not stop its host from exiting. */
public final class DaemonThreads {

  private DaemonThreads() {
  }

  /** @return a cached pool of daemon threads named {@code name-1}, {@code name-2}, ... */
  public static ExecutorService pool(String name) {
    AtomicInteger count = new AtomicInteger();
    return Executors.newCachedThreadPool(runnable -> {
      Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }
}
