package io.github.omneoid.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.omneoid.client.errors.CallTimeoutException;
import io.github.omneoid.client.errors.HttpErrorDetails;
import io.github.omneoid.client.errors.InvalidResponseException;
import io.github.omneoid.client.errors.MalformedTokenException;
import io.github.omneoid.client.errors.NetworkException;
import io.github.omneoid.client.errors.OmneoIdException;
import io.github.omneoid.client.errors.OmneoIdHttpException;
import io.github.omneoid.client.errors.RateLimitException;
import io.github.omneoid.client.errors.RedirectException;
import io.github.omneoid.client.errors.ServerException;
import io.github.omneoid.client.errors.ValidationException;
import io.github.omneoid.model.Profile;
import io.github.omneoid.model.ProfileEnvelope;
import io.github.omneoid.model.ProfileUpdate;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import okio.Buffer;
import okio.GzipSink;
import okio.Okio;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The fault matrix's hostile half: a server that answers to break the client's promises — endless bodies,
 * redirects to elsewhere, hung token sources, a clock hours off — and the answers that keep them. One test (or
 * more) per way the client was once broken; each under a hard time limit, none sleeping (clocks, tickers and
 * sleepers are injected; the few real waits are bounded by short call timeouts).
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class HostileServerTest {

  private static final Instant T0 = Instant.parse("2026-06-01T08:00:00Z");
  private static final String PROFILE = "7d5bd0a4-2b8e-4c57-9c61-0f1e6f9d1c11";
  private static final String JWT = TestTokens.profileJwt(PROFILE, T0, T0.plusSeconds(3600));

  private TestServer server = new TestServer();
  private final MutableClock clock = new MutableClock(T0);
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final List<AutoCloseable> closing = new ArrayList<>();

  @AfterEach
  void stop() throws Exception {
    for (AutoCloseable resource : closing) {
      resource.close();
    }
    server.close();
  }

  private <T extends AutoCloseable> T closeLater(T resource) {
    closing.add(resource);
    return resource;
  }

  private OmneoId.Builder client(String baseUrl) {
    return OmneoId.builder().baseUrl(baseUrl).clock(clock).ticker(clock).sleeper(sleeper).idToken(JWT);
  }

  private void answerEverything(int status, String body) {
    server.server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json")
            .setBody(body);
      }
    });
  }

  // --- a 500 with a 1 GiB or endless body on a typed call ------------------------------------------------------

  /** Counts the response-body bytes OkHttp handed up to the client's code, per call. */
  private static final class BodyBytes extends EventListener {
    final AtomicLong total = new AtomicLong();

    @Override
    public void responseBodyEnd(Call call, long byteCount) {
      total.addAndGet(byteCount);
    }
  }

  @Test
  void anEndlessErrorBodyOnATypedCallIsReadOnlyUpToTheCap() throws Exception {
    for (EndlessServer.Framing framing : EndlessServer.Framing.values()) {
      EndlessServer endless = closeLater(new EndlessServer(500, framing, "<html>", (byte) 'x'));
      BodyBytes read = new BodyBytes();
      OmneoId id = client(endless.baseUrl()).retryPolicy(RetryPolicy.none())
          .okHttpClient(new OkHttpClient.Builder().eventListener(read).build()).build();

      Throwable thrown = catchThrowable(() -> id.profile().get());

      assertThat(thrown).as(framing.name()).isInstanceOfSatisfying(ServerException.class, e -> {
        assertThat(e.status()).isEqualTo(500);
        assertThat(e.body()).startsWith("<html>xxx").hasSize(OmneoIdHttpException.BODY_CAP);
      });
      assertThat(read.total.get()).as("bytes read off a %s body", framing)
          .isGreaterThanOrEqualTo(OmneoIdHttpException.BODY_CAP).isLessThan(64 * 1024);
    }
  }

  @Test
  void aSuccessBodyPastMaxResponseBytesIsAnInvalidResponse() throws Exception {
    EndlessServer endless = closeLater(new EndlessServer(200, EndlessServer.Framing.CHUNKED,
        "{\"data\":{\"first_name\":\"", (byte) 'a'));
    BodyBytes read = new BodyBytes();
    OmneoId id = client(endless.baseUrl()).retryPolicy(RetryPolicy.none()).maxResponseBytes(100_000)
        .okHttpClient(new OkHttpClient.Builder().eventListener(read).build()).build();

    assertThat(catchThrowable(() -> id.profile().get())).isInstanceOf(InvalidResponseException.class)
        .hasMessageStartingWith("GET /profiles/me: ").hasMessageContaining("maxResponseBytes (100000 bytes)");
    assertThat(catchThrowable(() -> id.call("GET", "/profiles/me"))).isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("maxResponseBytes");
    assertThat(read.total.get()).as("two calls, each stopped just past 100,000 bytes").isLessThan(2 * 120_000);
  }

  @Test
  void aDeclaredContentLengthPastTheLimitFailsBeforeReading() {
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/json")
        .setBody("{\"data\":{\"first_name\":\"" + repeat('a', 5000) + "\"}}"));
    OmneoIdAdmin admin = OmneoIdAdmin.builder().baseUrl(server.baseUrl()).apiToken(TestTokens.ADMIN_TOKEN)
        .maxResponseBytes(1000).build();

    assertThat(catchThrowable(() -> admin.auth().requestAuthToken(AuthTokenRequest.forProfile(PROFILE))))
        .isInstanceOf(InvalidResponseException.class).hasMessageStartingWith("POST /auth/token: ")
        .hasMessageContaining("maxResponseBytes (1000 bytes)");
  }

  @Test
  void aGzipBombIsCountedAfterDecompression() throws IOException {
    Buffer zipped = new Buffer();
    try (okio.BufferedSink gzip = Okio.buffer(new GzipSink(zipped))) {
      gzip.writeUtf8("{\"data\":{\"first_name\":\"");
      for (int i = 0; i < 10 * 1024; i++) {
        gzip.writeUtf8(repeat('a', 1024)); // 10 MiB that packs into a few KiB
      }
      gzip.writeUtf8("\"}}");
    }
    assertThat(zipped.size()).isLessThan(100_000);
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/json")
        .setHeader("Content-Encoding", "gzip").setBody(zipped));

    OmneoId id = client(server.baseUrl()).maxResponseBytes(1024 * 1024).build();

    assertThat(catchThrowable(() -> id.profile().get())).isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("maxResponseBytes");
  }

  @Test
  void underASmallHeapNoHostileBodyExhaustsMemory() throws Exception {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    Process child = new ProcessBuilder(java, "-Xmx256m", "-XX:+ExitOnOutOfMemoryError",
        "-cp", System.getProperty("java.class.path"), SmallHeapMain.class.getName())
        .redirectErrorStream(true).start();
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    Thread reader = new Thread(() -> {
      try {
        okio.BufferedSource in = Okio.buffer(Okio.source(child.getInputStream()));
        output.write(in.readByteArray());
      } catch (IOException ignored) {
        // the child ended
      }
    });
    reader.start();
    boolean ended = child.waitFor(25, TimeUnit.SECONDS);
    if (!ended) {
      child.destroyForcibly();
    }
    reader.join(TimeUnit.SECONDS.toMillis(5));
    String printed = new String(output.toByteArray(), StandardCharsets.UTF_8);

    assertThat(ended).as("the child ended in time; it printed:%n%s", printed).isTrue();
    assertThat(child.exitValue()).as("the child's exit code; it printed:%n%s", printed).isZero();
    assertThat(printed).contains("500 CHUNKED typed: ServerException", "200 ONE_GIB typed: InvalidResponseException",
        "200 CHUNKED call: InvalidResponseException", "500 ONE_GIB mint: ServerException", "all cases bounded");
  }

  // --- redirects: never followed, the admin token reaches POST /auth/token only ---------------------------------

  @Test
  void aMintAnsweredWithARedirectIsNotFollowedWhereverItPoints() throws Exception {
    MockWebServer foreign = closeLater(new MockWebServer());
    foreign.start(InetAddress.getLoopbackAddress(), 0);
    foreign.enqueue(new MockResponse().setHeader("Content-Type", "application/json")
        .setBody(TestTokens.mintResponse(JWT, T0.plusSeconds(3600))));
    String[][] redirects = {
        {"307", TestServer.API_PATH + "/profiles/me"},
        {"302", TestServer.API_PATH + "/elsewhere"},
        {"308", "/auth/token"},
        {"307", foreign.url(TestServer.API_PATH + "/auth/token").toString()}};
    // Even an application client set to follow redirects: the transport turns it off.
    OkHttpClient following = new OkHttpClient.Builder().followRedirects(true).followSslRedirects(true).build();

    for (String[] redirect : redirects) {
      OmneoIdAdmin admin = OmneoIdAdmin.builder().baseUrl(server.baseUrl()).apiToken(TestTokens.ADMIN_TOKEN)
          .okHttpClient(following).sleeper(sleeper).build();
      server.enqueue(new MockResponse().setResponseCode(Integer.parseInt(redirect[0]))
          .setHeader("Location", redirect[1]));
      server.enqueueJson(200, "{\"data\":{\"id\":\"" + PROFILE + "\"}}");

      Throwable thrown = catchThrowable(() -> admin.auth().requestAuthToken(AuthTokenRequest.forProfile(PROFILE)));

      assertThat(thrown).as(redirect[1]).isInstanceOfSatisfying(RedirectException.class, e -> {
        assertThat(e.status()).isEqualTo(Integer.parseInt(redirect[0]));
        assertThat(e.location()).contains(redirect[1]);
        assertThat(e.getMessage()).isEqualTo("POST /auth/token failed with HTTP " + redirect[0]
            + " (a redirect, not followed; location() says where to)").doesNotContain(TestTokens.ADMIN_TOKEN);
      });
      RecordedRequest mint = server.take();
      assertThat(mint.getPath()).isEqualTo("/id/api/v1/auth/token");
      assertThat(server.requestCount()).as("nothing but the mint reached the server").isEqualTo(1);
      assertThat(foreign.getRequestCount()).as("nothing reached the foreign host").isZero();
      reopen();
    }
    assertThat(sleeper.waits).as("a redirect is not retried either").isEmpty();
  }

  /** A fresh server for the next case of a loop, so request counts start at zero (the old one is checked). */
  private void reopen() throws IOException {
    server.close();
    server = new TestServer();
  }

  @Test
  void anHttpsPutRedirectedToPlainHttpIsNotResent() throws Exception {
    HeldCertificate localhost = new HeldCertificate.Builder()
        .addSubjectAlternativeName(InetAddress.getLoopbackAddress().getCanonicalHostName())
        .addSubjectAlternativeName("localhost").addSubjectAlternativeName("127.0.0.1").build();
    HandshakeCertificates serverSide = new HandshakeCertificates.Builder().heldCertificate(localhost).build();
    HandshakeCertificates clientSide = new HandshakeCertificates.Builder()
        .addTrustedCertificate(localhost.certificate()).build();
    MockWebServer tls = closeLater(new MockWebServer());
    tls.useHttps(serverSide.sslSocketFactory(), false);
    tls.start(InetAddress.getLoopbackAddress(), 0);
    String plainUrl = server.server.url(TestServer.API_PATH + "/profiles/me").toString();
    tls.enqueue(new MockResponse().setResponseCode(307).setHeader("Location", plainUrl));
    OkHttpClient trusting = new OkHttpClient.Builder()
        .sslSocketFactory(clientSide.sslSocketFactory(), clientSide.trustManager()).build();
    OmneoId id = client(tls.url(TestServer.API_PATH).toString()).okHttpClient(trusting).build();
    assertThat(tls.url("/").isHttps()).isTrue();

    Throwable thrown = catchThrowable(() -> id.profile().update(new ProfileUpdate().email("ann@example.com")));

    assertThat(thrown).isInstanceOfSatisfying(RedirectException.class, e -> {
      assertThat(e.status()).isEqualTo(307);
      assertThat(e.method()).isEqualTo("PUT");
      assertThat(e.location()).contains(plainUrl);
    });
    RecordedRequest put = tls.takeRequest(5, TimeUnit.SECONDS);
    assertThat(put.getBody().readUtf8()).contains("ann@example.com");
    assertThat(server.requestCount()).as("nothing was sent in plain text").isZero();
  }

  // --- a token source that hangs --------------------------------------------------------------------------------

  @Test
  void aHungTokenSourceCostsACallNoMoreThanItsTimeoutAndIsAbandoned() throws InterruptedException {
    CountDownLatch never = new CountDownLatch(1);
    AtomicInteger fetches = new AtomicInteger();
    CountDownLatch hungOneInterrupted = new CountDownLatch(1);
    IdToken fresh = IdToken.parse(TestTokens.profileJwt(PROFILE, T0, T0.plusSeconds(900)));
    Duration callTimeout = Duration.ofMillis(400);
    OmneoId id = OmneoId.builder().baseUrl(server.baseUrl()).clock(clock).ticker(clock)
        .callTimeout(callTimeout).tokenSource(() -> {
          if (fetches.incrementAndGet() == 1) {
            try {
              never.await(); // hangs until abandoned
            } catch (InterruptedException e) {
              hungOneInterrupted.countDown();
            }
            throw new IllegalStateException("hung source gave up");
          }
          return fresh;
        }).build();
    closeLater(never::countDown);
    answerEverything(200, OperationsTable.PROFILE);

    long start = System.nanoTime();
    Throwable first = catchThrowable(() -> id.profile().get());
    Duration waited = Duration.ofNanos(System.nanoTime() - start);

    // The token wait and OkHttp's own call timeout end at the same instant; whichever reports it, it is a
    // CallTimeoutException within the call's time.
    assertThat(first).isInstanceOf(CallTimeoutException.class);
    assertThat(waited).as("no longer than the call timeout, give or take").isLessThan(callTimeout.plusSeconds(2));
    assertThat(server.requestCount()).isZero();

    // The source has recovered; the next call gives up on the hung refresh and starts a new one.
    assertThat(id.profile().get()).isInstanceOf(Profile.class);
    assertThat(server.take().getHeader("Authorization")).isEqualTo("Bearer " + fresh.value());
    assertThat(fetches).hasValue(2);
    assertThat(hungOneInterrupted.await(5, TimeUnit.SECONDS)).as("the abandoned refresh's thread is interrupted")
        .isTrue();
  }

  // --- the client's wall clock hours off ------------------------------------------------------------------------

  /** A server whose mints carry the server's own time (iat = T0) and count themselves. */
  private AtomicInteger mintingServer(boolean withIat) {
    AtomicInteger mints = new AtomicInteger();
    server.server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        if (request.getPath().endsWith("/auth/token")) {
          int n = mints.incrementAndGet();
          Instant exp = T0.plus(Duration.ofMinutes(15L * n));
          String payload = "{\"pid\":\"" + PROFILE + "\"" + (withIat ? ",\"iat\":" + exp.minusSeconds(900).getEpochSecond() : "")
              + ",\"exp\":" + exp.getEpochSecond() + ",\"n\":" + n + "}";
          String jwt = TestTokens.encode("{\"alg\":\"HS256\"}") + "." + TestTokens.encode(payload) + ".c2ln";
          return new MockResponse().setHeader("Content-Type", "application/json")
              .setBody(TestTokens.mintResponse(jwt, exp));
        }
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(OperationsTable.PROFILE);
      }
    });
    return mints;
  }

  private OmneoId serverSideClient(MutableClock wallClock, MutableClock ticker) {
    OmneoIdAdmin admin = OmneoIdAdmin.builder().baseUrl(server.baseUrl()).apiToken(TestTokens.ADMIN_TOKEN)
        .clock(wallClock).build();
    return OmneoId.builder().baseUrl(server.baseUrl()).clock(wallClock).ticker(ticker)
        .tokenSource(admin.tokenSource(AuthTokenRequest.forProfile(PROFILE))).build();
  }

  @Test
  void aClockTwoHoursAheadMintsOncePerLifetimeNotOncePerCall() throws IOException {
    for (boolean withIat : new boolean[] {true, false}) {
      AtomicInteger mints = mintingServer(withIat);
      MutableClock ahead = new MutableClock(T0.plus(Duration.ofHours(2)));
      OmneoId id = serverSideClient(ahead, clock);

      for (int i = 0; i < 20; i++) {
        id.profile().get();
      }

      assertThat(mints).as("iat %s", withIat).hasValue(1);
      assertThat(id.auth().isTokenExpired()).as("isTokenExpired() stays true to exp on the wall clock").isTrue();
      reopen();
    }
  }

  @Test
  void aClockTwoHoursBehindDoesNotKeepAnExpiredToken() {
    AtomicInteger mints = mintingServer(true);
    MutableClock behind = new MutableClock(T0.minus(Duration.ofHours(2)));
    OmneoId id = serverSideClient(behind, clock);

    id.profile().get();
    clock.advance(Duration.ofMinutes(14)); // 1 min left of 15: refreshed in the background (stale)
    id.profile().get();
    clock.advance(Duration.ofMinutes(2)); // past the first token's lifetime, though the wall clock says 1h44 left
    behind.advance(Duration.ofMinutes(16));
    id.profile().get();

    assertThat(mints).hasValueBetween(2, 3);
    List<String> bearers = new ArrayList<>();
    for (int i = 0; i < 3 + mints.get(); i++) {
      RecordedRequest request = server.take();
      if (!request.getPath().endsWith("/auth/token")) {
        bearers.add(request.getHeader("Authorization"));
      }
    }
    assertThat(bearers).hasSize(3);
    assertThat(bearers.get(2)).as("the last call carries a newer token than the first").isNotEqualTo(bearers.get(0));
    assertThat(id.auth().isTokenExpired()).isFalse();
  }

  // --- async: bounded, cancellable end to end -------------------------------------------------------------------

  /** Counts calls started and ended (successfully or not), and which of them were cancelled. */
  private static final class CallEvents extends EventListener {
    final AtomicInteger started = new AtomicInteger();
    final AtomicInteger canceled = new AtomicInteger();
    final AtomicInteger ended = new AtomicInteger();
    volatile CountDownLatch allEnded = new CountDownLatch(0);

    @Override
    public void callStart(Call call) {
      started.incrementAndGet();
    }

    @Override
    public void canceled(Call call) {
      canceled.incrementAndGet();
    }

    @Override
    public void callEnd(Call call) {
      end();
    }

    @Override
    public void callFailed(Call call, IOException ioe) {
      end();
    }

    private void end() {
      ended.incrementAndGet();
      allEnded.countDown();
    }
  }

  @Test
  void fiveHundredAsyncCallsRunBoundedAndCancelEndToEnd() throws Exception {
    server.server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE); // a server that never answers
      }
    });
    CallEvents events = new CallEvents();
    OmneoId id = client(server.baseUrl()).maxConcurrentAsync(8).readTimeout(Duration.ofSeconds(25))
        .callTimeout(Duration.ofSeconds(25)).okHttpClient(new OkHttpClient.Builder().eventListener(events).build())
        .build();
    Set<String> threads = ConcurrentHashMap.newKeySet();

    List<CompletableFuture<Profile>> futures = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      futures.add(id.async(() -> {
        threads.add(Thread.currentThread().getName());
        return id.profile().get();
      }));
    }
    for (int i = 0; i < 8; i++) {
      assertThat(server.server.takeRequest(10, TimeUnit.SECONDS)).as("request %d reached the server", i).isNotNull();
    }
    events.allEnded = new CountDownLatch(8);
    // Last first: were the running ones cancelled first, each freed slot would start the next queued call (not
    // cancelled yet) — as it should.
    for (int i = futures.size() - 1; i >= 0; i--) {
      futures.get(i).cancel(true);
    }

    assertThat(events.allEnded.await(10, TimeUnit.SECONDS)).as("the 8 calls in flight ended at once, not at their"
        + " 25 s timeout").isTrue();
    assertThat(events.canceled).hasValue(8);
    assertThat(events.started).as("queued work never started").hasValue(8);
    assertThat(server.requestCount()).isEqualTo(8);
    assertThat(threads).as("at most maxConcurrentAsync threads").hasSizeLessThanOrEqualTo(8);
    assertThat(futures).allMatch(CompletableFuture::isCancelled);
  }

  @Test
  void cancellingCallAsyncCancelsItsRequest() throws Exception {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    CallEvents events = new CallEvents();
    events.allEnded = new CountDownLatch(1);
    OmneoId id = client(server.baseUrl()).readTimeout(Duration.ofSeconds(25)).callTimeout(Duration.ofSeconds(25))
        .okHttpClient(new OkHttpClient.Builder().eventListener(events).build()).build();

    CompletableFuture<ProfileEnvelope> future = id.callAsync("GET", "/profiles/me", null, null,
        ProfileEnvelope.class);
    server.take();
    future.cancel(true);

    assertThat(events.allEnded.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(events.canceled).hasValue(1);
  }

  @Test
  void asyncWorkStillSucceedsAndFailsAsBefore() throws Exception {
    server.enqueueJson(200, OperationsTable.PROFILE).enqueueJson(404, "{\"message\":\"gone\"}");
    OmneoId id = client(server.baseUrl()).retryPolicy(RetryPolicy.none()).maxConcurrentAsync(1).build();

    CompletableFuture<Profile> ok = id.async(() -> id.profile().get());
    CompletableFuture<Profile> missing = id.async(() -> id.profile().get());

    assertThat(ok.get(10, TimeUnit.SECONDS)).isInstanceOf(Profile.class);
    assertThat(catchThrowable(() -> missing.get(10, TimeUnit.SECONDS)))
        .hasCauseInstanceOf(io.github.omneoid.client.errors.NotFoundException.class);
  }

  // --- a failing token source is not hammered -------------------------------------------------------------------

  private static RateLimitException tooManyRequests(Duration retryAfter) {
    return new RateLimitException(new HttpErrorDetails(429, "POST", "/auth/token", Collections.emptyMap(), "",
        "Too Many Attempts.", Collections.emptyMap()), retryAfter);
  }

  @Test
  void aStaleTokenWhoseSourceFailsIsNotHammered() {
    clock.set(T0.plusSeconds(3600 - 240)); // 4 min left of an hour: stale, far from expiring
    AtomicInteger fetches = new AtomicInteger();
    OmneoId id = client(server.baseUrl()).tokenSource(() -> {
      fetches.incrementAndGet();
      throw tooManyRequests(null);
    }).build();
    answerEverything(200, OperationsTable.PROFILE);

    for (int i = 0; i < 1000; i++) {
      id.call("GET", "/locations");
    }

    assertThat(fetches).as("one background refresh; its failure holds the next one off").hasValue(1);
    assertThat(id.auth().token().map(IdToken::value)).contains(JWT);

    clock.advance(Duration.ofSeconds(1));
    for (int i = 0; i < 1000 && fetches.get() < 2; i++) {
      id.call("GET", "/locations");
    }
    assertThat(fetches).as("after the backoff, one more try").hasValue(2);
  }

  @Test
  void backoffDoublesUpTo30sHonoursRetryAfterAndEndsOnSuccess() {
    AtomicInteger fetches = new AtomicInteger();
    AtomicBoolean recovered = new AtomicBoolean();
    List<Duration> retryAfters = new ArrayList<>(Collections.nCopies(10, (Duration) null));
    retryAfters.set(0, Duration.ofSeconds(10));
    OmneoId id = OmneoId.builder().baseUrl(server.baseUrl()).clock(clock).ticker(clock).tokenSource(() -> {
      int n = fetches.incrementAndGet();
      if (recovered.get()) {
        return IdToken.parse(TestTokens.profileJwt(PROFILE, clock.instant(), clock.instant().plusSeconds(3600)));
      }
      throw tooManyRequests(retryAfters.get(Math.min(n - 1, 9)));
    }).build();
    answerEverything(200, OperationsTable.PROFILE);

    // Without a token every caller waits for a refresh, so each failure is known when the call returns.
    long[] backoffSeconds = {10, 2, 4, 8, 16, 30, 30};
    for (int i = 0; i < backoffSeconds.length; i++) {
      assertThat(catchThrowable(() -> id.call("GET", "/locations"))).isInstanceOf(RateLimitException.class);
      assertThat(fetches).hasValue(i + 1);
      clock.advance(Duration.ofSeconds(backoffSeconds[i]).minusMillis(1));
      assertThat(catchThrowable(() -> id.call("GET", "/locations"))).as("within backoff %d", i)
          .isInstanceOf(RateLimitException.class);
      assertThat(fetches).as("no fetch within backoff %d", i).hasValue(i + 1);
      clock.advance(Duration.ofMillis(1));
    }
    recovered.set(true);
    id.call("GET", "/locations");
    assertThat(fetches).hasValue(backoffSeconds.length + 1);
    assertThat(server.requestCount()).isEqualTo(1);
  }

  // --- token and URL hygiene ------------------------------------------------------------------------------------

  @Test
  void tokensWithHeaderBreakingCharactersAreMalformedAtParse() {
    String[] parts = JWT.split("\\.");
    String[] hostile = {
        parts[0] + "\r\nX-Evil: 1." + parts[1] + "." + parts[2],
        parts[0] + "." + parts[1] + "." + parts[2] + "\nX-Evil: 1",
        parts[0] + "é." + parts[1] + "." + parts[2],
        parts[0] + "." + parts[1] + "." + "c2ln bmF0dXJl",
        parts[0] + "." + parts[1] + "." + "sig\u0000x",
        "." + parts[1] + "." + parts[2],
        parts[0] + "." + parts[1] + " ." + parts[2]};
    for (String jwt : hostile) {
      assertThatThrownBy(() -> IdToken.parse(jwt)).as(jwt).isInstanceOf(MalformedTokenException.class)
          .hasMessageContaining("base64url").hasMessageNotContaining(parts[1]);
      assertThatThrownBy(() -> OmneoId.builder().tenant("acme").idToken(jwt))
          .isInstanceOf(MalformedTokenException.class);
    }
    assertThat(IdToken.parse("  " + JWT + "\r\n").value()).as("surrounding whitespace is trimmed").isEqualTo(JWT);
  }

  @Test
  void timesOutOfRangeAreMalformedNotADateTimeException() {
    for (String exp : new String[] {"31556889864403199", "31556889864403200", "253402300800", "-1", "1e300",
        "-31556889864403199"}) {
      String jwt = "a." + TestTokens.encode("{\"pid\":\"p\",\"exp\":" + exp + "}") + ".c";
      assertThatThrownBy(() -> IdToken.parse(jwt)).as(exp).isInstanceOf(MalformedTokenException.class)
          .hasMessageContaining("'exp' is not a time");
    }
    IdToken last = IdToken.parse("a." + TestTokens.encode("{\"pid\":\"p\",\"exp\":253402300799}") + ".c");
    OmneoId id = client(server.baseUrl()).idToken(last).build();
    answerEverything(200, "{}");
    id.call("GET", "/locations");
    assertThat(id.auth().isTokenExpired()).isFalse();
  }

  @Test
  void plainHttpIsRefusedForHostsThatAreNotLoopback() {
    for (String url : new String[] {"http://api.acme.getomneo.com/id/api/v1", "http://10.0.0.8/id/api/v1",
        "http://127.example.com/id/api/v1"}) {
      assertThatThrownBy(() -> OmneoId.builder().baseUrl(url).idToken(JWT).build()).as(url)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseUrl must be https")
          .hasMessageContaining("allowInsecureHttp()");
      assertThatThrownBy(() -> OmneoIdAdmin.builder().baseUrl(url).apiToken(TestTokens.ADMIN_TOKEN).build())
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseUrl");
      assertThat(OmneoId.builder().baseUrl(url).allowInsecureHttp().idToken(JWT).build()).isNotNull();
      assertThat(OmneoIdAdmin.builder().allowInsecureHttp().baseUrl(url).apiToken(TestTokens.ADMIN_TOKEN).build())
          .isNotNull();
    }
    for (String loopback : new String[] {"http://localhost:8080/id/api/v1", "http://127.0.0.1:1/id/api/v1",
        "http://[::1]:8080/id/api/v1", "https://api.acme.getomneo.com/id/api/v1"}) {
      assertThat(OmneoId.builder().baseUrl(loopback).idToken(JWT).build()).as(loopback).isNotNull();
    }
  }

  @Test
  void aBaseUrlWithAPasswordIsRefusedWithoutPrintingIt() {
    for (String url : new String[] {"https://user:s3cret@api.acme.getomneo.com/id/api/v1",
        "https://s3cret@api.acme.getomneo.com/id/api/v1", "https://user:s3cret@bad host/id/api/v1"}) {
      assertThatThrownBy(() -> OmneoId.builder().baseUrl(url)).as(url).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("baseUrl").hasMessageNotContaining("s3cret");
      assertThatThrownBy(() -> OmneoIdAdmin.builder().baseUrl(url)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageNotContaining("s3cret");
    }
  }

  @Test
  void newBuilderOptionsAreCheckedUpFrontNamingThemselves() {
    assertThatThrownBy(() -> OmneoId.builder().maxResponseBytes(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxResponseBytes must be at least 1, was 0");
    assertThatThrownBy(() -> OmneoId.builder().maxConcurrentAsync(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxConcurrentAsync must be at least 1, was 0");
    assertThatThrownBy(() -> OmneoIdAdmin.builder().ticker(null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ticker must not be null");
  }

  // --- errors are safe to keep ----------------------------------------------------------------------------------

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T value) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }

  @Test
  void exceptionsSurviveJavaSerialization() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(500).setHeader("X-Request-Id", "req-1")
        .setHeader("Content-Type", "application/json").setBody("{\"message\":\"Server Error\"}"));
    server.enqueueJson(422, "{\"message\":\"invalid\",\"errors\":{\"email\":[\"taken\"]}}");
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "120"));
    server.enqueue(new MockResponse().setResponseCode(302).setHeader("Location", "https://elsewhere.example/"));
    OmneoId id = client(server.baseUrl()).retryPolicy(RetryPolicy.none()).build();

    ServerException server500 = roundTrip((ServerException) catchThrowable(() -> id.profile().get()));
    assertThat(server500.status()).isEqualTo(500);
    assertThat(server500.requestId()).contains("req-1");
    assertThat(server500.serverMessage()).contains("Server Error");
    assertThat(server500.getMessage()).isEqualTo("GET /profiles/me failed with HTTP 500");
    assertThat(server500.body()).isEqualTo("{\"message\":\"Server Error\"}");

    ValidationException invalid = roundTrip((ValidationException) catchThrowable(() -> id.profile().get()));
    assertThat(invalid.errors()).containsEntry("email", Collections.singletonList("taken"));

    RateLimitException limited = roundTrip((RateLimitException) catchThrowable(() -> id.profile().get()));
    assertThat(limited.retryAfter()).contains(Duration.ofSeconds(120));

    RedirectException redirect = roundTrip((RedirectException) catchThrowable(() -> id.profile().get()));
    assertThat(redirect.location()).contains("https://elsewhere.example/");

    NetworkException network = roundTrip(new NetworkException("GET /x failed", new IOException("reset")));
    assertThat(network.getCause()).hasMessage("reset");
    OmneoIdException timeout = roundTrip(new CallTimeoutException("GET /x timed out", null));
    assertThat(timeout).hasMessage("GET /x timed out");
  }

  private static String repeat(char c, int times) {
    char[] chars = new char[times];
    java.util.Arrays.fill(chars, c);
    return new String(chars);
  }
}
