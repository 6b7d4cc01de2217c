package io.github.omneoid.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.omneoid.client.errors.NetworkException;
import io.github.omneoid.client.errors.RateLimitException;
import io.github.omneoid.client.errors.ServerException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collections;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RetryTest {

  private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");

  private final TestServer server = new TestServer();
  private final MutableClock clock = new MutableClock(NOW);
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final OmneoId id = OmneoId.builder().baseUrl(server.baseUrl()).clock(clock).sleeper(sleeper)
      .retryPolicy(RetryPolicy.builder().jitter(0).build())
      .idToken(TestTokens.profileJwt("p-1", NOW, NOW.plusSeconds(3600))).build();

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  @Test
  void retriesTwiceWithExponentialBackoffThenSucceeds() {
    server.enqueueJson(503, "{}").enqueueJson(502, "{}").enqueueJson(200, "{\"ok\":true}");

    Object result = id.call("GET", "/locations");

    assertThat(result).isEqualTo(Collections.singletonMap("ok", true));
    assertThat(server.requestCount()).isEqualTo(3);
    assertThat(sleeper.waits).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
  }

  @Test
  void givesUpAfterMaxRetriesWithTheTypedError() {
    server.enqueueJson(504, "{}").enqueueJson(504, "{}").enqueueJson(504, "{\"message\":\"gateway\"}")
        .enqueueJson(200, "{}");

    assertThatThrownBy(() -> id.call("GET", "/locations")).isInstanceOf(ServerException.class)
        .hasMessage("GET /locations failed with HTTP 504");
    assertThat(server.requestCount()).isEqualTo(3);
  }

  @Test
  void backoffIsCappedAndJittered() {
    RetryPolicy policy = RetryPolicy.builder().maxRetries(10).build();
    assertThat(policy.backoff(1, 0)).isEqualTo(Duration.ofMillis(500));
    assertThat(policy.backoff(5, 0)).isEqualTo(Duration.ofSeconds(8));
    assertThat(policy.backoff(40, 0)).isEqualTo(Duration.ofSeconds(8));
    assertThat(policy.backoff(1, 0.999)).isBetween(Duration.ofMillis(400), Duration.ofMillis(401));
  }

  @Test
  void honoursRetryAfterInSeconds() {
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "3"))
        .enqueueJson(200, "{}");

    id.call("GET", "/locations");

    assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void honoursRetryAfterAsAnHttpDate() {
    String in7s = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(7).atOffset(ZoneOffset.UTC));
    server.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", in7s))
        .enqueueJson(200, "{}");

    id.call("GET", "/locations");

    assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void aRetryAfterLongerThanTheCapIsReportedNotWaited() {
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "120")
        .setBody("{\"message\":\"Too Many Attempts.\"}"));

    assertThatThrownBy(() -> id.call("GET", "/locations"))
        .isInstanceOfSatisfying(RateLimitException.class, e -> {
          assertThat(e.retryAfter()).contains(Duration.ofSeconds(120));
          assertThat(e.status()).isEqualTo(429);
        });
    assertThat(sleeper.waits).isEmpty();
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void aPostIsRetriedWhenTurnedAwayButNotWhenAGatewayMayHavePassedItOn() {
    server.enqueueJson(503, "{}").enqueueJson(200, "{}");
    id.call("POST", "/profiles/me/redeem", null, Collections.singletonMap("amount", 5));
    assertThat(server.requestCount()).isEqualTo(2);

    server.enqueueJson(502, "{}").enqueueJson(200, "{}");
    assertThatThrownBy(() -> id.call("POST", "/profiles/me/redeem", null, Collections.singletonMap("amount", 5)))
        .isInstanceOf(ServerException.class);
    assertThat(server.requestCount()).isEqualTo(3);
    assertThat(server.take().getBody().readUtf8()).isEqualTo("{\"amount\":5}");
  }

  @Test
  void aPostIsNotReplayedAfterTheConnectionDropsMidRequest() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueueJson(200, "{}");

    assertThatThrownBy(() -> id.call("POST", "/profiles/me/redeem", null, Collections.singletonMap("amount", 5)))
        .isInstanceOf(NetworkException.class).hasMessageStartingWith("POST /profiles/me/redeem failed");
    assertThat(server.requestCount()).isEqualTo(1);
    assertThat(sleeper.waits).isEmpty();
  }

  @Test
  void aGetIsRetriedAfterTheConnectionDrops() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueueJson(200, "{\"data\":[]}");

    Object result = id.call("GET", "/profiles/me/lists");

    assertThat(result).isEqualTo(Collections.singletonMap("data", Collections.emptyList()));
    assertThat(server.requestCount()).isEqualTo(2);
    assertThat(sleeper.waits).containsExactly(Duration.ofMillis(500));
  }

  @Test
  void noRetriesWithThePolicyOff() {
    OmneoId once = OmneoId.builder().baseUrl(server.baseUrl()).retryPolicy(RetryPolicy.none()).sleeper(sleeper)
        .idToken(TestTokens.profileJwt("p-1", NOW, NOW.plusSeconds(3600))).clock(clock).build();
    server.enqueueJson(503, "{}");

    assertThatThrownBy(() -> once.call("GET", "/locations")).isInstanceOf(ServerException.class);
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void readsRetryAfterForms() {
    assertThat(RetryPolicy.parseRetryAfter("2", NOW)).isEqualTo(Duration.ofSeconds(2));
    assertThat(RetryPolicy.parseRetryAfter(" 1.5 ", NOW)).isEqualTo(Duration.ofMillis(1500));
    assertThat(RetryPolicy.parseRetryAfter("Mon, 01 Jun 2026 07:00:00 GMT", NOW)).isEqualTo(Duration.ZERO);
    for (String unreadable : Arrays.asList(null, "", "-1", "soon", "NaN")) {
      assertThat(RetryPolicy.parseRetryAfter(unreadable, NOW)).as(String.valueOf(unreadable)).isNull();
    }
  }
}
