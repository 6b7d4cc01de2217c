package io.github.omneoid.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.omneoid.client.errors.BadRequestException;
import io.github.omneoid.client.errors.ConflictException;
import io.github.omneoid.client.errors.ForbiddenException;
import io.github.omneoid.client.errors.NotFoundException;
import io.github.omneoid.client.errors.OmneoIdHttpException;
import io.github.omneoid.client.errors.RateLimitException;
import io.github.omneoid.client.errors.ServerException;
import io.github.omneoid.client.errors.UnauthorizedException;
import io.github.omneoid.client.errors.ValidationException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ErrorMappingTest {

  private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");
  private static final String JWT = TestTokens.profileJwt("p-1", NOW, NOW.plusSeconds(3600));

  private final TestServer server = new TestServer();
  private final OmneoId id = OmneoId.builder().baseUrl(server.baseUrl()).retryPolicy(RetryPolicy.none())
      .clock(new MutableClock(NOW)).idToken(JWT).build();

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  @ParameterizedTest
  @CsvSource({
      "400, io.github.omneoid.client.errors.BadRequestException",
      "401, io.github.omneoid.client.errors.UnauthorizedException",
      "403, io.github.omneoid.client.errors.ForbiddenException",
      "404, io.github.omneoid.client.errors.NotFoundException",
      "409, io.github.omneoid.client.errors.ConflictException",
      "410, io.github.omneoid.client.errors.OmneoIdHttpException",
      "422, io.github.omneoid.client.errors.ValidationException",
      "429, io.github.omneoid.client.errors.RateLimitException",
      "500, io.github.omneoid.client.errors.ServerException",
      "503, io.github.omneoid.client.errors.ServerException"})
  void eachStatusHasItsException(int status, String type) {
    server.enqueue(new MockResponse().setResponseCode(status).setHeader("X-Request-Id", "req-" + status)
        .setHeader("Content-Type", "application/json").setBody("{\"message\":\"m" + status + "\"}"));

    Throwable thrown = catchThrowable(() -> id.call("GET", "/profiles/me/addresses/7"));

    assertThat(thrown.getClass().getName()).isEqualTo(type);
    OmneoIdHttpException e = (OmneoIdHttpException) thrown;
    assertThat(e.status()).isEqualTo(status);
    assertThat(e.method()).isEqualTo("GET");
    assertThat(e.path()).isEqualTo("/profiles/me/addresses/7");
    assertThat(e.serverMessage()).contains("m" + status);
    assertThat(e.requestId()).contains("req-" + status);
    assertThat(e.header("Content-Type")).contains("application/json");
    assertThat(e.body()).isEqualTo("{\"message\":\"m" + status + "\"}");
    assertThat(e.getMessage()).isEqualTo("GET /profiles/me/addresses/7 failed with HTTP " + status)
        .doesNotContain(JWT);
  }

  @Test
  void a407IsAnHttpErrorNotANetworkOneAndIsNotRetried() {
    // Found by fuzzing: OkHttp throws on a 407 when no proxy is configured and drops the response.
    OmneoId retrying = OmneoId.builder().baseUrl(server.baseUrl()).clock(new MutableClock(NOW)).idToken(JWT)
        .sleeper(new RecordingSleeper()).build();
    server.enqueueJson(407, "{\"message\":\"c\"}").enqueueJson(200, "{}");

    OmneoIdHttpException e = (OmneoIdHttpException) catchThrowable(() -> retrying.call("GET", "/profiles/me"));

    assertThat(e.getClass()).isEqualTo(OmneoIdHttpException.class);
    assertThat(e.status()).isEqualTo(407);
    assertThat(e.getMessage()).isEqualTo("GET /profiles/me failed with HTTP 407");
    assertThat(e.body()).isEqualTo("{\"message\":\"c\"}");
    assertThat(e.header("Content-Type")).contains("application/json");
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void validationErrorsCarryTheFieldMap() {
    server.enqueueJson(422, "{\"message\":\"The given data was invalid.\",\"errors\":{"
        + "\"mobile_phone\":[\"The phone number exists\"],\"email\":[\"a\",\"b\"],\"odd\":\"one string\"}}");

    ValidationException e = (ValidationException) catchThrowable(() -> id.call("PUT", "/profiles/me", null,
        Collections.singletonMap("mobile_phone", "+61400000000")));

    assertThat(e.errors()).containsEntry("mobile_phone", Collections.singletonList("The phone number exists"))
        .containsEntry("email", Arrays.asList("a", "b"))
        .containsEntry("odd", Collections.singletonList("one string"));
    assertThat(e.hasError("mobile_phone", "The phone number exists")).isTrue();
    assertThat(e.hasError("mobile_phone", "other")).isFalse();
  }

  @Test
  void aNonJsonErrorPageStillMapsWithoutAServerMessage() {
    server.enqueue(new MockResponse().setResponseCode(500).setHeader("Content-Type", "text/html")
        .setBody("<html><body>Whoops</body></html>"));

    ServerException e = (ServerException) catchThrowable(() -> id.call("GET", "/locations"));

    assertThat(e.serverMessage()).isEmpty();
    assertThat(e.body()).contains("Whoops");
    assertThat(e.getMessage()).isEqualTo("GET /locations failed with HTTP 500");
  }

  @Test
  void hugeErrorBodiesAreCapped() {
    StringBuilder huge = new StringBuilder("{\"message\":\"");
    for (int i = 0; i < 100_000; i++) {
      huge.append('x');
    }
    server.enqueueJson(400, huge.append("\"}").toString());

    BadRequestException e = (BadRequestException) catchThrowable(() -> id.call("GET", "/locations"));

    assertThat(e.body()).hasSize(OmneoIdHttpException.BODY_CAP);
    assertThat(e.serverMessage()).as("a cut body is not JSON any more").isEmpty();
  }

  @Test
  void noExceptionEverNamesTheToken() {
    for (int status : new int[] {401, 403, 404, 409, 422, 429, 500}) {
      server.enqueueJson(status, "{\"message\":\"x\"}");
      Throwable thrown = catchThrowable(() -> id.call("GET", "/profiles/me"));
      assertThat(thrown).isInstanceOfAny(UnauthorizedException.class, ForbiddenException.class,
          NotFoundException.class, ConflictException.class, ValidationException.class, RateLimitException.class,
          ServerException.class);
      assertThat(thrown.toString()).doesNotContain(JWT);
      assertThat(((OmneoIdHttpException) thrown).headers().toString()).doesNotContain(JWT);
    }
  }
}
