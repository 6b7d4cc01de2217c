package io.github.omneoid.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.omneoid.client.OmneoIdListener.ApiCall;
import io.github.omneoid.client.errors.AnonymousTokenException;
import io.github.omneoid.client.errors.NetworkException;
import io.github.omneoid.json.SchemaDrift;
import io.github.omneoid.json.SchemaDriftListener;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The listener hears every call, retry, refresh and drift — and never a token or personal data. */
class ObservabilityTest {

  private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");
  private static final String PROFILE = "3f2b8c1e-7d4a-4b9e-8f21-6c5d4e3a2b10";

  private final TestServer server = new TestServer();
  private final RecordingListener events = new RecordingListener();

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private OmneoId.Builder client() {
    return OmneoId.builder().baseUrl(server.baseUrl()).clock(new MutableClock(NOW)).sleeper(new RecordingSleeper())
        .listener(events);
  }

  @Test
  void aCallWithARetryIsStartedRetriedAndFinishedOnce() {
    server.enqueueJson(503, "{\"message\":\"busy\"}").enqueueJson(200, "{\"data\":[]}");
    OmneoId id = client().idToken(TestTokens.profileJwt(PROFILE, NOW, NOW.plusSeconds(3600))).build();

    id.profile().addresses().list(Query.of().filter("email", "ann@example.com"));

    assertThat(events.lines).hasSize(3);
    assertThat(events.lines.get(0)).isEqualTo("started listMyAddresses (GET /profiles/me/addresses)");
    assertThat(events.lines.get(1)).startsWith("retrying listMyAddresses (GET /profiles/me/addresses) #2 after 503 in ");
    assertThat(events.lines.get(2)).startsWith("finished listMyAddresses (GET /profiles/me/addresses) 200 in ");
    assertThat(String.join("\n", events.lines)).as("no query string, so no filter values")
        .doesNotContain("ann@example.com", "filter");
  }

  @Test
  void failuresWithoutAnAnswerAreReportedWithTheirCause() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
    OmneoId id = client().retryPolicy(RetryPolicy.none())
        .idToken(TestTokens.profileJwt(PROFILE, NOW, NOW.plusSeconds(3600))).build();
    OmneoId anonymous = client().idToken(TestTokens.anonymousJwt(NOW, NOW.plusSeconds(3600))).build();

    assertThatThrownBy(() -> id.profile().points().get(7)).isInstanceOf(NetworkException.class);
    assertThatThrownBy(() -> anonymous.profile().get()).isInstanceOf(AnonymousTokenException.class);

    assertThat(events.lines).hasSize(4);
    assertThat(events.lines.get(1)).startsWith("failed getMyPoint (GET /profiles/me/points/7) ");
    assertThat(events.lines.get(3)).startsWith("failed getMyProfile (GET /profiles/me) AnonymousTokenException");
  }

  @Test
  void refreshesMintsAndTheEscapeHatchAreNamed() {
    String jwt = TestTokens.profileJwt(PROFILE, NOW, NOW.plusSeconds(3600));
    server.enqueueJson(200, TestTokens.mintResponse(jwt, NOW.plusSeconds(3600)))
        .enqueueJson(200, "{\"data\":{\"id\":\"" + PROFILE + "\"}}")
        .enqueueJson(200, "{\"data\":{}}");
    OmneoIdAdmin admin = OmneoIdAdmin.builder().baseUrl(server.baseUrl()).apiToken(TestTokens.ADMIN_TOKEN)
        .listener(events).build();
    OmneoId id = client().tokenSource(admin.tokenSource(AuthTokenRequest.forProfile(PROFILE))).build();

    id.profile().get();
    id.call("GET", "/profiles/me/balances");

    assertThat(events.lines).extracting(line -> line.replaceAll(" in PT.*", ""))
        .containsExactly(
            "started getMyProfile (GET /profiles/me)",
            "started requestAuthToken (POST /auth/token)",
            "finished requestAuthToken (POST /auth/token) 200",
            "refreshed ok",
            "finished getMyProfile (GET /profiles/me) 200",
            "started call (GET /profiles/me/balances)",
            "finished call (GET /profiles/me/balances) 200");
    assertThat(String.join("\n", events.lines)).doesNotContain(jwt, TestTokens.ADMIN_TOKEN, PROFILE);
  }

  @Test
  void driftIsHeardOncePerModelAndField() {
    for (int i = 0; i < 3; i++) {
      server.enqueueJson(200, "{\"data\":{\"id\":\"" + PROFILE + "\",\"first_name\":{\"oops\":true}}}");
    }
    OmneoId id = client().schemaDriftListener(drift -> { })
        .idToken(TestTokens.profileJwt(PROFILE, NOW, NOW.plusSeconds(3600))).build();

    for (int i = 0; i < 3; i++) {
      id.profile().get();
    }

    assertThat(events.drifts).containsExactly(
        new SchemaDrift("Profile", "first_name", "string", "object", "$.data.first_name"));
  }

  @Test
  void aListenerThatThrowsDoesNotBreakTheCall() {
    server.enqueueJson(200, "{\"data\":{\"id\":\"" + PROFILE + "\"}}");
    OmneoId id = OmneoId.builder().baseUrl(server.baseUrl()).clock(new MutableClock(NOW))
        .idToken(TestTokens.profileJwt(PROFILE, NOW, NOW.plusSeconds(3600)))
        .listener(new OmneoIdListener() {
          @Override
          public void callStarted(ApiCall call) {
            throw new IllegalStateException("metrics backend down");
          }
        }).build();

    assertThat(id.profile().get().getId()).isEqualTo(PROFILE);
  }
}
