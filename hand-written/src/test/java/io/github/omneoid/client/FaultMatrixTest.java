package io.github.omneoid.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.omneoid.client.errors.CallTimeoutException;
import io.github.omneoid.client.errors.InvalidResponseException;
import io.github.omneoid.client.errors.NetworkException;
import io.github.omneoid.client.errors.OmneoIdException;
import io.github.omneoid.client.errors.RateLimitException;
import io.github.omneoid.client.errors.ServerException;
import io.github.omneoid.model.Profile;
import io.github.omneoid.model.RedeemResult;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * How the client behaves when the network and the server misbehave. Every case ends in a success or the documented
 * typed exception — never an unexpected exception type, never a token in a message, never longer than the call
 * timeout (each case runs under a hard bound of call timeout + 5 s).
 */
class FaultMatrixTest {

  private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(3);

  private final TestServer server = new TestServer();
  private final MutableClock clock = new MutableClock(NOW);
  private final RecordingSleeper sleeper = new RecordingSleeper();

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private OmneoId.Builder client() {
    return OmneoId.builder().baseUrl(server.baseUrl()).clock(clock).ticker(clock).sleeper(sleeper)
        .retryPolicy(RetryPolicy.builder().jitter(0).build()).callTimeout(CALL_TIMEOUT)
        .readTimeout(Duration.ofMillis(500)).idToken(TestTokens.profileJwt("p-1", NOW, NOW.plusSeconds(3600)));
  }

  /** Runs a call under a hard time bound and returns its outcome: the value, or the exception it threw. */
  private static <T> Object outcome(OmneoId id, Function<OmneoId, T> call) {
    return assertTimeoutPreemptively(CALL_TIMEOUT.plusSeconds(5), () -> {
      try {
        return call.apply(id);
      } catch (OmneoIdException e) {
        assertThat(e.getMessage()).doesNotContain(id.auth().token().get().value());
        return e;
      }
    });
  }

  private Object getProfile() {
    return outcome(client().build(), id -> id.profile().get());
  }

  @Test
  void connectionRefused() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    OmneoId id = client().baseUrl("http://127.0.0.1:" + closedPort + "/id/api/v1").build();

