package io.github.omneoid.contract;

import au.com.dius.pact.consumer.MockServer;
import io.github.omneoid.client.OmneoId;
import io.github.omneoid.client.OmneoIdAdmin;
import io.github.omneoid.client.RetryPolicy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

/**
 * What every consumer test shares: the pacticipant names, the one base path, the example tokens and the clients
 * pointed at Pact's mock server.
 *
 * <p>The tokens here are unsigned JWTs ({@code alg: none}) carrying only {@code pid} and {@code exp}: the client
 * decodes a token but never verifies it, and the contract matches the {@code Authorization} header by a regex, so no
 * real token ever appears in a pact. Provider verification swaps in a token the sandbox minted for the state's
 * profile.
 */
final class Contract {

  static final String CONSUMER = "omneo-id-java";
  static final String PROVIDER = "omneo-id-api";

  /** The API's base path on every tenant; the client's base URL ends here and every interaction starts with it. */
  static final String BASE = "/id/api/v1";

  /** An ID token in a header: {@code Bearer header.payload.signature} (base64url parts, signature may be empty). */
  static final String BEARER_JWT = "Bearer [A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*";
  /** The admin API token is opaque (not a JWT). */
  static final String BEARER_ANY = "Bearer \\S+";
  /** A compact JWT, as {@code POST /auth/token} returns it. */
  static final String JWT = "[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*";
  /** The API's timestamps: {@code YYYY-MM-DD HH:MM:SS} (the spec's Timestamp, as the reference's examples show). */
  static final String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}";
  static final String TIMESTAMP_EXAMPLE = "2026-01-01 09:30:00";
  /** A calendar date, {@code YYYY-MM-DD}. */
  static final String DATE = "\\d{4}-\\d{2}-\\d{2}";
  /**
   * A decimal as the API writes it, a string ({@code "12.50"}): the reference's examples (docs.omneo.io) send
   * amounts so, and the spec declares the form ({@code x-omneo-also: [numeric-string]}).
   */
  static final String DECIMAL_STRING = "-?\\d+(\\.\\d+)?";
  /** A whole number written as a string ({@code "3"}), as the reference sends some counts. */
  static final String DIGITS_STRING = "\\d+";
  /** A flag written as {@code "1"} or {@code "0"} (a benefit's {@code is_redeemable} in the reference). */
  static final String FLAG_STRING = "[01]";
  /** An id the sources type as a string or a number (spec: x-omneo-conflict); digits or a UUID-like token. */
  static final String STRING_OR_NUMBER_ID = "[0-9A-Za-z-]+";

  /** The profile every profile-scoped interaction acts on; the provider state creates it with this id. */
  static final String PROFILE_ID = "7b0f4a52-3c1e-4d8a-9f6b-2e5c8d1a0b3f";
  /** A second profile, connected to the first. */
  static final String CONNECTED_PROFILE_ID = "c4d2e8f1-6a3b-4c9d-8e7f-1a2b3c4d5e6f";
  static final String ADMIN_TOKEN = "example-admin-api-token";

  /** The consumer's clock: fixed, so the example tokens below are fresh (or expired) deterministically. */
  static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  static final String TOKEN = jwt(PROFILE_ID, NOW.plus(Duration.ofHours(1)));
  static final String ANONYMOUS_TOKEN = jwt("null", NOW.plus(Duration.ofHours(1)));
  /** The token the server rejects as expired in the 401 interactions (its exp is {@link #NOW} - 30 s). */
  static final String EXPIRED_TOKEN = jwt(PROFILE_ID, NOW.minus(Duration.ofSeconds(30)));
  /** The token a token source hands out after the 401. */
  static final String REMINTED_TOKEN = jwt(PROFILE_ID, NOW.plus(Duration.ofHours(2)));

  private Contract() {
  }

  /** An unsigned JWT with just the two claims the client reads. */
  static String jwt(String pid, Instant exp) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String header = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    String claims = "{\"pid\":\"" + pid + "\",\"exp\":" + exp.getEpochSecond() + "}";
    return header + "." + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".";
  }

  static String baseUrl(MockServer server) {
    return server.getUrl() + BASE;
  }

  /** The customer client for {@link #PROFILE_ID}; no retries, so a failure interaction is sent exactly once. */
  static OmneoId client(MockServer server) {
    return client(server, TOKEN);
  }

  static OmneoId client(MockServer server, String token) {
    return OmneoId.builder().baseUrl(baseUrl(server)).idToken(token).clock(CLOCK)
        .retryPolicy(RetryPolicy.none()).build();
  }

  static OmneoIdAdmin admin(MockServer server, String apiToken) {
    return OmneoIdAdmin.builder().baseUrl(baseUrl(server)).apiToken(apiToken).clock(CLOCK)
        .retryPolicy(RetryPolicy.none()).build();
  }
}
