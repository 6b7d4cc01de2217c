package io.github.omneoid.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.omneoid.client.errors.CallTimeoutException;
import io.github.omneoid.client.errors.NotFoundException;
import io.github.omneoid.client.errors.ValidationException;
import io.github.omneoid.model.Profile;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The views of a client — per-call options, raw responses, async on enqueue, connections — and what they share. */
class ViewsTest {

  private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");
  private static final String PROFILE = "{\"data\":{\"id\":\"p-1\",\"first_name\":\"Ann\"}}";

  private final TestServer server = new TestServer();
  private final RecordingListener events = new RecordingListener();
  private final OmneoId id = client().build();

  @AfterEach
  void stop() throws Exception {
    id.close();
    server.close();
  }

  private OmneoId.Builder client() {
    return OmneoId.builder().baseUrl(server.baseUrl()).clock(new MutableClock(NOW)).sleeper(new RecordingSleeper())
        .listener(events).idToken(TestTokens.profileJwt("p-1", NOW, NOW.plusSeconds(3600)));
  }

  @Test
  void optionsAddHeadersToTheViewOnlyAndTheClientIsUnchanged() {
    server.enqueueJson(200, PROFILE).enqueueJson(200, PROFILE).enqueueJson(200, PROFILE);
    OmneoId traced = id.withOptions(o -> o.header("X-Correlation-Id", "c-1"));

    traced.profile().get();
    traced.withOptions(o -> o.header("X-Correlation-Id", "c-2").header("X-Other", "o")).profile().get();
    id.profile().get();

    RecordedRequest first = server.take();
    assertThat(first.getHeader("X-Correlation-Id")).isEqualTo("c-1");
    assertThat(first.getHeader("Authorization")).as("the token still goes").startsWith("Bearer ");
    RecordedRequest second = server.take();
    assertThat(second.getHeaders().values("X-Correlation-Id")).containsExactly("c-2");
    assertThat(second.getHeader("X-Other")).isEqualTo("o");
    assertThat(server.take().getHeader("X-Correlation-Id")).as("the root client").isNull();
  }

  @Test
  void theRequestAnOperationReusesIsNotChangedByTheViewsThatSendIt() {
    for (int i = 0; i < 4; i++) {
      server.enqueueJson(200, PROFILE);
    }

    id.profile().get();
    id.profile().connection(42).get();
    id.withOptions(o -> o.header("X-Correlation-Id", "c-1")).profile().get();
    id.profile().get();

    assertThat(server.take().getPath()).isEqualTo(TestServer.API_PATH + "/profiles/me");
    assertThat(server.take().getPath()).isEqualTo(TestServer.API_PATH + "/profiles/connection/42");
    assertThat(server.take().getHeader("X-Correlation-Id")).isEqualTo("c-1");
    RecordedRequest last = server.take();
    assertThat(last.getPath()).isEqualTo(TestServer.API_PATH + "/profiles/me");
    assertThat(last.getHeader("X-Correlation-Id")).isNull();
  }