    assertThat(outcome(id, i -> i.profile().get())).isInstanceOf(NetworkException.class);
    assertThat(sleeper.waits).as("a refused connection is retried, even for a POST").hasSize(2);
    assertThat(outcome(id, i -> i.profile().redeem(BigDecimal.ONE))).isInstanceOf(NetworkException.class);
    assertThat(sleeper.waits).hasSize(4);
  }

  @Test
  void resetBeforeTheRequestIsReadThenSuccess() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
    server.enqueueJson(200, OperationsTable.PROFILE);

    assertThat(getProfile()).isInstanceOf(Profile.class);
    assertThat(server.requestCount()).isEqualTo(2);
  }

  @Test
  void resetDuringAPostBodyIsNotReplayed() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_DURING_REQUEST_BODY));
    server.enqueueJson(200, "{\"data\":{}}");

    Object result = outcome(client().build(), id -> id.profile().redeem(new BigDecimal("5")));

    assertThat(result).isInstanceOf(NetworkException.class);
    assertThat(sleeper.waits).isEmpty();
  }

  @Test
  void resetAfterAPostBodyIsNotReplayed() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueueJson(200, "{\"data\":{}}");

    assertThat(outcome(client().build(), id -> id.profile().redeem(new BigDecimal("5"))))
        .isInstanceOf(NetworkException.class);
    assertThat(server.requestCount()).as("the server got it once and only once").isEqualTo(1);
  }

  @Test
  void readTimeoutIsRetriedForAGetThenTyped() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    }

    assertThat(getProfile()).isInstanceOf(CallTimeoutException.class);
    assertThat(server.requestCount()).isEqualTo(3);
  }

  @Test
  void theCallTimeoutBoundsEverythingRetriesIncluded() {
    OmneoId id = client().readTimeout(Duration.ofSeconds(10)).callTimeout(Duration.ofSeconds(1)).build();
    server.enqueue(new MockResponse().setBody("{}").setHeadersDelay(5, TimeUnit.SECONDS));

    long start = System.nanoTime();
    Object result = outcome(id, i -> i.profile().get());

    assertThat(result).isInstanceOf(CallTimeoutException.class);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
  }

  @Test
  void rateLimitedWithRetryAfterSecondsThenSuccess() {
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "2"));
    server.enqueueJson(200, OperationsTable.PROFILE);

    assertThat(getProfile()).isInstanceOf(Profile.class);
    assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void rateLimitedWithRetryAfterAsAnHttpDateThenSuccess() {
    String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(2).atOffset(ZoneOffset.UTC));
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", date));
    server.enqueueJson(200, OperationsTable.PROFILE);

    assertThat(getProfile()).isInstanceOf(Profile.class);
    assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void aRetryAfterThatWouldOutlastTheCallTimeoutIsReportedNotWaited() {
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "4"));
    server.enqueueJson(200, OperationsTable.PROFILE);

    assertThat(getProfile()).isInstanceOfSatisfying(RateLimitException.class,
        e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(4)));
    assertThat(sleeper.waits).isEmpty();
  }

  @Test
  void rateLimitedPastTheRetriesIsTyped() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "1"));
    }

    assertThat(getProfile()).isInstanceOfSatisfying(RateLimitException.class,
        e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(1)));
  }

  @Test
  void gatewayErrorsThenSuccess() {
    server.enqueueJson(502, "{}").enqueueJson(503, "{}");
    server.enqueueJson(200, OperationsTable.PROFILE);
    assertThat(getProfile()).isInstanceOf(Profile.class);

    server.enqueueJson(504, "{}").enqueueJson(200, OperationsTable.PROFILE);
    assertThat(getProfile()).isInstanceOf(Profile.class);
    assertThat(sleeper.waits).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(500));
  }

  @Test
  void a500OnAPostIsNotRetried() {
    server.enqueueJson(500, "{\"message\":\"Server Error\"}").enqueueJson(200, "{\"data\":{}}");

    assertThat(outcome(client().build(), id -> id.profile().redeem(BigDecimal.TEN)))
        .isInstanceOf(ServerException.class);
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void aTruncatedBodyIsANetworkFailure() {
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/json")
        .setBody("{\"data\":{\"id\":\"p-1\",\"first_name\":\"An").setHeader("Content-Length", "200")
        .setSocketPolicy(SocketPolicy.DISCONNECT_AT_END));
    server.enqueueJson(200, OperationsTable.PROFILE);

    Object result = getProfile();

    assertThat(result).as("a GET is retried after the cut, or the cut is reported as a network failure")
        .isInstanceOfAny(Profile.class, NetworkException.class);
  }

  @Test
  void htmlErrorPagesWith200AndWith500() {
    server.enqueue(new MockResponse().setHeader("Content-Type", "text/html").setBody("<html>Maintenance</html>"));
    assertThat(getProfile()).isInstanceOf(InvalidResponseException.class);

    server.enqueue(new MockResponse().setResponseCode(500).setHeader("Content-Type", "text/html")
        .setBody("<html>Whoops</html>"));
    assertThat(outcome(client().build(), id -> id.profile().redeem(BigDecimal.ONE)))
        .isInstanceOfSatisfying(ServerException.class, e -> assertThat(e.body()).contains("Whoops"));
  }

  @Test
  void invalidJson() {
    server.enqueueJson(200, "{\"data\": {\"id\": ");
    assertThat(getProfile()).isInstanceOf(InvalidResponseException.class);

    server.enqueueJson(200, "{\"data\": [1, 2, 3]}");
    assertThat(getProfile()).as("JSON of the wrong shape").isInstanceOf(InvalidResponseException.class);
  }

  @Test
  void anEmpty200WhereJsonIsExpected() {
    server.enqueue(new MockResponse().setResponseCode(200));

    assertThat(getProfile()).isInstanceOfSatisfying(InvalidResponseException.class,
        e -> assertThat(e.getMessage()).contains("no body"));
  }

  @Test
  void a204WhereABodyIsExpected() {
    server.enqueue(new MockResponse().setResponseCode(204));

    assertThat(outcome(client().build(), id -> id.profile().redeem(BigDecimal.ONE)))
        .isInstanceOf(InvalidResponseException.class);
  }

  @Test
  void aMultiMegabyteBody() {
    StringBuilder tags = new StringBuilder();
    for (int i = 0; i < 200_000; i++) {
      tags.append(i == 0 ? "" : ",").append("\"tag-").append(i).append('"');
    }
    Buffer body = new Buffer().writeUtf8("{\"data\":{\"id\":\"p-1\",\"tags\":[" + tags + "]}}");
    assertThat(body.size()).isGreaterThan(2_000_000);
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(body));

    Object result = getProfile();

    assertThat(result).isInstanceOfSatisfying(Profile.class, p -> assertThat(p.getTags()).hasSize(200_000));
  }

  @Test
  void aTokenThatExpiresBetweenRetriesIsReplacedNotResent() {
    IdToken first = IdToken.parse(TestTokens.profileJwt("p-1", NOW, NOW.plusSeconds(60)));
    IdToken second = IdToken.parse(TestTokens.profileJwt("p-1", NOW.plusSeconds(120), NOW.plusSeconds(180)));
    // The wait before the retry moves the clock past the first token's expiry.
    OmneoId id = client().idToken(first).tokenSource(() -> second)
        .sleeper(wait -> clock.advance(Duration.ofSeconds(120))).build();
    server.enqueueJson(503, "{}").enqueueJson(200, OperationsTable.PROFILE);

    assertThat(outcome(id, i -> i.profile().get())).isInstanceOf(Profile.class);
    assertThat(server.take().getHeader("Authorization")).isEqualTo("Bearer " + first.value());
    assertThat(server.take().getHeader("Authorization")).isEqualTo("Bearer " + second.value());
  }

  @Test
  void aRedeemThatSucceedsReturnsItsResult() {
    server.enqueueJson(200, "{\"data\":{\"id\":1,\"total\":5}}");

    assertThat(outcome(client().build(), id -> id.profile().redeem(new BigDecimal("5"))))
        .isInstanceOfSatisfying(RedeemResult.class, r -> assertThat(r.getTotal()).isEqualByComparingTo("5"));
  }
}
