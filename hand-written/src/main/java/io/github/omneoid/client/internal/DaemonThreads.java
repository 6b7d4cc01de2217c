package io.github.omneoid.client.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Thread pools that never keep the JVM alive: a library must not stop its host from exiting. */
public final class DaemonThreads {

  private DaemonThreads() {
  }

  /** @return a cached pool of daemon threads named {@code name-1}, {@code name-2}, ... */
  public static ExecutorService pool(String name) {
    return Executors.newCachedThreadPool(factory(name));
  }

  /**
   * @return a pool of at most {@code maxThreads} daemon threads, started on demand and ended after a minute idle;
   *     work beyond that waits in order
   */
  public static ExecutorService boundedPool(String name, int maxThreads) {
    ThreadPoolExecutor pool = new ThreadPoolExecutor(maxThreads, maxThreads, 60, TimeUnit.SECONDS,
        new LinkedBlockingQueue<Runnable>(), factory(name));
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  static ThreadFactory factory(String name) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