  @Test
  void aViewsCallTimeoutReplacesTheClients() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));

    assertThatThrownBy(() -> id.withOptions(o -> o.callTimeout(Duration.ofMillis(200))).profile().get())
        .isInstanceOf(CallTimeoutException.class).hasMessageContaining("GET /profiles/me");
  }

  @Test
  void badOptionsFailAtOnceNamingTheProblemAndNothingIsSent() {
    assertThatThrownBy(() -> id.withOptions(o -> o.header("X-Id", "a\r\nAuthorization: Bearer x")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("X-Id")
        .hasMessageNotContaining("Bearer x");
    assertThatThrownBy(() -> id.withOptions(o -> o.header("authorization", "Bearer other")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("set by the client");
    assertThatThrownBy(() -> id.withOptions(o -> o.callTimeout(Duration.ofSeconds(-1))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("callTimeout");
    assertThatThrownBy(() -> id.withOptions(null)).isInstanceOf(IllegalArgumentException.class);
    assertThat(server.requestCount()).isZero();
  }

  @Test
  void aConnectionViewIsReportedUnderThePathItSends() {
    server.enqueueJson(503, "{}").enqueueJson(200, PROFILE).enqueueJson(404, "{\"message\":\"gone\"}");
    ProfileResource connected = id.profile().connection(42);

    connected.get();
    assertThatThrownBy(() -> connected.points().get(7)).isInstanceOf(NotFoundException.class)
        .satisfies(e -> assertThat(((NotFoundException) e).path()).isEqualTo("/profiles/connection/42/points/7"));

    assertThat(events.lines).extracting(line -> line.replaceAll(" in PT.*", "")).containsExactly(
        "started getMyProfile (GET /profiles/connection/42)",
        "retrying getMyProfile (GET /profiles/connection/42) #2 after 503",
        "finished getMyProfile (GET /profiles/connection/42) 200",
        "started getMyPoint (GET /profiles/connection/42/points/7)",
        "finished getMyPoint (GET /profiles/connection/42/points/7) 404");
  }

  @Test
  void aRawTypedCallHasTheStatusHeadersAndRequestId() {
    server.enqueue(new MockResponse().setResponseCode(201).setHeader("X-Request-Id", "req-9")
        .setHeader("Content-Type", "application/json").setBody(PROFILE));

    HttpResponseFor<Profile> response = id.withRawResponse().call(i -> i.profile().get());

    assertThat(response.status()).isEqualTo(201);
    assertThat(response.requestId()).contains("req-9");
    assertThat(response.headers().get("content-type")).containsExactly("application/json");
    assertThat(response.body().getFirstName()).isEqualTo("Ann");
    assertThatThrownBy(() -> id.withRawResponse().call(i -> "no request"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("sent no request");
  }

  @Test
  void aRawTypedCallStillThrowsTheTypedError() {
    server.enqueue(new MockResponse().setResponseCode(422).setHeader("X-Request-Id", "req-4")
        .setBody("{\"message\":\"bad\",\"errors\":{\"first_name\":[\"too long\"]}}"));

    assertThatThrownBy(() -> id.withRawResponse().call(i -> i.profile().get()))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).requestId()).contains("req-4"));
  }

  @Test
  void theUntypedRawCallReturnsAnyStatusWithExactNumbers() {
    server.enqueue(new MockResponse().setResponseCode(422).setHeader("X-Request-Id", "req-5")
        .setBody("{\"message\":\"bad\"}"));
    server.enqueueJson(200, "{\"data\":{\"id\":9007199254740993,\"total\":12.50}}");

    RawResponse rejected = id.withRawResponse().call("put", "/profiles/me", null, Map.of("first_name", "x"));
    RawResponse ok = id.withRawResponse().call("GET", "/profiles/me");

    assertThat(rejected.status()).isEqualTo(422);
    assertThat(rejected.isSuccessful()).isFalse();
    assertThat(rejected.requestId()).contains("req-5");
    assertThat(rejected.body()).isEqualTo("{\"message\":\"bad\"}");
    @SuppressWarnings("unchecked")
    Map<String, Object> data = (Map<String, Object>) ((Map<String, Object>) ok.json()).get("data");
    assertThat(data.get("id")).isEqualTo(new BigDecimal("9007199254740993"));
    assertThat(data.get("total")).isEqualTo(new BigDecimal("12.50"));
    assertThat(server.take().getMethod()).isEqualTo("PUT");
  }

  @Test
  void anAsyncCallGivesTheResultOrTheBlockingCallsException() throws Exception {
    server.enqueueJson(503, "{}").enqueueJson(200, PROFILE).enqueueJson(404, "{\"message\":\"gone\"}");

    Profile profile = id.async().call(i -> i.profile().get()).get(5, TimeUnit.SECONDS);
    CompletableFuture<Object> missing = id.async().call(i -> i.profile().points().get(7));

    assertThat(profile.getFirstName()).isEqualTo("Ann");
    assertThatThrownBy(() -> missing.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(NotFoundException.class);
    assertThat(events.lines).as("the same retry policy as the blocking call")
        .anyMatch(line -> line.startsWith("retrying getMyProfile (GET /profiles/me) #2 after 503"));
  }

  @Test
  void anAsyncCallFailsWithTheSameExceptionAsTheBlockingCallBeforeSending() {
    try (OmneoId anonymous = client().idToken(TestTokens.anonymousJwt(NOW, NOW.plusSeconds(3600))).build()) {

      CompletableFuture<Profile> profile = anonymous.async().call(i -> i.profile().get());

      assertThatThrownBy(() -> profile.get(5, TimeUnit.SECONDS))
          .hasCauseInstanceOf(io.github.omneoid.client.errors.AnonymousTokenException.class);
      assertThat(server.requestCount()).isZero();
    }
  }

  @Test
  void viewsCombineAnAsyncRawCallWithOptionsOnAConnection() throws Exception {
    server.enqueue(new MockResponse().setHeader("X-Request-Id", "req-7").setBody(PROFILE));

    HttpResponseFor<Profile> response = id.withOptions(o -> o.header("X-Correlation-Id", "c-7")).async()
        .call(i -> i.withRawResponse().call(j -> j.profile().connection(42).get())).get(5, TimeUnit.SECONDS);

    assertThat(response.requestId()).contains("req-7");
    assertThat(response.body().getFirstName()).isEqualTo("Ann");
    RecordedRequest sent = server.take();
    assertThat(sent.getPath()).isEqualTo(TestServer.API_PATH + "/profiles/connection/42");
    assertThat(sent.getHeader("X-Correlation-Id")).isEqualTo("c-7");
  }

  @Test
  void anAsyncOperationOfTwoRequestsRunsToTheEnd() throws Exception {
    server.enqueueJson(422, "{\"message\":\"x\",\"errors\":{\"mobile_phone\":[\"The phone number exists\"]}}")
        .enqueueJson(200, PROFILE);

    Profile updated = id.async().call(i -> i.profile().update(
        new io.github.omneoid.model.ProfileUpdate().mobilePhone("0400000000"), UpdateOptions.retryMobileSecondary()))
        .get(5, TimeUnit.SECONDS);

    assertThat(updated.getFirstName()).isEqualTo("Ann");
    assertThat(server.take().getBody().readUtf8()).contains("\"mobile_phone\"");
    assertThat(server.take().getBody().readUtf8()).contains("\"secondary_phone\"").doesNotContain("mobile_phone");
  }

  @Test
  void anAsyncCallWaitsForATokenRefreshWithoutBlockingTheCaller() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    String jwt = TestTokens.profileJwt("p-1", NOW, NOW.plusSeconds(3600));
    server.enqueueJson(200, PROFILE);
    try (OmneoId refreshing = OmneoId.builder().baseUrl(server.baseUrl()).clock(new MutableClock(NOW))
        .tokenSource(() -> {
          await(release);
          return IdToken.parse(jwt);
        }).build()) {

      CompletableFuture<Profile> profile = refreshing.async().call(i -> i.profile().get());

      assertThat(profile).as("returned while the token source still works").isNotDone();
      assertThat(server.requestCount()).isZero();
      release.countDown();
      assertThat(profile.get(5, TimeUnit.SECONDS).getFirstName()).isEqualTo("Ann");
      assertThat(server.take().getHeader("Authorization")).isEqualTo("Bearer " + jwt);
    }
  }

  @Test
  void anAsyncCallPausesForItsRetryAndIsReportedAsOneCall() throws Exception {
    server.enqueueJson(503, "{}").enqueueJson(200, PROFILE);
    RecordingSleeper sleeper = new RecordingSleeper();
    try (OmneoId recorded = client().sleeper(sleeper).build()) {

      Profile profile = recorded.async().call(i -> i.profile().get()).get(5, TimeUnit.SECONDS);

      assertThat(profile.getFirstName()).isEqualTo("Ann");
      assertThat(sleeper.waits).as("the policy's backoff, handed back and waited once").hasSize(1);
      assertThat(events.lines).extracting(line -> line.replaceAll(" in PT.*", "")).containsExactly(
          "started getMyProfile (GET /profiles/me)", "retrying getMyProfile (GET /profiles/me) #2 after 503",
          "finished getMyProfile (GET /profiles/me) 200");
    }
  }

  @Test
  void anAsyncCallGivesUpOnAHungTokenSourceAtItsCallTimeout() {
    CountDownLatch never = new CountDownLatch(1);
    try (OmneoId hung = OmneoId.builder().baseUrl(server.baseUrl()).callTimeout(Duration.ofMillis(300))
        .tokenSource(() -> {
          await(never);
          throw new IllegalStateException("not reached");
        }).build()) {

      CompletableFuture<Profile> profile = hung.async().call(i -> i.profile().get());

      assertThatThrownBy(() -> profile.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(CallTimeoutException.class)
          .hasMessageContaining("token source");
      assertThat(server.requestCount()).isZero();
    } finally {
      never.countDown();
    }
  }

  @Test
  void anAsyncCallWaitsForTheRefreshAfterA401WithoutHoldingTheDispatcherThread() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    String first = TestTokens.profileJwt("p-1", NOW, NOW.plusSeconds(3600));
    String second = TestTokens.profileJwt("p-1", NOW.plusSeconds(1), NOW.plusSeconds(3601));
    java.util.concurrent.atomic.AtomicInteger fetches = new java.util.concurrent.atomic.AtomicInteger();
    ExecutorService oneThread = Executors.newSingleThreadExecutor();
    OkHttpClient singleDispatcherThread = new OkHttpClient.Builder().dispatcher(new Dispatcher(oneThread)).build();
    server.enqueueJson(401, "{}").enqueueJson(200, TestTokens.mintResponse(second, NOW.plusSeconds(3601)))
        .enqueueJson(200, PROFILE);
    try (OmneoId refreshing = OmneoId.builder().baseUrl(server.baseUrl()).clock(new MutableClock(NOW))
        .okHttpClient(singleDispatcherThread).tokenSource(() -> {
          if (fetches.incrementAndGet() > 1) {
            await(release);
            return IdToken.parse(second);
          }
          return IdToken.parse(first);
        }).build();
        OmneoIdAdmin admin = OmneoIdAdmin.builder().baseUrl(server.baseUrl()).apiToken(TestTokens.ADMIN_TOKEN)
            .okHttpClient(singleDispatcherThread).build()) {

      CompletableFuture<Profile> profile = refreshing.async().call(i -> i.profile().get());
      server.take(); // the 401
      IdToken minted = admin.async().call(a -> a.auth().requestAuthToken(AuthTokenRequest.forProfile("p-1")))
          .get(5, TimeUnit.SECONDS);

      assertThat(minted.value()).as("the one dispatcher thread was free while the refresh waited").isEqualTo(second);
      assertThat(profile).isNotDone();
      release.countDown();
      assertThat(profile.get(5, TimeUnit.SECONDS).getFirstName()).isEqualTo("Ann");
      server.take();
      assertThat(server.take().getHeader("Authorization")).isEqualTo("Bearer " + second);
    } finally {
      release.countDown();
      oneThread.shutdown();
    }
  }

  @Test
  void cancellingAnAsyncCallCancelsTheHttpCall() throws Exception {
    CountDownLatch failed = new CountDownLatch(1);
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    try (OmneoId watched = client().listener(new OmneoIdListener() {
      @Override
      public void callFailed(ApiCall call, Throwable cause, Duration took) {
        failed.countDown();
      }
    }).build()) {
      CompletableFuture<Profile> profile = watched.async().call(i -> i.profile().get());
      server.take(); // the request has reached the server, which never answers
      profile.cancel(true);

      assertThat(failed.await(10, TimeUnit.SECONDS)).as("the OkHttp call failed at once, as cancelled").isTrue();
      assertThat(profile).isCancelled();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
