package io.github.omneoid.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.api.SilentCloseable;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.omneoid.client.errors.BadRequestException;
import io.github.omneoid.client.errors.ConflictException;
import io.github.omneoid.client.errors.ForbiddenException;
import io.github.omneoid.client.errors.NotFoundException;
import io.github.omneoid.client.errors.OmneoIdHttpException;
import io.github.omneoid.client.errors.RateLimitException;
import io.github.omneoid.client.errors.ServerException;
import io.github.omneoid.client.errors.UnauthorizedException;
import io.github.omneoid.client.errors.ValidationException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes the error path end to end: a loopback server answers a 4xx/5xx with a fuzzed body, and the customer
 * client's {@code call("GET", "/profiles/me")} must turn it into the {@link OmneoIdHttpException} for that status.
 *
 * <p>Properties: always an {@code OmneoIdHttpException} of the status's class (never an NPE or another exception);
 * {@code body()} at most {@link OmneoIdHttpException#BODY_CAP} characters (and the body itself when it is short
 * ASCII); the message never contains the ID token (unless the server itself echoed it in the body).
 *
 * <p>Input: an optional first line {@code NNN\n} with a status in 400..599 (default 422), then the body bytes.
 * One server and one client for the whole class, so an input costs one loopback round trip.
 */
class ErrorBodyFuzzTest {

  private static final String JWT = TestTokens.profileJwt("93770831-e18d-467c-b213-0087218ae9dd",
      Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2999-01-01T00:00:00Z"));

  private static final MockWebServer SERVER = new MockWebServer();
  private static volatile MockResponse next = new MockResponse().setResponseCode(500);
  private static OmneoId client;

  @BeforeAll
  static void start() throws Exception {
    SERVER.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return next;
      }
    });
    SERVER.setServerSocketFactory(new NoDelayServerSocketFactory());
    SERVER.start(InetAddress.getLoopbackAddress(), 0);
    client = OmneoId.builder().baseUrl(SERVER.url(TestServer.API_PATH).toString())
        .retryPolicy(RetryPolicy.none()).idToken(JWT).build();
  }

  @AfterAll
  static void stop() throws Exception {
    SERVER.shutdown();
  }

  @FuzzTest(maxDuration = "5m")
  void errorBody(FuzzedDataProvider data) {
    byte[] input = data.consumeRemainingAsBytes();
    int status = 422;
    int offset = 0;
    if (input.length >= 4 && isDigit(input[0]) && isDigit(input[1]) && isDigit(input[2]) && input[3] == '\n') {
      int given = Integer.parseInt(new String(input, 0, 3, StandardCharsets.US_ASCII));
      if (given >= 400 && given <= 599) {
        status = given;
      }
      offset = 4;
    }
    byte[] body = Arrays.copyOfRange(input, offset, input.length);
    next = new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json")
        .setBody(new Buffer().write(body));

    Throwable thrown;
    // Jazzer's SSRF detector flags every outgoing connection; this one goes to the test's own loopback server.
    // (Set here, not in @BeforeAll: the Jazzer agent is only installed once the first fuzz test starts.)
    try (SilentCloseable loopbackOnly = BugDetectors.allowNetworkConnections(
        (host, port) -> host.equals("localhost") || host.startsWith("127.") || host.equals("::1"))) {
      thrown = catchThrowable(() -> client.call("GET", "/profiles/me"));
    }

    assertThat(thrown).as("status %d", status).isInstanceOf(OmneoIdHttpException.class);
    OmneoIdHttpException e = (OmneoIdHttpException) thrown;
    assertThat(e.getClass()).isEqualTo(expectedType(status));
    assertThat(e.status()).isEqualTo(status);
    assertThat(e.method()).isEqualTo("GET");
    assertThat(e.path()).isEqualTo("/profiles/me");
    assertThat(e.body()).isNotNull();
    assertThat(e.body().length()).isLessThanOrEqualTo(OmneoIdHttpException.BODY_CAP);
    if (body.length <= OmneoIdHttpException.BODY_CAP && isAscii(body)) {
      assertThat(e.body()).isEqualTo(new String(body, StandardCharsets.US_ASCII));
    }
    assertThat(e.getMessage()).doesNotContain(JWT);
    assertThat(e.toString()).doesNotContain(JWT);
    assertThat(e.headers()).isNotNull();
    String ownWords = "GET /profiles/me failed with HTTP " + e.status()
        + " (a redirect, not followed; location() says where to)";
    assertThat(ownWords).startsWith(e.getMessage()); // the server's text never reaches the message

    e.requestId();
    if (e instanceof ValidationException) {
      Map<String, List<String>> errors = ((ValidationException) e).errors();
      assertThat(errors).isNotNull();
      errors.forEach((field, messages) -> assertThat(messages).doesNotContainNull());
    }
    if (e instanceof RateLimitException) {
      ((RateLimitException) e).retryAfter();
    }
  }

  private static Class<?> expectedType(int status) {
    switch (status) {
      case 400:
        return BadRequestException.class;
      case 401:
        return UnauthorizedException.class;
      case 403:
        return ForbiddenException.class;
      case 404:
        return NotFoundException.class;
      case 409:
        return ConflictException.class;
      case 422:
        return ValidationException.class;
      case 429:
        return RateLimitException.class;
      default:
        return status >= 500 ? ServerException.class : OmneoIdHttpException.class;
    }
  }

  private static boolean isDigit(byte b) {
    return b >= '0' && b <= '9';
  }

  private static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }
}
