package io.github.omneoid.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * MockWebServer on loopback, for the whole suite. Every request a test takes is checked against the rule that
 * matters most on the wire: the admin API token appears on {@code POST /auth/token} and nowhere else.
 */
final class TestServer implements AutoCloseable {

  static final String API_PATH = "/id/api/v1";

  final MockWebServer server = new MockWebServer();

  TestServer() {
    try {
      server.setServerSocketFactory(new NoDelayServerSocketFactory());
      server.start(java.net.InetAddress.getLoopbackAddress(), 0);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  String baseUrl() {
    return server.url(API_PATH).toString();
  }

  TestServer enqueue(MockResponse response) {
    server.enqueue(response);
    return this;
  }

  TestServer enqueueJson(int status, String json) {
    return enqueue(new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json")
        .setBody(json));
  }

  RecordedRequest take() {
    try {
      RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
      assertThat(request).as("a request reached the server").isNotNull();
      assertAdminTokenConfined(request);
      return request;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  int requestCount() {
    return server.getRequestCount();
  }

  static void assertAdminTokenConfined(RecordedRequest request) {
    String everything = request.getHeaders().toString() + request.getPath() + request.getBody().clone().readUtf8();
    if (everything.contains(TestTokens.ADMIN_TOKEN)) {
      assertThat(request.getMethod() + " " + request.getPath())
          .as("the admin API token may only be sent to POST /auth/token")
          .isEqualTo("POST " + API_PATH + "/auth/token");
      assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + TestTokens.ADMIN_TOKEN);
    }
  }

  /** Checks the requests no test took too, so the rule covers every request the suite sends. */
  @Override
  public void close() throws IOException {
    try {
      for (RecordedRequest rest; (rest = server.takeRequest(0, TimeUnit.MILLISECONDS)) != null; ) {
        assertAdminTokenConfined(rest);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      server.shutdown();
    }
  }
}
