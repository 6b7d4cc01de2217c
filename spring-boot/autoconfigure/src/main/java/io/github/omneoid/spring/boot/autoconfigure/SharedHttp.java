package io.github.omneoid.spring.boot.autoconfigure;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * The one OkHttpClient of the application's Omneo ID clients: a client built without one would make a pool and
 * threads of its own, and a server builds a customer client per profile. Its threads are daemons named
 * {@code omneo-id-spring-http-<n>}; {@link #close()} cancels its calls, ends its threads and closes its connections.
 */
final class SharedHttp implements AutoCloseable {

  private final ExecutorService threads;
  private final OkHttpClient client;

  SharedHttp() {
    AtomicInteger count = new AtomicInteger();
    threads = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
      Thread thread = new Thread(r, "omneo-id-spring-http-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    // As many idle connections as the client keeps for itself (64, 5 minutes): many threads call at once.
    client = new OkHttpClient.Builder().dispatcher(new Dispatcher(threads))
        .connectionPool(new ConnectionPool(64, 5, TimeUnit.MINUTES)).build();
  }

  OkHttpClient client() {
    return client;
  }

  @Override
  public void close() {
    client.dispatcher().cancelAll();
    threads.shutdown();
    client.connectionPool().evictAll();
  }
}
