package io.github.omneoid.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/** What the loopback benchmarks share: the server they talk to, the raw side's OkHttp setup, their sanity checks. */
final class Bench {

  private Bench() {
  }

  /** The client's own pool size: {@code ConnectionPool(64, 5, MINUTES)}. */
  static final int CLIENT_POOL = 64;

  /**
   * @return an OkHttp client set up as the client sets up its own (see the client's {@code Transport}): the raw
   *     baseline of the benchmarks and of the cold start. Here, not in a benchmark class, so that the raw cold start
   *     loads nothing of the client.
   */
  static OkHttpClient likeTheClient(int poolSize, long callTimeoutMillis) {
    return new OkHttpClient.Builder()
        .connectionPool(new ConnectionPool(poolSize, 5, TimeUnit.MINUTES))
        .connectTimeout(10, TimeUnit.SECONDS)
        .readTimeout(10, TimeUnit.SECONDS)
        .writeTimeout(10, TimeUnit.SECONDS)
        .callTimeout(callTimeoutMillis, TimeUnit.MILLISECONDS)
        .retryOnConnectionFailure(false)
        .followRedirects(false)
        .build();
  }

  /** The loopback server of a benchmark fork. */
  interface Server extends AutoCloseable {
    /** @return {@code http://127.0.0.1:<port>/id/api/v1} */
    String baseUrl();

    @Override
    void close();
  }

  /**
   * @return the server the harness started ({@code -Domneo.bench.baseUrl=...}), or — for a benchmark run by hand
   *     without one — the fallback server started for this fork in a process of its own, stopped by {@code close()}
   */
  static Server server() {
    String given = System.getProperty(LoopbackServer.BASE_URL_PROPERTY);
    if (given != null && !given.isBlank()) {
      String url = given.endsWith("/") ? given.substring(0, given.length() - 1) : given;
      return new Server() {
        @Override
        public String baseUrl() {
          return url;
        }

        @Override
        public void close() {
        }
      };
    }
    try {
      Path dir = Files.createTempDirectory("omneo-bench-server");
      System.err.println("No -D" + LoopbackServer.BASE_URL_PROPERTY + ": starting the fallback server for this fork"
          + " (benchmarks/run.sh starts nginx instead)");
      String demo = ProfileBody.demoProfileEnvelope();
      LoopbackServer started = LoopbackServer.start("java", dir, demo, ProfileBody.smallProfileEnvelope(demo));
      return new Server() {
        @Override
        public String baseUrl() {
          return started.baseUrl();
        }

        @Override
        public void close() {
          started.close();
        }
      };
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param baseUrl the server's base URL, {@code http://127.0.0.1:<port>/id/api/v1}
   * @param body {@code demo} (the 12 KB demo profile) or {@code small} (under 1 KB)
   * @return the base URL under which the server answers that body
   */
  static String baseUrl(String baseUrl, String body) {
    switch (body) {
      case "demo":
        return baseUrl;
      case "small":
        return smallBaseUrl(baseUrl);
      default:
        throw new IllegalArgumentException("body must be demo or small, was: " + body);
    }
  }

  static String smallBaseUrl(String baseUrl) {
    HttpUrl url = HttpUrl.get(baseUrl);
    return url.newBuilder().encodedPath(TinyHttpServer.SMALL_PREFIX + url.encodedPath()).build().toString();
  }

  /** Fails the trial unless a call read the profile the server serves. */
  static void check(String profileId, String what) {
    if (!ProfileBody.PROFILE_ID.equals(profileId)) {
      throw new IllegalStateException(what + " read profile id " + profileId + ", expected " + ProfileBody.PROFILE_ID);
    }
  }

  static String required(Headers headers, String name) {
    String value = headers.get(name);
    if (value == null) {
      throw new IllegalStateException("the client sent no " + name + " header");
    }
    return value;
  }
}
