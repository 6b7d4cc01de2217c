package io.github.omneoid.client.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * What one client created for itself — its OkHttp dispatcher threads and connection pool, its token-refresh and
 * async pools — and so must release on {@code close()}; what a caller passed in is never registered here. Its
 * threads are named {@code omneo-id-<n>-<purpose>-<k>}, {@code n} numbering the clients of this JVM, so a test or a
 * thread dump can tell one client's threads from another's. After {@link #close()} every call fails with
 * {@link IllegalStateException} before anything is sent.
 */
public final class ClientResources {

  private static final AtomicInteger CLIENTS = new AtomicInteger();

  private final String prefix = "omneo-id-" + CLIENTS.incrementAndGet() + "-";
  private final List<Runnable> releases = new ArrayList<>(); // guarded by this
  private volatile boolean closed;
  private volatile ConnectionPool connections; // the pool of okHttpClient(), if made
  private ScheduledExecutorService timer; // guarded by this; made on first use

  /** @return the prefix of every thread this client creates, e.g. {@code "omneo-id-3-"} */
  public String threadPrefix() {
    return prefix;
  }

  /** @return a cached pool of daemon threads owned by this client, shut down on close */
  public ExecutorService pool(String purpose) {
    return owned(DaemonThreads.pool(prefix + purpose));
  }

  /** @return a bounded pool of daemon threads owned by this client, shut down on close */
  public ExecutorService boundedPool(String purpose, int maxThreads) {
    return owned(DaemonThreads.boundedPool(prefix + purpose, maxThreads));
  }

  /**
   * @return the client's timer for async waits (between retries, for a token): one daemon thread, started on first
   *     use, ended after a minute idle and on close
   */
  synchronized ScheduledExecutorService timer() {
    if (timer == null) {
      ScheduledThreadPoolExecutor made = new ScheduledThreadPoolExecutor(1, DaemonThreads.factory(prefix + "timer"));
      made.setRemoveOnCancelPolicy(true);
      made.setKeepAliveTime(1, TimeUnit.MINUTES);
      made.allowCoreThreadTimeOut(true);
      onClose(made::shutdownNow);
      timer = made;
    }
    return timer;
  }

  /**
   * An OkHttp client of this client's own: its dispatcher runs on this client's threads and its pool holds only this
   * client's connections (up to 64 idle, for 5 minutes); on close its calls are cancelled, its threads end and its
   * connections are closed.
   */
  OkHttpClient okHttpClient() {
    ExecutorService threads = pool("http");
    Dispatcher dispatcher = new Dispatcher(threads);
    ConnectionPool pool = new ConnectionPool(64, 5, TimeUnit.MINUTES);
    connections = pool;
    onClose(() -> {
      dispatcher.cancelAll();
      pool.evictAll();
    });
    return new OkHttpClient.Builder().dispatcher(dispatcher).connectionPool(pool).build();
  }

  /** @return how many connections the client's own pool holds (0 without one): what {@link #close()} ends */
  public int openConnections() {
    ConnectionPool pool = connections;
    return pool == null ? 0 : pool.connectionCount();
  }

  private ExecutorService owned(ExecutorService pool) {
    onClose(pool::shutdown);
    return pool;
  }

  private synchronized void onClose(Runnable release) {
    if (closed) {
      release.run();
    } else {
      releases.add(release);
    }
  }

  /** @throws IllegalStateException once the client is closed */
  public void checkOpen() {
    if (closed) {
      throw new IllegalStateException("This Omneo ID client is closed (close() was called); build a new one");
    }
  }

  /** Releases, in reverse order of creation, what this client created; a second call does nothing. */
  public void close() {
    List<Runnable> toRelease;
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      toRelease = new ArrayList<>(releases);
      releases.clear();
    }
    for (int i = toRelease.size() - 1; i >= 0; i--) {
      toRelease.get(i).run();
    }
  }
}
