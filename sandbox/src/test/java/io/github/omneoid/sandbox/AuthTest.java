package io.github.omneoid.sandbox;

import static io.github.omneoid.sandbox.TestData.map;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AuthTest {
  static final MutableClock CLOCK = MutableClock.at(Instant.parse("2026-03-01T10:00:00Z"));
  static OmneoIdSandbox sandbox;
  static Http http;
  static Map<String, Object> jane;

  @BeforeAll
  static void start() {
    sandbox = OmneoIdSandbox.builder().clock(CLOCK).tokenLifetime(Duration.ofMinutes(10)).start();
    http = Http.of(sandbox);
    jane = sandbox.seedProfile(ProfileSeed.withEmail(TestData.email()).firstName("Jane")
        .identity("magento_id", "1004993MH"));
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  String janeId() {
    return (String) jane.get("id");
  }

  @Test
  void mintsASignedTokenForAProfileIdWithPidExpAndIat() throws Exception {
    Http.Resp r = http.as(sandbox.adminToken()).post("/auth/token", map("id", janeId()));
    assertThat(r.status).isEqualTo(200);
    String token = r.str("data.token");
    long exp = ((Number) r.get("data.exp")).longValue();
    SignedJWT jwt = SignedJWT.parse(token);
    assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
    assertThat(jwt.getSignature()).isNotNull();
    assertThat(jwt.getJWTClaimsSet().getClaim("pid")).isEqualTo(janeId());
    assertThat(jwt.getJWTClaimsSet().getExpirationTime().getTime() / 1000).isEqualTo(exp);
    assertThat(exp).isEqualTo(CLOCK.instant().getEpochSecond() + 600);
    assertThat(jwt.getJWTClaimsSet().getIssueTime().toInstant()).isEqualTo(CLOCK.instant());
    assertThat(http.as(token).get("/profiles/me").str("data.id")).isEqualTo(janeId());
  }

  @Test
  void mintsByIdentityHandleAndIdentifier() throws Exception {
    String token = Http.mint(sandbox, map("id", "1004993MH", "id_handle", "magento_id"));
    assertThat(SignedJWT.parse(token).getJWTClaimsSet().getClaim("pid")).isEqualTo(janeId());
    Http.Resp unknown = http.as(sandbox.adminToken()).post("/auth/token", map("id", "nope", "id_handle", "magento_id"));
    assertThat(unknown.status).isEqualTo(404);
    assertThat(unknown.str("message")).contains("magento_id");
    // The identifier of one handle is not found under another handle.
    assertThat(http.as(sandbox.adminToken()).post("/auth/token", map("id", "1004993MH", "id_handle", "shopify"))
        .status).isEqualTo(404);
  }

  @Test
  void anonymousTokensHaveTheStringNullAsPid() throws Exception {
    for (Object body : new Object[] {map(), map("id", ""), map("id", "", "id_handle", "magento_id"), null}) {
      Http.Resp r = http.as(sandbox.adminToken()).post("/auth/token", body);
      assertThat(r.status).as("body %s", body).isEqualTo(200);
      Object pid = SignedJWT.parse(r.str("data.token")).getJWTClaimsSet().getClaim("pid");
      assertThat(pid).isEqualTo("null");
    }
    assertThat(SignedJWT.parse(sandbox.mintAnonymousToken()).getJWTClaimsSet().getClaim("pid")).isEqualTo("null");
  }

  @Test
  void unknownProfileIdIs404WithAMessage() {
    Http.Resp r = http.as(sandbox.adminToken()).post("/auth/token", map("id", "00000000-0000-0000-0000-000000000000"));
    assertThat(r.status).isEqualTo(404);
    assertThat(r.str("message")).isEqualTo("Profile not found.");
  }

  @Test
  void wrongTypesOnAuthTokenAre422() {
    Http.Resp r = http.as(sandbox.adminToken()).post("/auth/token", map("id", 12345));
    assertThat(r.status).isEqualTo(422);
    assertThat(r.list("errors.id")).containsExactly("The id field must be a string.");
  }

  @Test
  void authTokenNeedsTheAdminToken() {
    String idToken = sandbox.mintToken(janeId());
    for (Http client : new Http[] {http, http.as("wrong"), http.as(idToken), http.as(sandbox.mintAnonymousToken())}) {
      Http.Resp r = client.post("/auth/token", map("id", janeId()));
      assertThat(r.status).isEqualTo(401);
      assertThat(r.json()).isEqualTo(map("message", "Unauthenticated."));
    }
  }

  @Test
  void idRoutesRejectMissingBadForeignAndAdminTokens() {
    String foreign;
    try (OmneoIdSandbox other = OmneoIdSandbox.start()) {
      Map<String, Object> p = other.seedProfile(map("email", "x@example.com"));
      foreign = other.mintToken((String) p.get("id"));
    }
    String good = sandbox.mintToken(janeId());
    String tampered = good.substring(0, good.length() - 2) + (good.endsWith("AA") ? "BB" : "AA");
    for (String token : new String[] {null, "", "garbage", "a.b.c", foreign, tampered, sandbox.adminToken()}) {
      for (String path : new String[] {"/profiles/me", "/locations", "/profiles/me/lists"}) {
        Http.Resp r = http.as(token).get(path);
        assertThat(r.status).as("%s with %s", path, token).isEqualTo(401);
        assertThat(r.json()).isEqualTo(map("message", "Unauthenticated."));
      }
      assertThat(http.as(token).post("/profiles", map("email", TestData.email())).status).isEqualTo(401);
    }
    Http.Resp basic = new Http(sandbox.baseUrl(), null).send("GET", "/profiles/me", null);
    assertThat(basic.status).isEqualTo(401);
  }

  @Test
  void tokensExpireByTheInjectedClock() {
    String token = sandbox.mintToken(janeId());
    assertThat(http.as(token).get("/profiles/me").status).isEqualTo(200);
    CLOCK.advance(Duration.ofMinutes(10).minusSeconds(1));
    assertThat(http.as(token).get("/profiles/me").status).isEqualTo(200);
    CLOCK.advance(Duration.ofSeconds(1)); // now == exp: invalid on or after exp
    Http.Resp r = http.as(token).get("/profiles/me");
    assertThat(r.status).isEqualTo(401);
    assertThat(r.str("message")).isEqualTo("Unauthenticated.");
    assertThat(http.as(sandbox.mintToken(janeId())).get("/profiles/me").status).isEqualTo(200);
  }

  @Test
  void expireAllTokensInvalidatesEveryIssuedTokenButNotNewOnes() {
    String a = sandbox.mintToken(janeId());
    String anon = sandbox.mintAnonymousToken();
    sandbox.expireAllTokens();
    assertThat(http.as(a).get("/profiles/me").status).isEqualTo(401);
    assertThat(http.as(anon).post("/profiles", map("email", TestData.email())).status).isEqualTo(401);
    String fresh = Http.mint(sandbox, map("id", janeId()));
    assertThat(http.as(fresh).get("/profiles/me").status).isEqualTo(200);
  }

  @Test
  void anonymousTokenMayOnlyUpsert() {
    String anon = Http.mint(sandbox, map("id", ""));
    for (String path : new String[] {"/profiles/me", "/profiles/me/attributes/comms", "/profiles/me/lists/wishlist",
        "/profiles/me/balances", "/profiles/connection/1", "/profiles/connection/1/attributes/comms"}) {
      Http.Resp r = http.as(anon).get(path);
      assertThat(r.status).as(path).isEqualTo(404);
      assertThat(r.str("message")).isNotBlank();
    }
    assertThat(http.as(anon).put("/profiles/me", map("first_name", "X")).status).isEqualTo(404);
    assertThat(http.as(anon).post("/profiles", map("email", TestData.email())).status).isEqualTo(200);
    // Stores take a profile token (x-omneo-token: profile); 401 is what the spec declares for the wrong credential.
    assertThat(http.as(anon).get("/locations").status).isEqualTo(401);
    assertThat(http.as(anon).get("/locations/1").str("message")).isEqualTo("Unauthenticated.");
  }

  @Test
  void profileTokensMayAlsoUpsert() {
    Http.Resp r = http.as(sandbox.mintToken(janeId())).post("/profiles", map("email", TestData.email()));
    assertThat(r.status).isEqualTo(200);
  }

  @Test
  void mintTokenHelperRefusesUnknownProfiles() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> sandbox.mintToken("nope"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
