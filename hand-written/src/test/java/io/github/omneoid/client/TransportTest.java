package io.github.omneoid.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.omneoid.client.errors.CallTimeoutException;
import io.github.omneoid.client.errors.InvalidResponseException;
import io.github.omneoid.model.ProfileEnvelope;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TransportTest {

  private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");
  private static final String JWT = TestTokens.profileJwt("p-1", NOW, NOW.plusSeconds(3600));

  private final TestServer server = new TestServer();

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private OmneoId.Builder client() {
    return OmneoId.builder().baseUrl(server.baseUrl()).retryPolicy(RetryPolicy.none()).clock(new MutableClock(NOW))
        .idToken(JWT);
  }

  @Test
  void sendsUserAgentAcceptAndBearer() {
    server.enqueueJson(200, "{}");
    client().build().call("GET", "/profiles/me");

    RecordedRequest request = server.take();
    assertThat(request.getHeader("User-Agent")).matches("omneo-id-java/\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    assertThat(request.getHeader("Accept")).isEqualTo("application/json");
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + JWT);
  }

  @Test
  void theEscapeHatchReportsJsonCutShortAsAnInvalidResponseNotANetworkFailure() {
    server.enqueueJson(200, "{\"data\":{\"id\":").enqueueJson(200, "");
    OmneoId id = client().build();

    assertThatThrownBy(() -> id.call("GET", "/profiles/me")).isInstanceOf(InvalidResponseException.class)
        .hasMessageStartingWith("GET /profiles/me: the response is not JSON");
    assertThat(id.call("GET", "/profiles/me")).as("an empty body is null for the escape hatch").isNull();
  }

  @Test
  void theEscapeHatchSendsLiteralBracketKeysAndParsesTypedResponses() {
    server.enqueueJson(200, "{\"data\":{\"id\":\"p-1\",\"first_name\":\"Ann\",\"unknown_field\":1}}");
    Map<String, Object> query = new LinkedHashMap<>();
    query.put("filter[is_published]", 1);
    query.put("sort", "-created_at");

    ProfileEnvelope envelope = client().build().call("GET", "/profiles/me", query, null, ProfileEnvelope.class);

    assertThat(envelope.getData().getFirstName()).isEqualTo("Ann");
    RecordedRequest request = server.take();
    assertThat(request.getRequestUrl().queryParameter("filter[is_published]")).isEqualTo("1");
    assertThat(request.getRequestUrl().queryParameter("sort")).isEqualTo("-created_at");
    assertThat(request.getPath()).startsWith("/id/api/v1/profiles/me?filter%5Bis_published%5D=1&sort=-created_at");
  }

  @Test
  void theEscapeHatchRefusesPathsThatLeaveTheApi() {
    OmneoId id = client().build();
    for (String bad : new String[] {"profiles/me", "/profiles/../auth/token", "/a/./b", "/x?y=1", "/x#y",
        "/profiles/%2e%2e/auth"}) {
      assertThatThrownBy(() -> id.call("GET", bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("path");
    }
    assertThat(server.requestCount()).isZero();
  }

  @Test
  void anHtmlPageWithStatus200IsAnInvalidResponse() {
    server.enqueue(new MockResponse().setResponseCode(200).setHeader("Content-Type", "text/html")
        .setBody("<html>login</html>"));

    assertThatThrownBy(() -> client().build().call("GET", "/profiles/me", null, null, ProfileEnvelope.class))
        .isInstanceOf(InvalidResponseException.class).hasMessageStartingWith("GET /profiles/me: ");
  }

  @Test
  void aSlowServerHitsTheReadTimeoutAsATypedError() {
    server.enqueue(new MockResponse().setBody("{}").setHeadersDelay(2, TimeUnit.SECONDS));

    assertThatThrownBy(() -> client().readTimeout(Duration.ofMillis(200)).build().call("GET", "/profiles/me"))
        .isInstanceOf(CallTimeoutException.class).hasMessageContaining("GET /profiles/me timed out");
  }

  @Test
  void aCallersOkHttpClientIsExtendedNotChanged() {
    AtomicInteger seen = new AtomicInteger();
    OkHttpClient appClient = new OkHttpClient.Builder()
        .addInterceptor(chain -> {
          seen.incrementAndGet();
          return chain.proceed(chain.request());
        }).build();
    server.enqueueJson(200, "{}");

    client().okHttpClient(appClient).build().call("GET", "/profiles/me");

    assertThat(seen).hasValue(1);
    assertThat(appClient.interceptors()).hasSize(1);
    assertThat(appClient.callTimeoutMillis()).isZero();
    server.take();
  }

  @Test
  void builderArgumentsAreCheckedUpFront() {
    assertThatThrownBy(() -> OmneoId.builder().baseUrl("not a url")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("baseUrl");
    assertThatThrownBy(() -> OmneoId.builder().tenant("acme").build()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("idToken(...) or tokenSource(...)");
    assertThatThrownBy(() -> OmneoId.builder().readTimeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("readTimeout must not be negative, was PT-1S");
    assertThatThrownBy(() -> OmneoId.builder().idToken("x.y")).hasMessageContaining("3 dot-separated segments");
  }

  @Test
  void asyncTwinOfTheEscapeHatch() throws Exception {
    server.enqueueJson(200, "{\"data\":{\"first_name\":\"Bo\"}}");

    ProfileEnvelope envelope = client().build().<ProfileEnvelope>callAsync("GET", "/profiles/me", null, null,
        ProfileEnvelope.class).get(5, TimeUnit.SECONDS);

    assertThat(envelope.getData().getFirstName()).isEqualTo("Bo");
  }
}
