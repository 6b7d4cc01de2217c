package io.github.omneoid.contract;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;

/**
 * A recording stand-in for the two Pact Broker resources the publisher uses: the HAL index ({@code GET /}, which
 * advertises {@code pb:publish-contracts}) and {@code POST /contracts/publish}. Every request is kept, headers and
 * body, for the test to assert on. Loopback only. It is not a broker: it stores nothing and verifies nothing.
 *
 * <p>With {@link #challengeWithoutCredentials}, a request without {@code Authorization} gets the 401 and
 * {@code WWW-Authenticate: Basic} a broker behind basic auth answers, which is when the publisher's HTTP client sends
 * the username and password.
 */
final class RecordingBroker implements AutoCloseable {

  /** One request as it arrived. Header names are lower-cased. */
  record Recorded(String method, String path, Map<String, List<String>> headers, String body) {
    String header(String name) {
      List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
      return values == null || values.isEmpty() ? null : values.get(0);
    }
  }

  private final HttpServer server;
  private final List<Recorded> requests = new ArrayList<>();
  private final boolean challengeWithoutCredentials;

  RecordingBroker(boolean challengeWithoutCredentials) throws IOException {
    this.challengeWithoutCredentials = challengeWithoutCredentials;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newSingleThreadExecutor());
    server.createContext("/", this::handle);
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  synchronized List<Recorded> requests() {
    return new ArrayList<>(requests);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Map<String, List<String>> headers = new TreeMap<>();
    exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), v));
    synchronized (this) {
      requests.add(new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers, body));
    }
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getPath();
    if (challengeWithoutCredentials && !exchange.getRequestHeaders().containsKey("Authorization")) {
      exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"pact-broker\"");
      respond(exchange, 401, "{\"error\":\"authentication required\"}");
    } else if ("GET".equals(method) && "/".equals(path)) {
      respond(exchange, 200, "{\"_links\":{"
          + "\"self\":{\"href\":\"" + baseUrl() + "\"},"
          + "\"pb:publish-contracts\":{\"href\":\"" + baseUrl() + "/contracts/publish\","
          + "\"title\":\"Publish contracts\"}}}");
    } else if ("POST".equals(method) && "/contracts/publish".equals(path)) {
      respond(exchange, 200, "{\"notices\":[{\"level\":\"success\","
          + "\"text\":\"Recorded by the contract-tests stand-in (no broker stored anything)\"}],"
          + "\"_embedded\":{},\"_links\":{}}");
    } else {
      respond(exchange, 404, "{\"error\":\"not served by the stand-in\"}");
    }
  }

  private static void respond(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/hal+json;charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
