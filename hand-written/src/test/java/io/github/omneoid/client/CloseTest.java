package io.github.omneoid.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** close() releases what the client made — threads and connections — and nothing a caller passed in. */
class CloseTest {

  private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");
  private static final String PROFILE = "{\"data\":{\"id\":\"p-1\",\"first_name\":\"Ann\"}}";

  private final TestServer server = new TestServer();

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private OmneoId.Builder client() {
    String jwt = TestTokens.profileJwt("p-1", NOW, NOW.plusSeconds(3600));
    return OmneoId.builder().baseUrl(server.baseUrl()).clock(new MutableClock(NOW))
        .tokenSource(() -> IdToken.parse(jwt));
  }

  @Test
  void closeLeavesNoThreadOrConnectionOfTheClientsOwn() throws Exception {
    Set<Thread> before = omneoThreads();
    server.enqueueJson(200, PROFILE);
    server.enqueueJson(503, "{}");
    server.enqueueJson(200, PROFILE).enqueueJson(200, PROFILE);
    RecordingListener events = new RecordingListener();
    OmneoId id = client().listener(events) // no wait: the retry's timer runs at once, on the system sleeper
        .retryPolicy(RetryPolicy.builder().initialBackoff(Duration.ZERO).maxBackoff(Duration.ZERO).build()).build();
    id.profile().get(); // a refresh thread and a pooled connection
    id.async().call(i -> i.profile().get()).get(5, TimeUnit.SECONDS); // a dispatcher thread; the retry's timer
    id.async(() -> id.profile().get()).get(5, TimeUnit.SECONDS); // an async pool thread
    List<Thread> own = new ArrayList<>(omneoThreads());
    own.removeAll(before);
    assertThat(events.lines).anyMatch(line -> line.contains("after 503"));
    assertThat(own).extracting(Thread::getName).as("the client's own threads, while it is open")
        .anyMatch(name -> name.contains("-token-refresh-")).anyMatch(name -> name.contains("-http-"))
        .anyMatch(name -> name.contains("-async-")).anyMatch(name -> name.contains("-timer-"));
    assertThat(id.transportForTests().resources().openConnections()).isPositive();

    id.close();

    for (Thread thread : own) {
      thread.join(TimeUnit.SECONDS.toMillis(10));
      assertThat(thread.isAlive()).as(thread.getName() + " ended").isFalse();
    }
    assertThat(id.transportForTests().resources().openConnections()).isZero();
  }

  @Test
  void callsAfterCloseFailClearlyBeforeSendingAndCloseTwiceIsFine() {
    OmneoId id = client().build();
    OmneoId view = id.withOptions(o -> o.header("X-Correlation-Id", "c"));

    id.close();
    id.close();

    assertThatThrownBy(() -> id.profile().get()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
    assertThatThrownBy(() -> view.profile().get()).as("a view closes with its client")
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> id.async().call(i -> i.profile().get())).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> id.async(() -> "work")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> id.withRawResponse().call("GET", "/profiles/me"))
        .isInstanceOf(IllegalStateException.class);
    assertThat(server.requestCount()).isZero();
  }

  @Test
  void closeLeavesWhatTheCallerPassedIn() throws Exception {
    OkHttpClient shared = new OkHttpClient();
    ExecutorService executor = Executors.newSingleThreadExecutor();
    try {
      server.enqueueJson(200, PROFILE).enqueueJson(200, PROFILE);
      OmneoId id = client().okHttpClient(shared).asyncExecutor(executor).build();
      id.async(() -> id.profile().get()).get(5, TimeUnit.SECONDS);
      id.async().call(i -> i.profile().get()).get(5, TimeUnit.SECONDS);

      id.close();

      assertThat(shared.dispatcher().executorService().isShutdown()).isFalse();
      assertThat(shared.connectionPool().connectionCount()).as("the caller's pool keeps its connection")
          .isPositive();
      assertThat(executor.isShutdown()).isFalse();
    } finally {
      executor.shutdown();
      shared.dispatcher().executorService().shutdown();
      shared.connectionPool().evictAll();
    }
  }

  @Test
  void anAdminClientClosesToo() {
    OmneoIdAdmin admin = OmneoIdAdmin.builder().baseUrl(server.baseUrl()).apiToken(TestTokens.ADMIN_TOKEN).build();

    admin.close();
    admin.close();

    assertThatThrownBy(() -> admin.auth().requestAuthToken(AuthTokenRequest.forProfile("p-1")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    assertThat(server.requestCount()).isZero();
  }

  private static Set<Thread> omneoThreads() {
    return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("omneo-id-"))
        .collect(Collectors.toSet());
  }
}
