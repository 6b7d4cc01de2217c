package io.github.omneoid.client.internal;

import io.github.omneoid.client.errors.CallTimeoutException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * One async run of an operation written as blocking code, without a thread held while a request is in flight.
 *
 * <p>The operation runs on a transport whose exchange answers from the responses received so far; its first request
 * without an answer stops the run ({@link Suspended}) and is sent with OkHttp's {@code enqueue} once the credentials
 * are ready; a wait between its retries is scheduled on the client's timer, and the same request sent again from
 * where the pipeline stopped ({@link Resumable}). When the answer comes, the operation runs again from the start with one more answer, until it returns
 * or throws. So the operation's code — envelope unwrapping, error mapping, a second request after a 422 — is the
 * blocking code, unchanged; and since it runs again per request, it must do nothing but build and read requests.
 * Answers are buffered whole, at most as much as the body limits let through.
 */
final class AsyncOperation<T> {

  private final Transport transport;
  private final Function<Transport, T> operation;
  private final Credentials credentials;
  private final CompletableFuture<T> future = new CompletableFuture<>();
  private final List<Object> answers = new ArrayList<>(); // a Buffered or an IOException each; one run at a time
  private volatile Call inFlight;

  AsyncOperation(Transport transport, Function<Transport, T> operation, Credentials credentials) {
    this.transport = transport;
    this.operation = operation;
    this.credentials = credentials;
    future.whenComplete((value, failure) -> {
      Call call = inFlight;
      if (future.isCancelled() && call != null) {
        call.cancel();
      }
    });
  }

  CompletableFuture<T> start() {
    run();
    return future;
  }

  private void run() {
    if (future.isDone()) {
      return;
    }
    T value;
    Replay replay = new Replay();
    try {
      value = operation.apply(transport.withExchange(replay));
    } catch (Suspended next) {
      send(next.call);
      return;
    } catch (Throwable failure) {
      future.completeExceptionally(failure);
      return;
    }
    replay.finished = true; // what the result calls later (a page's next()) is a plain blocking call
    future.complete(value);
  }

  /**
   * Sends the run's next request. Never waits here: a token refresh is joined as a future (bounded by the call
   * timeout on the client's timer), and the request goes once it has settled — a failed refresh then fails the call
   * in the pipeline with the same exception as a blocking call. The call timeout left after that wait is the call's.
   */
  private void send(Call prepared) {
    long timeout = prepared.timeout().timeoutNanos();
    long deadline = timeout == 0 ? Long.MAX_VALUE : System.nanoTime() + timeout;
    CompletableFuture<?> ready = credentials.ready(prepared.request());
    failIfTokenTakesLonger(ready, timeout == 0 ? Long.MAX_VALUE : timeout);
    Resumable state = new Resumable();
    ready.whenComplete((done, failure) -> {
      long left = deadline == Long.MAX_VALUE ? 0 : Math.max(1, deadline - System.nanoTime());
      enqueue(transport.resumable(prepared, state, left), state);
    });
  }

  private void enqueue(Call call, Resumable state) {
    inFlight = call;
    if (future.isDone()) {
      call.cancel(); // cancelled, or timed out waiting for a token: send nothing
      return;
    }
    call.enqueue(new Callback() {
      @Override
      public void onResponse(Call done, Response response) {
        try (Response closing = response) {
          answers.add(Buffered.of(closing));
        } catch (IOException e) {
          answers.add(e);
        }
        run();
      }

      @Override
      public void onFailure(Call done, IOException e) {
        if (e instanceof Resumable.RetryLater) {
          resendLater((Resumable.RetryLater) e, call, state);
          return;
        }
        answers.add(e);
        run();
      }
    });
  }

  /** Sends the request again when the wait it asked for is over (a token refresh: at most till the deadline). */
  private void resendLater(Resumable.RetryLater later, Call call, Resumable state) {
    CompletableFuture<?> ready = later.ready != null ? later.ready : transport.after(later.wait);
    if (later.ready != null) {
      failIfTokenTakesLonger(ready, state.nanosLeft());
    }
    ready.whenComplete((done, failure) -> {
      long left = state.nanosLeft();
      enqueue(transport.resumable(call, state, left == Long.MAX_VALUE ? 0 : left), state);
    });
  }

  /** A wait for a token lasts no longer than the call has left, as in the blocking call. */
  private void failIfTokenTakesLonger(CompletableFuture<?> token, long nanosLeft) {
    if (token.isDone() || nanosLeft == Long.MAX_VALUE) {
      return;
    }
    java.util.concurrent.ScheduledFuture<?> timer = transport.failAfter(nanosLeft, future,
        () -> new CallTimeoutException("Timed out waiting for a new ID token from the token source (the call"
            + " timeout ran out)", null));
    token.whenComplete((done, failure) -> timer.cancel(false));
  }

  /** Answers the run's requests from those received so far, in order; stops the run at the first unanswered one. */
  private final class Replay implements Exchange {
    private int next;
    volatile boolean finished;

    @Override
    public Response send(Call call) throws IOException {
      if (next == answers.size()) {
        if (finished) {
          return BLOCKING.send(call);
        }
        throw new Suspended(call);
      }
      Object answer = answers.get(next++);
      if (answer instanceof Resumable.Failed) {
        throw ((Resumable.Failed) answer).failure;
      }
      if (answer instanceof IOException) {
        throw (IOException) answer;
      }
      return ((Buffered) answer).replay();
    }
  }

  /** A response read whole, so each run gets a fresh copy of its body. */
  private static final class Buffered {
    final Response response;
    final byte[] body;
    final MediaType type;

    private Buffered(Response response, byte[] body, MediaType type) {
      this.response = response;
      this.body = body;
      this.type = type;
    }

    static Buffered of(Response response) throws IOException {
      ResponseBody body = response.body();
      return new Buffered(response, body == null ? null : body.bytes(), body == null ? null : body.contentType());
    }

    Response replay() {
      return response.newBuilder().body(body == null ? null : ResponseBody.create(body, type)).build();
    }
  }

  /**
   * The run reached a request with no answer yet. An {@link Error}, so no {@code catch (RuntimeException)} in an
   * operation stops it; it has no stack trace, as it is thrown once per request.
   */
  static final class Suspended extends Error {
    private static final long serialVersionUID = 1L;
    final transient Call call;

    Suspended(Call call) {
      super("an async operation's request waits for its answer", null, false, false);
      this.call = call;
    }
  }
}
