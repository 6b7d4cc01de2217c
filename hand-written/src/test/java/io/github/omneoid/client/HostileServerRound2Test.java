package io.github.omneoid.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.omneoid.client.errors.AnonymousTokenException;
import io.github.omneoid.client.errors.InvalidResponseException;
import io.github.omneoid.client.errors.MalformedTokenException;
import io.github.omneoid.client.errors.OmneoIdException;
import io.github.omneoid.client.errors.OmneoIdHttpException;
import io.github.omneoid.client.errors.ServerException;
import io.github.omneoid.json.SchemaDrift;
import io.github.omneoid.json.SchemaDriftException;
import io.github.omneoid.json.SchemaDriftListener;
import io.github.omneoid.model.Point;
import io.github.omneoid.model.ProfileUpdate;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 18, "hardening, round 2": servers and callers that try to smuggle requests, break the reader, loop the pager
 * or leak a token into a message — one test per row of the issue, through the public API only, on loopback.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class HostileServerRound2Test {

  private static final Instant T0 = Instant.parse("2026-06-01T08:00:00Z");
  private static final String PROFILE = "7d5bd0a4-2b8e-4c57-9c61-0f1e6f9d1c11";
  private static final String OTHER_PROFILE = "0b6f2c1e-9a43-4d5e-8f70-112233445566";
  private static final String JWT = TestTokens.profileJwt(PROFILE, T0, T0.plusSeconds(3600));
  /** Anything JWT-shaped: a base64url JSON-object header, a payload and a signature. */
  private static final Pattern JWT_SHAPED = Pattern.compile("ey[A-Za-z0-9_-]*\\.[A-Za-z0-9_+/=-]+\\.");
  private static final String PROFILE_BODY = "{\"data\":{\"id\":\"" + PROFILE + "\",\"first_name\":\"Ada\"}}";

  private final TestServer server = new TestServer();
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

  private OmneoId.Builder client() {
    return OmneoId.builder().baseUrl(server.baseUrl()).clock(clock).ticker(clock).sleeper(sleeper).idToken(JWT);
  }

  private void answer(Function<RecordedRequest, MockResponse> answer) {
    server.server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return answer.apply(request);
      }
    });
  }

  private static MockResponse json(int status, String body) {
    return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
  }

  // --- row 1: a method is an HTTP token; an admin token with a line break never gets as far as a request -------

  @Test
  void aMethodThatIsNotAnHttpTokenIsRefusedBeforeAnythingIsSent() {
    OmneoId id = client().build();
    for (String method : new String[] {"GET /smuggled HTTP/1.1\r\nX-Evil: 1\r\nX-Pad:", "GET\r\n\r\nGET /x",
        "GE T", "GET\t", "GET\u0000", "GET(", "G\u00c9T"}) {
      assertThatThrownBy(() -> id.call(method, "/profiles/me")).as(method)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("method");
      Throwable async = catchThrowable(() -> id.callAsync(method, "/profiles/me", null, null, Object.class).get());
      assertThat(async).as(method).isInstanceOf(ExecutionException.class)
          .hasCauseInstanceOf(IllegalArgumentException.class);
    }
    assertThat(server.requestCount()).isZero();
  }

  @Test
  void anAdminTokenWithALineBreakIsRefusedWhenTheClientIsBuilt() {
    for (String token : new String[] {"secret\r\nX-Evil: 1", "secret\n", "sec ret\u0000", "s\u00e9cret"}) {
      Throwable thrown = catchThrowable(
          () -> OmneoIdAdmin.builder().baseUrl(server.baseUrl()).apiToken(token).build());
      assertThat(thrown).as(token).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("apiToken").hasMessageNotContaining("secret");
    }
    assertThat(server.requestCount()).isZero();
  }

  // --- rows 2 and 3: OkHttp's own 503 handling never runs; the RetryPolicy alone retries -------------------------

  @Test
  void aRetryAfterPastTheIntRangeIsAServerExceptionSyncAndAsync() throws Exception {
    answer(request -> json(503, "{}").setHeader("Retry-After", "2147483648"));
    OmneoId id = client().build();

    assertThatThrownBy(() -> id.profile().get()).isInstanceOf(ServerException.class);
    Throwable async = catchThrowable(() -> id.async(() -> id.profile().get()).get());
    assertThat(async).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(ServerException.class);
  }

  @Test
  void a503WithRetryAfterZeroIsSentExactlyAsOftenAsTheRetryPolicySays() {
    answer(request -> json(503, "{}").setHeader("Retry-After", "0"));

    Throwable thrown = catchThrowable(() -> client().build().profile().get());
    assertThat(thrown).isInstanceOfSatisfying(ServerException.class,
        e -> assertThat(e.header("Retry-After")).contains("0"));
    assertThat(server.requestCount()).as("1 attempt + RetryPolicy.defaults()' 2 retries").isEqualTo(3);

    catchThrowable(() -> client().retryPolicy(RetryPolicy.none()).build().profile().get());
    assertThat(server.requestCount() - 3).as("RetryPolicy.none()").isEqualTo(1);
  }

  @Test
  void anAuthenticatorOnTheCallersOwnClientNeverResendsA401() {
    answer(request -> json(401, "{}"));
    okhttp3.OkHttpClient answering401s = new okhttp3.OkHttpClient.Builder()
        .authenticator((route, response) -> response.request().newBuilder().header("X-Again", "1").build()).build();
    OmneoId id = client().okHttpClient(answering401s).retryPolicy(RetryPolicy.none()).build();

    assertThatThrownBy(() -> id.profile().get()).isInstanceOf(OmneoIdHttpException.class);

    assertThat(server.requestCount()).as("one attempt, no follow-up of OkHttp's").isEqualTo(1);
  }

  // --- row 4: a pager that would never end ------------------------------------------------------------------------

  private String pageWithNext(String nextPath) {
    return "{\"data\":[{\"id\":1}],\"links\":{\"next\":\"" + server.server.url(TestServer.API_PATH + nextPath)
        + "\"}}";
  }

  @Test
  void aNextLinkThatRepeatsItselfStopsWithAnErrorNamingTheLoop() {
    answer(request -> json(200, pageWithNext("/profiles/me/points?page=2")));

    Throwable thrown = catchThrowable(() -> {
      for (Point ignored : client().build().profile().points().list().autoPager()) {
        assertThat(server.requestCount()).as("requests before the pager gave up").isLessThan(10);
      }
    });

    assertThat(thrown).isInstanceOf(InvalidResponseException.class).hasMessageContaining("loop")
        .hasMessageContaining("page=2");
  }

  @Test
  void nextLinksThatAlternateStopWithAnErrorNamingTheLoop() {
    answer(request -> json(200, pageWithNext(request.getPath().endsWith("page=2")
        ? "/profiles/me/points?page=3" : "/profiles/me/points?page=2")));

    Throwable thrown = catchThrowable(() -> {
      for (Point ignored : client().build().profile().points().list().autoPager()) {
        assertThat(server.requestCount()).as("requests before the pager gave up").isLessThan(10);
      }
    });

    assertThat(thrown).isInstanceOf(InvalidResponseException.class).hasMessageContaining("loop");
  }

  @Test
  void aWalkOfEndlessNewPagesStopsAtTheDocumentedCap() {
    AtomicInteger served = new AtomicInteger();
    answer(request -> json(200, pageWithNext("/profiles/me/points?page=" + (served.incrementAndGet() + 1))));
    int walked = 0;

    Throwable thrown = null;
    try {
      for (Point ignored : client().build().profile().points().list().autoPager()) {
        walked++;
      }
    } catch (InvalidResponseException e) {
      thrown = e;
    }

    assertThat(thrown).isNotNull().hasMessageContaining("10000 pages");
    assertThat(server.requestCount()).isEqualTo(10_000);
  }

  // --- row 5: no token, nothing JWT-shaped and no server text in any message ---------------------------------------

  @Test
  void messagesNeverCarryTheTokenAnythingJwtShapedOrTheServersText() {
    String email = "leak.me@example.com";
    answer(request -> {
      if (request.getMethod().equals("GET") && request.getPath().endsWith("/profiles/me")) {
        return json(401, "{\"message\":\"token " + JWT + " invalid\"}");
      }
      if (request.getPath().contains("/lists/")) {
        return json(404, "{\"message\":\"no list\"}");
      }
      if (request.getPath().endsWith("/moved")) {
        return new MockResponse().setResponseCode(302).setHeader("Location", "/login?token=" + JWT);
      }
      return json(422, "{\"message\":\"The email " + email + " is taken\",\"errors\":{\"email\":[\"" + email
          + " is taken\"]}}");
    });
    OmneoId id = client().retryPolicy(RetryPolicy.none()).build();

    List<Throwable> thrown = new ArrayList<>();
    thrown.add(catchThrowable(() -> id.profile().get()));
    thrown.add(catchThrowable(() -> id.profile().update(new ProfileUpdate().email(email))));
    thrown.add(catchThrowable(() -> id.call("GET", "/profiles/me/lists/" + JWT)));
    thrown.add(catchThrowable(() -> id.call("GET", "/moved")));

    for (Throwable e : thrown) {
      assertThat(e).isInstanceOf(OmneoIdHttpException.class);
      for (String text : new String[] {e.getMessage(), e.toString()}) {
        assertThat(text).doesNotContain(JWT).doesNotContain(email).doesNotContainPattern(JWT_SHAPED);
      }
    }
    assertThat(((OmneoIdHttpException) thrown.get(0)).serverMessage()).contains("token " + JWT + " invalid");
    assertThat(((OmneoIdHttpException) thrown.get(1)).serverMessage())
        .contains("The email " + email + " is taken");
  }

  // --- row 6: a listener that throws an Error ------------------------------------------------------------------

  /** Counts what the client logs about listeners. */
  private static final class LogCount extends Handler implements AutoCloseable {
    final Logger logger = Logger.getLogger("io.github.omneoid.client");
    final List<LogRecord> records = new CopyOnWriteArrayList<>();

    LogCount() {
      logger.addHandler(this);
    }

    @Override
    public void publish(LogRecord record) {
      if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
        records.add(record);
      }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
      logger.removeHandler(this);
    }
  }

  @Test
  void aListenerThatThrowsAnErrorNeverFailsACallOrARefresh() throws Exception {
    answer(request -> request.getPath().endsWith("/auth/token")
        ? json(200, TestTokens.mintResponse(JWT, T0.plusSeconds(3600))) : json(200, PROFILE_BODY));
    LogCount log = new LogCount();
    closing.add(log);
    OmneoIdListener throwing = new OmneoIdListener() {
      @Override
      public void callStarted(ApiCall call) {
        throw new AssertionError("callStarted");
      }

      @Override
      public void callFinished(ApiCall call, int status, Duration took) {
        throw new AssertionError("callFinished");
      }

      @Override
      public void tokenRefreshed(Duration took, Throwable failure) {
        throw new AssertionError("tokenRefreshed");
      }
    };
    OmneoIdAdmin admin = OmneoIdAdmin.builder().baseUrl(server.baseUrl()).apiToken(TestTokens.ADMIN_TOKEN).build();
    OmneoId id = OmneoId.builder().baseUrl(server.baseUrl()).listener(throwing).callTimeout(Duration.ZERO)
        .tokenSource(admin.tokenSource(AuthTokenRequest.forProfile(PROFILE))).build();

    assertThat(id.profile().get().getFirstName()).isEqualTo("Ada");
    assertThat(id.async(() -> id.profile().get()).get(10, TimeUnit.SECONDS).getFirstName()).isEqualTo("Ada");
    assertThat(log.records).as("the listener's failure, reported once").hasSize(1);
    assertThat(log.records.get(0).getThrown()).isInstanceOf(AssertionError.class);
  }

  // --- row 7: every failure of a call is an OmneoIdException ------------------------------------------------------

  @Test
  void aDriftListenerThatThrowsIsContainedAndStrictDriftIsAnInvalidResponse() {
    answer(request -> json(200, "{\"data\":{\"first_name\":{\"oops\":1}}}"));
    SchemaDriftListener throwing = drift -> {
      throw new IllegalStateException("listener bug");
    };

    assertThat(client().schemaDriftListener(throwing).build().profile().get()).isNotNull();
    assertThatThrownBy(() -> client().schemaDriftListener(SchemaDriftListener.strict()).build().profile().get())
        .isInstanceOf(InvalidResponseException.class).hasCauseInstanceOf(SchemaDriftException.class);
  }

  @Test
  void aNumberWithAnExponentPastRangeIsAnInvalidResponse() {
    answer(request -> json(200, "{\"data\":{\"point_balance\":1e2147483648}}"));
    OmneoId id = client().build();

    assertThatThrownBy(() -> id.profile().get()).isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("point_balance").hasCauseInstanceOf(RuntimeException.class);
    assertThatThrownBy(() -> id.call("GET", "/profiles/me")).isInstanceOf(InvalidResponseException.class)
        .hasCauseInstanceOf(RuntimeException.class);
  }

  @Test
  void anEndlessStreamOfEarlyHintsIsAnOmneoIdException() throws Exception {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Thread hints = new Thread(() -> {
        try (Socket client = socket.accept(); OutputStream out = client.getOutputStream()) {
          byte[] hint = "HTTP/1.1 103 Early Hints\r\nLink: </a.css>; rel=preload\r\n\r\n"
              .getBytes(StandardCharsets.US_ASCII);
          while (true) {
            out.write(hint);
          }
        } catch (IOException closedByTheClient) {
          // done
        }
      });
      hints.setDaemon(true);
      hints.start();
      OmneoId id = OmneoId.builder().baseUrl("http://127.0.0.1:" + socket.getLocalPort() + "/id/api/v1")
          .idToken(JWT).retryPolicy(RetryPolicy.none()).callTimeout(Duration.ofSeconds(5)).build();

      Throwable thrown = catchThrowable(() -> id.profile().get());

      assertThat(thrown).isInstanceOf(OmneoIdException.class).hasCauseInstanceOf(Exception.class);
    }
  }

  // --- row 8: what a tolerant reader must not take silently -------------------------------------------------------

  @Test
  void aMissingDataEnvelopeIsAnInvalidResponse() {
    answer(request -> json(200, "{}"));

    assertThatThrownBy(() -> client().build().profile().get()).isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("data");
  }

  @Test
  void nullItemsInAPageAreDroppedAndReportedAsDriftAndRefusedWhenStrict() {
    answer(request -> json(200, "{\"data\":[null,{\"id\":7},null]}"));
    List<SchemaDrift> drift = new CopyOnWriteArrayList<>();

    Page<Point> page = client().schemaDriftListener(drift::add).build().profile().points().list();

    assertThat(page.items()).extracting(Point::getId).containsExactly(7L);
    assertThat(drift).extracting(SchemaDrift::actual).contains("null");
    assertThatThrownBy(() -> client().schemaDriftListener(SchemaDriftListener.strict()).build().profile().points()
        .list()).isInstanceOf(InvalidResponseException.class);
  }

  @Test
  void aDuplicateKeyIsDriftAndRefusedWhenStrict() {
    answer(request -> json(200, "{\"data\":{\"first_name\":\"Ada\",\"first_name\":\"Eve\"}}"));
    List<SchemaDrift> drift = new CopyOnWriteArrayList<>();

    client().schemaDriftListener(drift::add).build().profile().get();

    assertThat(drift).extracting(SchemaDrift::field).contains("first_name");
    assertThat(drift).extracting(SchemaDrift::actual).contains("duplicate key");
    assertThatThrownBy(() -> client().schemaDriftListener(SchemaDriftListener.strict()).build().profile().get())
        .isInstanceOf(InvalidResponseException.class).hasMessageContaining("first_name");
  }

  // --- row 9: tokens that are not what was asked for --------------------------------------------------------------

  @Test
  void aTokenMintedForAnotherProfileIsRefusedAndNothingIsSent() {
    String other = TestTokens.profileJwt(OTHER_PROFILE, T0, T0.plusSeconds(3600));
    answer(request -> request.getPath().endsWith("/auth/token")
        ? json(200, TestTokens.mintResponse(other, T0.plusSeconds(3600))) : json(200, PROFILE_BODY));
    OmneoIdAdmin admin = OmneoIdAdmin.builder().baseUrl(server.baseUrl()).apiToken(TestTokens.ADMIN_TOKEN).build();
    OmneoId id = OmneoId.builder().baseUrl(server.baseUrl()).clock(clock).ticker(clock).sleeper(sleeper)
        .tokenSource(admin.tokenSource(AuthTokenRequest.forProfile(PROFILE))).build();

    assertThatThrownBy(() -> id.profile().get()).isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining(PROFILE).hasMessageContaining(OTHER_PROFILE);
    assertThatThrownBy(() -> admin.auth().requestAuthToken(AuthTokenRequest.forProfile(PROFILE)))
        .isInstanceOf(InvalidResponseException.class);
    for (int i = server.requestCount(); i > 0; i--) {
      assertThat(server.take().getPath()).endsWith("/auth/token");
    }
  }

  @Test
  void aTokenIssuedAfterItExpiresIsMalformed() {
    String backwards = TestTokens.profileJwt(PROFILE, T0.plusSeconds(3600), T0);

    assertThatThrownBy(() -> IdToken.parse(backwards)).isInstanceOf(MalformedTokenException.class)
        .hasMessageContaining("iat");
  }

  // --- row 10: exact numbers back, well-formed text out ---------------------------------------------------------

  @Test
  void untypedNumbersKeepTheirExactValue() {
    answer(request -> json(200,
        "{\"big\":9007199254740993,\"small\":-3,\"decimal\":0.1,\"long_past\":92233720368547758070}"));

    @SuppressWarnings("unchecked")
    Map<String, Object> body = (Map<String, Object>) client().build().call("GET", "/anything");

    assertThat(body.get("big")).isEqualTo(9007199254740993L);
    assertThat(body.get("small")).isEqualTo(-3L);
    assertThat(body.get("decimal")).isEqualTo(new BigDecimal("0.1"));
    assertThat(body.get("long_past")).isEqualTo(new BigDecimal("92233720368547758070"));
  }

  @Test
  void aLoneSurrogateInABodyAPathOrAQueryIsRefusedBeforeSending() {
    OmneoId id = client().build();

    assertThatThrownBy(() -> id.call("PUT", "/profiles/me", null, Collections.singletonMap("first_name", "a\uD800b")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> id.call("GET", "/profiles/me/lists/\uDC00x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> id.call("GET", "/locations", Collections.singletonMap("q", "\uD800"), null,
        Object.class)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> id.profile().identities().get("\uD800")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> id.profile().update(new ProfileUpdate().firstName("Ad\uDBFF")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(server.requestCount()).isZero();
  }

  // --- row 11: server nonsense, path tricks -----------------------------------------------------------------------

  @Test
  void aNegativeCurrentPageIsAnInvalidResponse() {
    answer(request -> json(200, "{\"data\":[],\"meta\":{\"current_page\":-5,\"last_page\":3}}"));

    assertThatThrownBy(() -> client().build().profile().points().list()).isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("-5");
  }

  @Test
  void thePathIsNormalisedBeforeTheAnonymousTokenCheck() {
    OmneoId anonymous = OmneoId.builder().baseUrl(server.baseUrl())
        .idToken(TestTokens.anonymousJwt(T0, T0.plusSeconds(3600))).clock(clock).ticker(clock).build();

    String[] disguised = {"/profiles//me", "/Profiles/ME", "//profiles/me/points", "/PROFILES/Connection/4"};
    for (String path : disguised) {
      assertThatThrownBy(() -> anonymous.call("GET", path)).as(path).isInstanceOf(AnonymousTokenException.class);
    }
    assertThat(server.requestCount()).isZero();
  }

  @Test
  void semicolonsInPathSegmentsAreEncodedAndDotSegmentsWithParametersRefused() {
    answer(request -> json(200, "{\"data\":{\"handle\":\"x;y\"}}"));
    OmneoId id = client().build();

    assertThatThrownBy(() -> id.call("GET", "/profiles/me/..;/admin")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> id.call("GET", "/profiles/me/.;x/admin")).isInstanceOf(IllegalArgumentException.class);
    id.call("GET", "/profiles/me/lists/a;b");
    id.profile().identities().get("x;y");

    assertThat(server.take().getPath()).isEqualTo(TestServer.API_PATH + "/profiles/me/lists/a%3Bb");
    assertThat(server.take().getPath()).endsWith("/x%3By");
  }
}
