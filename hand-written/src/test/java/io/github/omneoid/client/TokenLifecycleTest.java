package io.github.omneoid.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.omneoid.client.errors.AnonymousTokenException;
import io.github.omneoid.client.errors.MissingTokenException;
import io.github.omneoid.client.errors.ServerException;
import io.github.omneoid.client.errors.TokenExpiredException;
import io.github.omneoid.client.errors.UnauthorizedException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TokenLifecycleTest {

  private static final Instant T0 = Instant.parse("2026-05-01T12:00:00Z");
  private static final String PROFILE = "7d5bd0a4-2b8e-4c57-9c61-0f1e6f9d1c11";

  private final TestServer server = new TestServer();
  private final MutableClock clock = new MutableClock(T0);

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  /** A one-minute token issued at {@code issuedAt}: stale 15 s before exp, expiring 7.5 s before. */
  private static IdToken minuteToken(Instant issuedAt) {
    return IdToken.parse(TestTokens.profileJwt(PROFILE, issuedAt, issuedAt.plusSeconds(60)));
  }

  private OmneoId.Builder client() {
    return OmneoId.builder().baseUrl(server.baseUrl()).clock(clock).ticker(clock).retryPolicy(RetryPolicy.none());
  }

  private void answerEverything(int status) {
    server.server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json")
            .setBody("{\"data\":{}}");
      }
    });
  }

  private String bearerOfNextRequest() {
    return server.take().getHeader("Authorization");
  }

  @Test
  void marginsFollowTheTokensLifetime() {
    IdToken first = minuteToken(T0);
    IdToken second = minuteToken(T0.plusSeconds(50));
    List<IdToken> supply = new CopyOnWriteArrayList<>(Collections.singletonList(second));
    AtomicInteger fetches = new AtomicInteger();
    OmneoId id = client().idToken(first).tokenSource(() -> {
      fetches.incrementAndGet();
      return supply.get(0);
    }).build();
    answerEverything(200);

    clock.set(T0.plusSeconds(44)); // 16 s left: fresh
    id.call("GET", "/profiles/me");
    assertThat(bearerOfNextRequest()).isEqualTo("Bearer " + first.value());
    assertThat(fetches).hasValue(0);

    clock.set(T0.plusSeconds(50)); // 10 s left: stale — served, refreshed in the background
    id.call("GET", "/profiles/me");
    assertThat(bearerOfNextRequest()).isEqualTo("Bearer " + first.value());
    awaitToken(id, second);

    id.call("GET", "/profiles/me");
    assertThat(fetches).hasValue(1);
    assertThat(bearerOfNextRequest()).as("the background refresh's token is used next")
        .isEqualTo("Bearer " + second.value());
  }

  @Test
  void anExpiringTokenMakesCallersWaitForTheNewOne() {
    IdToken first = minuteToken(T0);
    IdToken second = minuteToken(T0.plusSeconds(53));
    OmneoId id = client().idToken(first).tokenSource(() -> second).build();
    answerEverything(200);

    clock.set(T0.plusSeconds(53)); // 7 s left: expiring
    id.call("GET", "/profiles/me");

    assertThat(bearerOfNextRequest()).isEqualTo("Bearer " + second.value());
  }

  @Test
  void aFailedBackgroundRefreshKeepsTheStillValidToken() {
    IdToken first = minuteToken(T0);
    AtomicInteger fetches = new AtomicInteger();
    OmneoId id = client().idToken(first).tokenSource(() -> {
      fetches.incrementAndGet();
      throw new IllegalStateException("backend down");
    }).build();
    answerEverything(200);

    clock.set(T0.plusSeconds(50));
    id.call("GET", "/profiles/me");
    awaitFetches(fetches, 1);
    id.call("GET", "/profiles/me");

    assertThat(bearerOfNextRequest()).isEqualTo("Bearer " + first.value());
    assertThat(bearerOfNextRequest()).isEqualTo("Bearer " + first.value());
    assertThat(id.auth().token()).contains(first);
  }

  @Test
  void sixtyFourThreadsOnAnExpiredTokenShareExactlyOneMint() throws Exception {
    IdToken expired = minuteToken(T0.minusSeconds(120));
    IdToken fresh = minuteToken(T0);
    AtomicInteger fetches = new AtomicInteger();
    CountDownLatch release = new CountDownLatch(1);
    OmneoId id = client().idToken(expired).tokenSource(() -> {
      fetches.incrementAndGet();
      awaitUninterruptibly(release);
      return fresh;
    }).build();
    answerEverything(200);

    List<Future<Object>> calls = parkedCalls(64, () -> id.call("GET", "/profiles/me"));
    release.countDown();
    for (Future<Object> call : calls) {
      call.get(10, TimeUnit.SECONDS);
    }

    assertThat(fetches).hasValue(1);
    Set<String> bearers = ConcurrentHashMap.newKeySet();
    for (int i = 0; i < 64; i++) {
      bearers.add(bearerOfNextRequest());
    }
    assertThat(bearers).containsExactly("Bearer " + fresh.value());
  }

  @Test
  void aFailingRefreshsErrorReachesEveryWaiter() throws Exception {
    IdToken expired = minuteToken(T0.minusSeconds(120));
    ServerException failure = new ServerException(new io.github.omneoid.client.errors.HttpErrorDetails(503, "POST",
        "/auth/token", Collections.emptyMap(), "", "down", Collections.emptyMap()));
    AtomicInteger fetches = new AtomicInteger();
    CountDownLatch release = new CountDownLatch(1);
    OmneoId id = client().idToken(expired).tokenSource(() -> {
      fetches.incrementAndGet();
      awaitUninterruptibly(release);
      throw failure;
    }).build();

    List<Future<Throwable>> outcomes = parkedCalls(16, () -> {
      try {
        id.call("GET", "/profiles/me");
        return null;
      } catch (RuntimeException e) {
        return e;
      }
    });
    release.countDown();
    for (Future<Throwable> outcome : outcomes) {
      assertThat(outcome.get(10, TimeUnit.SECONDS)).isSameAs(failure);
    }
    assertThat(fetches).hasValue(1);
    assertThat(server.requestCount()).as("nothing is sent without a token").isZero();
  }

  @Test
  void a401RefreshesOnceAndRetriesOnceNeverTwice() {
    IdToken first = minuteToken(T0);
    IdToken second = minuteToken(T0.plusSeconds(1));
    AtomicInteger fetches = new AtomicInteger();
    OmneoId id = client().idToken(first).tokenSource(() -> {
      fetches.incrementAndGet();
      return second;
    }).build();
    server.enqueueJson(401, "{\"message\":\"Unauthenticated.\"}");
    server.enqueueJson(200, "{\"data\":{\"id\":\"" + PROFILE + "\"}}");

    id.call("GET", "/profiles/me");

    assertThat(bearerOfNextRequest()).isEqualTo("Bearer " + first.value());
    assertThat(bearerOfNextRequest()).isEqualTo("Bearer " + second.value());
    assertThat(fetches).hasValue(1);

    server.enqueueJson(401, "{\"message\":\"Unauthenticated.\"}");
    server.enqueueJson(401, "{\"message\":\"Unauthenticated.\"}");
    server.enqueueJson(200, "{}");
    assertThatThrownBy(() -> id.call("GET", "/profiles/me")).isInstanceOf(UnauthorizedException.class);
    assertThat(server.requestCount()).as("one retry after the 401, not two").isEqualTo(4);
    assertThat(fetches).hasValue(2);
  }

  @Test
  void withoutASourceA401IsTheTypedError() {
    OmneoId id = client().idToken(minuteToken(T0)).build();
    server.enqueueJson(401, "{\"message\":\"Unauthenticated.\"}");

    assertThatThrownBy(() -> id.call("GET", "/profiles/me")).isInstanceOf(UnauthorizedException.class)
        .hasMessage("GET /profiles/me failed with HTTP 401");
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void withoutASourceAnExpiredTokenFailsBeforeSendingBeyondTheSkewTolerance() {
    IdToken token = minuteToken(T0);
    OmneoId id = client().idToken(token).clockSkewTolerance(Duration.ofSeconds(30)).build();
    answerEverything(200);

    clock.set(T0.plusSeconds(60 + 29)); // expired, but within tolerance: the server decides
    id.call("GET", "/profiles/me");
    assertThat(server.requestCount()).isEqualTo(1);
    assertThat(id.auth().isTokenExpired()).isTrue();

    clock.set(T0.plusSeconds(60 + 30));
    assertThatThrownBy(() -> id.call("GET", "/profiles/me")).isInstanceOf(TokenExpiredException.class)
        .hasMessageContaining("no token source").hasMessageNotContaining(token.value());
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void anAnonymousTokenCannotReachTheProfileTreeButMayUpsert() {
    IdToken anonymous = IdToken.parse(TestTokens.anonymousJwt(T0, T0.plusSeconds(600)));
    OmneoId id = client().idToken(anonymous).build();
    answerEverything(200);

    assertThatThrownBy(() -> id.call("GET", "/profiles/me")).isInstanceOf(AnonymousTokenException.class)
        .hasMessageContaining("GET /profiles/me").hasMessageContaining("forProfile");
    assertThatThrownBy(() -> id.call("PUT", "/profiles/connection/42/attributes/comms"))
        .isInstanceOf(AnonymousTokenException.class);
    assertThat(server.requestCount()).isZero();

    id.call("POST", "/profiles", Collections.<String, Object>emptyMap(), Collections.singletonMap("email", "a@b.co"));
    assertThat(server.take().getPath()).isEqualTo("/id/api/v1/profiles");
    assertThat(id.auth().profileId()).isEmpty();
  }

  @Test
  void resetForgetsTheToken() {
    IdToken token = minuteToken(T0);
    OmneoId withoutSource = client().idToken(token).build();
    assertThat(withoutSource.auth().profileId()).contains(PROFILE);

    withoutSource.reset();

    assertThat(withoutSource.auth().token()).isEmpty();
    assertThat(withoutSource.auth().isTokenExpired()).isTrue();
    assertThatThrownBy(() -> withoutSource.call("GET", "/profiles/me")).isInstanceOf(MissingTokenException.class);

    IdToken next = minuteToken(T0.plusSeconds(1));
    OmneoId withSource = client().idToken(token).tokenSource(() -> next).build();
    answerEverything(200);
    withSource.reset();
    withSource.call("GET", "/profiles/me");
    assertThat(bearerOfNextRequest()).isEqualTo("Bearer " + next.value());
  }

  @Test
  void aServerSideClientRefreshesThroughTheAdminMinter() {
    OmneoIdAdmin admin = OmneoIdAdmin.builder().baseUrl(server.baseUrl()).apiToken(TestTokens.ADMIN_TOKEN).build();
    String jwt = TestTokens.profileJwt(PROFILE, T0, T0.plusSeconds(900));
    server.enqueueJson(200, TestTokens.mintResponse(jwt, T0.plusSeconds(900)));
    server.enqueueJson(200, "{\"data\":{\"id\":\"" + PROFILE + "\"}}");
    OmneoId id = client().tokenSource(admin.tokenSource(AuthTokenRequest.forProfile(PROFILE))).build();

    id.call("GET", "/profiles/me");

    assertThat(server.take().getPath()).isEqualTo("/id/api/v1/auth/token");
    assertThat(bearerOfNextRequest()).isEqualTo("Bearer " + jwt);
    assertThat(id.toString()).doesNotContain(jwt).doesNotContain(TestTokens.ADMIN_TOKEN);
  }

  private static void awaitToken(OmneoId id, IdToken expected) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (!id.auth().token().equals(java.util.Optional.of(expected)) && System.nanoTime() < deadline) {
      Thread.yield();
    }
    assertThat(id.auth().token()).contains(expected);
  }

  private static void awaitFetches(AtomicInteger fetches, int expected) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (fetches.get() < expected && System.nanoTime() < deadline) {
      Thread.yield();
    }
    assertThat(fetches).hasValue(expected);
  }

  /** Starts {@code count} calls on their own threads and returns once all of them are parked in the refresh. */
  private static <T> List<Future<T>> parkedCalls(int count, java.util.concurrent.Callable<T> call) {
    ExecutorService pool = Executors.newFixedThreadPool(count);
    List<Thread> workers = new CopyOnWriteArrayList<>();
    List<Future<T>> futures = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      futures.add(pool.submit(() -> {
        workers.add(Thread.currentThread());
        return call.call();
      }));
    }
    awaitAllParked(workers, count);
    pool.shutdown(); // running calls finish; no new ones are taken
    return futures;
  }

  /** Waits (bounded) until every worker has started and is parked — in the source or waiting for its result. */
  private static void awaitAllParked(List<Thread> workers, int count) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      if (workers.size() == count && workers.stream().allMatch(t -> t.getState() == Thread.State.WAITING
          || t.getState() == Thread.State.TIMED_WAITING || t.getState() == Thread.State.BLOCKED)) {
        return;
      }
      Thread.yield();
    }
    throw new AssertionError("workers did not all reach the refresh");
  }

  private static void awaitUninterruptibly(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("never released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
