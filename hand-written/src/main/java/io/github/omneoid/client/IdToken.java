package io.github.omneoid.client;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Types;
import io.github.omneoid.client.errors.MalformedTokenException;
import io.github.omneoid.json.OmneoJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An Omneo ID token: the short-lived JWT that {@code POST /auth/token} mints. Immutable.
 *
 * <p>The payload is decoded (base64url, {@link java.util.Base64}, so the JVM and Android 26+ alike) but not verified:
 * the client cannot hold the signing key, and the server checks the signature on every call. Two claims matter:
 * {@code pid}, the profile's UUID — the literal string {@code "null"} on an anonymous token — and {@code exp}, Unix
 * seconds (as {@code POST /auth/token} mints them; docs.omneo.io {@code docs/omneo-id} and
 * {@code dev-guides/frontend/omneo-id}, and the spec's {@code requestAuthToken}). The token counts as expired at or
 * after {@code exp}.
 *
 * <p>Only text that can go into an {@code Authorization} header unchanged is accepted: three segments of base64url
 * characters ({@code A-Z a-z 0-9 - _}; the payload may also use standard base64's {@code + / =}), and times between
 * 1970 and the year 9999. {@link #toString()} never shows the token text.
 */
public final class IdToken {

  private static final JsonAdapter<Map<String, Object>> CLAIMS =
      OmneoJson.moshi().adapter(Types.newParameterizedType(Map.class, String.class, Object.class));

  /** 9999-12-31T23:59:59Z: a claim beyond it is not a time any token means (found by fuzzing). */
  private static final double MAX_EPOCH_SECONDS = 253_402_300_799.0;
  private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]*");
  /** The payload keeps the JS SDK's tolerance of standard base64 and padding. */
  private static final Pattern BASE64_ANY = Pattern.compile("[A-Za-z0-9_+/=-]*");

  private final String value;
  private final String profileId;
  private final Instant expiresAt;
  private final Instant issuedAt;

  private IdToken(String value, String profileId, Instant expiresAt, Instant issuedAt) {
    this.value = value;
    this.profileId = profileId;
    this.expiresAt = expiresAt;
    this.issuedAt = issuedAt;
  }

  /**
   * Reads a JWT's claims.
   *
   * @param jwt the compact JWT, {@code header.payload.signature}; surrounding whitespace is ignored
   * @return the token and its claims
   * @throws MalformedTokenException when it is not a JWT of base64url segments with {@code pid} and {@code exp}
   *     claims and times in range (an {@code iat} after the {@code exp} is not); an admin API token, which has no
   *     {@code pid}, is refused here with a hint
   */
  public static IdToken parse(String jwt) {
    if (jwt == null || jwt.trim().isEmpty()) {
      throw new MalformedTokenException("ID token is null or blank");
    }
    String[] parts = jwt.trim().split("\\.", -1);
    if (parts.length != 3) {
      throw new MalformedTokenException(
          "ID token is not a JWT: expected 3 dot-separated segments, found " + parts.length);
    }
    // Anything else (CR, LF, spaces, non-ASCII) would make every request fail inside OkHttp's header check.
    if (parts[0].isEmpty() || !BASE64URL.matcher(parts[0]).matches()) {
      throw new MalformedTokenException("JWT header is not base64url (A-Z a-z 0-9 - _)");
    }
    if (!BASE64_ANY.matcher(parts[1]).matches()) {
      throw new MalformedTokenException("JWT payload is not base64url");
    }
    if (!BASE64URL.matcher(parts[2]).matches()) {
      throw new MalformedTokenException("JWT signature is not base64url (A-Z a-z 0-9 - _)");
    }
    Map<String, Object> claims = decodeClaims(parts[1]);
    if (!claims.containsKey("pid")) {
      throw new MalformedTokenException("JWT has no 'pid' claim, so it is not an Omneo ID token"
          + " (an admin API token belongs only in OmneoIdAdmin, on a server)");
    }
    Object pid = claims.get("pid");
    String profileId = pid == null || "null".equals(pid) ? null : String.valueOf(pid);
    Instant expiresAt = epochSeconds(claims, "exp");
    if (expiresAt == null) {
      throw new MalformedTokenException("JWT has no numeric 'exp' claim");
    }
    Instant issuedAt = epochSeconds(claims, "iat");
    if (issuedAt != null && issuedAt.isAfter(expiresAt)) {
      throw new MalformedTokenException("JWT claim 'iat' (" + issuedAt + ") is after its 'exp' (" + expiresAt
          + "): a token cannot be issued after it expires");
    }
    return new IdToken(jwt.trim(), profileId, expiresAt, issuedAt);
  }

  private static Map<String, Object> decodeClaims(String segment) {
    byte[] json;
    try {
      // Tolerate standard base64 and padding too, as the JS SDK's Buffer decoding does.
      String urlSafe = segment.replace('+', '-').replace('/', '_').replace("=", "");
      json = Base64.getUrlDecoder().decode(urlSafe);
    } catch (IllegalArgumentException e) {
      throw new MalformedTokenException("JWT payload is not base64url");
    }
    try {
      Map<String, Object> claims = CLAIMS.fromJson(new String(json, StandardCharsets.UTF_8));
      if (claims == null) {
        throw new MalformedTokenException("JWT payload is not a JSON object");
      }
      return claims;
    } catch (IOException | RuntimeException e) {
      if (e instanceof MalformedTokenException) {
        throw (MalformedTokenException) e;
      }
      throw new MalformedTokenException("JWT payload is not a JSON object");
    }
  }

  private static Instant epochSeconds(Map<String, Object> claims, String name) {
    Object value = claims.get(name);
    if (!(value instanceof Number)) {
      return null;
    }
    double seconds = ((Number) value).doubleValue();
    if (!(seconds >= 0 && seconds <= MAX_EPOCH_SECONDS)) {
      throw new MalformedTokenException("JWT claim '" + name + "' is not a time between 1970 and 9999: " + value
          + " seconds");
    }
    return Instant.ofEpochSecond((long) Math.floor(seconds));
  }

  /** @return the compact JWT, for the {@code Authorization} header or for handing to an app */
  public String value() {
    return value;
  }

  /** @return the profile the token is bound to; empty for an anonymous token */
  public Optional<String> profileId() {
    return Optional.ofNullable(profileId);
  }

  /** @return whether the token has no profile (its {@code pid} is {@code "null"}) */
  public boolean isAnonymous() {
    return profileId == null;
  }

  /** @return the {@code exp} claim */
  public Instant expiresAt() {
    return expiresAt;
  }

  /** @return the {@code iat} claim, if the token has one */
  public Optional<Instant> issuedAt() {
    return Optional.ofNullable(issuedAt);
  }

  /**
   * Whether the token counts as expired at a given time, by the wall clock.
   *
   * @param now the time to judge at
   * @return whether {@code now} is at or after {@code exp}
   */
  public boolean isExpiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof IdToken && ((IdToken) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return "IdToken{profileId=" + (profileId == null ? "anonymous" : profileId)
        + ", expiresAt=" + expiresAt + ", value=***}";
  }
}
