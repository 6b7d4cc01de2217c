package io.github.omneoid.client.internal;

import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * A client's async twin of its blocking calls. At most {@code maxConcurrent} pieces of work run at once on the
 * executor; the rest wait in order. Cancelling a future cancels the HTTP calls its work started (see
 * {@link CallScope}); a future cancelled while its work waits is dropped from the queue and never starts.
 */
public final class AsyncCalls {

  private final Executor executor;
  private final int maxConcurrent;
  private final Object lock = new Object();
  private final ArrayDeque<Task<?>> queue = new ArrayDeque<>(); // guarded by lock
  private int running; // guarded by lock

  public AsyncCalls(Executor executor, int maxConcurrent) {
    this.executor = executor;
    this.maxConcurrent = maxConcurrent;
  }

  public <T> CompletableFuture<T> submit(Supplier<T> work) {
    Task<T> task = new Task<>(work);
    task.future.whenComplete((value, failure) -> {
      if (task.future.isCancelled()) {
        synchronized (lock) {
          queue.remove(task);
        }
        task.scope.cancel();
      }
    });
    synchronized (lock) {
      queue.add(task);
    }
    drain();
    return task.future;
  }

  private void drain() {
    while (true) {
      Task<?> next;
      synchronized (lock) {
        if (running >= maxConcurrent || queue.isEmpty()) {
          return;
        }
        next = queue.poll();
        running++;
      }
      try {
        executor.execute(() -> {
          try {
            next.run();
          } finally {
            synchronized (lock) {
              running--;
            }
            drain();
          }
        });
      } catch (RuntimeException rejected) {
        synchronized (lock) {
          running--;
        }
        next.future.completeExceptionally(rejected);
      }
    }
  }

  private static final class Task<T> {
    final Supplier<T> work;
    final CompletableFuture<T> future = new CompletableFuture<>();
    final CallScope scope = new CallScope();

    Task(Supplier<T> work) {
      this.work = work;
    }

    void run() {
      if (future.isDone()) {
        return;
      }
      scope.run(() -> {
        try {
          future.complete(work.get());
        } catch (Throwable failure) {
          future.completeExceptionally(failure);
        }
      });
    }
  }
}
