package io.github.omneoid.benchmarks;

import io.github.omneoid.sandbox.OmneoIdSandbox;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The body the loopback server answers to {@code GET /profiles/me}: the sandbox's demo profile (Jane, with her
 * stores, tier, identities, comms, appearance, address and region; about 12 KB), serialised once by the sandbox
 * itself on a fixed clock, with its random id replaced by {@link #PROFILE_ID} so every run serves the same bytes.
 */
final class ProfileBody {

  /** The profile id in the body and in the benchmarks' tokens. */
  static final String PROFILE_ID = "93770831-e18d-467c-b213-0087218ae9dd";

  private static final Instant DEMO_TIME = Instant.parse("2026-01-15T10:00:00Z");

  private ProfileBody() {
  }

  /** @return the {@code {"data": {...}}} envelope, as the sandbox serves it */
  static String demoProfileEnvelope() {
    try (OmneoIdSandbox sandbox = OmneoIdSandbox.builder().clock(Clock.fixed(DEMO_TIME, ZoneOffset.UTC))
        .tokenLifetime(Duration.ofDays(3650)).start()) {
      Map<String, Object> jane = sandbox.seedDemoData();
      String id = (String) jane.get("id");
      OkHttpClient http = new OkHttpClient();
      Request request = new Request.Builder().url(sandbox.baseUrl() + "/profiles/me")
          .header("Authorization", "Bearer " + sandbox.mintToken(id)).header("Accept", "application/json").build();
      try (Response response = http.newCall(request).execute()) {
        if (response.code() != 200 || response.body() == null) {
          throw new IllegalStateException("the sandbox answered " + response.code() + " to GET /profiles/me");
        }
        return response.body().string().replace(id, PROFILE_ID);
      } finally {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
      }
    } catch (IOException e) {
      throw new IllegalStateException("could not read the demo profile from the sandbox", e);
    }
  }
}
