package io.github.omneoid.sandbox;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issues and checks HS256-signed ID tokens with the claims the real tokens carry: {@code pid} (profile UUID, or
 * the literal string {@code "null"} for anonymous tokens), {@code exp} (Unix seconds) and {@code iat}. A
 * {@code jti} of the form {@code <generation>.<uuid>} lets {@link #expireAll()} invalidate every token issued so far.
 */
final class TokenService {
  static final String ANONYMOUS_PID = "null";

  private final byte[] secret = new byte[32];
  private final MACSigner signer;
  private final MACVerifier verifier;
  private final Clock clock;
  private final Duration lifetime;
  private final String adminToken;
  private final AtomicLong generation = new AtomicLong();

  TokenService(Clock clock, Duration lifetime, String adminToken) {
    new SecureRandom().nextBytes(secret);
    try {
      this.signer = new MACSigner(secret);
      this.verifier = new MACVerifier(secret);
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    this.clock = clock;
    this.lifetime = lifetime;
    this.adminToken = adminToken;
  }

  /** A minted token and its {@code exp} in Unix seconds. */
  static final class Minted {
    final String token;
    final long exp;

    Minted(String token, long exp) {
      this.token = token;
      this.exp = exp;
    }
  }

  /** The result of checking a bearer ID token. */
  static final class Principal {
    final String pid;

    Principal(String pid) {
      this.pid = pid;
    }

    boolean anonymous() {
      return ANONYMOUS_PID.equals(pid);
    }
  }

  String adminToken() {
    return adminToken;
  }

  boolean isAdmin(String bearer) {
    return bearer != null && MessageDigest.isEqual(bearer.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        adminToken.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  Minted mint(String pidOrNull) {
    long now = clock.instant().getEpochSecond();
    long exp = now + Math.max(1L, lifetime.getSeconds());
    JWTClaimsSet claims = new JWTClaimsSet.Builder()
        .claim("pid", pidOrNull == null ? ANONYMOUS_PID : pidOrNull)
        .issueTime(new Date(now * 1000L))
        .expirationTime(new Date(exp * 1000L))
        .jwtID(generation.get() + "." + UUID.randomUUID())
        .build();
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
    try {
      jwt.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return new Minted(jwt.serialize(), exp);
  }

  /** Makes every token issued so far invalid (401), as if they had all expired. */
  void expireAll() {
    generation.incrementAndGet();
  }

  /** Returns the principal of a valid, unexpired ID token, or throws a 401. */
  Principal verify(String bearer) {
    if (bearer == null || bearer.isEmpty()) {
      throw ApiException.unauthenticated();
    }
    try {
      SignedJWT jwt = SignedJWT.parse(bearer);
      if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
        throw ApiException.unauthenticated();
      }
      JWTClaimsSet claims = jwt.getJWTClaimsSet();
      Date exp = claims.getExpirationTime();
      Object pid = claims.getClaim("pid");
      String jti = claims.getJWTID();
      if (exp == null || !(pid instanceof String) || jti == null) {
        throw ApiException.unauthenticated();
      }
      // A JWT is invalid on or after its exp (RFC 7519 §4.1.4).
      if (clock.instant().getEpochSecond() >= exp.getTime() / 1000L) {
        throw ApiException.unauthenticated();
      }
      int dot = jti.indexOf('.');
      if (dot < 0 || !Long.toString(generation.get()).equals(jti.substring(0, dot))) {
        throw ApiException.unauthenticated();
      }
      return new Principal((String) pid);
    } catch (ParseException | JOSEException | IllegalStateException e) {
      throw ApiException.unauthenticated();
    }
  }
}
