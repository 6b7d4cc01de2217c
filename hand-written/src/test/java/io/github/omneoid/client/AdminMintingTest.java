package io.github.omneoid.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.omneoid.client.errors.InvalidResponseException;
import io.github.omneoid.client.errors.NotFoundException;
import io.github.omneoid.client.errors.UnauthorizedException;
import io.github.omneoid.client.errors.ValidationException;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AdminMintingTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  private static final Instant EXP = NOW.plusSeconds(900);
  private static final String PROFILE = "93770831-e18d-467c-b213-0087218ae9dd";

  private final TestServer server = new TestServer();
  private final OmneoIdAdmin admin = OmneoIdAdmin.builder().baseUrl(server.baseUrl())
      .apiToken(TestTokens.ADMIN_TOKEN).retryPolicy(RetryPolicy.none()).build();

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  @Test
  void mintsForAProfileById() {
    String jwt = TestTokens.profileJwt(PROFILE, NOW, EXP);
    server.enqueueJson(200, TestTokens.mintResponse(jwt, EXP));

    IdToken token = admin.auth().requestAuthToken(AuthTokenRequest.forProfile(PROFILE));

    assertThat(token.value()).isEqualTo(jwt);
    assertThat(token.profileId()).contains(PROFILE);
    assertThat(token.expiresAt()).isEqualTo(EXP);
    RecordedRequest request = server.take();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getPath()).isEqualTo("/id/api/v1/auth/token");
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + TestTokens.ADMIN_TOKEN);
    assertThat(request.getHeader("Content-Type")).startsWith("application/json");
    assertThat(request.getBody().readUtf8()).isEqualTo("{\"id\":\"" + PROFILE + "\"}");
  }

  @Test
  void mintsByIdentityHandle() {
    server.enqueueJson(200, TestTokens.mintResponse(TestTokens.profileJwt(PROFILE, NOW, EXP), EXP));

    admin.auth().requestAuthToken(AuthTokenRequest.forIdentity("1004993MH", "magento_id"));

    assertThat(server.take().getBody().readUtf8()).isEqualTo("{\"id\":\"1004993MH\",\"id_handle\":\"magento_id\"}");
  }

  @Test
  void mintsAnonymousTokensWithIdLeftOut() {
    server.enqueueJson(200, TestTokens.mintResponse(TestTokens.anonymousJwt(NOW, EXP), EXP));

    IdToken token = admin.auth().requestAuthToken(AuthTokenRequest.anonymous());

    assertThat(token.isAnonymous()).isTrue();
    assertThat(server.take().getBody().readUtf8()).as("seeds: omit id").isEqualTo("{}");
  }

  @Test
  void asyncTwinMintsTheSame() throws Exception {
    String jwt = TestTokens.profileJwt(PROFILE, NOW, EXP);
    server.enqueueJson(200, TestTokens.mintResponse(jwt, EXP));

    IdToken token = admin.auth().requestAuthTokenAsync(AuthTokenRequest.forProfile(PROFILE)).get(5, TimeUnit.SECONDS);

    assertThat(token.value()).isEqualTo(jwt);
    server.take();
  }

  @Test
  void aRejectedAdminTokenIsATypedErrorNotASilentUndefined() {
    server.enqueueJson(401, "{\"message\":\"Unauthenticated.\"}");

    assertThatThrownBy(() -> admin.auth().requestAuthToken(AuthTokenRequest.forProfile(PROFILE)))
        .isInstanceOf(UnauthorizedException.class)
        .hasMessage("POST /auth/token failed with HTTP 401")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(TestTokens.ADMIN_TOKEN));
    server.take();
  }

  @Test
  void unknownProfilesAndBadBodiesAreTyped() {
    server.enqueueJson(404, "{\"message\":\"Profile not found\"}");
    server.enqueueJson(422, "{\"message\":\"invalid\",\"errors\":{\"id\":[\"The id must be a string.\"]}}");

    assertThatThrownBy(() -> admin.auth().requestAuthToken(AuthTokenRequest.forProfile("nobody")))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> admin.auth().requestAuthToken(AuthTokenRequest.forProfile("x")))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.errors()).containsEntry("id", java.util.Collections.singletonList("The id must be a string.")));
  }

  @Test
  void aSuccessWithoutATokenIsAnInvalidResponse() {
    server.enqueueJson(200, "{\"data\":{}}");
    server.enqueueJson(200, "<html>maintenance</html>");

    assertThatThrownBy(() -> admin.auth().requestAuthToken(AuthTokenRequest.anonymous()))
        .isInstanceOf(InvalidResponseException.class).hasMessageContaining("no data.token");
    assertThatThrownBy(() -> admin.auth().requestAuthToken(AuthTokenRequest.anonymous()))
        .isInstanceOf(InvalidResponseException.class).hasMessageContaining("POST /auth/token")
        .hasMessageContaining("not JSON");
  }

  @Test
  void mintingIsStatelessAcrossProfiles() {
    String first = TestTokens.profileJwt("p-1", NOW, EXP);
    String second = TestTokens.profileJwt("p-2", NOW, EXP);
    server.enqueueJson(200, TestTokens.mintResponse(first, EXP));
    server.enqueueJson(200, TestTokens.mintResponse(second, EXP));

    IdToken a = admin.auth().requestAuthToken(AuthTokenRequest.forProfile("p-1"));
    IdToken b = admin.auth().requestAuthToken(AuthTokenRequest.forProfile("p-2"));

    assertThat(a.profileId()).contains("p-1");
    assertThat(b.profileId()).contains("p-2");
    assertThat(admin.toString()).doesNotContain(TestTokens.ADMIN_TOKEN);
  }

  @Test
  void badArgumentsFailBeforeAnyRequest() {
    assertThatThrownBy(() -> AuthTokenRequest.forProfile(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("profileId must not be blank");
    assertThatThrownBy(() -> AuthTokenRequest.forIdentity("x", null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("handle must not be null");
    assertThatThrownBy(() -> admin.auth().requestAuthToken(null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("request must not be null");
    assertThatThrownBy(() -> OmneoIdAdmin.builder().tenant("Bad Tenant!")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tenant must be a lower-case DNS label");
    assertThatThrownBy(() -> OmneoIdAdmin.builder().tenant("acme").build()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("apiToken");
    assertThat(server.requestCount()).isZero();
  }
}
