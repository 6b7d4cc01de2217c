package io.github.omneoid.client;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/** Unsigned JWTs shaped like the ones {@code POST /auth/token} mints ({@code pid}, {@code iat}, {@code exp}), for tests. */
final class TestTokens {

  static final String ADMIN_TOKEN = "admin-secret-7f3a9c";

  private TestTokens() {
  }

  static String jwt(String pidJson, Instant issuedAt, Instant expiresAt) {
    String header = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";
    String payload = "{\"pid\":" + pidJson + ",\"iat\":" + issuedAt.getEpochSecond()
        + ",\"exp\":" + expiresAt.getEpochSecond() + "}";
    return encode(header) + "." + encode(payload) + ".c2lnbmF0dXJl";
  }

  static String profileJwt(String profileId, Instant issuedAt, Instant expiresAt) {
    return jwt("\"" + profileId + "\"", issuedAt, expiresAt);
  }

  static String anonymousJwt(Instant issuedAt, Instant expiresAt) {
    return jwt("\"null\"", issuedAt, expiresAt);
  }

  static String encode(String json) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  static String mintResponse(String jwt, Instant expiresAt) {
    return "{\"data\":{\"token\":\"" + jwt + "\",\"exp\":" + expiresAt.getEpochSecond() + "}}";
  }
}
